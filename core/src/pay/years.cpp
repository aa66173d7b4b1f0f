#include "offercheck/years.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

double vested_within_four_years(const Vesting& vesting) {
  double share = 0;
  for (int year = 1; year <= 4; ++year) share += vesting.fraction_in_year(year);
  return share;
}

Phrase risk_adjusted_note(double illiquid_discount) {
  return Phrase("Risk-adjusted counts illiquid equity at ") + percent_value(1 - illiquid_discount) +
         " of its value.";
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

void write_json(JsonWriter& out, const YearRow& row) {
  out.begin_object()
      .field("year", row.year)
      .field("base", row.base)
      .field("stock_vested", row.stock_vested)
      .field("bonus", row.bonus)
      .field("sign_on", row.sign_on)
      .field("total", row.total)
      .end_object();
}

void to_json(nlohmann::json& j, const YearRow& row) { j = dom_of(row); }

void write_json(JsonWriter& out, const YearView& view) {
  out.begin_object().key("years");
  write_json(out, view.years);
  out.field("four_year_total", view.four_year_total)
      .field("four_year_risk_adjusted", view.four_year_risk_adjusted)
      .end_object();
}

void to_json(nlohmann::json& j, const YearView& view) { j = dom_of(view); }

}  // namespace offercheck
