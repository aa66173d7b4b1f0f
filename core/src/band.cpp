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

bool same_region(std::string_view a, std::string_view b) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
  };
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

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
