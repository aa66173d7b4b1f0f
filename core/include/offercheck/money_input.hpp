#pragma once

#include "offercheck/diagnostic.hpp"
#include "offercheck/result.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace offercheck {

struct MoneyInput {
  double amount = 0;
  std::optional<std::string> currency;  // ISO code when the text carried a symbol or code
};

// The largest amount read anywhere: typed, or in an offer letter.
constexpr double kLargestAmount = 1e12;

// Reads an amount as people type it: "80000", "80k", "80K", "€80,000",
// "1.2M", "USD 95,000", "$ 120 000". Commas and spaces must group digits in
// threes; the decimal separator is a dot. Negative, empty, non-finite and
// amounts above 1e12 are errors whose message quotes the text.
Result<MoneyInput> parse_money(std::string_view text);

// Reads a percent as people type it: "15", "15%", "7.5 %". Empty, negative,
// non-finite and malformed text are errors whose message quotes the text;
// upper bounds are the caller's (a discount is at most 100).
Result<double> parse_percent(std::string_view text);

// Reads a multiple of a price as people type it: "2", "0.5", "3x", "3×".
// Malformed or negative text is an error whose message quotes the text.
Result<double> parse_multiple(std::string_view text);

// Reads a whole number of months: "12", "18 months", "-3" (ranges are the
// caller's). Fractions and malformed text are errors whose message quotes the text.
Result<int> parse_months(std::string_view text);

// A warning when an amount was typed with another currency than the band's:
// the amount is still taken in the band's currency, unconverted.
std::optional<Diagnostic> typed_currency_warning(std::string_view field, const MoneyInput& input,
                                                 std::string_view band_currency);

}  // namespace offercheck
