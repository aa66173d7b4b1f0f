#pragma once

// The terms of an offer in one currency. The offer being evaluated and each
// competing offer share them, with one validator, one JSON reader and one
// rule for each part (docs/json.md, "Terms").

#include "offercheck/result.hpp"
#include "offercheck/vesting.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json_fwd.hpp>

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
  Vesting vesting = even_vesting();      // of the stock grant
  bool liquid = true;                    // false for pre-IPO equity

  // The grant: stock, or 4 × stock_per_year; 0 when neither is given.
  double stock_grant() const;
  // The one bonus rule: the amount when one is given, else bonus_pct of the
  // base: of this base, or of another (an ask's), so a percent bonus follows
  // the base. (Both at once are refused by check_terms.)
  double bonus_on(double base) const;
  double bonus_amount() const { return bonus_on(base); }
  // The terms as a package, with an ask's base, grant or sign-on in place of
  // the terms' own when given; `rate` converts every amount (one unit of the
  // terms' currency in the package's).
  Package package(std::optional<double> base = std::nullopt,
                  std::optional<double> stock = std::nullopt,
                  std::optional<double> sign_on = std::nullopt, double rate = 1) const;
};

// Why the terms cannot be evaluated: a negative or non-finite part, a grant
// and a yearly amount together, a bonus percent and amount together, a bonus
// percent above 1000. Messages start with `who` ("offer", "competing offer 'X'").
std::optional<Error> check_terms(const Terms& terms, const std::string& who);

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
// stock_per_year, bonus_pct, bonus, sign_on, refresh, vesting, liquid. Keys
// in `extra` are left to the caller; any other key is an error. The Error
// names the field by `path`; the terms are checked (check_terms, as `who`).
Result<Terms> terms_from_json(const nlohmann::json& j, const FieldPath& path, const std::string& who,
                              std::initializer_list<const char*> extra = {}, Typed typed = Typed::numbers);

}  // namespace offercheck
