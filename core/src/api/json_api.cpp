#include "offercheck/json_api.hpp"

#include "api/json_api_support.hpp"
#include "api/json_schema.hpp"
#include "offercheck/compiled_guide.hpp"
#include "offercheck/evaluation.hpp"
#include "guide/validation.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/guide_summary.hpp"
#include "offercheck/money_input.hpp"
#include "offercheck/negotiation_script.hpp"
#include "offercheck/offer_letter.hpp"

#include <nlohmann/json.hpp>

namespace offercheck::json_api {

// The calculation module's calls (wasm/calculator.cpp) write their answers
// with the JsonWriter and read requests as JsonValue: the module links no
// nlohmann (docs/performance.md).

namespace {

// {"ok": true, ...}: the answer's first member written; the caller adds the rest.
JsonWriter& ok_answer(JsonWriter& out) { return out.begin_object().field("ok", true); }

}  // namespace

std::string load_compiled_guide(GuideLibrary& library, std::string_view compiled) {
  return guarded([&] {
    auto guide = guide_from_compiled(compiled);
    if (!guide.ok()) return failure(guide.error());
    JsonWriter out;
    return ok_answer(out).field("id", library.put(std::move(guide.value()))).end_object().take();
  });
}

std::string list_guides(const GuideLibrary& library) {
  return guarded([&] {
    JsonWriter out;
    ok_answer(out).key("guides").begin_array();
    for (const Guide& guide : library.guides()) write_guide_summary(out, guide);
    return out.end_array().end_object().take();
  });
}

std::string get_guide(const GuideLibrary& library, std::string_view id, std::string_view today) {
  return guarded([&] {
    const Guide* guide = library.find(id);
    if (!guide) return failure(Error{"no guide '" + std::string(id) + "' is loaded"});
    std::optional<Diagnostic> stale;
    if (!today.empty()) {
      auto date = parse_date(today);
      if (!date) return failure(Error{"today: expected a date like 2026-11-22"});
      stale = stale_warning(*guide, *date);
    }
    JsonWriter out;
    ok_answer(out).field("id", guide_id(*guide)).key("guide");
    write_json(out, *guide);
    out.key("insights");
    write_insights(out, *guide);
    out.field("stale", stale.has_value()).key("stale_warning");
    if (stale) write_json(out, *stale);
    else out.value(nullptr);
    return out.end_object().take();
  });
}

std::string find_region(const GuideLibrary& library, std::string_view id, std::string_view region) {
  return guarded([&] {
    const Guide* guide = library.find(id);
    if (!guide) return failure(Error{"no guide '" + std::string(id) + "' is loaded"});
    auto band = band_named(*guide, region);
    if (!band.ok()) return failure(band.error());
    JsonWriter out;
    return ok_answer(out).field("region", band.value()->region).end_object().take();
  });
}

namespace {

struct Evaluated {
  const Guide* guide = nullptr;
  Evaluation evaluation;
};

// Reads {guide, ...request} (and the members `also_known` names, read by the
// caller) and evaluates it against the loaded guide it names.
Result<Evaluated> evaluate_request(const GuideLibrary& library, const JsonValue& request,
                                   std::initializer_list<const char*> also_known) {
  if (!request.is_object()) return Error{"the request must be a JSON object"};
  auto id = request.find("guide");
  if (id == request.end() || !id->is_string()) {
    return Error{"guide is required: the id (company/role) of a loaded guide"};
  }
  const Guide* guide = library.find(id->get<std::string>());
  if (!guide) return Error{"no guide '" + id->get<std::string>() + "' is loaded"};
  auto parsed = evaluate_request_from_json(request, also_known);
  if (!parsed.ok()) return parsed.error();
  auto result = offercheck::evaluate(*guide, parsed.value());
  if (!result.ok()) return result.error();
  return Evaluated{guide, std::move(result.value())};
}

Result<JsonValue> request_of(std::string_view text) {
  auto request = parse_json(text);
  if (!request.ok()) return Error{"the request is not valid JSON: " + request.error().message, request.error().at};
  return request;
}

}  // namespace

std::string script(const GuideLibrary& library, std::string_view request_json) {
  return guarded([&] {
    auto request = request_of(request_json);
    if (!request.ok()) return failure(request.error());
    std::map<std::string, std::string> values;
    if (auto fills = request.value().find("fills"); fills != request.value().end()) {
      if (!fills->is_object()) return failure(Error{"fills: expected an object of texts"});
      for (const auto& item : fills->items()) {
        if (!item.value().is_string()) return failure(Error{"fills." + item.key() + ": expected text"});
        values[item.key()] = item.value().get<std::string>();
      }
    }
    auto evaluated = evaluate_request(library, request.value(), {"guide", "fills"});
    if (!evaluated.ok()) return failure(evaluated.error());
    const NegotiationScript script = negotiation_script(*evaluated.value().guide, evaluated.value().evaluation, values);
    JsonWriter out;
    write_script_fields(ok_answer(out), script);
    return out.end_object().take();
  });
}

std::string evaluate(const GuideLibrary& library, std::string_view request_json) {
  return guarded([&] {
    auto request = request_of(request_json);
    if (!request.ok()) return failure(request.error());
    auto evaluated = evaluate_request(library, request.value(), {"guide"});
    if (!evaluated.ok()) return failure(evaluated.error());
    JsonWriter out;
    write_json(out, evaluated.value().evaluation);
    return out.take();
  });
}

std::string parse_money(std::string_view text, std::string_view currency, std::string_view field) {
  return guarded([&] {
    auto parsed = offercheck::parse_money(text);
    if (!parsed.ok()) return failure(parsed.error());
    std::optional<Diagnostic> warning;
    if (!currency.empty()) warning = typed_currency_warning(field, parsed.value(), currency);
    JsonWriter out;
    ok_answer(out).field("amount", parsed.value().amount).field("currency", parsed.value().currency).key("warning");
    if (warning) write_json(out, *warning);
    else out.value(nullptr);
    return out.end_object().take();
  });
}

namespace {

template <class Parse>
std::string value_answer(Parse parse) {
  return guarded([&] {
    auto parsed = parse();
    if (!parsed.ok()) return failure(parsed.error());
    JsonWriter out;
    return ok_answer(out).field("value", parsed.value()).end_object().take();
  });
}

}  // namespace

std::string parse_percent(std::string_view text) {
  return value_answer([&] { return offercheck::parse_percent(text); });
}

std::string parse_multiple(std::string_view text) {
  return value_answer([&] { return offercheck::parse_multiple(text); });
}

std::string parse_months(std::string_view text) {
  return value_answer([&] { return offercheck::parse_months(text); });
}

namespace {

nlohmann::json text_or_null(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

nlohmann::json letter_item_json(const LetterItem& item) {
  return {{"field", item.field},           {"value", item.value},          {"currency", text_or_null(item.currency)},
          {"sentence", item.sentence},     {"line", item.at.line},         {"column", item.at.column},
          {"note", text_or_null(item.note)}};
}

nlohmann::json unread_figure_json(const UnreadFigure& figure) {
  return {{"text", figure.text},      {"sentence", figure.sentence}, {"line", figure.at.line},
          {"column", figure.at.column}, {"reason", figure.reason}};
}

}  // namespace

std::string read_offer_letter(std::string_view text, std::string_view currency) {
  return guarded([&] {
    auto letter = offercheck::read_offer_letter(text, currency);
    if (!letter.ok()) {
      nlohmann::json j = nlohmann::json{{"ok", false}, {"error", letter.error()}};
      j["found"] = nlohmann::json::array();
      j["missing"] = {"base", "equity", "bonus", "sign_on"};
      j["notes"] = nlohmann::json::array();
      j["unread"] = nlohmann::json::array();
      j["currency"] = nullptr;
      return to_text(j);
    }
    nlohmann::json found = nlohmann::json::array();
    for (const LetterItem& item : letter.value().found) found.push_back(letter_item_json(item));
    nlohmann::json unread = nlohmann::json::array();
    for (const UnreadFigure& figure : letter.value().unread) unread.push_back(unread_figure_json(figure));
    return to_text(nlohmann::json{{"ok", true},
                                  {"found", found},
                                  {"missing", letter.value().missing},
                                  {"notes", letter.value().notes},
                                  {"unread", unread},
                                  {"currency", text_or_null(letter.value().currency)}});
  });
}

}  // namespace offercheck::json_api
