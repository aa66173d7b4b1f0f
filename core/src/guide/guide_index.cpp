#include "offercheck/guide_index.hpp"

#include "offercheck/guide_loader.hpp"
#include "offercheck/guide_summary.hpp"
#include "offercheck_sources_digest.hpp"

#include <cstdint>
#include <map>

namespace offercheck {

namespace {

constexpr const char* kFormat = "offercheck-index";
constexpr int kFormatVersion = 1;

nlohmann::json source_json(const IndexedFile& file) {
  return {{"path", file.path}, {"bytes", file.bytes}, {"hash", file.hash}};
}

std::string to_line(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Severity severity_named(const std::string& name) {
  return name == "error" ? Severity::error : Severity::warning;
}

int position_from_json(const nlohmann::json& value) { return value.is_number() ? value.get<int>() : 0; }

Diagnostic diagnostic_from_json(const nlohmann::json& j) {
  Diagnostic d;
  d.severity = severity_named(j.at("severity").get<std::string>());
  d.code = j.at("code").get<std::string>();
  d.message = j.at("message").get<std::string>();
  d.at = SourcePosition{position_from_json(j.at("line")), position_from_json(j.at("column"))};
  if (j.at("component").is_string()) d.component = j.at("component").get<std::string>();
  if (auto parts = j.find("message_parts"); parts != j.end() && !parts->is_null()) {
    Phrase phrase;
    if (Phrase::from_json(*parts, phrase)) d.message_parts = std::move(phrase);
  }
  return d;
}

std::vector<Diagnostic> diagnostics_from_json(const nlohmann::json& list) {
  std::vector<Diagnostic> diagnostics;
  for (const nlohmann::json& item : list) diagnostics.push_back(diagnostic_from_json(item));
  return diagnostics;
}

IndexedFile file_from_json(const nlohmann::json& entry, const char* diagnostics_key) {
  const nlohmann::json& source = entry.at("source");
  IndexedFile file;
  file.path = source.at("path").get<std::string>();
  file.bytes = source.at("bytes").get<std::size_t>();
  file.hash = source.at("hash").get<std::string>();
  file.diagnostics = diagnostics_from_json(entry.at(diagnostics_key));
  return file;
}

}  // namespace

std::string content_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  static const char* const kDigits = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kDigits[hash & 15];
  return hex;
}

IndexedFile index_file(std::string path, std::string_view text) {
  GuideReport report = load_guide(text);
  IndexedFile file{std::move(path), content_hash(text), text.size(), std::move(report.diagnostics), std::nullopt};
  if (report.guide) {
    nlohmann::json head = guide_summary(*report.guide);
    head["compensation"] = report.guide->compensation;
    file.head = std::move(head);
  }
  return file;
}

void reject_duplicate_ids(std::vector<IndexedFile>& files) {
  std::map<std::string, const IndexedFile*> first_with_id;
  for (IndexedFile& file : files) {
    if (!file.accepted()) continue;
    const std::string id = file.head->at("id").get<std::string>();
    auto [earlier, inserted] = first_with_id.emplace(id, &file);
    if (inserted) continue;
    file.diagnostics.insert(file.diagnostics.begin(),
                            make_error("duplicate_id", "another guide has the id " + id + ": " + earlier->second->path));
    file.head.reset();
  }
}

std::string corpus_stamp(const std::vector<IndexedFile>& files) {
  std::string input = std::string(OFFERCHECK_VERSION) + ' ' + OFFERCHECK_SOURCES_DIGEST + '\n';
  for (const IndexedFile& file : files) input += file.path + '\0' + file.hash + '\n';
  return content_hash(input);
}

std::string index_text_line(std::string_view text) { return to_line(nlohmann::json(text)); }

std::string index_text(const std::vector<IndexedFile>& files, const std::vector<std::string>& text_lines) {
  nlohmann::json guides = nlohmann::json::array();
  nlohmann::json rejected = nlohmann::json::array();
  std::size_t warnings = 0;
  std::string texts;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const IndexedFile& file = files[i];
    if (!file.accepted()) {
      rejected.push_back({{"source", source_json(file)}, {"diagnostics", file.diagnostics}});
      continue;
    }
    warnings += file.diagnostics.size();
    const std::string& line = text_lines[i];
    nlohmann::json entry = *file.head;
    entry["source"] = source_json(file);
    entry["warnings"] = file.diagnostics;
    entry["text"] = {{"offset", texts.size()}, {"length", line.size()}};
    guides.push_back(std::move(entry));
    texts += line;
    texts += '\n';
  }
  const nlohmann::json header = {{"format", kFormat},
                                 {"version", kFormatVersion},
                                 {"offercheck", OFFERCHECK_VERSION},
                                 {"core", OFFERCHECK_SOURCES_DIGEST},
                                 {"stamp", corpus_stamp(files)},
                                 {"files", files.size()},
                                 {"warnings", warnings},
                                 {"rejected", std::move(rejected)}};
  return to_line(header) + "\n" + to_line(guides) + "\n" + texts;
}

Result<IndexHeader> read_index_header(std::string_view first_line) {
  const nlohmann::json header = nlohmann::json::parse(first_line, nullptr, false);
  const auto is = [&](const char* key, const nlohmann::json& expected) {
    auto it = header.find(key);
    return it != header.end() && *it == expected;
  };
  if (!header.is_object() || !is("format", kFormat) || !is("version", kFormatVersion)) {
    return Error{"not an offercheck index", {1, 1}};
  }
  IndexHeader read;
  try {
    read.written_by = header.at("offercheck").get<std::string>();
    read.core = header.at("core").get<std::string>();
    read.stamp = header.at("stamp").get<std::string>();
    read.files = header.at("files").get<std::size_t>();
    read.warnings = header.at("warnings").get<std::size_t>();
    for (const nlohmann::json& entry : header.at("rejected")) read.rejected.push_back(file_from_json(entry, "diagnostics"));
  } catch (const nlohmann::json::exception&) {
    return IndexHeader{};  // an index, damaged or of another build: nothing in it is reused
  }
  return read;
}

bool reusable(const IndexHeader& header) {
  return header.written_by == OFFERCHECK_VERSION && header.core == OFFERCHECK_SOURCES_DIGEST;
}

Result<std::vector<IndexedFile>> read_index_guides(std::string_view second_line) {
  nlohmann::json guides = nlohmann::json::parse(second_line, nullptr, false);
  if (!guides.is_array()) return Error{"a damaged offercheck index: line 2 is not the list of guides", {2, 1}};
  try {
    std::vector<IndexedFile> files;
    for (nlohmann::json& entry : guides) {
      IndexedFile file = file_from_json(entry, "warnings");
      for (const char* key : {"source", "warnings", "text"}) entry.erase(key);
      file.head = std::move(entry);
      files.push_back(std::move(file));
    }
    return files;
  } catch (const nlohmann::json::exception& e) {
    return Error{std::string("a damaged offercheck index: ") + e.what(), {2, 1}};
  }
}

}  // namespace offercheck
