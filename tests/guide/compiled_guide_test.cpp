// A guide handed over compiled (compiled_guide.hpp) is the same guide as the
// one read from its file: same JSON, same insights, same evaluations.
#include "test_support.hpp"

#include "offercheck/compiled_guide.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/json_api.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

using namespace offercheck;

namespace {

// Everything of a guide the front ends can see, and its source positions.
void check_same(const Guide& read, const Guide& compiled) {
  CHECK(nlohmann::json(compiled).dump() == nlohmann::json(read).dump());
  CHECK(insights_json(compiled).dump() == insights_json(read).dump());
  CHECK(compiled.body == read.body);
  CHECK(compiled.body_line == read.body_line);
  // The sections' plain text is not in the JSON; scripts quote it.
  REQUIRE(compiled.sections.size() == read.sections.size());
  for (std::size_t i = 0; i < read.sections.size(); ++i) CHECK(compiled.sections[i].plain == read.sections[i].plain);
  REQUIRE(compiled.positions.size() == read.positions.size());
  for (const auto& [path, at] : read.positions) {
    CHECK(compiled.position_of(path).line == at.line);
    CHECK(compiled.position_of(path).column == at.column);
  }
}

Guide round_trip(const Guide& guide) {
  auto back = guide_from_compiled(compiled_guide(guide));
  if (!back.ok()) FAIL(back.error().message);
  return back.value();
}

}  // namespace

TEST_CASE("each seed guide compiled and loaded back is the same guide") {
  for (const auto& seed : {std::pair{"hugging-face", "product-manager"},
                           std::pair{"hugging-face", "devops-engineer"},
                           std::pair{"huggingface-enterprise", "software-engineer"}}) {
    CAPTURE(seed.first);
    const Guide read = test_support::load_seed(seed.first, seed.second);
    check_same(read, round_trip(read));
  }
}

TEST_CASE("a library given the compiled guide evaluates and scripts as one given its text") {
  const std::string text = test_support::read_file(test_support::seeds_dir() + "/hugging-face/product-manager.md");
  GuideLibrary from_text, from_compiled;
  REQUIRE(nlohmann::json::parse(json_api::load_guide(from_text, text, "2026-11-22"))["ok"] == true);
  const auto read = nlohmann::json::parse(json_api::read_guide(text, "2026-11-22"));
  REQUIRE(read["ok"] == true);
  CHECK(read["html"].size() == read["guide"]["sections"].size());
  const auto loaded = nlohmann::json::parse(json_api::load_compiled_guide(from_compiled, read["compiled"].get<std::string>()));
  REQUIRE(loaded["ok"] == true);
  CHECK(loaded["id"] == "hugging-face/product-manager");
  for (const char* request : {
           R"({"guide":"hugging-face/product-manager","region":"Paris","offer":{"base":80000,"stock":110000,"bonus_pct":10},"today":"2027-06-01"})",
           R"({"guide":"hugging-face/product-manager","region":"Remote Global","derive":{"from":"New York","factor":0.8},"offer":{"base":150000}})",
           R"({"guide":"hugging-face/product-manager","region":"paris","offer":{"base":90000},"competing":[{"name":"X","base":100000,"currency":"USD"}]})"}) {
    CAPTURE(request);
    CHECK(json_api::evaluate(from_compiled, request) == json_api::evaluate(from_text, request));
  }
  const char* script = R"({"guide":"hugging-face/product-manager","region":"Paris","offer":{"base":80000},"fills":{"sender":"Ana"}})";
  CHECK(json_api::script(from_compiled, script) == json_api::script(from_text, script));
  CHECK(json_api::get_guide(from_compiled, "hugging-face/product-manager") ==
        json_api::get_guide(from_text, "hugging-face/product-manager"));
}

TEST_CASE("a page bundle entry is the reader's answer for a usable guide, nothing for a broken one") {
  const std::string text = test_support::read_file(test_support::seeds_dir() + "/hugging-face/devops-engineer.md");
  const auto entry = json_api::bundle_entry(text);
  REQUIRE(entry);
  const auto bundled = nlohmann::json::parse(*entry);
  const auto read = nlohmann::json::parse(json_api::read_guide(text, ""));
  CHECK(bundled["id"] == read["id"]);
  CHECK(bundled["compiled"] == read["compiled"]);
  CHECK(bundled["html"] == read["html"]);
  CHECK_FALSE(json_api::bundle_entry("---\ncompany: [\n---\n"));
}

TEST_CASE("anything but a compiled guide of this version is refused with a message") {
  const Guide guide = test_support::load_seed("hugging-face", "product-manager");
  std::string text = compiled_guide(guide);
  GuideLibrary library;
  for (const std::string& bad : {std::string("not json"), std::string("[]"), std::string("{}"),
                                 std::string(R"({"compiled_guide":1})"),
                                 std::string(R"({"compiled_guide":3})"),
                                 std::string(R"({"compiled_guide":2,"company":"a"})"),
                                 text.substr(0, text.size() / 2)}) {
    CAPTURE(bad.substr(0, 40));
    auto parsed = guide_from_compiled(bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK_FALSE(parsed.error().message.empty());
    const auto answer = nlohmann::json::parse(json_api::load_compiled_guide(library, bad));
    CHECK(answer["ok"] == false);
    CHECK(answer["error"]["message"].is_string());
  }
  CHECK(library.guides().empty());
  auto dated = nlohmann::json::parse(text);
  dated["last_updated"] = "yesterday";
  CHECK_FALSE(guide_from_compiled(dated.dump()).ok());
}

TEST_CASE("every guide of the corpus sample compiles and loads back the same") {
  const std::string dir = test_support::corpus_dir();
  if (!test_support::corpus_present(dir)) return;
  int compared = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    auto report = load_guide(test_support::read_file(entry.path().string()));
    if (!report.ok()) continue;
    CAPTURE(entry.path().string());
    check_same(*report.guide, round_trip(*report.guide));
    ++compared;
  }
  CHECK(compared == 1120);
}
