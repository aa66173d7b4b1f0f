#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

struct CurrencyInfo {
  std::string_view code;    // ISO 4217
  std::string_view symbol;  // used when formatting amounts; empty: use the code
  // Rough units per US dollar, only to judge whether an amount is plausible
  // (an order of magnitude, never used to convert); 0 when not known.
  double rough_units_per_usd;
};

// The active ISO 4217 codes; nullptr when the code is not one of them.
const CurrencyInfo* find_currency(std::string_view code);

// Currencies a free-text label names explicitly: ISO codes written as words
// ("London (GBP/USD)") and unambiguous symbols (£, €, ₹).
std::vector<std::string> currencies_named_in(std::string_view text);

}  // namespace offercheck
