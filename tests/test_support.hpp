#pragma once

#include "offercheck/evaluation.hpp"
#include "offercheck/guide_loader.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace test_support {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string seeds_dir() { return OFFERCHECK_SEEDS_DIR; }

// The worked example: $150,000 base and 40,000 options at a $2
// strike, $10 a share today (worth $320,000 today).
inline offercheck::Terms options_offer() {
  offercheck::Terms t;
  t.base = 150000;
  t.options = 40000;
  t.strike = 2;
  t.share_price = 10;
  return t;
}

// The sample of the public corpus beside the checkout (../shared/corpus-sample);
// OFFERCHECK_CORPUS overrides it.
inline std::string corpus_dir() {
  const char* overridden = std::getenv("OFFERCHECK_CORPUS");
  return overridden ? overridden : OFFERCHECK_CORPUS_DIR;
}

// Whether the corpus sample is at `dir` to read. CI always has shared/ beside
// the checkout: there a missing corpus fails; elsewhere the test says NOT RUN.
inline bool corpus_present(const std::string& dir) {
  if (std::filesystem::is_directory(dir)) return true;
  REQUIRE_MESSAGE(std::getenv("CI") == nullptr, "the corpus sample is not at " << dir << " (set OFFERCHECK_CORPUS)");
  MESSAGE("NOT RUN: the corpus sample is not at " << dir << " (set OFFERCHECK_CORPUS)");
  return false;
}

inline offercheck::Guide load_seed(const std::string& company, const std::string& role) {
  auto report = offercheck::load_guide(read_file(seeds_dir() + "/" + company + "/" + role + ".md"));
  REQUIRE_MESSAGE(report.ok(), company << "/" << role << " does not load");
  return *report.guide;
}

// A minimal valid guide whose front-matter lines and body can be replaced.
inline std::string guide_text(const std::string& bands =
                                  "  - region: Paris\n"
                                  "    base_low: 75000\n"
                                  "    base_high: 102000\n"
                                  "    stock_low: 95000\n"
                                  "    stock_high: 180000\n"
                                  "    bonus_pct: null\n"
                                  "    total_comp_low: 99000\n"
                                  "    total_comp_high: 147000\n"
                                  "    currency: EUR\n",
                              const std::string& extra_fields = "",
                              const std::string& body = "Some guidance.\n") {
  return "---\ncompany: acme\nrole: engineer\n" + extra_fields + "compensation:\n" + bands +
         "---\n" + body;
}

inline bool has_code(const std::vector<offercheck::Diagnostic>& diagnostics,
                     const std::string& code) {
  for (const auto& d : diagnostics) {
    if (d.code == code) return true;
  }
  return false;
}

inline const offercheck::Diagnostic& find_code(
    const std::vector<offercheck::Diagnostic>& diagnostics, const std::string& code) {
  for (const auto& d : diagnostics) {
    if (d.code == code) return d;
  }
  FAIL("no diagnostic with code " << code);
  return diagnostics.front();
}

// The Hugging Face product-manager guide's own Paris example: an offer of
// €75,000 base and €95,000 stock, with Google Paris at €115,000 base and
// €85,000 a year in stock.
inline offercheck::EvaluateRequest paris_offer_with_google() {
  offercheck::EvaluateRequest r;
  r.region = "Paris";
  r.offer.base = 75000;
  r.offer.stock = 95000;
  offercheck::CompetingOffer google;
  google.name = "Google Paris";
  google.base = 115000;
  google.stock_per_year = 85000;
  r.competing.push_back(google);
  return r;
}

}  // namespace test_support
