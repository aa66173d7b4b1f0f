// The terms every offer shares: one bonus rule, one grant rule, one
// validator and one reader for the offer and each competing offer.
#include "offercheck/competing_offer.hpp"
#include "offercheck/evaluation.hpp"
#include "offercheck/terms.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace offercheck;

TEST_CASE("one bonus rule: the amount when given, else the percent of the base in use") {
  Terms percent;
  percent.base = 100000;
  percent.bonus_pct = 10;
  CHECK(percent.bonus_amount() == 10000);
  CHECK(percent.bonus_on(120000) == 12000);  // follows an ask's base
  CHECK(percent.package(120000).bonus == 12000);

  Terms amount;
  amount.base = 100000;
  amount.bonus = 7000;
  CHECK(amount.bonus_amount() == 7000);
  CHECK(amount.bonus_on(120000) == 7000);  // an amount stays
  CHECK(amount.package(120000).bonus == 7000);

  Terms none;
  none.base = 100000;
  CHECK(none.bonus_amount() == 0);
}

TEST_CASE("the grant is the stock, or four years of stock_per_year") {
  Terms t;
  CHECK(t.stock_grant() == 0);
  t.stock_per_year = 25000;
  CHECK(t.stock_grant() == 100000);
  t.stock_per_year.reset();
  t.stock = 80000;
  CHECK(t.stock_grant() == 80000);
  CHECK(t.package(std::nullopt, 90000).stock_grant == 90000);
}

TEST_CASE("a package converts every part at the rate, the percent bonus included") {
  Terms t;
  t.base = 100;
  t.stock = 40;
  t.bonus_pct = 10;
  t.sign_on = 5;
  t.refresh = 8;
  const Package p = t.package(std::nullopt, std::nullopt, std::nullopt, 2);
  CHECK(p.base == 200);
  CHECK(p.stock_grant == 80);
  CHECK(p.bonus == 20);
  CHECK(p.sign_on == 10);
  CHECK(p.refresh == 16);
}

TEST_CASE("one validator, its messages naming whose terms") {
  Terms t;
  t.base = -1;
  CHECK(check_terms(t, "offer")->message == "offer base must not be negative");
  t.base = 1;
  t.stock = 1;
  t.stock_per_year = 1;
  CHECK(check_terms(t, "competing offer 'X'")->message ==
        "competing offer 'X': give stock (a grant) or stock_per_year, not both");
  t.stock_per_year.reset();
  t.bonus = 1;
  t.bonus_pct = 1;
  CHECK(check_terms(t, "offer")->message ==
        "offer: give the bonus as a percent (bonus_pct) or as an amount (bonus), not both");
  t.bonus.reset();
  t.bonus_pct = 5000;
  CHECK(check_terms(t, "offer")->message == "offer bonus_pct is a percent of base (like 15); 5000 is too large");
  t.bonus_pct = 15;
  CHECK_FALSE(check_terms(t, "offer"));

  // The competing offer's check is the same one.
  CompetingOffer c;
  c.name = "X";
  c.base = 1;
  c.bonus = 1;
  c.bonus_pct = 1;
  CHECK(check_competing_offer(c)->message ==
        "competing offer 'X': give the bonus as a percent (bonus_pct) or as an amount (bonus), not both");
}

TEST_CASE("one reader: JSON numbers, or the CLI's typed text") {
  const auto j = nlohmann::json::parse(R"({"base": 90000, "stock_per_year": 20000, "bonus_pct": 12})");
  auto numbers = terms_from_json(j, FieldPath{"offer"}, "offer");
  REQUIRE(numbers.ok());
  CHECK(numbers.value().stock_grant() == 80000);
  CHECK(*numbers.value().bonus_pct == 12);

  const auto typed = nlohmann::json::parse(R"({"base": "€90k", "stock": "1.2M", "bonus_pct": "12.5%"})");
  auto text = terms_from_json(typed, FieldPath{"--competing", " "}, "x", {}, Typed::text);
  REQUIRE(text.ok());
  CHECK(text.value().base == 90000);
  CHECK(text.value().stock_grant() == doctest::Approx(1200000));
  CHECK(*text.value().bonus_pct == 12.5);

  // The JSON API keeps amounts as numbers.
  auto refused = terms_from_json(typed, FieldPath{"offer"}, "offer");
  CHECK(refused.error().message == "offer.base: expected a number, got text");

  auto lots = terms_from_json(nlohmann::json::parse(R"({"base": "lots"})"), FieldPath{"--competing", " "}, "x",
                              {}, Typed::text);
  CHECK(lots.error().message.rfind("--competing base: 'lots' is not an amount", 0) == 0);
  auto pct = terms_from_json(nlohmann::json::parse(R"({"base": "1", "bonus_pct": "ten"})"),
                             FieldPath{"--competing", " "}, "x", {}, Typed::text);
  CHECK(pct.error().message == "--competing bonus_pct: 'ten' is not a percent (a number like 15)");
  auto missing = terms_from_json(nlohmann::json::object(), FieldPath{"offer"}, "offer");
  CHECK(missing.error().message == "offer.base is required");
  auto vesting = terms_from_json(nlohmann::json::parse(R"({"base": 1, "vesting": "25,25"})"), FieldPath{"offer"},
                                 "offer");
  CHECK(vesting.error().message.rfind("offer.vesting: vesting '25,25' sums to 50%", 0) == 0);
}

TEST_CASE("the offer takes stock_per_year too, and compares the grant it makes") {
  auto request = evaluate_request_from_json(nlohmann::json::parse(
      R"({"region": "Paris", "offer": {"base": 80000, "stock_per_year": 25000}})"));
  REQUIRE(request.ok());
  CHECK(request.value().offer.stock_grant() == 100000);
  CHECK(nlohmann::json(request.value().offer)["stock_per_year"] == 25000);
}

TEST_CASE("options: valued today at their spread, asked for as more options at the same strike") {
  Terms t;
  t.base = 150000;
  t.options = 40000;
  t.strike = 2;
  t.share_price = 10;
  CHECK(t.stock_grant() == 320000);  // what the band's stock is compared with
  Package p = t.package();
  REQUIRE(p.options);
  CHECK(p.options->shares == 40000);
  Package asked = t.package(std::nullopt, 400000);  // an ask of 400,000 in value today
  REQUIRE(asked.options);
  CHECK(asked.options->shares == doctest::Approx(50000));
  CHECK(asked.options->strike == 2);
  Package converted = t.package(std::nullopt, std::nullopt, std::nullopt, 0.5);
  CHECK(converted.options->shares == 40000);  // a rate converts prices, not shares
  CHECK(converted.options->share_price == 5);
  t.share_price = 1;  // under water today: worth nothing, and an ask is a grant value
  CHECK(t.stock_grant() == 0);
  Package underwater_ask = t.package(std::nullopt, 50000);
  CHECK_FALSE(underwater_ask.options);
  CHECK(underwater_ask.stock_grant == 50000);
}

TEST_CASE("exit, raise and payout come from the terms' percents") {
  Terms t;
  t.base = 100000;
  t.bonus_pct = 10;
  t.exit_multiple = 3;
  t.dilution_pct = 20;
  t.raise_pct = 5;
  t.bonus_payout_pct = 80;
  const Package p = t.package();
  CHECK(p.exit.multiple == 3);
  CHECK(p.exit.dilution == doctest::Approx(0.2));
  CHECK(p.raise == doctest::Approx(0.05));
  CHECK(p.bonus_payout == doctest::Approx(0.8));
  CHECK(p.bonus_follows_base);
}

TEST_CASE("bad equity terms name the field") {
  Terms t;
  t.base = 100000;
  t.options = 1000;
  CHECK(check_terms(t, "offer")->message == "offer share_price is required with options: today's price per share");
  t.share_price = 10;
  t.stock = 5;
  CHECK(check_terms(t, "offer")->message == "offer: give the equity as a grant value (stock) or as options, not both");
  t.stock.reset();
  t.dilution_pct = 100;
  const FieldNamer flag = [](std::string_view key) { return key == "dilution_pct" ? "--dilution" : std::string(key); };
  CHECK(check_terms(t, "offer", flag)->message ==
        "--dilution must be below 100% (the share of the company others will own by the exit)");
  t.dilution_pct = 20;
  t.strike = -1;
  CHECK(check_terms(t, "offer")->message == "offer strike must not be negative");
  t.strike = 2;
  CHECK_FALSE(check_terms(t, "offer"));
  Terms lone;
  lone.base = 1;
  lone.strike = 2;
  CHECK(check_terms(lone, "offer")->message == "offer strike goes with options (a number of shares)");
  lone.strike.reset();
  lone.exit_multiple = 2000;
  CHECK(check_terms(lone, "offer")->message == "offer exit_multiple must be at most 1000 (times today's price)");
}

TEST_CASE("the JSON reader takes the equity fields, the cliff and the start") {
  auto read = terms_from_json(nlohmann::json{{"base", 150000},      {"options", 40000},     {"strike", 2},
                                             {"share_price", 10},   {"exit_multiple", 3},   {"dilution_pct", 20},
                                             {"raise_pct", 5},      {"bonus_payout_pct", 90}, {"vesting", "monthly"},
                                             {"cliff_months", 6},   {"vesting_start_months", 2}},
                              FieldPath{"offer"}, "offer");
  REQUIRE(read.ok());
  CHECK(*read.value().options == 40000);
  CHECK(read.value().vesting.cliff_months == 6);
  CHECK(read.value().vesting.start_months == 2);
  auto fraction = terms_from_json(nlohmann::json{{"base", 1}, {"vesting", "monthly"}, {"cliff_months", 6.5}},
                                  FieldPath{"offer"}, "offer");
  CHECK(fraction.error().message == "offer.cliff_months: expected a whole number of months, like 12");
  auto yearly_cliff = terms_from_json(nlohmann::json{{"base", 1}, {"cliff_months", 6}}, FieldPath{"offer"}, "offer");
  CHECK(yearly_cliff.error().message.find("applies to monthly or quarterly vesting") != std::string::npos);
  // Typed as a person types them (the CLI's --competing).
  auto typed = terms_from_json(nlohmann::json{{"base", "150k"}, {"options", "40,000"}, {"strike", "$2"},
                                              {"share_price", "10"}, {"exit_multiple", "3x"}, {"dilution_pct", "20%"},
                                              {"vesting", "quarterly"}, {"cliff_months", "6 months"}},
                               FieldPath{"--competing", " "}, "competing offer 'A'", {}, Typed::text);
  REQUIRE(typed.ok());
  CHECK(*typed.value().exit_multiple == 3);
  CHECK(*typed.value().strike == 2);
  CHECK(typed.value().vesting.cliff_months == 6);
  auto bad = terms_from_json(nlohmann::json{{"base", "1"}, {"exit_multiple", "lots"}}, FieldPath{"--competing", " "},
                             "competing offer 'A'", {}, Typed::text);
  CHECK(bad.error().message == "--competing exit_multiple: 'lots' is not a multiple (a number like 2, 0.5 or 3x)");
}
