// Every malformed input ends in a clear error with its position in the whole
// file, never a crash, hang or runaway memory.
#include "test_support.hpp"

#include "offercheck/guide_loader.hpp"

#include <chrono>

using namespace offercheck;
using test_support::find_code;
using test_support::guide_text;
using test_support::has_code;

static Diagnostic only_error(const GuideReport& report) {
  REQUIRE_FALSE(report.ok());
  const Diagnostic* error = first_error(report.diagnostics);
  REQUIRE(error != nullptr);
  return *error;
}

TEST_CASE("empty files, missing and unterminated front matter") {
  CHECK(only_error(load_guide("")).message.find("the file is empty") == 0);
  CHECK(only_error(load_guide("# Title\nNo front matter here.\n")).code == "front_matter");
  const Diagnostic open = only_error(load_guide("---\ncompany: acme\nrole: x\n"));
  CHECK(open.message.find("never closed") != std::string::npos);
  CHECK(open.at.line == 1);
  CHECK(only_error(load_guide("---\n---\nbody\n")).code == "empty_front_matter");
}

TEST_CASE("YAML syntax errors are positioned in the whole file") {
  const Diagnostic e = only_error(load_guide("---\ncompany: acme\nrole: [unclosed\n---\n"));
  CHECK(e.code == "yaml_syntax");
  CHECK(e.message.find("YAML syntax error") == 0);
  CHECK(e.at.line >= 3);

  const Diagnostic tab = only_error(load_guide("---\ncompany: acme\nrole: x\n  bad: : :\n---\n"));
  CHECK(tab.code == "yaml_syntax");
  CHECK(tab.at.line == 4);
}

TEST_CASE("self-referencing aliases and alias bombs end quickly") {
  auto self = load_guide("---\ncompany: acme\nrole: x\ncompensation: &a [*a]\n---\n");
  CHECK_FALSE(self.ok());

  std::string bomb = "---\ncompany: acme\nrole: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 40; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]\n";
  }
  bomb += "compensation: *a39\ndata_sources: *a39\nlevel_mapping: {raw: *a39}\n---\n";
  auto start = std::chrono::steady_clock::now();
  auto report = load_guide(bomb);
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK_FALSE(report.ok());
  CHECK(has_code(report.diagnostics, "wrong_type"));
  // A generous bound: an expanding reader would need 10^40 steps.
  CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("deep nesting is an error, not a stack overflow") {
  std::string deep = "---\ncompany: acme\nrole: x\ncompensation: " + std::string(100000, '[') +
                     std::string(100000, ']') + "\n---\n";
  const Diagnostic e = only_error(load_guide(deep));
  CHECK(e.message.find("nested too deeply") != std::string::npos);
  CHECK(e.at.line == 4);
}

TEST_CASE("binary data is an error") {
  std::string binary = "---\ncompany: acme\n";
  for (int i = 0; i < 256; ++i) binary += static_cast<char>(i);
  CHECK(only_error(load_guide(binary)).code == "binary_data");
  CHECK(only_error(load_guide("---\ncompany: \xFF\xFE\n---\n")).code == "invalid_utf8");
}

TEST_CASE("numbers that are not finite") {
  const Diagnostic huge = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: 1e309\n    base_high: 2\n    currency: EUR\n")));
  CHECK(huge.code == "not_finite");
  CHECK(huge.message == "compensation[0] (Paris).base_low: 1e309 is too large to be a finite number");
  CHECK(huge.at.line == 6);
  CHECK(huge.at.column == 15);

  const Diagnostic inf = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: .inf\n    base_high: 2\n    currency: EUR\n")));
  CHECK(inf.code == "not_finite");
}

TEST_CASE("fields of the wrong type are named") {
  const Diagnostic lots = only_error(load_guide("---\ncompany: acme\nrole: x\ncompensation: \"lots\"\n---\n"));
  CHECK(lots.code == "wrong_type");
  CHECK(lots.message == "compensation: expected a list of regions, got the quoted text 'lots'");
  CHECK(lots.at.line == 4);
  CHECK(lots.at.column == 15);

  const Diagnostic seventy = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: seventy\n    base_high: 2\n    currency: EUR\n")));
  CHECK(seventy.message == "compensation[0] (Paris).base_low: expected a number, got 'seventy'");

  const Diagnostic quoted = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: \"75000\"\n    base_high: 2\n    currency: EUR\n")));
  CHECK(quoted.message.find("(remove the quotes)") != std::string::npos);

  CHECK(only_error(load_guide(guide_text("  - just text\n"))).message ==
        "compensation[0]: expected a region's band (region: ..., currency: ..., base_low: ...), "
        "got 'just text'");
  CHECK(only_error(load_guide("---\ncompany: [a, b]\nrole: x\ncompensation: []\n---\n")).message ==
        "company: expected text, got a list");
  CHECK(only_error(load_guide(guide_text(
                                             "  - region: Paris\n    currency: EUR\n",
                                         "last_updated: yesterday\n")))
            .message == "last_updated: expected a date like 2026-02-23, got 'yesterday'");
  CHECK(only_error(load_guide("---\n- a\n- b\n---\n")).message.find("must be a mapping") !=
        std::string::npos);
}

TEST_CASE("negative amounts, low above high, and currencies") {
  const Diagnostic negative = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: -5\n    base_high: 2\n    currency: EUR\n")));
  CHECK(negative.code == "negative_amount");

  const Diagnostic inverted = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: 90000\n    base_high: 80000\n    currency: EUR\n")));
  CHECK(inverted.code == "low_above_high");
  CHECK(inverted.message == "Paris: base_low (€90,000) is above base_high (€80,000)");
  CHECK(inverted.at.line == 6);

  const Diagnostic missing = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: 70000\n    base_high: 80000\n")));
  CHECK(missing.code == "missing_currency");

  const Diagnostic unknown = only_error(load_guide(guide_text(
      "  - region: Paris\n    base_low: 70000\n    base_high: 80000\n    currency: EURO\n")));
  CHECK(unknown.code == "unknown_currency");
  CHECK(unknown.at.line == 8);

  // A band without numbers needs no currency.
  auto empty_band = load_guide(guide_text(
      "  - region: Paris\n    base_low: 1\n    base_high: 2\n    currency: EUR\n"
      "  - region: Remote\n    base_low: null\n    base_high: null\n"));
  CHECK(empty_band.ok());
  CHECK(has_code(empty_band.diagnostics, "no_band_data"));
}

TEST_CASE("company, role and a non-empty compensation are required") {
  CHECK(only_error(load_guide("---\nrole: x\ncompensation:\n  - region: A\n---\n")).message ==
        "company is missing: every guide names its company");
  CHECK(only_error(load_guide("---\ncompany: acme\ncompensation:\n  - region: A\n---\n")).message ==
        "role is missing: every guide names its role");
  CHECK(only_error(load_guide("---\ncompany: acme\nrole: x\ncompensation: []\n---\n")).code ==
        "missing_field");
  CHECK(only_error(load_guide("---\ncompany: acme\nrole: x\n---\n")).code == "missing_field");
  auto no_region = load_guide(guide_text("  - currency: EUR\n    base_low: 1\n    base_high: 2\n"));
  CHECK(find_code(no_region.diagnostics, "missing_field").message ==
        "compensation[0]: region is missing: every band names its region");
}

TEST_CASE("a field given twice and non-text keys are errors") {
  CHECK(only_error(load_guide("---\ncompany: a\ncompany: b\nrole: x\ncompensation: []\n---\n"))
            .code == "duplicate_field");
  CHECK(only_error(load_guide(guide_text(
                                             "  - region: Paris\n    currency: EUR\n",
                                         "? [a, b]\n: value\n")))
            .message.find("field names must be plain text") != std::string::npos);
}
