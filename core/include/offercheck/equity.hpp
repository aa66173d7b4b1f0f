#pragma once

// What a package's equity is worth, beyond one number: its kind, its value
// today and at the chosen exit, the same at a range of exits, and what has
// vested if you leave early (docs/ask-model.md, "Equity").

#include "offercheck/exit_scenario.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

struct ScenarioRow {
  double exit_multiple = 0;
  double four_year_value = 0;  // the equity vested in years 1 to 4, at this exit
  double four_year_total = 0;  // the package's 4-year total at this exit
};

struct EquityView {
  std::string kind;                    // "grant", "options" or "none"
  std::optional<OptionGrant> options;  // prices in the package's currency
  std::optional<double> exit_price;    // options: the price per share at the exit
  ExitScenario exit;
  double value_today = 0;      // the initial grant at today's price (what the band compares)
  double four_year_value = 0;  // the equity vested in years 1 to 4 at the exit, refreshes included
  std::vector<ScenarioRow> scenarios;  // at kScenarioMultiples and the exit chosen, in order, with its dilution; none without equity
};

EquityView equity_view(const Package& package, double illiquid_discount);

// What has vested by month `months` after joining, if you leave then.
struct LeaveEarly {
  int months = 0;
  int cliff_months = 0;
  bool before_cliff = false;          // nothing of the initial grant has vested yet
  double vested_fraction = 0;         // of the initial grant
  std::optional<double> vested_shares;  // options only
  double vested_stock = 0;  // options: shares; a grant: its vested part at today's price
  double vested_value = 0;  // at the exit, refresh grants included
  Phrase note;              // "Leaving after 11 months, before the 12-month cliff, vests nothing."
};

// `months` from 0; at most kMaxLeaveMonths.
LeaveEarly leave_early(const Package& package, int months, const std::string& currency);
constexpr int kMaxLeaveMonths = 600;

void to_json(nlohmann::json& j, const EquityView& view);
void to_json(nlohmann::json& j, const LeaveEarly& leave);

}  // namespace offercheck
