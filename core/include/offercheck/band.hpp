#pragma once

#include "offercheck/diagnostic.hpp"
#include "offercheck/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace offercheck {

struct Range {
  std::optional<double> low;
  std::optional<double> high;

  bool has_data() const { return low.has_value() && high.has_value(); }
  bool is_empty() const { return !low.has_value() && !high.has_value(); }
};

struct DerivedFrom {
  std::string region;
  double factor = 1.0;
};

// One region's pay band. Amounts are in `currency`: base, bonus and total
// comp per year, stock as a 4-year grant total, signing bonus once.
struct Band {
  std::string region;
  std::string currency;  // ISO 4217; may be empty only when the band has no numbers
  Range base;
  Range stock;
  Range bonus;          // annual bonus amounts (bonus_low / bonus_high)
  std::optional<double> bonus_pct;  // annual target, percent of base
  Range signing_bonus;  // one-time amounts (signing_bonus_low / signing_bonus_high)
  Range total_comp;     // the guide's stated annual total comp
  std::optional<DerivedFrom> derived_from;
  SourcePosition at;

  bool has_any_number() const;
  // The bonus band in amounts: bonus_low/high when the guide gives them,
  // otherwise bonus_pct of base_low and base_high.
  Range bonus_amounts() const;
};

// A band for a region the guide leaves empty, scaled from a reference band
// ("60–100% of NYC"): every amount times factor, bonus_pct unchanged.
Result<Band> derive_band(const Band& reference, double factor, std::string region);

// Region names match when equal ignoring ASCII case and surrounding spaces.
bool same_region(std::string_view a, std::string_view b);
// The form under which region names match: trimmed, ASCII lower case.
std::string region_key(std::string_view name);

void to_json(nlohmann::json& j, const Range& range);
void to_json(nlohmann::json& j, const Band& band);

}  // namespace offercheck
