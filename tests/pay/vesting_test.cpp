#include "offercheck/vesting.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("named and custom vesting schedules") {
  CHECK(parse_vesting("").value().yearly_percent == std::vector<double>{25, 25, 25, 25});
  CHECK(parse_vesting("even").value().name == "even");
  CHECK(parse_vesting("25,25,25,25").value().name == "even");
  Vesting cliff = parse_vesting("cliff").value();
  CHECK(cliff.name == "cliff");
  CHECK(cliff.fraction_in_year(1) == 0.25);  // the cliff releases a year's worth at once
  CHECK(cliff.fraction_in_year(4) == 0.25);
  Vesting back_loaded = parse_vesting("5,15,40,40").value();
  CHECK(back_loaded.name == "5/15/40/40");
  CHECK(back_loaded.fraction_in_year(1) == doctest::Approx(0.05));
  CHECK(back_loaded.fraction_in_year(3) == doctest::Approx(0.40));
  CHECK(back_loaded.fraction_in_year(5) == 0);
  Vesting rounded = parse_vesting("33/33/22/11").value();  // 99%, as published
  CHECK(rounded.name == "33/33/22/11");
  CHECK(rounded.fraction_in_year(1) + rounded.fraction_in_year(2) + rounded.fraction_in_year(3) +
            rounded.fraction_in_year(4) == doctest::Approx(1.0));
  CHECK_FALSE(parse_vesting("30/30/20/10").ok());  // 90%
  CHECK(parse_vesting("33.5/33.5/22/11").value().name == "33.5/33.5/22/11");
  CHECK(parse_vesting("20,20,20,20,20").value().fraction_in_year(5) == doctest::Approx(0.2));
}

TEST_CASE("bad schedules say why") {
  CHECK(parse_vesting("25,25,25").error().message == "vesting '25,25,25' sums to 75%, not 100%");
  CHECK(parse_vesting("fortnightly").error().message.find("is not a schedule") != std::string::npos);
  CHECK_FALSE(parse_vesting("25,25,25,25 weekly").ok());
  CHECK_FALSE(parse_vesting("50,-10,60").ok());
  CHECK_FALSE(parse_vesting("25,,75").ok());
}

TEST_CASE("monthly and quarterly schedules vest from their cliff") {
  Vesting monthly = parse_vesting("monthly").value();
  CHECK(monthly.cadence == Cadence::monthly);
  CHECK(monthly.cliff_months == kDefaultCliffMonths);
  CHECK(monthly.vested_by_month(11) == 0);            // before the cliff: nothing
  CHECK(monthly.vested_by_month(12) == doctest::Approx(0.25));  // the cliff releases a year at once
  CHECK(monthly.vested_by_month(18) == doctest::Approx(18.0 / 48));
  CHECK(monthly.vested_by_month(48) == doctest::Approx(1));
  CHECK(monthly.vested_by_month(60) == doctest::Approx(1));
  CHECK(monthly.fraction_in_year(1) == doctest::Approx(0.25));

  Vesting quarterly = parse_vesting("quarterly").value();
  CHECK(quarterly.vested_by_month(14) == doctest::Approx(0.25));  // the next quarter is at month 15
  CHECK(quarterly.vested_by_month(15) == doctest::Approx(15.0 / 48));

  // A longer cliff moves a year's vesting into the next; the start shifts the clock.
  Vesting long_cliff = monthly;
  long_cliff.cliff_months = 18;
  CHECK(long_cliff.fraction_in_year(1) == 0);
  CHECK(long_cliff.fraction_in_year(2) == doctest::Approx(0.5));
  Vesting late = monthly;
  late.start_months = 3;
  CHECK(late.vested_by_month(14) == 0);
  CHECK(late.vested_by_month(15) == doctest::Approx(0.25));
  Vesting yearly = even_vesting();
  CHECK(yearly.vested_by_month(23) == doctest::Approx(0.25));  // yearly: at each anniversary

  Vesting back_loaded = parse_vesting("5,15,40,40 quarterly").value();
  CHECK(back_loaded.name == "5/15/40/40 quarterly");
  CHECK(back_loaded.vested_by_month(12) == doctest::Approx(0.05));
  CHECK(back_loaded.vested_by_month(18) == doctest::Approx(0.05 + 0.15 / 2));
}

TEST_CASE("a refresh grant vests on the schedule from its own start") {
  Vesting monthly = parse_vesting("monthly").value();
  CHECK(monthly.fraction_in_year(1, 2) == 0);
  CHECK(monthly.fraction_in_year(2, 2) == doctest::Approx(0.25));
  CHECK(monthly.fraction_in_year(4, 2) == doctest::Approx(0.25));
}

TEST_CASE("cliffs and starts out of range say which field") {
  Vesting monthly = parse_vesting("monthly").value();
  monthly.cliff_months = 49;
  CHECK(check_vesting(monthly, "--cliff-months", "start")->message == "--cliff-months must be between 0 and 48 months");
  Vesting yearly = even_vesting();
  yearly.cliff_months = 6;
  CHECK(check_vesting(yearly, "cliff_months", "start")->message.find("applies to monthly or quarterly vesting") != std::string::npos);
  Vesting late = parse_vesting("quarterly").value();
  late.start_months = -60;
  CHECK(check_vesting(late, "cliff", "vesting_start_months")->message == "vesting_start_months must be between -48 and 48 months");
  CHECK_FALSE(check_vesting(parse_vesting("cliff").value(), "a", "b"));
}
