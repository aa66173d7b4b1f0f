#pragma once

#include <nlohmann/json_fwd.hpp>

namespace offercheck {

// The one place where total compensation is computed.
//   annual (4-year average) = base + stock_grant / 4 + bonus
//   year one                = annual + sign_on
//   four years              = 4 × (base + bonus) + stock_grant + sign_on
// The 4-year stock grant is taken to vest evenly, a quarter a year.
double annual_total_comp(double base, double stock_grant, double bonus);

struct Totals {
  double annual_average = 0;
  double year_one = 0;
  double four_year = 0;
};

Totals totals_of(double base, double stock_grant, double bonus, double sign_on);

void to_json(nlohmann::json& j, const Totals& totals);

}  // namespace offercheck
