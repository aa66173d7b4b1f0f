#include "offercheck/comparison.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace offercheck;

static Band paris() {
  Band band;
  band.region = "Paris";
  band.currency = "EUR";
  band.base = {75000, 102000};
  band.stock = {95000, 180000};
  band.bonus_pct = 10;
  band.total_comp = {99000, 147000};
  return band;
}

TEST_CASE("position is (offer - low) / (high - low), unclamped, with a status") {
  CHECK(*compare_amount("base", 75000, {75000, 102000}).position == 0);
  CHECK(*compare_amount("base", 102000, {75000, 102000}).position == 1);
  auto below = compare_amount("base", 70000, {75000, 100000});
  CHECK(*below.position == doctest::Approx(-0.2));
  CHECK(below.status == Status::below);
  auto above = compare_amount("base", 110000, {75000, 100000});
  CHECK(*above.position == doctest::Approx(1.4));
  CHECK(above.status == Status::above);
  CHECK(compare_amount("base", 87500, {75000, 100000}).status == Status::within);
}

TEST_CASE("a band with nulls has no data; a one-point band has no position") {
  auto none = compare_amount("stock", 1000, {std::nullopt, std::nullopt});
  CHECK(none.status == Status::no_data);
  CHECK_FALSE(none.position.has_value());
  CHECK(compare_amount("stock", 1000, {1000, std::nullopt}).status == Status::no_data);
  auto point = compare_amount("bonus", 5000, {5000, 5000});
  CHECK_FALSE(point.position.has_value());
  CHECK(point.status == Status::within);
  CHECK(compare_amount("bonus", 4000, {5000, 5000}).status == Status::below);
}

TEST_CASE("an offer is compared part by part and in total") {
  Offer offer;
  offer.base = 80000;
  offer.stock = 100000;
  offer.bonus_pct = 10;
  offer.sign_on = 10000;
  Comparison c = compare_offer(offer, paris());
  REQUIRE(c.components.size() == 4);
  CHECK(c.components[0].name == "base");
  CHECK(c.components[1].name == "stock");
  CHECK(c.components[2].name == "bonus");
  CHECK(*c.components[2].offer == 8000);
  CHECK(*c.components[2].low == 7500);   // 10% of base_low
  CHECK(*c.components[2].high == 10200);  // 10% of base_high
  CHECK(c.components[3].name == "total_comp");
  // annual total comp = base + stock / 4 + bonus; sign-on only in year one.
  CHECK(*c.components[3].offer == 80000 + 25000 + 8000);
  CHECK(c.totals.annual_average == 113000);
  CHECK(c.totals.year_one == 123000);
  CHECK(c.totals.four_year == 4 * 88000 + 100000 + 10000);
  CHECK(c.components[3].status == Status::within);
}

TEST_CASE("a part not entered has no place in its band; the totals count it as zero") {
  Offer offer;
  offer.base = 80000;
  offer.bonus = 5000;
  Comparison c = compare_offer(offer, paris());
  const ComponentComparison& stock = c.components[1];
  CHECK(stock.status == Status::not_entered);
  CHECK_FALSE(stock.offer.has_value());
  CHECK_FALSE(stock.position.has_value());
  CHECK(*stock.low == 95000);  // the band is still there to show
  CHECK(stock.not_entered == std::vector<std::string>{"stock"});
  CHECK(*c.components[2].offer == 5000);
  CHECK(c.components[2].not_entered.empty());
  CHECK(c.totals.annual_average == 85000);
  CHECK(*c.components[3].offer == 85000);
  CHECK(c.components[3].status == Status::below);
  CHECK(c.components[3].not_entered == std::vector<std::string>{"stock"});

  Offer base_only;
  base_only.base = 80000;
  Comparison bare = compare_offer(base_only, paris());
  CHECK(bare.components[2].status == Status::not_entered);
  CHECK(bare.components[3].not_entered == std::vector<std::string>{"stock", "bonus"});
  CHECK(bare.components[0].not_entered.empty());
}

TEST_CASE("a 0 typed is entered and keeps its position; options and a yearly grant are entered equity") {
  Offer offer;
  offer.base = 80000;
  offer.stock = 0;
  offer.bonus_pct = 0;
  Comparison c = compare_offer(offer, paris());
  CHECK(c.components[1].status == Status::below);
  CHECK(*c.components[1].offer == 0);
  CHECK(*c.components[1].position == doctest::Approx(-95000.0 / 85000));
  CHECK(c.components[2].status == Status::below);
  CHECK(c.components[3].not_entered.empty());

  Offer yearly;
  yearly.base = 80000;
  yearly.stock_per_year = 30000;
  CHECK(compare_offer(yearly, paris()).components[1].status == Status::within);
  Offer options;
  options.base = 80000;
  options.options = 1000;
  options.share_price = 5;
  options.strike = 10;  // under water: worth 0 today, and entered
  CHECK(compare_offer(options, paris()).components[1].status == Status::below);
}

TEST_CASE("a band without data for a part says so before the part not entered") {
  Band band = paris();
  band.stock = {};
  Offer offer;
  offer.base = 80000;
  const ComponentComparison stock = compare_offer(offer, band).components[1];
  CHECK(stock.status == Status::no_data);
  CHECK_FALSE(stock.offer.has_value());
  CHECK(stock.not_entered == std::vector<std::string>{"stock"});
  CHECK(compare_amount("stock", std::nullopt, {95000, 180000}).status == Status::not_entered);
}

TEST_CASE("components serialize with name, offer, low, high, position, status") {
  nlohmann::json j = compare_amount("base", 80000, {75000, 100000});
  CHECK(j["name"] == "base");
  CHECK(j["offer"] == 80000);
  CHECK(j["low"] == 75000);
  CHECK(j["high"] == 100000);
  CHECK(j["position"].get<double>() == doctest::Approx(0.2));
  CHECK(j["status"] == "within");
  nlohmann::json none = compare_amount("stock", 0, {});
  CHECK(none["position"].is_null());
  CHECK(none["low"].is_null());
  CHECK(none["status"] == "no_data");
  CHECK(none["not_entered"] == nlohmann::json::array());

  Offer offer;
  offer.base = 80000;
  nlohmann::json parts = compare_offer(offer, paris()).components;
  CHECK(parts[1]["offer"].is_null());
  CHECK(parts[1]["position"].is_null());
  CHECK(parts[1]["low"] == 95000);
  CHECK(parts[1]["status"] == "not_entered");
  CHECK(parts[1]["not_entered"] == nlohmann::json::array({"stock"}));
  CHECK(parts[3]["status"] == "below");
  CHECK(parts[3]["not_entered"] == nlohmann::json::array({"stock", "bonus"}));
}

TEST_CASE("outside the band: how far from its nearest end, in money and as a fraction of that end") {
  // Paris base, €65,000–€88,000: €150,000 is €62,000 above the top, 70% of it.
  auto above = compare_amount("base", 150000, {65000, 88000});
  REQUIRE(above.outside.has_value());
  CHECK(above.outside->amount == 62000);
  CHECK(*above.outside->fraction == doctest::Approx(62000.0 / 88000));
  CHECK(*above.position == doctest::Approx(85000.0 / 23000));  // kept as it was
  auto below = compare_amount("base", 60000, {65000, 88000});
  REQUIRE(below.outside.has_value());
  CHECK(below.outside->amount == 5000);
  CHECK(*below.outside->fraction == doctest::Approx(5000.0 / 65000));
  // Inside, at either end, without data or not entered: none.
  CHECK_FALSE(compare_amount("base", 70000, {65000, 88000}).outside.has_value());
  CHECK_FALSE(compare_amount("base", 65000, {65000, 88000}).outside.has_value());
  CHECK_FALSE(compare_amount("base", 88000, {65000, 88000}).outside.has_value());
  CHECK_FALSE(compare_amount("base", 70000, {std::nullopt, 88000}).outside.has_value());
  CHECK_FALSE(compare_amount("stock", std::nullopt, {65000, 88000}).outside.has_value());
  // A one-point band has no position but a distance all the same.
  auto point = compare_amount("bonus", 4000, {5000, 5000});
  CHECK_FALSE(point.position.has_value());
  CHECK(point.outside->amount == 1000);
  CHECK(*point.outside->fraction == doctest::Approx(0.2));
  // Above a top of 0 there is no fraction of it.
  auto zero = compare_amount("bonus", 500, {0, 0});
  CHECK(zero.outside->amount == 500);
  CHECK_FALSE(zero.outside->fraction.has_value());
}

TEST_CASE("the position in words: into the band inside, by how much and what share outside") {
  CHECK(position_phrase(compare_amount("base", 82000, {65000, 88000}), "EUR").text() == "74% into the band");
  const Phrase above = position_phrase(compare_amount("base", 150000, {65000, 88000}), "EUR");
  CHECK(above.text() == "€62,000 (70%) above the top of the band");
  CHECK(above.pattern() == "{0} ({1}) above the top of the band");
  CHECK(position_phrase(compare_amount("base", 61000, {65000, 88000}), "EUR").text() ==
        "€4,000 (6%) below the bottom of the band");
  CHECK(position_phrase(compare_amount("bonus", 5000, {5000, 5000}), "EUR").text() == "at the band's single point");
  CHECK(position_phrase(compare_amount("bonus", 500, {0, 0}), "EUR").text() == "€500 above the top of the band");
  // A share that rounds to 0% is left out.
  CHECK(position_phrase(compare_amount("total_comp", 98750, {99000, 147000}), "EUR").text() ==
        "€250 below the bottom of the band");
  CHECK(position_phrase(compare_amount("base", 80000, {}), "EUR").text().empty());
  CHECK(position_phrase(compare_amount("stock", std::nullopt, {65000, 88000}), "EUR").text().empty());
}

TEST_CASE("components serialize their distance outside the band, null inside") {
  nlohmann::json above = compare_amount("base", 150000, {65000, 88000});
  CHECK(above["outside"]["amount"] == 62000);
  CHECK(above["outside"]["fraction"].get<double>() == doctest::Approx(0.7045).epsilon(0.001));
  CHECK(above["position"].get<double>() > 3);
  nlohmann::json point = compare_amount("bonus", 500, {0, 0});
  CHECK(point["outside"]["fraction"].is_null());
  const nlohmann::json inside = compare_amount("base", 70000, {65000, 88000});
  const nlohmann::json no_data = compare_amount("base", 70000, {});
  const nlohmann::json not_entered = compare_amount("stock", std::nullopt, {65000, 88000});
  CHECK(inside["outside"].is_null());
  CHECK(no_data["outside"].is_null());
  CHECK(not_entered["outside"].is_null());
}
