#pragma once

#include <string>
#include <string_view>

namespace offercheck {

// Money is a double in the band's currency, in whole units (no minor units).
//
// The one rounding rule of offercheck: a computed ask or floor is rounded to a
// "clean" step of one twentieth of its power of ten: 500 between 10,000 and
// 99,999, 5,000 between 100,000 and 999,999, 50,000 from a million, 50 below
// 10,000. Asks round to the nearest step (halves up), floors round down.
// Amounts the user typed or the guide states are never rounded.
double clean_step(double amount);
double round_clean_nearest(double amount);
double round_clean_down(double amount);
double round_clean_up(double amount);
// A computed part that must add up with others to a total the guide states
// (docs/ask-model.md, "Which rule answers") is kept to whole units instead:
// a clean step would miss the total.
double round_whole(double amount);

// "€98,000", "$1,250,000", "CHF 120,000": grouped whole units with the
// currency's symbol or code. Amounts are rounded to whole units for display.
std::string format_money(double amount, std::string_view currency);

// A price per share: as format_money, with cents when it has them ("$2.50",
// "$10"), and up to four decimals below one unit ("$0.0125").
std::string format_price(double amount, std::string_view currency);

// "85%" / "-12%": a band position as a whole percentage.
std::string format_percent(double fraction);

// "1.8×", "1.25×", "10×": a multiple of a price, at most two decimals.
std::string format_multiple(double multiple);
// A number with at most `max_decimals` decimals, rounded, without trailing
// zeros: (2.5, 2) -> "2.5", (33.33333, 4) -> "33.3333", (3.0, 2) -> "3".
std::string decimal_text(double value, int max_decimals);

// "15,000": a number of things (shares, options), whole and grouped.
std::string format_count(double count);

}  // namespace offercheck
