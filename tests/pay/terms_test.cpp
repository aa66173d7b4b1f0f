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
