#include "offercheck/competing_offer.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "money/currency.hpp"

#include <algorithm>

#include <cmath>

namespace offercheck {

std::optional<Error> check_competing_offer(const CompetingOffer& o) {
  const std::string who = o.name.empty() ? "a competing offer" : "competing offer '" + o.name + "'";
  if (o.name.empty()) return Error{"a competing offer needs a name"};
  if (!o.currency.empty() && !find_currency(o.currency)) {
    return Error{who + ": '" + o.currency + "' is not an ISO 4217 currency code"};
  }
  const std::pair<const char*, std::optional<double>> parts[] = {
      {"base", o.base},           {"stock", o.stock},       {"stock_per_year", o.stock_per_year},
      {"bonus_pct", o.bonus_pct}, {"bonus", o.bonus},       {"sign_on", o.sign_on},
      {"refresh", o.refresh}};
  for (const auto& [name, value] : parts) {
    if (value && (!std::isfinite(*value) || *value < 0)) {
      return Error{who + ": " + name + " must be a number of at least 0"};
    }
  }
  if (o.stock && o.stock_per_year) {
    return Error{who + ": give stock (a grant) or stock_per_year, not both"};
  }
  if (o.bonus_pct && o.bonus) return Error{who + ": give bonus_pct or bonus, not both"};
  return std::nullopt;
}

Result<Package> package_of(const CompetingOffer& o, const FxRates& rates) {
  auto rate = rates.rate(o.currency.empty() ? rates.target() : o.currency);
  if (!rate.ok()) return Error{"competing offer '" + o.name + "': " + rate.error().message};
  const double r = rate.value();
  Package p;
  p.base = o.base * r;
  p.stock_grant = (o.stock ? *o.stock : o.stock_per_year.value_or(0) * 4) * r;
  p.bonus = o.bonus ? *o.bonus * r : p.base * o.bonus_pct.value_or(0) / 100;
  p.sign_on = o.sign_on.value_or(0) * r;
  p.refresh = o.refresh.value_or(0) * r;
  p.vesting = o.vesting;
  p.liquid = o.liquid;
  return p;
}

Result<CompetingOffer> competing_offer_from_json(const nlohmann::json& j, const std::string& path) {
  if (!j.is_object()) return Error{path + ": expected an object"};
  static const char* known[] = {"name",  "currency", "base",    "stock",   "stock_per_year",
                                "bonus_pct", "bonus", "sign_on", "refresh", "vesting", "liquid"};
  for (const auto& item : j.items()) {
    if (std::find(std::begin(known), std::end(known), item.key()) == std::end(known)) {
      return Error{path + "." + item.key() + ": unknown field"};
    }
  }
  CompetingOffer o;
  auto name = text_field(j, "name", path + ".name");
  if (!name.ok()) return name.error();
  o.name = name.value().value_or("");
  auto currency = text_field(j, "currency", path + ".currency");
  if (!currency.ok()) return currency.error();
  o.currency = currency.value().value_or("");
  auto base = number_field(j, "base", path + ".base");
  if (!base.ok()) return base.error();
  if (!base.value()) return Error{path + ".base is required"};
  o.base = *base.value();
  const std::pair<const char*, std::optional<double>*> optional_parts[] = {
      {"stock", &o.stock},     {"stock_per_year", &o.stock_per_year}, {"bonus_pct", &o.bonus_pct},
      {"bonus", &o.bonus},     {"sign_on", &o.sign_on},               {"refresh", &o.refresh}};
  for (const auto& [key, into] : optional_parts) {
    auto value = number_field(j, key, path + "." + key);
    if (!value.ok()) return value.error();
    *into = value.value();
  }
  auto vesting = text_field(j, "vesting", path + ".vesting");
  if (!vesting.ok()) return vesting.error();
  if (vesting.value()) {
    auto parsed = parse_vesting(*vesting.value());
    if (!parsed.ok()) return Error{path + ": " + parsed.error().message};
    o.vesting = parsed.value();
  }
  if (auto liquid = j.find("liquid"); liquid != j.end() && !liquid->is_null()) {
    if (!liquid->is_boolean()) return Error{path + ".liquid: expected true or false"};
    o.liquid = liquid->get<bool>();
  }
  if (auto error = check_competing_offer(o)) return Error{path + ": " + error->message};
  return o;
}

void write_json(JsonWriter& out, const CompetingResult& r) {
  const CompetingOffer& o = r.offer;
  out.begin_object()
      .field("name", o.name)
      .field("currency", o.currency)
      .field("rate", r.rate)
      .field("liquid", o.liquid)
      .key("vesting");
  write_json(out, o.vesting);
  out.field("base", o.base)
      .field("stock", o.stock)
      .field("stock_per_year", o.stock_per_year)
      .field("bonus_pct", o.bonus_pct)
      .field("bonus", o.bonus)
      .field("sign_on", o.sign_on)
      .field("refresh", o.refresh)
      .key("years");
  write_json(out, r.view.years);
  out.field("four_year_total", r.view.four_year_total)
      .field("four_year_risk_adjusted", r.view.four_year_risk_adjusted)
      .end_object();
}

void to_json(nlohmann::json& j, const CompetingResult& r) { j = dom_of(r); }

}  // namespace offercheck
