#include "offercheck/band.hpp"

#include "json_fields.hpp"

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
    return Error{"the factor to derive a band must be a number above 0 and at most 10, like 0.8",
                 0, 0};
  }
  if (!reference.base.has_data()) {
    return Error{"cannot derive from " + reference.region + ": it has no base band", 0, 0};
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

void to_json(nlohmann::json& j, const Range& range) {
  j = {{"low", optional_json(range.low)}, {"high", optional_json(range.high)}};
}

void to_json(nlohmann::json& j, const Band& band) {
  j = {{"region", band.region},
       {"currency", band.currency},
       {"base", band.base},
       {"stock", band.stock},
       {"bonus_pct", optional_json(band.bonus_pct)},
       {"bonus", band.bonus_amounts()},
       {"signing_bonus", band.signing_bonus},
       {"total_comp", band.total_comp},
       {"derived_from", band.derived_from
                            ? nlohmann::json{{"region", band.derived_from->region},
                                             {"factor", band.derived_from->factor}}
                            : nlohmann::json(nullptr)}};
}

}  // namespace offercheck
