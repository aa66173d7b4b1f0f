#include "offercheck/years.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace offercheck {

double Package::base_in_year(int year) const { return base * std::pow(1 + raise, year - 1); }

double Package::bonus_in_year(int year) const {
  const double target = bonus_follows_base ? bonus * std::pow(1 + raise, year - 1) : bonus;
  return target * bonus_payout;
}

double Package::grant_value_at(const ExitScenario& at) const {
  return options ? options_value(*options, at) : stock_grant * at.price_factor();
}

Package Package::at_exit(ExitScenario at) const {
  Package p = *this;
  p.exit = at;
  return p;
}

Phrase risk_adjusted_note(const std::vector<NamedYears>& packages, double illiquid_discount) {
  std::vector<std::string> discounted;
  for (const auto& [name, view] : packages) {
    // The figures themselves say whether anything was discounted.
    if (view->four_year_risk_adjusted < view->four_year_total) discounted.push_back(name);
  }
  if (discounted.empty()) return Phrase();
  Phrase note("Risk-adjusted counts the illiquid (pre-IPO) equity of ");
  for (std::size_t i = 0; i < discounted.size(); ++i) {
    note += std::string(i == 0 ? "" : i + 1 == discounted.size() ? " and of " : ", of ") + discounted[i];
  }
  return note + " at " + percent_value(1 - illiquid_discount) + " of its value.";
}

YearView year_by_year(const Package& p, double illiquid_discount) {
  YearView view;
  const double equity_weight = p.liquid ? 1 : 1 - illiquid_discount;
  const double grant = p.grant_value_at(p.exit);
  // A refresh is a value granted at the price of its day: it moves with the exit as a grant does.
  const double refresh = p.refresh * p.exit.price_factor();
  for (int year = 1; year <= 4; ++year) {
    YearRow row;
    row.year = year;
    row.base = p.base_in_year(year);
    row.bonus = p.bonus_in_year(year);
    row.sign_on = year == 1 ? p.sign_on : 0;
    row.stock_vested = grant * p.vesting.fraction_in_year(year);
    for (int granted = 2; granted <= year; ++granted) {
      row.stock_vested += refresh * p.vesting.fraction_in_year(year, granted);
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
