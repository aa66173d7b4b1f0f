#pragma once

// Amounts as guides write them in prose: "€115K", "$1.2M", "EUR145K",
// "CHF 321K", "£90,000", "C$160,000" and ranges "€98K–€102K", "$260K-$300K",
// "$318–348K". Currencies come from the one symbol table (currency.hpp); a
// "$" alone is the US dollar, as guides write it. Internal to the core.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

struct ProseAmount {
  std::size_t begin = 0, end = 0;  // byte offsets of the amount (or range) as written
  std::string currency;            // ISO 4217; empty when only a shared `symbol` is written
  std::string symbol;              // a symbol several currencies share ("$", "¥", "kr"), as written; else empty
  double low = 0;
  double high = 0;  // equal to low unless the text is a range

  bool is_range() const { return high != low; }
  double midpoint() const { return (low + high) / 2; }
};

// How the figures of a text are written. Guides write English numbers with the
// currency first; offer letters also write European ones ("€85.000,50",
// "85.000 € brutto"), codes after the figure ("120,000 CHF") and every symbol
// the currency table knows. In every style thousands may be grouped with a
// space, a no-break space or a narrow no-break space ("51 000 €").
struct ProseStyle {
  bool european = false;        // "." groups thousands, "," is the decimal
  bool currency_after = false;  // "85.000 €", "120,000 CHF" are amounts too
  // Symbols written with letters ("R25 000", "kr 45 000", "45 000 Ft") are
  // read too, and shared symbols ("¥5,000,000", "45 000 kr", and "$") give
  // an amount with its `symbol` and no currency, for the reader to name. Off,
  // a "$" is the US dollar (as guides write it) and other shared symbols and
  // symbols of letters are no currency.
  bool every_symbol = false;
};

// Every amount of `text`, in order. Figures without a currency (shares,
// percentages, years) are not amounts, nor are figures too long to be finite.
std::vector<ProseAmount> prose_amounts(std::string_view text, ProseStyle style = {});

// A figure without a currency: a count ("20,000 shares"), a percentage
// ("15%", "15 percent"), a year. Read as prose_amounts reads figures.
struct ProseNumber {
  std::size_t begin = 0, end = 0;  // byte offsets of the figure (and its "%")
  double value = 0;
  bool percent = false;
};

// Every figure of `text` that does not start inside an amount, in order.
std::vector<ProseNumber> prose_numbers(std::string_view text, ProseStyle style = {});

// Whether `text` writes its figures the European way and never groups
// thousands with commas: thousands with dots ("85.000", "1.200.000"), or
// decimals with a comma ("4 250,50 €", "10,5 %") and never with a dot.
bool writes_european_numbers(std::string_view text);

}  // namespace offercheck
