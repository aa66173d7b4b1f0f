#include "offercheck/money_input.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

static double amount(const char* text) {
  auto parsed = parse_money(text);
  REQUIRE_MESSAGE(parsed.ok(), text << ": " << (parsed.ok() ? "" : parsed.error().message));
  return parsed.value().amount;
}

static std::string error_of(const char* text) {
  auto parsed = parse_money(text);
  REQUIRE_MESSAGE(!parsed.ok(), text << " should not parse");
  return parsed.error().message;
}

TEST_CASE("amounts as people type them") {
  CHECK(amount("80000") == 80000);
  CHECK(amount("80k") == 80000);
  CHECK(amount("80K") == 80000);
  CHECK(amount("€80,000") == 80000);
  CHECK(amount("1.2M") == doctest::Approx(1200000));
  CHECK(amount("  $120,000  ") == 120000);
  CHECK(amount("USD 95,000") == 95000);
  CHECK(amount("95000 EUR") == 95000);
  CHECK(amount("80 000 €") == 80000);
  CHECK(amount("1,234,567.50") == doctest::Approx(1234567.5));
  CHECK(amount("0") == 0);
  CHECK(amount("£85.5k") == doctest::Approx(85500));
}

TEST_CASE("the currency typed is kept") {
  CHECK(parse_money("€80,000").value().currency == std::optional<std::string>("EUR"));
  CHECK(parse_money("£80k").value().currency == std::optional<std::string>("GBP"));
  CHECK(parse_money("CA$90k").value().currency == std::optional<std::string>("CAD"));
  CHECK(parse_money("INR 3,500,000").value().currency == std::optional<std::string>("INR"));
  CHECK_FALSE(parse_money("$80k").value().currency.has_value());
  CHECK_FALSE(parse_money("80000").value().currency.has_value());
}

TEST_CASE("bad amounts are errors that quote the text") {
  CHECK(error_of("") == "an amount is required (like 80000, 80k, €80,000 or 1.2M)");
  CHECK(error_of("-5000").find("'-5000' is not an amount: amounts must not be negative") == 0);
  CHECK(error_of("seventy").find("'seventy' is not an amount") == 0);
  CHECK(error_of("1e309").find("'1e309' is not an amount: unexpected 'e309'") == 0);
  CHECK(error_of("1,2").find("three digits") != std::string::npos);
  CHECK(error_of("1234,567").find("three digits") != std::string::npos);
  CHECK(error_of("80.").find("decimal point") != std::string::npos);
  CHECK(error_of("123456789012345678901234567890").find("larger than any salary") !=
        std::string::npos);
  CHECK(error_of("80kk").find("unexpected") != std::string::npos);
  CHECK(error_of("€80,000 per year") == "'€80,000 per year' is not an amount: unexpected 'per year' (write amounts like 80000, 80k, €80,000 or 1.2M)");
  CHECK(error_of("80,").find("unexpected ','") != std::string::npos);
  CHECK(error_of("k").find("expected a number") != std::string::npos);
  CHECK(error_of("€").find("expected a number") != std::string::npos);
}

TEST_CASE("typing another currency than the band's is a warning, not a conversion") {
  auto input = parse_money("€80,000").value();
  auto warning = typed_currency_warning("--base", input, "USD");
  REQUIRE(warning.has_value());
  CHECK(warning->code == "typed_currency");
  CHECK(warning->message.find("typed in EUR but the band is in USD") != std::string::npos);
  CHECK_FALSE(typed_currency_warning("--base", input, "EUR").has_value());
  CHECK_FALSE(typed_currency_warning("--base", parse_money("80k").value(), "USD").has_value());
}

TEST_CASE("percents as people type them, one reader for the CLI and the core") {
  CHECK(parse_percent("15").value() == 15);
  CHECK(parse_percent(" 7.5 % ").value() == 7.5);
  CHECK(parse_percent("0").value() == 0);
  for (const char* bad : {"", "%", "-5", "1e3", "0x10", "ten", "1.2.3", "+4"}) {
    auto parsed = parse_percent(bad);
    REQUIRE_MESSAGE(!parsed.ok(), bad << " should not parse");
    CHECK(parsed.error().message == "'" + std::string(bad) + "' is not a percent (a number like 15)");
  }
}

TEST_CASE("one table of symbols: the longest wins, shared ones name no currency") {
  CHECK(parse_money("NT$1.2M").value().currency == std::optional<std::string>("TWD"));
  CHECK(parse_money("₩50,000,000").value().currency == std::optional<std::string>("KRW"));
  CHECK(parse_money("120 000 zł").value().currency == std::optional<std::string>("PLN"));
  CHECK_FALSE(parse_money("¥8M").value().currency.has_value());
  // An ISO code before a symbol that ends it ("EUR" ends in the rand's "R").
  CHECK(parse_money("80000 EUR").value().currency == std::optional<std::string>("EUR"));
}

TEST_CASE("multiples and months as people type them") {
  CHECK(parse_multiple("3").value() == 3);
  CHECK(parse_multiple(" 2.5x").value() == 2.5);
  CHECK(parse_multiple("3 \u00d7").value() == 3);
  CHECK(parse_multiple("0.5X").value() == 0.5);
  CHECK(parse_multiple("-2").error().message == "'-2' is not a multiple (a number like 2, 0.5 or 3x)");
  CHECK_FALSE(parse_multiple("x").ok());
  CHECK(parse_months("12").value() == 12);
  CHECK(parse_months("18 months").value() == 18);
  CHECK(parse_months("-3").value() == -3);
  CHECK(parse_months("1.5").error().message == "'1.5' is not a number of months (a whole number like 12)");
  CHECK_FALSE(parse_months("soon").ok());
}
