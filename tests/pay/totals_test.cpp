// One source for every yearly figure (core/include/offercheck/total_comp.hpp):
// the totals of an evaluation, its proposals and its years never disagree.
#include "test_support.hpp"

#include "offercheck/total_comp.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;

namespace {

Evaluation evaluate_seed(const Offer& offer) {
  const Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest request;
  request.region = "San Francisco";
  request.offer = offer;
  auto result = evaluate(guide, request);
  REQUIRE(result.ok());
  return result.value();
}

// Every total of an evaluation against its year table.
void check_one_source(const Evaluation& e) {
  const std::vector<YearRow>& years = e.years.years;
  REQUIRE(years.size() == 4);
  double sum = 0, sign_on = 0;
  for (const YearRow& row : years) sum += row.total, sign_on += row.sign_on;
  const Totals& t = e.comparison.totals;
  CHECK(t.year_one == doctest::Approx(years[0].total));
  CHECK(t.four_year == doctest::Approx(sum));
  CHECK(t.four_year == doctest::Approx(e.years.four_year_total));
  CHECK(t.annual_average == doctest::Approx((sum - sign_on) / 4));
  const nlohmann::json j = e;
  CHECK(j["totals"]["year_one"].get<double>() == doctest::Approx(j["years"][0]["total"].get<double>()));
  CHECK(j["totals"]["four_year"].get<double>() == doctest::Approx(j["four_year_total"].get<double>()));
}

}  // namespace

TEST_CASE("a 5/15/40/40 schedule with a sign-on: year one is the year table's year one") {
  Offer offer;
  offer.base = 180000;
  offer.stock = 200000;
  offer.sign_on = 50000;
  offer.vesting = parse_vesting("5/15/40/40").value();
  const Evaluation e = evaluate_seed(offer);
  // 180,000 + 5% of 200,000 + 50,000: not a quarter of the grant.
  CHECK(e.comparison.totals.year_one == 240000);
  check_one_source(e);
}

TEST_CASE("at a 3x exit the four-year total is the years' at that exit") {
  Offer offer;
  offer.base = 150000;
  offer.options = 40000;
  offer.strike = 2;
  offer.share_price = 10;
  offer.exit_multiple = 3;
  const Evaluation e = evaluate_seed(offer);
  CHECK(e.comparison.totals.four_year == 4 * 150000 + 1120000);
  check_one_source(e);
  // Total comp as bands count it stays at today's value.
  CHECK(e.comparison.components.back().offer == 150000 + 320000 / 4.0);
}

TEST_CASE("raises, payout and a cliff move every total as they move the years") {
  Offer offer;
  offer.base = 100000;
  offer.stock = 100000;
  offer.bonus_pct = 10;
  offer.bonus_payout_pct = 80;
  offer.raise_pct = 5;
  offer.sign_on = 10000;
  offer.vesting = parse_vesting("monthly").value();
  offer.vesting.start_months = 3;  // a quarter of year four's vesting falls after it
  check_one_source(evaluate_seed(offer));
}

TEST_CASE("a proposal's year one and four years come from its own years") {
  Offer offer;
  offer.base = 170000;
  offer.stock = 140000;
  offer.sign_on = 20000;
  offer.vesting = parse_vesting("5/15/40/40").value();
  const Evaluation e = evaluate_seed(offer);
  for (const Proposal* p : {&e.asks.ask, &e.asks.floor}) {
    const Package package = offer.package(p->base, p->stock, p->sign_on);
    const YearView years = year_by_year(package, e.parameters.illiquid_discount);
    CHECK(p->year_one_total == doctest::Approx(years.years[0].total));
    CHECK(p->four_year_total == doctest::Approx(years.four_year_total));
  }
}
