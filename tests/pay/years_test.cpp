#include "offercheck/total_comp.hpp"
#include "offercheck/years.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("year by year with even vesting agrees with the totals formula") {
  Package p;
  p.base = 100000;
  p.stock_grant = 200000;
  p.bonus = 10000;
  p.sign_on = 20000;
  YearView view = year_by_year(p, 0.5);
  REQUIRE(view.years.size() == 4);
  CHECK(view.years[0].total == 100000 + 50000 + 10000 + 20000);
  CHECK(view.years[1].sign_on == 0);
  CHECK(view.years[3].stock_vested == 50000);
  CHECK(view.four_year_total == totals_of(100000, 200000, 10000, 20000).four_year);
  CHECK(view.four_year_risk_adjusted == view.four_year_total);  // liquid
}

TEST_CASE("vesting schedules, refresh grants and illiquid equity") {
  Package p;
  p.stock_grant = 100000;
  p.vesting = Vesting{"5/15/40/40", {5, 15, 40, 40}};
  YearView view = year_by_year(p, 0.5);
  CHECK(view.years[0].stock_vested == doctest::Approx(5000));
  CHECK(view.years[2].stock_vested == doctest::Approx(40000));
  CHECK(view.four_year_total == doctest::Approx(100000));

  Package refreshed;
  refreshed.stock_grant = 100000;
  refreshed.refresh = 40000;  // granted at the start of years 2, 3 and 4
  YearView r = year_by_year(refreshed, 0);
  CHECK(r.years[0].stock_vested == doctest::Approx(25000));
  CHECK(r.years[1].stock_vested == doctest::Approx(25000 + 10000));
  CHECK(r.years[3].stock_vested == doctest::Approx(25000 + 30000));
  CHECK(r.four_year_total == doctest::Approx(100000 + 60000));

  Package pre_ipo;
  pre_ipo.base = 100000;
  pre_ipo.stock_grant = 100000;
  pre_ipo.liquid = false;
  YearView discounted = year_by_year(pre_ipo, 0.4);
  CHECK(discounted.four_year_total == doctest::Approx(500000));
  CHECK(discounted.four_year_risk_adjusted == doctest::Approx(400000 + 60000));
  CHECK(vested_within_four_years(Vesting{"", {20, 20, 20, 20, 20}}) == doctest::Approx(0.8));
}
