// Equity as it is granted: the worked examples (options, dilution,
// an exit), the scenario table and what has vested if you leave early.
#include "offercheck/equity.hpp"
#include "offercheck/terms.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace offercheck;

TEST_CASE("40,000 options at a $2 strike and a $10 share price: $320,000 over four years, $80,000 in year 1") {
  Terms t = test_support::options_offer();
  EquityView view = equity_view(t.package(), 0.5);
  CHECK(view.kind == "options");
  CHECK(view.value_today == 320000);
  CHECK(view.four_year_value == doctest::Approx(320000));
  CHECK(year_by_year(t.package(), 0.5).years[0].stock_vested == doctest::Approx(80000));
  REQUIRE(view.exit_price);
  CHECK(*view.exit_price == 10);

  t.dilution_pct = 20;  // the exit price is $8
  CHECK(equity_view(t.package(), 0.5).four_year_value == doctest::Approx(240000));
  t.dilution_pct.reset();
  t.exit_multiple = 3;  // $30 a share
  CHECK(equity_view(t.package(), 0.5).four_year_value == doctest::Approx(1120000));
  CHECK(equity_view(t.package(), 0.5).value_today == 320000);  // the band compares today's value
}

TEST_CASE("the scenario table: the equity and the 4-year total at a range of exits, with the dilution") {
  Terms t = test_support::options_offer();
  t.dilution_pct = 20;
  EquityView view = equity_view(t.package(), 0.5);
  REQUIRE(view.scenarios.size() == 6);
  CHECK(view.scenarios[0].exit_multiple == 0);
  CHECK(view.scenarios[0].four_year_value == 0);
  CHECK(view.scenarios[0].four_year_total == doctest::Approx(600000));
  CHECK(view.scenarios[3].exit_multiple == 2);
  CHECK(view.scenarios[3].four_year_value == doctest::Approx(40000 * (16 - 2)));
  CHECK(view.scenarios[5].four_year_total == doctest::Approx(600000 + 40000 * (80 - 2)));

  Terms grant;
  grant.base = 100000;
  grant.stock = 200000;
  EquityView granted = equity_view(grant.package(), 0.5);
  CHECK(granted.kind == "grant");
  CHECK(granted.scenarios[1].four_year_value == doctest::Approx(100000));  // half today's price

  // The exit chosen joins the table in order when it is none of its exits.
  t.exit_multiple = 3;
  EquityView chosen = equity_view(t.package(), 0.5);
  REQUIRE(chosen.scenarios.size() == 7);
  CHECK(chosen.scenarios[4].exit_multiple == 3);
  CHECK(chosen.scenarios[4].four_year_value == doctest::Approx(chosen.four_year_value));
  CHECK(chosen.scenarios[5].exit_multiple == 5);
  t.exit_multiple = 2;
  CHECK(equity_view(t.package(), 0.5).scenarios.size() == 6);
  Terms none;
  none.base = 100000;
  CHECK(equity_view(none.package(), 0.5).kind == "none");
  CHECK(equity_view(none.package(), 0.5).scenarios.empty());
}

TEST_CASE("leaving early: nothing before the cliff, 18/48 at month 18 of a monthly schedule") {
  Terms t = test_support::options_offer();
  t.vesting = parse_vesting("monthly").value();
  LeaveEarly at11 = leave_early(t.package(), 11, "USD");
  CHECK(at11.before_cliff);
  CHECK(at11.vested_fraction == 0);
  CHECK(*at11.vested_shares == 0);
  CHECK(at11.vested_value == 0);
  CHECK(at11.note.text() == "Leaving after 11 months, before the 12-month cliff, vests nothing of the grant.");

  LeaveEarly at18 = leave_early(t.package(), 18, "USD");
  CHECK_FALSE(at18.before_cliff);
  CHECK(at18.vested_fraction == doctest::Approx(18.0 / 48));
  CHECK(*at18.vested_shares == doctest::Approx(15000));
  CHECK(at18.vested_stock == doctest::Approx(15000));
  CHECK(at18.vested_value == doctest::Approx(15000 * 8));
  CHECK(at18.note.text() == "Leaving after 18 months vests 38% of the grant: 15,000 options, worth $120,000 at today's price.");

  Terms grant;
  grant.base = 1;
  grant.stock = 480000;
  grant.refresh = 48000;
  grant.vesting = parse_vesting("monthly").value();
  LeaveEarly g = leave_early(grant.package(), 30, "EUR");
  CHECK_FALSE(g.vested_shares);
  CHECK(g.vested_stock == doctest::Approx(300000));
  // The year-2 refresh (granted at month 12) is past its own cliff at month 24.
  CHECK(g.vested_value == doctest::Approx(300000 + 48000 * 18.0 / 48));
  nlohmann::json j = g;
  CHECK(j["months"] == 30);
  CHECK(j["vested_shares"].is_null());
  CHECK(j["note_parts"]["values"][0]["kind"] == "percent");
}
