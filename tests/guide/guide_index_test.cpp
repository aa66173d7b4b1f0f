#include "offercheck/guide_index.hpp"

#include "test_support.hpp"

#include <sstream>

using namespace offercheck;

namespace {

// The index's lines: header, guides, then one text a line.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string guide_named(const std::string& company, const std::string& role) {
  std::string text = test_support::guide_text();
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("company: acme", "company: " + company);
  replace("role: engineer", "role: " + role);
  return text;
}

}  // namespace

TEST_CASE("content_hash is FNV-1a 64 in hex") {
  CHECK(content_hash("") == "cbf29ce484222325");
  CHECK(content_hash("a") == "af63dc4c8601ec8c");
  CHECK(content_hash("guide") != content_hash("guidf"));
}

TEST_CASE("index_file keeps the summary and bands of a good guide") {
  const std::string text = test_support::guide_text();
  IndexedFile file = index_file("acme/software-engineer.md", text);
  REQUIRE(file.accepted());
  CHECK(file.hash == content_hash(text));
  CHECK(file.bytes == text.size());
  CHECK(file.head->at("id") == "acme/engineer");
  CHECK(file.head->at("regions")[0]["region"] == "Paris");
  CHECK(file.head->at("compensation")[0]["base"]["low"] == 75000);
}

TEST_CASE("index_file rejects a guide with errors and keeps its findings") {
  IndexedFile file = index_file("none.md", "# no front matter\n");
  CHECK_FALSE(file.accepted());
  REQUIRE(has_errors(file.diagnostics));
  CHECK(file.diagnostics.front().code == "front_matter");
}

TEST_CASE("index_file does not judge staleness") {
  IndexedFile file = index_file("pm.md", test_support::read_file(test_support::seeds_dir() + "/hugging-face/product-manager.md"));
  REQUIRE(file.accepted());
  for (const Diagnostic& d : file.diagnostics) CHECK(d.code != "stale");
  CHECK(file.head->at("next_review_due") == "2026-05-23");
}

TEST_CASE("a second guide with the same id is rejected, naming the first") {
  std::vector<IndexedFile> files = {index_file("a.md", guide_named("acme", "pm")),
                                    index_file("b.md", guide_named("acme", "pm") + "\nother body\n"),
                                    index_file("c.md", guide_named("acme", "swe"))};
  reject_duplicate_ids(files);
  CHECK(files[0].accepted());
  CHECK_FALSE(files[1].accepted());
  CHECK(files[1].diagnostics.front().code == "duplicate_id");
  CHECK(files[1].diagnostics.front().message == "another guide has the id acme/pm: a.md");
  CHECK(files[2].accepted());
}

TEST_CASE("index_text: header, guides, then texts at their offsets") {
  const std::string good = guide_named("acme", "pm");
  const std::string other = guide_named("acme", "swe") + "\"quoted\" and\nlines\n";
  std::vector<IndexedFile> files = {index_file("pm.md", good), index_file("bad.md", "nothing"),
                                    index_file("swe.md", other)};
  const std::string text =
      index_text(files, {index_text_line(good), index_text_line("nothing"), index_text_line(other)});
  const std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() == 4);

  auto header = read_index_header(lines[0]);
  REQUIRE(header.ok());
  CHECK(header.value().written_by == OFFERCHECK_VERSION);
  CHECK(reusable(header.value()));
  IndexHeader other_core = header.value();
  other_core.core = "0000000000000000";
  CHECK_FALSE(reusable(other_core));
  CHECK(header.value().stamp == corpus_stamp(files));
  CHECK(header.value().files == 3);
  REQUIRE(header.value().rejected.size() == 1);
  CHECK(header.value().rejected[0].path == "bad.md");

  const nlohmann::json guides = nlohmann::json::parse(lines[1]);
  REQUIRE(guides.size() == 2);
  const std::size_t texts_start = lines[0].size() + lines[1].size() + 2;
  const std::string expected[] = {good, other};
  for (std::size_t i = 0; i < 2; ++i) {
    const auto offset = guides[i]["text"]["offset"].get<std::size_t>();
    const auto length = guides[i]["text"]["length"].get<std::size_t>();
    CHECK(nlohmann::json::parse(text.substr(texts_start + offset, length)) == expected[i]);
  }
  CHECK(guides[1]["source"]["path"] == "swe.md");

  auto read = read_index_guides(lines[1]);
  REQUIRE(read.ok());
  REQUIRE(read.value().size() == 2);
  CHECK(read.value()[0].path == "pm.md");
  CHECK(read.value()[0].hash == files[0].hash);
  CHECK(*read.value()[0].head == *files[0].head);
  CHECK(read.value()[1].diagnostics.size() == files[2].diagnostics.size());
}

TEST_CASE("the stamp changes with any path or content") {
  std::vector<IndexedFile> files = {index_file("a.md", guide_named("acme", "pm"))};
  const std::string stamp = corpus_stamp(files);
  files[0].path = "b.md";
  CHECK(corpus_stamp(files) != stamp);
  files[0].path = "a.md";
  files[0].hash = content_hash("changed");
  CHECK(corpus_stamp(files) != stamp);
}

TEST_CASE("read_index_header refuses what is not an index") {
  for (const char* line : {"", "not json", "[]", "{\"format\": \"something-else\"}", "{\"format\": 3}",
                           "{\"format\": \"offercheck-index\", \"version\": 99}",
                           "{\"format\": \"offercheck-index\", \"version\": \"1\"}"}) {
    CAPTURE(line);
    auto header = read_index_header(line);
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().message == "not an offercheck index");
  }
  auto damaged = read_index_header("{\"format\": \"offercheck-index\", \"version\": 1, \"offercheck\": \"0.1.0\", \"core\": \"x\", \"stamp\": 3}");
  REQUIRE(damaged.ok());
  CHECK_FALSE(reusable(damaged.value()));
  CHECK_FALSE(read_index_guides("{}").ok());
  CHECK_FALSE(read_index_guides("[{\"source\": {}}]").ok());
}

TEST_CASE("a warning's parts survive the index: read back as written") {
  std::string text = test_support::guide_text(
      "  - region: Paris\n    base_low: 75000\n    base_high: 90000\n    total_comp_low: 200000\n    currency: EUR\n");
  IndexedFile file = index_file("acme/engineer.md", text);
  REQUIRE(file.accepted());
  const Diagnostic& mismatch = test_support::find_code(file.diagnostics, "total_comp_mismatch");
  REQUIRE(mismatch.message_parts.has_value());
  const std::string written = index_text({file}, {index_text_line(text)});
  auto read = read_index_guides(lines_of(written)[1]);
  REQUIRE(read.ok());
  const Diagnostic& back = test_support::find_code(read.value()[0].diagnostics, "total_comp_mismatch");
  CHECK(back.message == mismatch.message);
  REQUIRE(back.message_parts.has_value());
  CHECK(*back.message_parts == *mismatch.message_parts);
}
