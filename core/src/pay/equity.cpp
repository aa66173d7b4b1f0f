#include "offercheck/equity.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

namespace offercheck {

EquityView equity_view(const Package& p, double illiquid_discount) {
  EquityView view;
  view.exit = p.exit;
  view.options = p.options;
  view.kind = p.options ? "options" : (p.stock_grant > 0 || p.refresh > 0) ? "grant" : "none";
  if (p.options) view.exit_price = exit_price(*p.options, p.exit);
  view.value_today = p.options ? options_value_today(*p.options) : p.stock_grant;
  for (const YearRow& row : year_by_year(p, illiquid_discount).years) view.four_year_value += row.stock_vested;
  if (view.kind == "none") return view;
  // The table's exits, and the one chosen among them in order when it is not
  // one of them, so a person reads their own exit against the range.
  std::vector<double> multiples(std::begin(kScenarioMultiples), std::end(kScenarioMultiples));
  if (std::find(multiples.begin(), multiples.end(), p.exit.multiple) == multiples.end()) {
    multiples.insert(std::upper_bound(multiples.begin(), multiples.end(), p.exit.multiple), p.exit.multiple);
  }
  for (double multiple : multiples) {
    const YearView years = year_by_year(p.at_exit(ExitScenario{multiple, p.exit.dilution}), illiquid_discount);
    ScenarioRow row{multiple, 0, years.four_year_total};
    for (const YearRow& year : years.years) row.four_year_value += year.stock_vested;
    view.scenarios.push_back(row);
  }
  return view;
}

LeaveEarly leave_early(const Package& p, int months, const std::string& currency) {
  LeaveEarly leave;
  leave.months = months;
  leave.cliff_months = p.vesting.cliff_months;
  leave.vested_fraction = p.vesting.vested_by_month(months);
  leave.before_cliff = leave.vested_fraction == 0 && months - p.vesting.start_months < p.vesting.cliff_months;
  if (p.options) leave.vested_shares = p.options->shares * leave.vested_fraction;
  leave.vested_stock = leave.vested_shares.value_or(p.stock_grant * leave.vested_fraction);
  leave.vested_value = p.grant_value_at(p.exit) * leave.vested_fraction;
  // Refresh grants made at the start of years 2, 3 and 4 vest on the same schedule from then.
  for (int granted = 2; granted <= 4; ++granted) {
    leave.vested_value += p.refresh * p.exit.price_factor() * p.vesting.vested_after(months - 12 * (granted - 1));
  }
  const std::string after = "Leaving after " + std::to_string(months) + (months == 1 ? " month" : " months");
  if (leave.before_cliff) {
    leave.note = Phrase(after + ", before the " + std::to_string(p.vesting.cliff_months) +
                        "-month cliff, vests nothing of the grant");
    if (leave.vested_value > 0) leave.note = leave.note + "; refresh grants have vested " + money_value(leave.vested_value, currency);
    leave.note += ".";
    return leave;
  }
  leave.note = Phrase(after + " vests ") + percent_value(leave.vested_fraction) + " of the grant";
  if (leave.vested_shares) leave.note = leave.note + ": " + count_value(*leave.vested_shares) + " options";
  leave.note = leave.note + ", worth " + money_value(leave.vested_value, currency);
  if (p.exit.multiple != 1 || p.exit.dilution != 0) {
    leave.note = leave.note + " at a " + multiple_value(p.exit.multiple) + " exit";
  } else {
    leave.note += " at today's price";
  }
  leave.note += ".";
  return leave;
}

void write_json(JsonWriter& out, const EquityView& v) {
  out.begin_object()
      .field("kind", v.kind)
      .field("shares", v.options ? std::optional<double>(v.options->shares) : std::nullopt)
      .field("strike", v.options ? std::optional<double>(v.options->strike) : std::nullopt)
      .field("share_price", v.options ? std::optional<double>(v.options->share_price) : std::nullopt)
      .field("exit_price", v.exit_price)
      .field("exit_multiple", v.exit.multiple)
      .field("dilution", v.exit.dilution)
      .field("value_today", v.value_today)
      .field("four_year_value", v.four_year_value)
      .key("scenarios")
      .begin_array();
  for (const ScenarioRow& row : v.scenarios) {
    out.begin_object()
        .field("exit_multiple", row.exit_multiple)
        .field("four_year_value", row.four_year_value)
        .field("four_year_total", row.four_year_total)
        .end_object();
  }
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const EquityView& view) { j = dom_of(view); }

void write_json(JsonWriter& out, const LeaveEarly& l) {
  out.begin_object()
      .field("months", l.months)
      .field("cliff_months", l.cliff_months)
      .field("before_cliff", l.before_cliff)
      .field("vested_fraction", l.vested_fraction)
      .field("vested_shares", l.vested_shares)
      .field("vested_stock", l.vested_stock)
      .field("vested_value", l.vested_value)
      .field("note", l.note.text())
      .key("note_parts");
  write_json(out, l.note);
  out.end_object();
}

void to_json(nlohmann::json& j, const LeaveEarly& leave) { j = dom_of(leave); }

}  // namespace offercheck
