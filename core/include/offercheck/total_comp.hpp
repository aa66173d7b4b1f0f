#pragma once

#include <nlohmann/json_fwd.hpp>

namespace offercheck {

struct YearView;

// Total comp as bands and guides count it, the one place it is computed:
//   base + stock_grant / 4 + bonus
// today's base, a quarter of the 4-year grant at today's value, the target
// bonus; no sign-on, raise, payout or exit. What the band's total_comp range,
// the guide's stated total comp and a proposal's total_comp mean.
double annual_total_comp(double base, double stock_grant, double bonus);

// An offer's totals, every one read from its years (years.hpp), so that no
// two places can show different figures for the same thing:
//   year one        = years[0].total (sign-on, the schedule's first year, bonus payout)
//   four years      = the sum of the four years (four_year_total)
//   annual average  = (four years − sign-on) / 4: the yearly average, sign-on aside
struct Totals {
  double annual_average = 0;
  double year_one = 0;
  double four_year = 0;
};

Totals totals_from(const YearView& years);

void to_json(nlohmann::json& j, const Totals& totals);

}  // namespace offercheck
