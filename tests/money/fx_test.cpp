#include "offercheck/fx.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace offercheck;

TEST_CASE("the bundled table is dated and covers the corpus's currencies") {
  const FxTable& table = bundled_fx_table();
  CHECK(table.date == "2025-02-28");
  CHECK(table.source.find("European Central Bank") != std::string::npos);
  for (const char* code : {"USD", "EUR", "GBP", "INR", "SGD", "CAD", "CNY", "AUD", "HKD", "JPY", "CHF"}) {
    CAPTURE(code);
    CHECK(table.per_euro.count(code) == 1);
  }
}

TEST_CASE("conversion through the euro, overrides, and the rates used") {
  FxRates into_usd("USD");
  CHECK(into_usd.convert(100, "USD").value() == 100);
  CHECK(into_usd.convert(100, "EUR").value() == doctest::Approx(104.11));
  CHECK(into_usd.convert(1000, "GBP").value() == doctest::Approx(1000 * 1.0411 / 0.82608));
  CHECK(into_usd.used().size() == 2);
  CHECK(into_usd.used()[0].currency == "EUR");
  CHECK_FALSE(into_usd.used()[0].overridden);

  FxRates overridden("USD", {{"EUR", 1.10}});
  CHECK(overridden.convert(100, "EUR").value() == doctest::Approx(110));
  nlohmann::json j = overridden;
  CHECK(j["date"] == "2025-02-28");
  CHECK(j["currency"] == "USD");
  CHECK(j["rates"][0]["overridden"] == true);

  CHECK(into_usd.rate("XOF").error().message.find("no exchange rate from XOF to USD") == 0);
}

TEST_CASE("overrides are read as CUR=RATE") {
  auto parsed = parse_fx_override("EUR=1.08");
  REQUIRE(parsed.ok());
  CHECK(parsed.value().first == "EUR");
  CHECK(parsed.value().second == 1.08);
  CHECK_FALSE(parse_fx_override("EURO=1").ok());
  CHECK_FALSE(parse_fx_override("EUR=").ok());
  CHECK_FALSE(parse_fx_override("EUR=-2").ok());
  CHECK(parse_fx_override("1.08").error().message.find("CUR=RATE") != std::string::npos);
}
