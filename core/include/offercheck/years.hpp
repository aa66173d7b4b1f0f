#pragma once

#include "offercheck/phrase.hpp"
#include "offercheck/vesting.hpp"

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace offercheck {

// A compensation package in one currency, as it pays out over four years.
struct Package {
  double base = 0;         // per year
  double stock_grant = 0;  // the initial grant, total
  double bonus = 0;        // per year
  double sign_on = 0;      // once, in year one
  Vesting vesting = even_vesting();
  // A refresh grant of this value at the start of each of years 2, 3 and 4,
  // vesting on the same schedule.
  double refresh = 0;
  bool liquid = true;  // public RSUs; false for pre-IPO equity
};

struct YearRow {
  int year = 0;
  double base = 0;
  double stock_vested = 0;
  double bonus = 0;
  double sign_on = 0;
  double total = 0;
};

struct YearView {
  std::vector<YearRow> years;  // years 1 to 4
  double four_year_total = 0;
  // With illiquid equity counted at (1 − illiquid_discount) of its face value.
  double four_year_risk_adjusted = 0;
};

YearView year_by_year(const Package& package, double illiquid_discount);

// What a risk-adjusted figure means: "Risk-adjusted counts illiquid equity at
// 50% of its value."
Phrase risk_adjusted_note(double illiquid_discount);

// The share of a grant that vests within the first four years.
double vested_within_four_years(const Vesting& vesting);

void to_json(nlohmann::json& j, const YearRow& row);
void to_json(nlohmann::json& j, const YearView& view);

}  // namespace offercheck
