// The guide reader's half of the JSON API: the calls that read a guide's
// text (yaml-cpp, validation) or render its Markdown. The page's calculation
// module leaves them out; the reader module and the CLI have them.
#include "api/json_api_support.hpp"
#include "offercheck/compiled_guide.hpp"
#include "offercheck/json_api.hpp"
#include "offercheck/markdown_html.hpp"

namespace offercheck::json_api {

namespace {

Result<ValidationOptions> options_for(std::string_view today) {
  ValidationOptions options;
  if (!today.empty()) {
    options.today = parse_date(today);
    if (!options.today) return Error{"today: expected a date like 2026-11-22"};
  }
  return options;
}

// Each section's text as inert HTML, in the order of guide.sections.
nlohmann::json sections_html(const Guide& guide) {
  nlohmann::json html = nlohmann::json::array();
  for (const Section& section : guide.sections) html.push_back(markdown_to_html(section.text));
  return html;
}

}  // namespace

std::string load_guide(GuideLibrary& library, std::string_view text, std::string_view today) {
  return guarded([&] {
    auto options = options_for(today);
    if (!options.ok()) return failure(options.error());
    GuideReport report = library.add(text, options.value());
    nlohmann::json j = report;
    if (report.guide) j["id"] = guide_id(*report.guide);
    return to_text(j);
  });
}

std::string read_guide(std::string_view text, std::string_view today) {
  return guarded([&] {
    auto options = options_for(today);
    if (!options.ok()) return failure(options.error());
    GuideReport report = offercheck::load_guide(text, options.value());
    nlohmann::json j = report;
    if (report.guide) {
      j["id"] = guide_id(*report.guide);
      j["compiled"] = compiled_guide(*report.guide);
      j["html"] = sections_html(*report.guide);
    }
    return to_text(j);
  });
}

std::optional<std::string> bundle_entry(std::string_view text) {
  GuideReport report = offercheck::load_guide(text);
  if (!report.guide) return std::nullopt;
  return to_text(nlohmann::json{{"id", guide_id(*report.guide)},
                                {"compiled", compiled_guide(*report.guide)},
                                {"html", sections_html(*report.guide)}});
}

std::string render_markdown(std::string_view markdown) {
  return guarded([&] { return to_text(nlohmann::json{{"ok", true}, {"html", markdown_to_html(markdown)}}); });
}

}  // namespace offercheck::json_api
