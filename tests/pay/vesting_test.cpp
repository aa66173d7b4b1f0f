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
  CHECK(parse_vesting("monthly").error().message.find("is not a schedule") != std::string::npos);
  CHECK_FALSE(parse_vesting("50,-10,60").ok());
  CHECK_FALSE(parse_vesting("25,,75").ok());
}
