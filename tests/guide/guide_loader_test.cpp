#include "test_support.hpp"

#include "offercheck/guide_loader.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;
using test_support::guide_text;
using test_support::has_code;

TEST_CASE("a guide's fields, bands and sections are read") {
  auto report = load_guide(guide_text(
      "  - region: Paris\n"
      "    base_low: 75000\n"
      "    base_high: 102000\n"
      "    stock_low: 95000\n"
      "    stock_high: 180000\n"
      "    bonus_pct: 10\n"
      "    signing_bonus_low: 8000\n"
      "    signing_bonus_high: 16000\n"
      "    total_comp_low: 106000\n"
      "    total_comp_high: 157000\n"
      "    currency: EUR\n"
      "  - region: London\n"
      "    base_low: 90000\n"
      "    base_high: 130000\n"
      "    bonus_low: 15000\n"
      "    bonus_high: 30000\n"
      "    total_comp_low: null\n"
      "    total_comp_high: null\n"
      "    currency: GBP\n",
      "company_display: Acme Corp\nrole_type: standard\nlast_updated: 2026-02-23\n"
      "data_quality: high\nsalary_data_quarter: 2025-Q4\nnext_review_due: 2026-05-23\n"
      "level_mapping:\n  internal: null\n  raw: Acme L4 = Google L4\n"
      "data_sources:\n  - Levels.fyi\n  - Blind\n"
      "negotiation_dna_summary: \"Base | Equity\"\n",
      "**Global Levers**\n1. lever\n"));
  REQUIRE(report.ok());
  const Guide& g = *report.guide;
  CHECK(g.company == "acme");
  CHECK(g.company_display == "Acme Corp");
  CHECK(g.role_display == "engineer");
  CHECK(g.role_type == std::optional<std::string>("standard"));
  CHECK(g.last_updated->to_string() == "2026-02-23");
  CHECK(g.next_review_due->to_string() == "2026-05-23");
  CHECK(g.level_mapping.raw == std::optional<std::string>("Acme L4 = Google L4"));
  CHECK_FALSE(g.level_mapping.internal.has_value());
  CHECK(g.data_sources == std::vector<std::string>{"Levels.fyi", "Blind"});
  REQUIRE(g.compensation.size() == 2);
  const Band& paris = g.compensation[0];
  CHECK(*paris.base.low == 75000);
  CHECK(*paris.stock.high == 180000);
  CHECK(*paris.bonus_pct == 10);
  CHECK(*paris.signing_bonus.low == 8000);
  CHECK(*paris.bonus_amounts().low == 7500);
  CHECK(*paris.bonus_amounts().high == 10200);
  CHECK(paris.at.line == 18);
  const Band& london = g.compensation[1];
  CHECK(*london.bonus_amounts().low == 15000);
  CHECK(london.total_comp.is_empty());
  CHECK(london.stock.is_empty());
  REQUIRE(g.sections.size() == 1);
  CHECK(g.sections[0].title == "Global Levers");
  CHECK(g.sections[0].line == g.body_line);
  CHECK(g.position_of("compensation[1].base_low").line == 30);
  CHECK(g.position_of("compensation[1].base_low").column == 15);
}

TEST_CASE("regions are found ignoring case and surrounding spaces") {
  auto report = load_guide(guide_text());
  REQUIRE(report.ok());
  CHECK(report.guide->find_band("paris") != nullptr);
  CHECK(report.guide->find_band(" PARIS ") != nullptr);
  CHECK(report.guide->find_band("Pari") == nullptr);
}

TEST_CASE("a BOM and CRLF line endings load with the same lines") {
  std::string text = guide_text();
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto report = load_guide(crlf);
  REQUIRE(report.ok());
  CHECK(report.guide->compensation[0].region == "Paris");
  CHECK(report.guide->body == "Some guidance.\n");
}

TEST_CASE("the report serializes as {ok, guide, error, diagnostics}") {
  nlohmann::json good = load_guide(guide_text());
  CHECK(good["ok"] == true);
  CHECK(good["guide"]["company"] == "acme");
  CHECK(good["guide"]["compensation"][0]["base"]["low"] == 75000);
  CHECK(good["guide"]["sections"].is_array());
  CHECK_FALSE(good.contains("error"));

  nlohmann::json bad = load_guide("no front matter");
  CHECK(bad["ok"] == false);
  CHECK(bad["guide"].is_null());
  CHECK(bad["error"]["line"] == 1);
  CHECK(bad["error"]["column"] == 1);
  CHECK(bad["error"]["message"].get<std::string>().find("no front matter") == 0);
  CHECK(bad["diagnostics"][0]["severity"] == "error");
  CHECK(bad["diagnostics"][0]["code"] == "front_matter");
}

TEST_CASE("diagnostics come in file order") {
  auto report = load_guide(guide_text("  - region: Paris\n    currency: EUR\n    base_low: 1\n"
                                       "    base_high: 2\n    bogus: 1\n",
                                       "role_type: odd\n"));
  for (std::size_t i = 1; i < report.diagnostics.size(); ++i) {
    CHECK(report.diagnostics[i - 1].at.line <= report.diagnostics[i].at.line);
  }
  CHECK(has_code(report.diagnostics, "unknown_role_type"));
  CHECK(has_code(report.diagnostics, "unknown_field"));
}

TEST_CASE("check_guide finds what load_guide finds, without the parts for calculating") {
  const ValidationOptions options{parse_date("2027-01-01")};
  for (const std::string& text :
       {guide_text(), guide_text("  - region: Paris\n    currency: EUR\n    base_low: 1\n"
                                 "    base_high: 2\n    bogus: 1\n", "role_type: odd\n"),
        std::string("---\ncompany: a\ncompany: b\n---\n"), std::string("no front matter\n"),
        std::string("---\ncompany: [unclosed\n---\n")}) {
    const GuideReport report = load_guide(text, options);
    const std::vector<Diagnostic> found = check_guide(text, options);
    REQUIRE(found.size() == report.diagnostics.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      CHECK(found[i].code == report.diagnostics[i].code);
      CHECK(found[i].message == report.diagnostics[i].message);
      CHECK(found[i].at.line == report.diagnostics[i].at.line);
      CHECK(found[i].at.column == report.diagnostics[i].at.column);
    }
    CHECK(has_errors(found) == !report.ok());
  }
  // load_guide still derives the sections and stated targets.
  const GuideReport loaded = load_guide(guide_text(
      "  - region: Paris\n    currency: EUR\n    base_low: 75000\n    base_high: 102000\n", "",
      "## Levers\n\nAsk for more.\n"));
  REQUIRE(loaded.ok());
  CHECK_FALSE(loaded.guide->sections.empty());
}
