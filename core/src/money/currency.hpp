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

// A currency symbol of the table above (the one table of symbols: amounts
// are formatted with it, people's input and guide prose are read with it),
// the longest that starts at `at` (or, with symbol_ending, ends `text`).
// `code` is empty for the symbols many currencies share ("$", "¥"): they name
// no currency on their own. Prose also writes some currencies otherwise
// (read, never written: "C$", "kr", "Rs", "Ft"). `letters` is true for symbols
// written with ASCII letters ("R", "kr"), which prose and labels use as words.
struct SymbolMatch {
  std::size_t length = 0;
  std::string_view code;
  bool letters = false;
};
std::optional<SymbolMatch> symbol_at(std::string_view text, std::size_t at);
std::optional<SymbolMatch> symbol_ending(std::string_view text);

// The currencies a shared symbol ("$", "¥", "kr", "Rs") may stand for, in
// code order: those written with it, alone or after letters ("A$", "CN¥").
// Empty for a symbol that names one currency, and for text that is no symbol.
std::vector<std::string_view> currencies_sharing(std::string_view symbol);

// Currencies a free-text label names explicitly: ISO codes written as words
// ("London (GBP/USD)") and symbols that name one currency (£, €, ₹, CA$…).
std::vector<std::string> currencies_named_in(std::string_view text);

}  // namespace offercheck
