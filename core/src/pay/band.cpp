#include "offercheck/band.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>

namespace offercheck {

bool Band::has_any_number() const {
  for (const Range* range : {&base, &stock, &bonus, &signing_bonus, &total_comp}) {
    if (!range->is_empty()) return true;
  }
  return bonus_pct.has_value();
}

Range Band::bonus_amounts() const {
  if (!bonus.is_empty()) return bonus;
  Range amounts;
  if (bonus_pct) {
    if (base.low) amounts.low = *base.low * *bonus_pct / 100;
    if (base.high) amounts.high = *base.high * *bonus_pct / 100;
  }
  return amounts;
}

Result<Band> derive_band(const Band& reference, double factor, std::string region) {
  if (!std::isfinite(factor) || factor <= 0 || factor > 10) {
    return Error{"the factor to derive a band must be a number above 0 and at most 10, like 0.8"};
  }
  if (!reference.base.has_data()) {
    return Error{"cannot derive from " + reference.region + ": it has no base band"};
  }
  Band derived = reference;
  derived.region = std::move(region);
  derived.at = {};
  for (Range* range : {&derived.base, &derived.stock, &derived.bonus, &derived.signing_bonus,
                       &derived.total_comp}) {
    if (range->low) *range->low *= factor;
    if (range->high) *range->high *= factor;
  }
  derived.derived_from = DerivedFrom{reference.region, factor};
  return derived;
}

std::string region_key(std::string_view name) {
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
  while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
  std::string key(name);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

bool same_region(std::string_view a, std::string_view b) { return region_key(a) == region_key(b); }

void write_json(JsonWriter& out, const Range& range) {
  out.begin_object().field("low", range.low).field("high", range.high).end_object();
}

void write_json(JsonWriter& out, const Band& band) {
  out.begin_object()
      .field("region", band.region)
      .field("currency", band.currency)
      .field("has_data", band.has_any_number())
      .key("base");
  write_json(out, band.base);
  out.key("stock");
  write_json(out, band.stock);
  out.field("bonus_pct", band.bonus_pct).key("bonus");
  write_json(out, band.bonus_amounts());
  out.key("signing_bonus");
  write_json(out, band.signing_bonus);
  out.key("total_comp");
  write_json(out, band.total_comp);
  out.key("derived_from");
  if (band.derived_from) {
    out.begin_object().field("region", band.derived_from->region).field("factor", band.derived_from->factor).end_object();
  } else {
    out.value(nullptr);
  }
  out.end_object();
}

void to_json(nlohmann::json& j, const Range& range) { j = dom_of(range); }
void to_json(nlohmann::json& j, const Band& band) { j = dom_of(band); }

}  // namespace offercheck
