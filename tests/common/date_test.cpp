#include "offercheck/date.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("dates are YYYY-MM-DD calendar days") {
  auto date = parse_date("2026-02-23");
  REQUIRE(date.has_value());
  CHECK(date->year == 2026);
  CHECK(date->month == 2);
  CHECK(date->day == 23);
  CHECK(date->to_string() == "2026-02-23");
  CHECK(parse_date("2024-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-2-3").has_value());
  CHECK_FALSE(parse_date("banana").has_value());
  CHECK_FALSE(parse_date("").has_value());
}

TEST_CASE("dates order by year, month, day") {
  CHECK(*parse_date("2026-05-23") < *parse_date("2026-11-22"));
  CHECK_FALSE(*parse_date("2026-11-22") < *parse_date("2026-05-23"));
  CHECK(*parse_date("2025-12-31") < *parse_date("2026-01-01"));
}
