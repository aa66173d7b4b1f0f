#include "offercheck/total_comp.hpp"

#include "api/json_schema.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

double annual_total_comp(double base, double stock_grant, double bonus) {
  return base + stock_grant / 4 + bonus;
}

Totals totals_from(const YearView& view) {
  Totals totals;
  double sign_on = 0;
  for (const YearRow& row : view.years) sign_on += row.sign_on;
  if (!view.years.empty()) totals.year_one = view.years.front().total;
  totals.four_year = view.four_year_total;
  totals.annual_average = (view.four_year_total - sign_on) / 4;
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
