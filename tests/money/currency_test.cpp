#include "money/currency.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace offercheck;

TEST_CASE("ISO 4217 codes are known, other text is not") {
  for (const char* code : {"USD", "EUR", "GBP", "INR", "SGD", "CAD", "CNY", "AUD", "HKD", "JPY",
                           "CHF"}) {
    CAPTURE(code);
    REQUIRE(find_currency(code) != nullptr);
    CHECK(find_currency(code)->rough_units_per_usd > 0);
  }
  CHECK(find_currency("usd") == nullptr);
  CHECK(find_currency("EURO") == nullptr);
  CHECK(find_currency("XYZ") == nullptr);
  CHECK(find_currency("") == nullptr);
  CHECK(find_currency("EUR")->symbol == "€");
}

TEST_CASE("currencies named in a region label") {
  CHECK(currencies_named_in("London (GBP/USD)") == std::vector<std::string>{"GBP", "USD"});
  CHECK(currencies_named_in(":us: New York (USD)") == std::vector<std::string>{"USD"});
  CHECK(currencies_named_in("Paris €") == std::vector<std::string>{"EUR"});
  CHECK(currencies_named_in("NYC / Austin").empty());
  CHECK(currencies_named_in("USDA office").empty());  // not a word of its own
  CHECK(currencies_named_in("London").empty());
  CHECK(currencies_named_in("Toronto (CA$)") == std::vector<std::string>{"CAD"});  // not A$ inside it
  CHECK(currencies_named_in("Remote, US $").empty());  // "$" names no one currency, "R" is a letter
}

TEST_CASE("symbols: the longest at a place or at the end") {
  CHECK(symbol_at("CA$90k", 0)->code == "CAD");
  CHECK(symbol_at("CA$90k", 0)->length == 3);
  CHECK(symbol_at("$90k", 0)->code.empty());
  CHECK_FALSE(symbol_at("90k", 0));
  CHECK(symbol_ending("90k €")->code == "EUR");
  CHECK(symbol_ending("90k R")->letters);
}

TEST_CASE("symbols: every currency the table knows a sign of, and the ones several share") {
  CHECK(symbol_at("₦500", 0)->code == "NGN");
  CHECK(find_currency("NGN")->symbol == "₦");
  CHECK(symbol_at("₴500", 0)->code == "UAH");
  CHECK(symbol_at("Kč", 0)->code == "CZK");
  CHECK(symbol_at("kr 5", 0)->code.empty());
  CHECK(symbol_at("kr 5", 0)->letters);
  CHECK(symbol_at("Ft", 0)->code == "HUF");
  CHECK(currencies_sharing("¥") == std::vector<std::string_view>{"CNY", "JPY"});
  CHECK(currencies_sharing("kr") == std::vector<std::string_view>{"DKK", "ISK", "NOK", "SEK"});
  const auto dollars = currencies_sharing("$");
  for (const char* code : {"USD", "CAD", "AUD", "MXN", "CLP"}) {
    CAPTURE(code);
    CHECK(std::find(dollars.begin(), dollars.end(), code) != dollars.end());
  }
  CHECK(currencies_sharing("€").empty());
  CHECK(currencies_sharing("").empty());
  CHECK(currencies_named_in("Lagos (₦)") == std::vector<std::string>{"NGN"});
}
