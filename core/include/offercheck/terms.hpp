#pragma once

// The terms of an offer in one currency. The offer being evaluated and each
// competing offer share them, with one validator, one JSON reader and one
// rule for each part (docs/json.md, "Terms").

#include "offercheck/exit_scenario.hpp"
#include "offercheck/result.hpp"
#include "offercheck/vesting.hpp"
#include "offercheck/years.hpp"

#include "offercheck/json_value.hpp"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace offercheck {

struct Terms {
  double base = 0;                       // per year
  std::optional<double> stock;           // the grant, total over its vesting
  std::optional<double> stock_per_year;  // or a yearly amount: a 4-year grant of 4×
  std::optional<double> bonus_pct;       // yearly target, percent of base
  std::optional<double> bonus;           // or a yearly amount
  std::optional<double> sign_on;         // once, in year one
  std::optional<double> refresh;         // yearly refresh grant, from year 2
  Vesting vesting = even_vesting();      // of the stock grant, with its cliff and start
  bool liquid = true;                    // false for pre-IPO equity
  // Or options instead of a grant value: shares at a strike, priced today at
  // share_price (preferred or 409A, the user's choice). Prices per share.
  std::optional<double> options;
  std::optional<double> strike;          // default 0
  std::optional<double> share_price;     // required with options
  std::optional<double> exit_multiple;   // the exit price over today's; default 1
  std::optional<double> dilution_pct;    // total dilution until the exit, percent; default 0
  std::optional<double> raise_pct;       // yearly raise, percent, compounding from year 2; default 0
  std::optional<double> bonus_payout_pct;  // expected payout of the bonus target, percent; default 100

  // The grant at today's price: stock, 4 × stock_per_year, or the options'
  // value today (shares × (share price − strike), never below 0); 0 when none.
  // This is what the band's stock is compared with and what asks ask for.
  double stock_grant() const;
  // The options as granted, when the equity is options.
  std::optional<OptionGrant> option_grant() const;
  ExitScenario exit() const;
  // The one bonus rule: the amount when one is given, else bonus_pct of the
  // base: of this base, or of another (an ask's), so a percent bonus follows
  // the base. (Both at once are refused by check_terms.)
  double bonus_on(double base) const;
  double bonus_amount() const { return bonus_on(base); }
  // Whether a part was entered at all: a part left empty is "not entered",
  // never an amount of 0 placed in its band, while a 0 typed is entered. The
  // one rule for it (the comparison and the asks read it here).
  bool equity_entered() const { return stock || stock_per_year || options; }
  bool bonus_entered() const { return bonus || bonus_pct; }
  // The terms as a package, with an ask's base, grant or sign-on in place of
  // the terms' own when given (a grant asked for on options is more options
  // at the same strike); `rate` converts every amount and price (one unit of
  // the terms' currency in the package's).
  Package package(std::optional<double> base = std::nullopt,
                  std::optional<double> stock = std::nullopt,
                  std::optional<double> sign_on = std::nullopt, double rate = 1) const;
};

// How a message names a field of the terms ("options", "dilution_pct",
// "cliff_months", "vesting_start_months"): by default `who` and the key
// ("offer options"); the CLI names its flags ("--options").
using FieldNamer = std::function<std::string(std::string_view key)>;

// Why the terms cannot be evaluated: a negative or non-finite part, a grant
// and a yearly amount together, a bonus percent and amount together, a bonus
// percent above 1000, options without a share price or beside a grant value,
// a strike or share price without options, a dilution of 100% or more, a
// raise above 100%, a payout above 1000%, an exit multiple above 1000, a cliff
// or vesting start out of range. Messages start with `who` ("offer",
// "competing offer 'X'") or the field's name by `name`.
std::optional<Error> check_terms(const Terms& terms, const std::string& who, const FieldNamer& name = {});

// Where a field is, for messages: "offer.base", "competing[1].base", or the
// CLI's "--competing base".
struct FieldPath {
  std::string prefix;
  std::string separator = ".";
  std::string operator()(std::string_view key) const;
};

// How amounts and percents come: JSON numbers (the JSON API), or text as a
// person typed it (the CLI's --competing: "120k", "€95,000" read by
// parse_money, its currency ignored; "15%" by parse_percent).
enum class Typed { numbers, text };

// Reads the terms' fields from a JSON object: base (required), stock,
// stock_per_year, bonus_pct, bonus, sign_on, refresh, vesting, cliff_months,
// vesting_start_months, liquid, options, strike, share_price, exit_multiple,
// dilution_pct, raise_pct, bonus_payout_pct. Keys
// in `extra` are left to the caller; any other key is an error. The Error
// names the field by `path`; the terms are checked (check_terms, as `who`).
Result<Terms> terms_from_json(const JsonValue& j, const FieldPath& path, const std::string& who,
                              std::initializer_list<const char*> extra = {}, Typed typed = Typed::numbers);

}  // namespace offercheck
