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
#include "offercheck/offer_letter.hpp"
#include "money/currency.hpp"
#include "money/prose_amounts.hpp"
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

// A figure of a letter: finite, not negative, at a place of the text.
void require_figure(double value, int line, int column) {
  require(std::isfinite(value) && value >= 0);
  require(line >= 1 && column >= 1);
}

// The JSON answer of read_offer_letter: as the core's result, every value
// finite and not negative.
void require_letter_json(const std::string& text, const Result<OfferLetter>& letter) {
  require_answer(text);
  const nlohmann::json j = nlohmann::json::parse(text);
  require(j["ok"].get<bool>() == letter.ok());
  for (const char* list : {"found", "missing", "notes", "unread"}) require(j[list].is_array());
  require(j["currency"].is_null() || j["currency"].is_string());
  for (const nlohmann::json& item : j["found"]) {
    require(item["value"].is_number());
    require(item["line"].is_number_integer() && item["column"].is_number_integer());
    require_figure(item["value"].get<double>(), item["line"].get<int>(), item["column"].get<int>());
  }
  if (!letter.ok()) return;
  require(j["found"].size() == letter.value().found.size());
  require(j["unread"].size() == letter.value().unread.size());
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
  // The module's JSON reader accepts whatever nlohmann accepts (it also
  // keeps invalid UTF-8 in texts and reads 1e999 as infinite, which nlohmann
  // refuses), up to its nesting limit.
  if (nlohmann::json::accept(data)) {
    const auto read = parse_json(data);
    require(read.ok() || read.error().message.rfind("nested too deeply", 0) == 0);
  }
  require_answer(json_api::evaluate(library, data));
  require_answer(json_api::script(library, data));
  require_answer(json_api::parse_money(data));
  static GuideLibrary compiled;
  require_answer(json_api::load_compiled_guide(compiled, data));
}

void offer_letter_target(std::string_view data) {
  // Without a default currency, and with one of four kinds: the euro, a
  // dollar, a currency sharing the yen's sign, a crown.
  static const char* const kDefaults[] = {"EUR", "CAD", "JPY", "SEK"};
  for (std::string_view currency : {std::string_view(), std::string_view(kDefaults[data.size() % 4])}) {
    const auto letter = read_offer_letter(data, currency);
    if (letter.ok()) {
      const OfferLetter& read = letter.value();
      require(!read.found.empty());
      for (const LetterItem& item : read.found) {
        require_figure(item.value, item.at.line, item.at.column);
        require(item.field == "options" || item.field == "bonus_pct" || find_currency(item.currency));
      }
      for (const UnreadFigure& figure : read.unread) {
        require(!figure.text.empty() && !figure.reason.empty());
        require(figure.at.line >= 1 && figure.at.column >= 1);
      }
      require(read.currency.empty() || find_currency(read.currency));
    } else {
      require(!letter.error().message.empty());
    }
    require_letter_json(json_api::read_offer_letter(data, currency), letter);
  }
}

void prose_amounts_target(std::string_view data) {
  (void)writes_european_numbers(data);
  for (int bits = 0; bits < 8; ++bits) {
    const ProseStyle style{(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
    std::size_t after = 0;
    for (const ProseAmount& amount : prose_amounts(data, style)) {
      // In the text, in order, apart.
      require(amount.begin >= after && amount.begin < amount.end && amount.end <= data.size());
      after = amount.end;
      require(std::isfinite(amount.low) && std::isfinite(amount.high) && amount.low >= 0 && amount.low <= amount.high);
      // A currency, or a shared symbol for the reader to name (only when asked for).
      require(amount.currency.empty() ? style.every_symbol && !amount.symbol.empty() : find_currency(amount.currency) != nullptr);
    }
    after = 0;
    for (const ProseNumber& number : prose_numbers(data, style)) {
      require(number.begin >= after && number.begin < number.end && number.end <= data.size());
      after = number.end;
      require(std::isfinite(number.value) && number.value >= 0);
    }
  }
}

}  // namespace offercheck::fuzz
