// The decision helpers: break-even exit multiple and crossover year.
#include "offercheck/decision.hpp"
#include "offercheck/evaluation.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace offercheck;

namespace {

CompetingResult competing(const std::string& name, const Terms& terms) {
  CompetingOffer offer;
  static_cast<Terms&>(offer) = terms;
  offer.name = name;
  const Package package = terms.package();
  return CompetingResult{offer, 1, package, year_by_year(package, 0.5), equity_view(package, 0.5)};
}

Terms liquid_offer() {  // $170,000 base and $60,000 of stock a year
  Terms t;
  t.base = 170000;
  t.stock_per_year = 60000;
  return t;
}


std::optional<Decision> decide_for(const Terms& mine, const std::vector<CompetingResult>& others) {
  const Package p = mine.package();
  return decide(p, year_by_year(p, 0.5), others, 0.5, "USD");
}

}  // namespace

TEST_CASE("against a liquid $170,000 + $60,000 a year, the options offer breaks even at 1.0x, 1.25x with 20% dilution") {
  auto decision = decide_for(test_support::options_offer(), {competing("BigCo", liquid_offer())});
  REQUIRE(decision);
  CHECK(decision->compared_with == "BigCo");
  const OfferDecision& d = decision->headline();
  REQUIRE(d.breakeven_exit_multiple);
  CHECK(*d.breakeven_exit_multiple == doctest::Approx(1.0));
  CHECK(d.breakeven_note.text() == "This offer beats BigCo only if the company exits above 1\u00d7 today's share price.");

  Terms diluted = test_support::options_offer();
  diluted.dilution_pct = 20;
  auto with_dilution = decide_for(diluted, {competing("BigCo", liquid_offer())});
  REQUIRE(with_dilution->headline().breakeven_exit_multiple);
  CHECK(*with_dilution->headline().breakeven_exit_multiple == doctest::Approx(1.25));
  CHECK(with_dilution->headline().breakeven_note.text() ==
        "This offer beats BigCo only if the company exits above 1.25\u00d7 today's share price, after 20% dilution.");
}

TEST_CASE("options worth nothing below their strike: the break-even lies past the kink") {
  Terms high_strike = test_support::options_offer();
  high_strike.strike = 8;  // worth 40,000 × (10m − 8): nothing below 0.8×
  auto decision = decide_for(high_strike, {competing("BigCo", liquid_offer())});
  REQUIRE(decision->headline().breakeven_exit_multiple);
  CHECK(*decision->headline().breakeven_exit_multiple == doctest::Approx(1.6));  // 600k + 40,000 × 8 = 920k
}

TEST_CASE("no break-even: ahead at any exit, or no equity to close the gap") {
  Terms rich = test_support::options_offer();
  rich.base = 300000;
  auto ahead = decide_for(rich, {competing("BigCo", liquid_offer())});
  CHECK_FALSE(ahead->headline().breakeven_exit_multiple);
  CHECK(ahead->headline().breakeven_note.text() == "This offer beats BigCo over four years even if its equity is worth nothing.");

  Terms cash;
  cash.base = 150000;
  auto behind = decide_for(cash, {competing("BigCo", liquid_offer())});
  CHECK_FALSE(behind->headline().breakeven_exit_multiple);
  CHECK(behind->headline().breakeven_note.text() ==
        "This offer trails BigCo by $320,000 over four years, and has no equity whose exit could make it up.");
  CHECK_FALSE(decide_for(cash, {}));  // nothing to decide against
}

TEST_CASE("the crossover year: when cumulative totals change the lead") {
  // A back-loaded grant: behind in year 1, ahead from year 3.
  Terms back_loaded;
  back_loaded.base = 150000;
  back_loaded.stock = 400000;
  back_loaded.vesting = parse_vesting("5,15,40,40").value();
  Terms steady;
  steady.base = 200000;
  auto decision = decide_for(back_loaded, {competing("Steady", steady)});
  REQUIRE(decision->headline().crossover_year);
  // Cumulative: 170k/200k, 380k/400k, 690k/600k: year 3.
  CHECK(*decision->headline().crossover_year == 3);
  CHECK(decision->headline().crossover_note.text() == "This offer overtakes Steady in year 3.");

  auto never = decide_for(steady, {competing("Cash", Terms{})});
  CHECK_FALSE(never->headline().crossover_year);
  CHECK(never->headline().crossover_note.text() == "This offer leads Cash in every year.");
}

TEST_CASE("with several offers, the headline compares with the best; every offer gets its own") {
  Terms small;
  small.base = 100000;
  auto decision = decide_for(test_support::options_offer(), {competing("Small", small), competing("BigCo", liquid_offer())});
  REQUIRE(decision);
  CHECK(decision->compared_with == "BigCo");
  REQUIRE(decision->offers.size() == 2);
  CHECK(decision->offers[0].name == "Small");
  nlohmann::json j = *decision;
  CHECK(j["breakeven_compared_with"] == "BigCo");
  CHECK(j["crossover_compared_with"] == "BigCo");
  CHECK(j["breakeven_exit_multiple"].get<double>() == doctest::Approx(1.0));
  CHECK(j["offers"].size() == 2);
  CHECK(j["offers"][1]["breakeven_note_parts"]["values"][0]["kind"] == "multiple");
}
