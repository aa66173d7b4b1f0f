#include "money/prose_amounts.hpp"

#include <doctest/doctest.h>

#include <string>

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

TEST_CASE("prose amounts: thousands grouped with a space, a no-break or a narrow no-break space") {
  const ProseStyle letter{false, true, true};
  for (const char* space : {" ", "\u00a0", "\u202f"}) {
    CAPTURE(space);
    const std::string s(space);
    const std::string text = "de 51" + s + "000" + s + "€ bruts";
    auto amounts = prose_amounts(text, letter);
    REQUIRE(amounts.size() == 1);
    CHECK(amounts[0].low == 51000);
    CHECK(amounts[0].currency == "EUR");
    CHECK(text.substr(amounts[0].begin, amounts[0].end - amounts[0].begin) == "51" + s + "000" + s + "€");
    CHECK(only("€" + s + "1" + s + "250" + s + "000 base").low == 1250000);
  }
  CHECK(prose_amounts("4 250,50 €", ProseStyle{true, true})[0].low == doctest::Approx(4250.5));
  // A group has three digits, after a first of one to three: these are two figures.
  CHECK(prose_numbers("in 2027 100 people").size() == 2);
  CHECK(prose_numbers("40 00 shares").size() == 2);
  CHECK(prose_numbers("12 000 BSPCE")[0].value == 12000);
  CHECK(prose_numbers("10\u00a0% de prime")[0].percent);
  CHECK(prose_numbers("10 Prozent")[0].percent);
}

TEST_CASE("prose amounts: every symbol in letters; shared ones keep the symbol for the reader to name") {
  const ProseStyle letter{false, true, true};
  auto naira = prose_amounts("₦18,000,000", letter);
  REQUIRE(naira.size() == 1);
  CHECK(naira[0].currency == "NGN");
  CHECK(naira[0].symbol.empty());
  auto yen = prose_amounts("¥9,000,000 and 45 000 kr and $5", letter);
  REQUIRE(yen.size() == 3);
  CHECK(yen[0].currency.empty());
  CHECK(yen[0].symbol == "¥");
  CHECK(yen[1].symbol == "kr");
  CHECK(yen[1].low == 45000);
  CHECK(yen[2].symbol == "$");
  CHECK(prose_amounts("R450 000, Rs. 25,00,000, RM 5,000, 900 Ft", letter).size() == 4);
  // Symbols of letters are words elsewhere: "R 2", "5 R", "kronor" are none.
  CHECK(prose_amounts("Round R 2 and 5 R and 5 krona", letter).empty());
  // Guides' style: "$" is the US dollar, "¥" and "kr" no currency.
  CHECK(only("$5").currency == "USD");
  CHECK(prose_amounts("¥9,000,000 and kr 45 000").empty());
}

TEST_CASE("prose amounts: European figures are seen by their dots or their decimal commas") {
  CHECK(writes_european_numbers("Bruttomonatsgehalt: 5.250,00 €"));
  CHECK(writes_european_numbers("4 250,50 € par mois, prime de 10,5 %"));
  CHECK(writes_european_numbers("Beginn 01.04.2027, Gehalt 4 250,50 €"));  // a date is no decimal
  CHECK_FALSE(writes_european_numbers("a strike of $2.15 and 1,5 shares"));
  CHECK_FALSE(writes_european_numbers("$150,000 and 10,5 %"));
  CHECK_FALSE(writes_european_numbers("51 000 € par an"));
}
