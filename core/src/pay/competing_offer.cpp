#include "offercheck/competing_offer.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "money/currency.hpp"


namespace offercheck {

std::optional<Error> check_competing_offer(const CompetingOffer& o) {
  if (o.name.empty()) return Error{"a competing offer needs a name"};
  const std::string who = "competing offer '" + o.name + "'";
  if (!o.currency.empty() && !find_currency(o.currency)) {
    return Error{who + ": '" + o.currency + "' is not an ISO 4217 currency code"};
  }
  return check_terms(o, who);
}

Result<Package> package_of(const CompetingOffer& o, const FxRates& rates) {
  auto rate = rates.rate(o.currency.empty() ? rates.target() : o.currency);
  if (!rate.ok()) return Error{"competing offer '" + o.name + "': " + rate.error().message};
  return o.package(std::nullopt, std::nullopt, std::nullopt, rate.value());
}

Result<CompetingOffer> competing_offer_from_json(const JsonValue& j, const FieldPath& path, Typed typed) {
  if (!j.is_object()) return Error{path.prefix + ": expected an object"};
  CompetingOffer o;
  auto name = text_field(j, "name", path("name"));
  if (!name.ok()) return name.error();
  o.name = name.value().value_or("");
  auto currency = text_field(j, "currency", path("currency"));
  if (!currency.ok()) return currency.error();
  o.currency = currency.value().value_or("");
  const std::string who = o.name.empty() ? path.prefix : "competing offer '" + o.name + "'";
  auto terms = terms_from_json(j, path, who, {"name", "currency"}, typed);
  if (!terms.ok()) return terms.error();
  static_cast<Terms&>(o) = terms.value();
  if (auto error = check_competing_offer(o)) return *error;
  return o;
}

void write_json(JsonWriter& out, const CompetingResult& r) {
  const CompetingOffer& o = r.offer;
  out.begin_object()
      .field("name", o.name)
      .field("currency", o.currency)
      .field("rate", r.rate);
  write_terms_fields(out, o);
  out.key("equity");
  write_json(out, r.equity);
  out.key("years");
  write_json(out, r.view.years);
  out.field("four_year_total", r.view.four_year_total)
      .field("four_year_risk_adjusted", r.view.four_year_risk_adjusted)
      .end_object();
}

void to_json(nlohmann::json& j, const CompetingResult& r) { j = dom_of(r); }

}  // namespace offercheck
