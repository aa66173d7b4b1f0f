#include "offercheck/years.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

double vested_within_four_years(const Vesting& vesting) {
  double share = 0;
  for (int year = 1; year <= 4; ++year) share += vesting.fraction_in_year(year);
  return share;
}

YearView year_by_year(const Package& p, double illiquid_discount) {
  YearView view;
  const double equity_weight = p.liquid ? 1 : 1 - illiquid_discount;
  for (int year = 1; year <= 4; ++year) {
    YearRow row;
    row.year = year;
    row.base = p.base;
    row.bonus = p.bonus;
    row.sign_on = year == 1 ? p.sign_on : 0;
    row.stock_vested = p.stock_grant * p.vesting.fraction_in_year(year);
    for (int granted = 2; granted <= year; ++granted) {
      row.stock_vested += p.refresh * p.vesting.fraction_in_year(year - granted + 1);
    }
    row.total = row.base + row.stock_vested + row.bonus + row.sign_on;
    view.four_year_total += row.total;
    view.four_year_risk_adjusted += row.total - row.stock_vested * (1 - equity_weight);
    view.years.push_back(row);
  }
  return view;
}

void to_json(nlohmann::json& j, const YearRow& row) {
  j = {{"year", row.year},           {"base", row.base},       {"stock_vested", row.stock_vested},
       {"bonus", row.bonus},         {"sign_on", row.sign_on}, {"total", row.total}};
}

void to_json(nlohmann::json& j, const YearView& view) {
  j = {{"years", view.years},
       {"four_year_total", view.four_year_total},
       {"four_year_risk_adjusted", view.four_year_risk_adjusted}};
}

}  // namespace offercheck
