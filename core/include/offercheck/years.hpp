#pragma once

#include "offercheck/exit_scenario.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/vesting.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace offercheck {

// A compensation package in one currency, as it pays out over four years.
struct Package {
  double base = 0;         // in year one
  double stock_grant = 0;  // the initial grant, total, at today's price (options: their value today)
  std::optional<OptionGrant> options;  // when the grant is options (stock_grant is then their value today)
  double bonus = 0;        // the yearly target, in year one
  double sign_on = 0;      // once, in year one
  Vesting vesting = even_vesting();
  // A refresh grant of this value at the start of each of years 2, 3 and 4,
  // vesting on the same schedule.
  double refresh = 0;
  bool liquid = true;  // public RSUs; false for pre-IPO equity
  ExitScenario exit;   // what the equity is worth when it vests
  double raise = 0;    // yearly, compounding on base from year 2 (0.05 is 5%)
  bool bonus_follows_base = false;  // a percent-of-base bonus grows with the raises
  double bonus_payout = 1;          // the share of the bonus target expected to pay out

  // The base and the expected bonus in year `year` (1-based).
  double base_in_year(int year) const;
  double bonus_in_year(int year) const;
  // The initial grant's value when it vests, at `exit`.
  double grant_value_at(const ExitScenario& exit) const;
  // The same package with its equity valued at another exit.
  Package at_exit(ExitScenario exit) const;
};

struct YearRow {
  int year = 0;
  double base = 0;
  double stock_vested = 0;
  double bonus = 0;
  double sign_on = 0;
  double total = 0;
};

// Year by year, at the package's exit scenario: base with its raises, the
// expected bonus, the equity vested that year (valued at the exit) and the
// sign-on.
struct YearView {
  std::vector<YearRow> years;  // years 1 to 4
  double four_year_total = 0;
  // With illiquid equity counted at (1 − illiquid_discount) of its face value.
  double four_year_risk_adjusted = 0;
};

YearView year_by_year(const Package& package, double illiquid_discount);

// A package's years under the name a note gives it ("this offer", "Acme").
using NamedYears = std::pair<std::string, const YearView*>;

// What the risk-adjusted figures discounted, naming each package whose equity
// counted for less: "Risk-adjusted counts the illiquid (pre-IPO) equity of
// this offer and of Acme at 50% of its value." Empty (no text, no values)
// when none did: all equity liquid, no equity, or a 0% discount.
Phrase risk_adjusted_note(const std::vector<NamedYears>& packages, double illiquid_discount);

void to_json(nlohmann::json& j, const YearRow& row);
void to_json(nlohmann::json& j, const YearView& view);

}  // namespace offercheck
