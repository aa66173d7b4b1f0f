#include "test_support.hpp"

#include "offercheck/guide_loader.hpp"
#include "guide/validation.hpp"

using namespace offercheck;
using test_support::find_code;
using test_support::guide_text;
using test_support::has_code;

static GuideReport load_ok(const std::string& text, ValidationOptions options = {}) {
  auto report = load_guide(text, options);
  REQUIRE_MESSAGE(report.ok(), "guide should load");
  return report;
}

TEST_CASE("a clean guide has no findings") {
  CHECK(load_ok(guide_text()).diagnostics.empty());
}

TEST_CASE("implausible amounts for the currency") {
  auto thousands = load_ok(guide_text(
      "  - region: Paris\n    base_low: 75\n    base_high: 102\n    currency: EUR\n"));
  const Diagnostic& d = find_code(thousands.diagnostics, "implausible_amount");
  CHECK(d.message == "Paris: base_low of €75 is implausible for EUR yearly pay (amounts are "
                     "whole units, not thousands)");
  CHECK(d.component == "base");
  CHECK(d.at.line == 6);

  // 3,500,000 rupees is a plausible salary; 3,500,000 dollars of base is too.
  CHECK_FALSE(has_code(load_ok(guide_text("  - region: Bangalore\n    base_low: 3500000\n"
                                          "    base_high: 5000000\n    currency: INR\n"))
                           .diagnostics,
                       "implausible_amount"));
  CHECK(has_code(load_ok(guide_text("  - region: Tokyo\n    base_low: 80000\n"
                                    "    base_high: 90000\n    currency: JPY\n"))
                     .diagnostics,
                 "implausible_amount"));
  CHECK(has_code(load_ok(guide_text("  - region: Paris\n    base_low: 75000\n    base_high: 80000\n"
                                    "    bonus_pct: 500\n    currency: EUR\n"))
                     .diagnostics,
                 "implausible_amount"));
}

TEST_CASE("unknown role_type and data_quality, bad quarter, empty body, unknown fields") {
  auto report = load_ok(guide_text(
      "  - region: Paris\n    base_low: 75000\n    base_high: 102000\n    currency: EUR\n"
      "    base_median: 90000\n",
      "role_type: wizard\ndata_quality: great\nsalary_data_quarter: Q4 2025\nfavourite: x\n",
      "\n  \n"));
  CHECK(find_code(report.diagnostics, "unknown_role_type").message ==
        "role_type 'wizard' is not one of standard, specialty");
  CHECK(find_code(report.diagnostics, "unknown_data_quality").at.line == 5);
  CHECK(has_code(report.diagnostics, "bad_quarter"));
  CHECK(has_code(report.diagnostics, "empty_body"));
  CHECK(find_code(report.diagnostics, "unknown_field").message ==
        "unknown field 'favourite' is ignored");
  int unknown_fields = 0;
  for (const auto& d : report.diagnostics) unknown_fields += d.code == "unknown_field";
  CHECK(unknown_fields == 2);
}

TEST_CASE("stated total comp far from base + stock/4 + bonus") {
  // Stock counted in full instead of a quarter: 100000 + 200000 = 300000, not 150000.
  auto report = load_ok(guide_text(
      "  - region: NYC\n    base_low: 100000\n    base_high: 120000\n    stock_low: 200000\n"
      "    stock_high: 240000\n    total_comp_low: 150000\n    total_comp_high: 360000\n"
      "    currency: USD\n"));
  const Diagnostic& d = find_code(report.diagnostics, "total_comp_mismatch");
  CHECK(d.message == "NYC: stated total_comp_high $360,000 differs by 100% from base + stock/4 + "
                     "bonus = $180,000");
  CHECK(d.component == "total_comp");
  int mismatches = 0;
  for (const auto& x : report.diagnostics) mismatches += x.code == "total_comp_mismatch";
  CHECK(mismatches == 1);  // low: 100000 + 200000 / 4 = 150000 matches

  ValidationOptions strict;
  strict.total_comp_tolerance = 0.0;
  CHECK(has_code(load_ok(guide_text(), strict).diagnostics, "total_comp_mismatch"));
}

TEST_CASE("a region naming another currency, duplicate regions, incomplete ranges") {
  auto report = load_ok(guide_text(
      "  - region: London (GBP/USD)\n    base_low: 150000\n    base_high: 195000\n"
      "    currency: GBP\n"
      "  - region: london (gbp/usd)\n    base_low: 150000\n    base_high: 195000\n"
      "    stock_low: 10000\n    currency: GBP\n"));
  const Diagnostic& named = find_code(report.diagnostics, "region_currency_mismatch");
  CHECK(named.message == "region 'London (GBP/USD)' names USD but its currency is GBP");
  CHECK(find_code(report.diagnostics, "duplicate_region").at.line == 9);
  CHECK(find_code(report.diagnostics, "incomplete_range").component == "stock");

  CHECK_FALSE(has_code(load_ok(guide_text("  - region: Tallinn (EUR)\n    base_low: 50000\n"
                                          "    base_high: 60000\n    currency: EUR\n"))
                           .diagnostics,
                       "region_currency_mismatch"));
  CHECK(has_code(load_ok(guide_text("  - region: London £\n    base_low: 50000\n"
                                    "    base_high: 60000\n    currency: USD\n"))
                     .diagnostics,
                 "region_currency_mismatch"));
}

TEST_CASE("stale data relative to a given date") {
  const std::string fields = "last_updated: 2026-02-23\nnext_review_due: 2026-05-23\n";
  ValidationOptions later{parse_date("2026-11-22")};
  auto stale = load_ok(guide_text(
                                      "  - region: Paris\n    base_low: 75000\n"
                                      "    base_high: 102000\n    currency: EUR\n",
                                  fields),
                       later);
  const Diagnostic& d = find_code(stale.diagnostics, "stale");
  CHECK(d.message == "the guide's data is stale: its next review was due 2026-05-23 and today "
                     "is 2026-11-22; last updated 2026-02-23");
  CHECK(d.at.line == 5);

  ValidationOptions earlier{parse_date("2026-05-23")};
  CHECK_FALSE(has_code(load_ok(guide_text(), earlier).diagnostics, "stale"));
  CHECK_FALSE(has_code(load_ok(guide_text("  - region: Paris\n    base_low: 75000\n"
                                          "    base_high: 102000\n    currency: EUR\n",
                                          fields))
                           .diagnostics,
                       "stale"));
}
