#include "fuzz_targets.hpp"

#include "offercheck/compiled_guide.hpp"
#include "offercheck/evaluation.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/guide_library.hpp"
#include "offercheck/guide_loader.hpp"
#include "offercheck/json_api.hpp"
#include "offercheck/markdown_html.hpp"
#include "offercheck/money_input.hpp"
#include "offercheck/negotiation_script.hpp"
#include "text/inert_html.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace offercheck::fuzz {

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

// An answer of the JSON API: valid JSON, an object with a boolean "ok".
void require_answer(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  require(!j.is_discarded() && j.is_object() && j.contains("ok") && j["ok"].is_boolean());
  if (!j["ok"].get<bool>()) require(j["error"]["message"].is_string());
}

// The guide text as HTML (md4c's parse, our callbacks): only the renderer's
// own tags and attributes, every href http(s), tags well nested, valid UTF-8,
// whatever the bytes.
void require_inert_html(std::string_view markdown) {
  const std::string html = markdown_to_html(markdown);
  require(test_support::rendered_as_promised(html));
}

}  // namespace

void guide_target(std::string_view data) {
  require_inert_html(data);
  GuideReport report = load_guide(data, ValidationOptions{parse_date("2026-11-22")});
  require(report.ok() == !has_errors(report.diagnostics));
  (void)nlohmann::json(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  if (!report.guide) return;
  const Guide& guide = *report.guide;
  // Handed over compiled (as the page and the reader module do), it is the same guide.
  auto compiled = guide_from_compiled(compiled_guide(guide));
  require(compiled.ok());
  require(nlohmann::json(compiled.value()) == nlohmann::json(guide));
  (void)insights_json(guide).dump();
  for (const Section& section : guide.sections) require_inert_html(section.text);
  for (const Band& band : guide.compensation) {
    EvaluateRequest request;
    request.region = band.region;
    request.offer.base = band.base.low.value_or(100000);
    request.offer.stock = band.stock.high;
    request.offer.bonus_pct = 10;
    CompetingOffer other;
    other.name = "Other";
    other.base = request.offer.base * 1.5;
    other.stock_per_year = 50000;
    request.competing.push_back(other);
    auto result = evaluate(guide, request);
    if (!result.ok()) continue;
    const Evaluation& e = result.value();
    for (const auto& proposal : {e.asks.ask, e.asks.floor}) {
      for (const auto& part : {proposal.base, proposal.stock, proposal.sign_on}) {
        require(!part || (std::isfinite(*part) && *part >= 0));
      }
    }
    (void)nlohmann::json(e).dump();
    (void)script_text(negotiation_script(guide, e, {}));
  }
}

void money_input_target(std::string_view data) {
  auto parsed = parse_money(data);
  if (parsed.ok()) {
    require(std::isfinite(parsed.value().amount));
    require(parsed.value().amount >= 0 && parsed.value().amount <= 1e12);
  } else {
    require(!parsed.error().message.empty());
  }
}

void evaluate_target(std::string_view data) {
  static GuideLibrary library = [] {
    GuideLibrary seeded;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(OFFERCHECK_SEEDS_DIR)) {
      if (entry.path().extension() != ".md") continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      require(seeded.add(text.str()).ok());
    }
    return seeded;
  }();
  require_answer(json_api::evaluate(library, data));
  require_answer(json_api::script(library, data));
  require_answer(json_api::parse_money(data));
  static GuideLibrary compiled;
  require_answer(json_api::load_compiled_guide(compiled, data));
}

}  // namespace offercheck::fuzz
