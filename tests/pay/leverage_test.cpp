#include "test_support.hpp"

#include "offercheck/evaluation.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;

static EvaluateRequest swe_request() {
  EvaluateRequest r;
  r.region = "San Francisco";
  r.offer.base = 170000;
  r.offer.stock = 140000;
  r.offer.bonus_pct = 5;
  return r;
}

static CompetingOffer offer_named(const char* name, double base, double stock) {
  CompetingOffer o;
  o.name = name;
  o.base = base;
  o.stock = stock;
  return o;
}

TEST_CASE("competing offers are shown year by year in the guide's currency") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest r = test_support::paris_offer_with_google();
  r.competing.back().currency = "EUR";
  CompetingOffer nyc = offer_named("Stripe NYC", 235000, 700000);
  nyc.currency = "USD";
  r.competing.push_back(nyc);
  auto e = evaluate(guide, r);
  REQUIRE(e.ok());
  const auto& competing = e.value().competing;
  REQUIRE(competing.size() == 2);
  // The guide's own example: €115K base with €85K/year RSUs.
  CHECK(competing[0].view.four_year_total == doctest::Approx(800000));
  CHECK(competing[0].view.years[0].total == doctest::Approx(200000));
  CHECK(competing[1].rate == doctest::Approx(1 / 1.0411));
  CHECK(competing[1].view.four_year_total == doctest::Approx((4 * 235000 + 700000) / 1.0411));
  nlohmann::json j = e.value();
  CHECK(j["competing"][1]["four_year_total"].get<double>() == doctest::Approx(1575256.94).epsilon(0.0001));
  CHECK(j["fx"]["rates"][0]["currency"] == "USD");
  CHECK(j["years"].size() == 4);
  CHECK(j["four_year_total"] == 4 * 75000 + 95000);
}

TEST_CASE("a competing offer worth more raises the ask, base first, naming it") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  auto plain = evaluate(guide, r).value();
  // Worth 4 × 230,000 + 300,000 = 1,220,000 over four years; the plain ask, about 1,138,000.
  r.competing.push_back(offer_named("Google L4", 230000, 300000));
  auto e = evaluate(guide, r).value();
  CHECK(*e.asks.ask.base == 220000);  // the top of the base band
  CHECK(e.asks.ask.base_reason.text().find("raised toward Google L4, worth $1,220,000 over four years") == 0);
  CHECK(*e.asks.ask.stock > *plain.asks.ask.stock);
  CHECK(*e.asks.ask.stock <= 250000);  // the top of the stock band
  CHECK(e.asks.ask.stock_reason.text().find("the rest of the gap goes to equity") != std::string::npos);
  CHECK(e.asks.ask.four_year_risk_adjusted >= plain.asks.ask.four_year_risk_adjusted);
  // The floor rises to the competing offer's value, never above the ask.
  CHECK(*e.asks.floor.base <= *e.asks.ask.base);
  CHECK(*e.asks.floor.base > *plain.asks.floor.base);
  CHECK(e.asks.floor.base_reason.text().find("below that, that offer is worth more") != std::string::npos);
}

TEST_CASE("a weaker competing offer changes nothing") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  auto plain = evaluate(guide, r).value();
  r.competing.push_back(offer_named("Small Co", 150000, 0));
  auto e = evaluate(guide, r).value();
  CHECK(*e.asks.ask.base == *plain.asks.ask.base);
  CHECK(*e.asks.floor.base == *plain.asks.floor.base);
  CHECK(e.asks.ask.base_reason == plain.asks.ask.base_reason);
}

TEST_CASE("a gap the bands cannot close goes to a capped sign-on, and the floor is flagged") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  r.competing.push_back(offer_named("Big Tech", 300000, 600000));
  auto e = evaluate(guide, r).value();
  REQUIRE(e.asks.ask.sign_on.has_value());
  CHECK(*e.asks.ask.sign_on <= 0.25 * 220000);
  CHECK(e.asks.ask.sign_on_reason.text().find("sign-on bonus") != std::string::npos);
  CHECK(test_support::has_code(e.warnings, "floor_below_competing"));
  CHECK(test_support::find_code(e.warnings, "floor_below_competing").message.find("Big Tech") !=
        std::string::npos);
}

TEST_CASE("year one is checked too") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  CompetingOffer front = offer_named("Front Loaded", 150000, 0);
  front.sign_on = 150000;
  r.competing.push_back(front);
  auto e = evaluate(guide, r).value();
  CHECK(test_support::has_code(e.warnings, "floor_year_one_below_competing"));
}

TEST_CASE("illiquid equity is discounted when offers are compared") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  r.offer.liquid = false;
  auto e = evaluate(guide, r).value();
  CHECK(e.years.four_year_risk_adjusted == doctest::Approx(e.years.four_year_total - 140000 * 0.5));
  r.parameters.illiquid_discount = 0;
  CHECK(evaluate(guide, r).value().years.four_year_risk_adjusted == doctest::Approx(e.years.four_year_total));
}

TEST_CASE("bad competing offers are errors naming the offer") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest r = swe_request();
  CompetingOffer bad = offer_named("Odd", 100000, 1);
  bad.stock_per_year = 1;
  r.competing = {bad};
  CHECK(evaluate(guide, r).error().message == "competing offer 'Odd': give stock (a grant) or stock_per_year, not both");
  CompetingOffer exotic = offer_named("Far Away", 100000, 0);
  exotic.currency = "XOF";
  r.competing = {exotic};
  CHECK(evaluate(guide, r).error().message.find("competing offer 'Far Away': no exchange rate from XOF") == 0);
  r.fx["XOF"] = 0.0017;
  CHECK(evaluate(guide, r).ok());
}

TEST_CASE("competing offers, vesting and rates are read from the request JSON") {
  auto request = evaluate_request_from_json(nlohmann::json::parse(R"({
    "region": "Paris", "offer": {"base": 80000, "vesting": "5,15,40,40", "refresh": 10000, "liquid": false},
    "competing": [{"name": "Google Paris", "base": 115000, "stock_per_year": 85000, "currency": "EUR",
                   "liquid": true, "vesting": "cliff"}],
    "fx": {"USD": 0.95}})"));
  REQUIRE(request.ok());
  CHECK(request.value().offer.vesting.name == "5/15/40/40");
  CHECK(*request.value().offer.refresh == 10000);
  CHECK_FALSE(request.value().offer.liquid);
  CHECK(request.value().competing[0].vesting.name == "cliff");
  CHECK(request.value().fx.at("USD") == 0.95);
  auto bad = evaluate_request_from_json(nlohmann::json::parse(
      R"({"region": "Paris", "offer": {"base": 1}, "competing": [{"name": "X", "base": "lots"}]})"));
  CHECK(bad.error().message == "competing[0].base: expected a number, got text");
  auto unknown = evaluate_request_from_json(nlohmann::json::parse(
      R"({"region": "Paris", "offer": {"base": 1}, "competing": [{"name": "X", "base": 1, "salary": 2}]})"));
  CHECK(unknown.error().message.rfind("competing[0].salary: unknown field (expected name, currency, base, ", 0) == 0);
}
