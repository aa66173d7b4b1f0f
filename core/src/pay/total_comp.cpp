#include "offercheck/total_comp.hpp"

#include "api/json_schema.hpp"

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

void write_json(JsonWriter& out, const Totals& totals) {
  out.begin_object()
      .field("annual_average", totals.annual_average)
      .field("year_one", totals.year_one)
      .field("four_year", totals.four_year)
      .end_object();
}

void to_json(nlohmann::json& j, const Totals& totals) { j = dom_of(totals); }

}  // namespace offercheck
