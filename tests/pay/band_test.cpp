#include "offercheck/band.hpp"
#include "offercheck/total_comp.hpp"
#include "offercheck/years.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

static Band new_york() {
  Band band;
  band.region = "New York";
  band.currency = "USD";
  band.base = {172000, 215000};
  band.stock = {165000, 298000};
  band.bonus_pct = 10;
  band.total_comp = {213000, 290000};
  return band;
}

TEST_CASE("a derived band scales every amount and remembers its source") {
  auto derived = derive_band(new_york(), 0.6, "Remote Global");
  REQUIRE(derived.ok());
  const Band& band = derived.value();
  CHECK(band.region == "Remote Global");
  CHECK(band.currency == "USD");
  CHECK(*band.base.low == doctest::Approx(103200));
  CHECK(*band.stock.high == doctest::Approx(178800));
  CHECK(*band.total_comp.low == doctest::Approx(127800));
  CHECK(*band.bonus_pct == 10);
  REQUIRE(band.derived_from.has_value());
  CHECK(band.derived_from->region == "New York");
  CHECK(band.derived_from->factor == 0.6);
}

TEST_CASE("deriving needs a sensible factor and a reference with data") {
  CHECK_FALSE(derive_band(new_york(), 0, "X").ok());
  CHECK_FALSE(derive_band(new_york(), -1, "X").ok());
  CHECK_FALSE(derive_band(new_york(), 11, "X").ok());
  Band empty;
  empty.region = "Remote";
  CHECK(derive_band(empty, 0.8, "X").error().message == "cannot derive from Remote: it has no base band");
}

TEST_CASE("band data and bonus amounts") {
  Band band = new_york();
  CHECK(band.has_any_number());
  CHECK(*band.bonus_amounts().low == doctest::Approx(17200));
  band.bonus = {20000, 30000};
  CHECK(*band.bonus_amounts().low == 20000);  // stated amounts win over the percent
  Band empty;
  CHECK_FALSE(empty.has_any_number());
  CHECK(empty.bonus_amounts().is_empty());
}

TEST_CASE("region names compare ignoring case and surrounding spaces") {
  CHECK(same_region("New York", "new york"));
  CHECK(same_region("  PARIS ", "paris"));
  CHECK_FALSE(same_region("New York", "New York City"));
}

TEST_CASE("total comp as bands count it; totals read from the years") {
  CHECK(annual_total_comp(100000, 80000, 10000) == 130000);
  Package p;
  p.base = 100000;
  p.stock_grant = 80000;
  p.bonus = 10000;
  p.sign_on = 20000;
  Totals t = totals_from(year_by_year(p, 0));
  CHECK(t.annual_average == 130000);
  CHECK(t.year_one == 150000);
  CHECK(t.four_year == 4 * 110000 + 80000 + 20000);
}
