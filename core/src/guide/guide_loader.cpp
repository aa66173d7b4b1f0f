#include "offercheck/guide_loader.hpp"
#include "offercheck/stated_targets.hpp"

#include "guide/guide_reader.hpp"
#include "guide/front_matter.hpp"
#include "guide/yaml_tree.hpp"
#include "text/text_encoding.hpp"
#include "guide/validation.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <climits>
#include <new>
#include <optional>

namespace offercheck {

namespace {

SourcePosition file_position(const YAML::Mark& mark, int first_line) {
  if (mark.is_null()) return {first_line, 1};
  return {mark.line + first_line, mark.column + 1};
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     auto key = [](const Diagnostic& d) {
                       return std::pair(d.at.known() ? d.at.line : INT_MAX, d.at.column);
                     };
                     return key(a) < key(b);
                   });
}

// The guide as its text gives it, with every finding; what only a calculation
// reads of it (its sections and stated targets) is left to load_guide.
GuideReport read_and_check(std::string_view raw_text, const ValidationOptions& options) {
  GuideReport report;
  auto fail = [&](Diagnostic diagnostic) {
    report.diagnostics.push_back(std::move(diagnostic));
    return report;
  };

  if (auto encoding = check_text_encoding(raw_text)) return fail(*encoding);
  const std::string text = normalize_text(raw_text);
  auto split = split_front_matter(text);
  if (!split.ok()) {
    const Error& e = split.error();
    return fail(make_error("front_matter", e.message, e.at));
  }
  const FrontMatterSplit& parts = split.value();
  // Real front matter is a few kilobytes (the corpus: at most 2); 256 KiB bounds the YAML parser's
  // time and memory for any input.
  constexpr std::size_t kMaxFrontMatterBytes = 256 << 10;
  if (parts.front_matter.size() > kMaxFrontMatterBytes) {
    return fail(make_error("front_matter_too_large",
                           "the front matter is " + std::to_string(parts.front_matter.size() >> 10) +
                               " KiB; a guide's front matter is at most 256 KiB",
                           {parts.front_matter_line, 1}));
  }

  std::optional<YamlTree> tree;
  try {
    tree.emplace(parts.front_matter);
  } catch (const YAML::DeepRecursion& e) {
    return fail(make_error("yaml_syntax",
                           "the front matter is nested too deeply for a guide (YAML depth limit)",
                           file_position(e.mark, parts.front_matter_line)));
  } catch (const YAML::Exception& e) {
    return fail(make_error("yaml_syntax", "YAML syntax error: " + e.msg,
                           file_position(e.mark, parts.front_matter_line)));
  } catch (const std::bad_alloc&) {
    return fail(make_error("yaml_syntax", "the front matter is too large to read",
                           {parts.front_matter_line, 1}));
  }

  Guide guide;
  try {
    guide = read_guide_fields(*tree, parts.front_matter_line, report.diagnostics);
  } catch (const std::exception& e) {
    // Out of memory on a pathological front matter: an error, never a crash.
    return fail(make_error("yaml_syntax", std::string("unreadable front matter: ") + e.what(),
                           {parts.front_matter_line, 1}));
  }
  guide.body = parts.body;
  guide.body_line = parts.body_line;

  if (!has_errors(report.diagnostics)) {
    for (auto& d : validate_guide(guide, options)) report.diagnostics.push_back(std::move(d));
  }
  sort_by_position(report.diagnostics);
  if (!has_errors(report.diagnostics)) report.guide = std::move(guide);
  return report;
}

}  // namespace

GuideReport load_guide(std::string_view raw_text, const ValidationOptions& options) {
  GuideReport report = read_and_check(raw_text, options);
  if (report.guide) {
    Guide& guide = *report.guide;
    guide.sections = split_sections(guide.body, guide.body_line);
    guide.stated = stated_targets(guide);
  }
  return report;
}

std::vector<Diagnostic> check_guide(std::string_view text, const ValidationOptions& options) {
  return read_and_check(text, options).diagnostics;
}

void to_json(nlohmann::json& j, const GuideReport& report) {
  j = {{"ok", report.ok()}, {"diagnostics", report.diagnostics}};
  if (report.guide) {
    j["guide"] = *report.guide;
  } else {
    j["guide"] = nullptr;
    if (const Diagnostic* error = first_error(report.diagnostics)) j["error"] = to_error(*error);
  }
}

}  // namespace offercheck
