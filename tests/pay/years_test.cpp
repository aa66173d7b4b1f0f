#include "offercheck/total_comp.hpp"
#include "offercheck/years.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("year by year with even vesting: a quarter of the grant a year, sign-on in year one") {
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
  CHECK(view.four_year_total == 4 * (100000 + 10000) + 200000 + 20000);
  CHECK(totals_from(view).annual_average == annual_total_comp(100000, 200000, 10000));
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
  CHECK(Vesting{"", {20, 20, 20, 20, 20}}.vested_by_month(48) == doctest::Approx(0.8));
}

TEST_CASE("raises compound on base from year 2; a percent bonus follows the base, times its payout") {
  Package p;
  p.base = 100000;
  p.raise = 0.05;
  YearView view = year_by_year(p, 0.5);
  CHECK(view.years[0].base == 100000);
  CHECK(view.years[1].base == doctest::Approx(105000));
  CHECK(view.years[3].base == doctest::Approx(115762.5));

  p.bonus = 10000;
  p.bonus_follows_base = true;
  p.bonus_payout = 0.8;
  view = year_by_year(p, 0.5);
  CHECK(view.years[0].bonus == doctest::Approx(8000));
  CHECK(view.years[1].bonus == doctest::Approx(8400));
  p.bonus_follows_base = false;  // a bonus amount stays as it is
  CHECK(year_by_year(p, 0.5).years[3].bonus == doctest::Approx(8000));
}

TEST_CASE("equity vests at the package's exit: a grant scales with the price, options by their spread") {
  Package grant;
  grant.stock_grant = 100000;
  grant.exit = ExitScenario{2, 0.25};
  CHECK(year_by_year(grant, 0).years[0].stock_vested == doctest::Approx(100000 * 2 * 0.75 / 4));

  Package options;
  options.options = OptionGrant{40000, 2, 10};
  options.stock_grant = 320000;
  options.exit = ExitScenario{0.1, 0};  // the exit price ($1) is under the strike
  CHECK(year_by_year(options, 0).four_year_total == 0);
}
