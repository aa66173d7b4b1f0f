#include "offercheck/money.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("clean steps are a twentieth of the amount's power of ten") {
  CHECK(clean_step(9999) == 50);
  CHECK(clean_step(10000) == 500);
  CHECK(clean_step(97950) == 500);
  CHECK(clean_step(208550) == 5000);
  CHECK(clean_step(3500000) == 50000);
}

TEST_CASE("asks round to the nearest clean step, halves up") {
  CHECK(round_clean_nearest(97950) == 98000);
  CHECK(round_clean_nearest(208550) == 210000);
  CHECK(round_clean_nearest(212500) == 215000);
  CHECK(round_clean_nearest(84550) == 84500);
  CHECK(round_clean_nearest(1234) == 1250);
}

TEST_CASE("floors round down and exact steps stay put") {
  CHECK(round_clean_down(184900) == 180000);
  CHECK(round_clean_down(137500) == 135000);
  CHECK(round_clean_down(170000) == 170000);
  CHECK(round_clean_up(170001) == 175000);
  CHECK(round_clean_up(170000) == 170000);
}

TEST_CASE("money is formatted with the currency's symbol or code") {
  CHECK(format_money(98000, "EUR") == "€98,000");
  CHECK(format_money(1250000, "USD") == "$1,250,000");
  CHECK(format_money(120000, "CHF") == "CHF 120,000");
  CHECK(format_money(999.6, "GBP") == "£1,000");
  CHECK(format_money(0, "INR") == "₹0");
  CHECK(format_money(5, "") == "5");
}

TEST_CASE("percentages are whole") {
  CHECK(format_percent(0.85) == "85%");
  CHECK(format_percent(-0.012) == "-1%");
  CHECK(format_percent(1.5) == "150%");
}

TEST_CASE("prices per share keep their cents; counts are grouped") {
  CHECK(format_price(2, "USD") == "$2");
  CHECK(format_price(2.5, "USD") == "$2.50");
  CHECK(format_price(1234.567, "EUR") == "€1,234.57");
  CHECK(format_price(0.0125, "USD") == "$0.0125");
  CHECK(format_price(0.35, "USD") == "$0.35");
  CHECK(format_count(15000) == "15,000");
  CHECK(format_count(14999.6) == "15,000");
  CHECK(format_multiple(1.25) == "1.25\u00d7");
  CHECK(format_multiple(10) == "10\u00d7");
  CHECK(format_multiple(2.499) == "2.5\u00d7");
}

TEST_CASE("decimal_text rounds to its decimals and drops trailing zeros") {
  CHECK(decimal_text(2.5, 2) == "2.5");
  CHECK(decimal_text(33.333333, 4) == "33.3333");
  CHECK(decimal_text(12.5, 4) == "12.5");
  CHECK(decimal_text(3.0, 2) == "3");
  CHECK(decimal_text(0.05, 2) == "0.05");
  CHECK(decimal_text(0.999, 2) == "1");
  CHECK(decimal_text(-1.25, 1) == "-1.3");
  CHECK(decimal_text(-0.001, 2) == "0");
  CHECK(decimal_text(1e300, 2).size() == 301);
  CHECK(decimal_text(-1e17, 2) == "-100000000000000000");
}
