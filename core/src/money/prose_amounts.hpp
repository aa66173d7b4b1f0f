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
  std::string currency;            // ISO 4217
  double low = 0;
  double high = 0;  // equal to low unless the text is a range

  bool is_range() const { return high != low; }
  double midpoint() const { return (low + high) / 2; }
};

// Every amount of `text`, in order. Figures without a currency (shares,
// percentages, years) are not amounts.
std::vector<ProseAmount> prose_amounts(std::string_view text);

}  // namespace offercheck
