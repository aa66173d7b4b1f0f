#include "offercheck/evaluation.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/guide_summary.hpp"
#include "offercheck/guide_asks.hpp"
#include "pay/leverage.hpp"
#include "offercheck/money.hpp"
#include "guide/validation.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace offercheck {

namespace {

std::string region_list(const Guide& guide) {
  std::string list;
  for (const Band& band : guide.compensation) list += (list.empty() ? "" : ", ") + band.region;
  return list;
}

Result<Band> band_for(const Guide& guide, const EvaluateRequest& request) {
  if (request.derive) {
    const Band* own = guide.find_band(request.region);
    const Band* reference = guide.find_band(request.derive->region);
    if (!reference) {
      return Error{"cannot derive from unknown region '" + request.derive->region +
                       "'; this guide has: " + region_list(guide)};
    }
    return derive_band(*reference, request.derive->factor, own ? own->region : request.region);
  }
  auto own = band_named(guide, request.region);
  if (!own.ok()) return own.error();
  return *own.value();
}

GuideSummary summary_of(const Guide& guide, const std::optional<Date>& today) {
  return GuideSummary{guide_id(guide),
                      guide.company,
                      guide.company_display,
                      guide.role,
                      guide.role_display,
                      guide.last_updated,
                      guide.salary_data_quarter,
                      guide.next_review_due,
                      guide.data_quality,
                      today && guide.is_stale(*today)};
}

std::optional<std::size_t> index_of(const Guide& guide, const Band& band) {
  for (std::size_t i = 0; i < guide.compensation.size(); ++i) {
    if (&guide.compensation[i] == &band) return i;
  }
  return std::nullopt;
}

}  // namespace

Result<const Band*> band_named(const Guide& guide, std::string_view region) {
  if (const Band* band = guide.find_band(region)) return band;
  return Error{"unknown region '" + std::string(region) + "'; this guide has: " + region_list(guide)};
}

Result<Evaluation> evaluate(const Guide& guide, const EvaluateRequest& request) {
  if (auto error = check_terms(request.offer, "offer")) return *error;
  if (auto error = check_parameters(request.parameters)) return *error;
  auto band = band_for(guide, request);
  if (!band.ok()) return band.error();

  Evaluation evaluation;
  evaluation.guide = summary_of(guide, request.today);
  evaluation.band = band.value();
  evaluation.offer = request.offer;
  evaluation.parameters = request.parameters;
  evaluation.comparison = compare_offer(request.offer, evaluation.band);
  evaluation.asks = compute_asks(request.offer, evaluation.band, request.parameters);
  // The guide's own figures for its band answer first; none for a derived
  // band (stated_for): the guide's figures are its own regions'.
  const StatedBand* own_figures = stated_for(guide.stated, evaluation.band);
  if (own_figures) answer_with_stated(evaluation.asks, request.offer, evaluation.band, *own_figures, request.parameters);
  const double discount = request.parameters.illiquid_discount;
  const Package package = request.offer.package();
  const std::string& currency = evaluation.band.currency;
  evaluation.years = year_by_year(package, discount);
  evaluation.equity = equity_view(package, discount);
  if (request.leave_after_months) {
    if (*request.leave_after_months < 0 || *request.leave_after_months > kMaxLeaveMonths) {
      return Error{"leave_after_months must be between 0 and " + std::to_string(kMaxLeaveMonths)};
    }
    evaluation.if_you_leave = leave_early(package, *request.leave_after_months, currency);
  }
  evaluation.fx = FxRates(currency, request.fx);
  for (const CompetingOffer& offer : request.competing) {
    if (auto error = check_competing_offer(offer)) return *error;
    auto other = package_of(offer, evaluation.fx);
    if (!other.ok()) return other.error();
    CompetingResult result{offer, 1, other.value(), year_by_year(other.value(), discount),
                           equity_view(other.value(), discount)};
    if (result.offer.currency.empty()) result.offer.currency = currency;
    result.rate = evaluation.fx.rate(result.offer.currency).value();
    evaluation.competing.push_back(std::move(result));
  }
  evaluation.decision = decide(package, evaluation.years, evaluation.competing, discount, currency);

  auto& warnings = evaluation.warnings;
  for (Diagnostic& d : apply_leverage(evaluation.asks, request.offer, evaluation.band,
                                      request.parameters, evaluation.competing)) {
    warnings.push_back(std::move(d));
  }
  if (request.today) {
    if (auto stale = stale_warning(guide, *request.today)) warnings.push_back(*stale);
  }
  const Band* own = guide.find_band(evaluation.band.region);
  std::optional<std::size_t> index =
      request.derive || !own ? std::nullopt : index_of(guide, *own);
  std::set<std::string> reported_components;
  for (Diagnostic& d : validate_band(guide, evaluation.band, index, ValidationOptions{})) {
    if (d.severity != Severity::warning) continue;
    reported_components.insert(d.component);
    warnings.push_back(std::move(d));
  }
  if (const auto& derived = evaluation.band.derived_from) {
    Diagnostic d = make_warning("derived_band", Phrase(evaluation.band.region + " is compared with " +
                                                           derived->region + "'s band scaled to ") +
                                                    percent_value(derived->factor) + ", not with its own data");
    warnings.push_back(d);
  }
  if (!evaluation.band.has_any_number()) {
    if (auto hint = derivation_hint(guide, evaluation.band.region)) {
      warnings.push_back(make_warning(
          "derivation_available",
          Phrase("the guide puts " + evaluation.band.region + " at ") + percent_value(hint->low_factor) + "–" +
              percent_value(hint->high_factor) + " of " + hint->reference +
              "; compare with that band scaled by a factor in that range",
          {hint->line, 1}));
    }
  }
  if (evaluation.band.has_any_number()) {
    for (const auto& component : evaluation.comparison.components) {
      if (component.status != Status::no_data || reported_components.count(component.name)) {
        continue;
      }
      Diagnostic d = make_warning("no_data", evaluation.band.region + " has no " +
                                                 component.name + " band; the offer's " +
                                                 component.name + " is not compared");
      d.component = component.name;
      warnings.push_back(d);
    }
  }
  if (own_figures) {
    evaluation.stated = StatedEvaluation{*own_figures, compare_with_stated(evaluation.asks, *own_figures)};
  }
  return evaluation;
}

std::vector<NamedYears> named_years(const Evaluation& e) {
  std::vector<NamedYears> packages = {{"this offer", &e.years}};
  for (const CompetingResult& c : e.competing) packages.push_back({c.offer.name, &c.view});
  return packages;
}

Phrase risk_adjusted_note(const Evaluation& e) {
  return risk_adjusted_note(named_years(e), e.parameters.illiquid_discount);
}

Result<EvaluateRequest> evaluate_request_from_json(const JsonValue& j, std::initializer_list<const char*> also_known) {
  if (!j.is_object()) return Error{"the request must be a JSON object"};
  static const std::set<std::string> known = {"region", "offer",     "parameters", "today",
                                              "derive", "competing", "fx",         "leave_after_months"};
  for (const auto& item : j.items()) {
    const auto is_key = [&](const char* key) { return item.key() == key; };
    if (!known.count(item.key()) && std::none_of(also_known.begin(), also_known.end(), is_key)) {
      return Error{item.key() + ": unknown field (expected region, offer, parameters, today, "
                                "derive, competing, fx, leave_after_months)"};
    }
  }
  EvaluateRequest request;
  auto region = text_field(j, "region", "region");
  if (!region.ok()) return region.error();
  if (!region.value() || region.value()->empty()) return Error{"region is required"};
  request.region = *region.value();

  auto offer = j.find("offer");
  if (offer == j.end() || !offer->is_object()) {
    return Error{"offer is required: an object with base and optionally stock, bonus_pct, bonus "
                 "and sign_on"};
  }
  auto terms = terms_from_json(*offer, FieldPath{"offer"}, "offer");
  if (!terms.ok()) return terms.error();
  static_cast<Terms&>(request.offer) = terms.value();

  if (auto parameters = j.find("parameters"); parameters != j.end()) {
    auto read = ask_parameters_from_json(*parameters);
    if (!read.ok()) return read.error();
    request.parameters = read.value();
  }
  auto leave = number_field(j, "leave_after_months", "leave_after_months");
  if (!leave.ok()) return leave.error();
  if (leave.value()) {
    const double months = *leave.value();
    if (months != std::floor(months) || months < 0 || months > kMaxLeaveMonths) {
      return Error{"leave_after_months: expected a whole number of months from 0 to " + std::to_string(kMaxLeaveMonths)};
    }
    request.leave_after_months = static_cast<int>(months);
  }
  auto today = text_field(j, "today", "today");
  if (!today.ok()) return today.error();
  if (today.value()) {
    request.today = parse_date(*today.value());
    if (!request.today) return Error{"today: expected a date like 2026-11-22"};
  }
  if (auto competing = j.find("competing"); competing != j.end() && !competing->is_null()) {
    if (!competing->is_array()) return Error{"competing: expected a list of offers"};
    for (std::size_t i = 0; i < competing->size(); ++i) {
      auto offer_json = competing_offer_from_json((*competing)[i], FieldPath{"competing[" + std::to_string(i) + "]"});
      if (!offer_json.ok()) return offer_json.error();
      request.competing.push_back(offer_json.value());
    }
  }
  if (auto fx = j.find("fx"); fx != j.end() && !fx->is_null()) {
    if (!fx->is_object()) return Error{"fx: expected an object like {\"EUR\": 1.08}"};
    for (const auto& item : fx->items()) {
      if (!item.value().is_number()) return Error{"fx." + item.key() + ": expected a number"};
      auto rate = fx_override(item.key(), item.value().get<double>());
      if (!rate.ok()) return Error{"fx." + item.key() + ": " + rate.error().message};
      request.fx[rate.value().first] = rate.value().second;
    }
  }
  if (auto derive = j.find("derive"); derive != j.end() && !derive->is_null()) {
    if (!derive->is_object()) return Error{"derive: expected {from, factor}"};
    auto from = text_field(*derive, "from", "derive.from");
    if (!from.ok()) return from.error();
    auto factor = number_field(*derive, "factor", "derive.factor");
    if (!factor.ok()) return factor.error();
    if (!from.value() || !factor.value()) {
      return Error{"derive needs both from (a region) and factor (like 0.8)"};
    }
    request.derive = DerivedFrom{*from.value(), *factor.value()};
  }
  return request;
}

// Written straight to text: this runs on every keystroke in the page.
void write_json(JsonWriter& out, const Evaluation& e) {
  std::optional<std::string> last_updated, next_review_due;
  if (e.guide.last_updated) last_updated = e.guide.last_updated->to_string();
  if (e.guide.next_review_due) next_review_due = e.guide.next_review_due->to_string();
  out.begin_object()
      .field("ok", true)
      .key("guide")
      .begin_object()
      .field("id", e.guide.id)
      .field("company", e.guide.company)
      .field("company_display", e.guide.company_display)
      .field("role", e.guide.role)
      .field("role_display", e.guide.role_display)
      .field("region", e.band.region)
      .field("currency", e.band.currency)
      .field("stale", e.guide.stale)
      .field("last_updated", last_updated)
      .field("salary_data_quarter", e.guide.salary_data_quarter)
      .field("next_review_due", next_review_due)
      .field("data_quality", e.guide.data_quality)
      .end_object()
      .key("band");
  write_json(out, e.band);
  out.key("offer");
  write_json(out, e.offer);
  out.key("components");
  write_json(out, e.comparison.components);
  out.key("totals");
  write_json(out, e.comparison.totals);
  out.key("ask");
  write_json(out, e.asks.ask);
  out.key("floor");
  write_json(out, e.asks.floor);
  out.key("years");
  write_json(out, e.years.years);
  const Phrase risk_note = risk_adjusted_note(e);
  out.field("four_year_total", e.years.four_year_total)
      .field("four_year_risk_adjusted", e.years.four_year_risk_adjusted)
      .field("risk_note", risk_note.text())
      .key("risk_note_parts");
  write_json(out, risk_note);
  out.key("competing");
  write_json(out, e.competing);
  out.key("fx");
  write_json(out, e.fx);
  out.key("warnings");
  write_json(out, e.warnings);
  out.key("parameters");
  write_json(out, e.parameters);
  out.key("stated");
  if (e.stated) {
    write_json(out, *e.stated);
  } else {
    out.value(nullptr);
  }
  out.key("equity");
  write_json(out, e.equity);
  out.key("decision");
  if (e.decision) {
    write_json(out, *e.decision);
  } else {
    out.value(nullptr);
  }
  out.key("if_you_leave");
  if (e.if_you_leave) {
    write_json(out, *e.if_you_leave);
  } else {
    out.value(nullptr);
  }
  out.end_object();
}

void to_json(nlohmann::json& j, const Evaluation& e) { j = dom_of(e); }

}  // namespace offercheck
