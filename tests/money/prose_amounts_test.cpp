#include "money/prose_amounts.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

namespace {

ProseAmount only(std::string_view text) {
  auto amounts = prose_amounts(text);
  REQUIRE(amounts.size() == 1);
  return amounts[0];
}

}  // namespace

TEST_CASE("prose amounts: symbols, codes and suffixes") {
  CHECK(only("base of €115K a year").low == 115000);
  CHECK(only("base of €115K a year").currency == "EUR");
  CHECK(only("$1.2M").low == 1200000);
  CHECK(only("$1.2M").currency == "USD");
  CHECK(only("EUR145K").currency == "EUR");
  CHECK(only("CHF 321K").low == 321000);
  CHECK(only("CHF 321K").currency == "CHF");
  CHECK(only("£90,000 base").low == 90000);
  CHECK(only("C$160,000 base").currency == "CAD");
  CHECK(only("CA$160,000 base").currency == "CAD");
  CHECK(only("CA$160,000 base").low == 160000);
  const auto a = only("open at $240K+ base");
  CHECK(std::string_view("open at $240K+ base").substr(a.begin, a.end - a.begin) == "$240K");
}

TEST_CASE("prose amounts: Indian grouping, lakh and crore") {
  CHECK(only("open at ₹25,00,000 base").low == 2500000);
  CHECK(only("open at ₹25,00,000 base").currency == "INR");
  CHECK(only("₹1,20,00,000 over four years").low == 12000000);
  CHECK(only("₹42L base").low == 4200000);
  CHECK(only("₹18 LPA").low == 1800000);
  CHECK(only("₹30 lakh base").low == 3000000);
  CHECK(only("₹1.2Cr equity").low == 12000000);
  CHECK(only("₹2 crore").low == 20000000);
  // A word that starts with L is not a lakh; a US grouping stays one.
  CHECK(only("₹42 Lunch").low == 42);
  CHECK(only("$1,000,000").low == 1000000);
  const auto a = only("₹42L base");
  CHECK(std::string_view("₹42L base").substr(a.begin, a.end - a.begin) == "₹42L");
}

TEST_CASE("prose amounts: ranges") {
  auto r = only("push for €98K–€102K base");
  CHECK(r.low == 98000);
  CHECK(r.high == 102000);
  CHECK(r.is_range());
  CHECK(r.midpoint() == 100000);
  CHECK(only("$260K-$300K").high == 300000);
  CHECK(only("$318–348K TC").low == 318000);
  CHECK(only("$318–348K TC").high == 348000);
  CHECK(only("$100,000 to $120,000").high == 120000);
  // Two currencies are a pair, not a range.
  CHECK(prose_amounts("€98K / $210K base").size() == 2);
  CHECK(prose_amounts("€98K-$210K").size() == 2);
}

TEST_CASE("prose amounts: figures without a currency are not amounts") {
  CHECK(prose_amounts("25,000 options, 13% bonus, 4 years, Year 2").empty());
  CHECK(prose_amounts("USDT 5, ABCHF 5").empty());
  CHECK(prose_amounts("Rs 5 and R").empty());
}
