#include "offercheck/total_comp.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

double annual_total_comp(double base, double stock_grant, double bonus) {
  return base + stock_grant / 4 + bonus;
}

Totals totals_of(double base, double stock_grant, double bonus, double sign_on) {
  Totals totals;
  totals.annual_average = annual_total_comp(base, stock_grant, bonus);
  totals.year_one = totals.annual_average + sign_on;
  totals.four_year = 4 * (base + bonus) + stock_grant + sign_on;
  return totals;
}

void to_json(nlohmann::json& j, const Totals& totals) {
  j = {{"annual_average", totals.annual_average},
       {"year_one", totals.year_one},
       {"four_year", totals.four_year}};
}

}  // namespace offercheck
