#include "offercheck/stated_targets.hpp"

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <iostream>
#include <map>

using namespace offercheck;

namespace {

const char* kBands =
    "  - region: Paris\n    base_low: 75000\n    base_high: 102000\n    currency: EUR\n"
    "  - region: New York\n    base_low: 172000\n    base_high: 215000\n    currency: USD\n"
    "  - region: San Francisco Bay Area\n    base_low: 180000\n    base_high: 230000\n    currency: USD\n"
    "  - region: London\n    base_low: 90000\n    base_high: 120000\n    currency: GBP\n";

StatedTargets read(const std::string& strategy, const char* bands = kBands) {
  auto report = load_guide(test_support::guide_text(bands, "", "Intro.\n\n> **Negotiate Up Strategy:** " + strategy + "\n"));
  REQUIRE(report.ok());
  return stated_targets(*report.guide);
}

const StatedBand& band(const StatedTargets& t, const std::string& region) {
  for (const StatedBand& b : t.bands) {
    if (b.region == region) return b;
  }
  FAIL("nothing stated for " << region);
  return t.bands.front();
}

bool has(const StatedTargets& t, const std::string& region) {
  for (const StatedBand& b : t.bands) {
    if (b.region == region) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("stated targets: the seeds' own figures") {
  {
    const auto t = stated_targets(test_support::load_seed("hugging-face", "product-manager"));
    const auto& paris = band(t, "Paris");
    CHECK(paris.currency == "EUR");
    CHECK(paris.ask.base == 98000);
    CHECK(paris.ask.stock == 165000);
    CHECK(paris.ask.sign_on == 8000);
    CHECK(paris.floor.base == 82000);
    CHECK(paris.floor.stock == 135000);
    CHECK(paris.line == 78);
    CHECK(paris.region_inferred == false);
    CHECK(paris.text.find("My ask is") != std::string::npos);
    const auto& ny = band(t, "New York");
    CHECK(ny.ask.base == 210000);
    CHECK(ny.ask.stock == 280000);
    CHECK(ny.ask.sign_on == 20000);
    CHECK(ny.floor.base == 182000);
    CHECK(ny.floor.stock == 230000);
    CHECK(t.bands.size() == 2);
    CHECK(t.unread.empty());  // the competing €455K / $935K is no target
  }
  {
    const auto t = stated_targets(test_support::load_seed("hugging-face", "devops-engineer"));
    CHECK(band(t, "Paris").ask.base == 85000);
    CHECK(band(t, "Paris").ask.stock == 128000);
    CHECK(band(t, "Paris").floor.base == 70000);
    CHECK(band(t, "Paris").floor.stock == 100000);
    CHECK(band(t, "New York").ask.base == 192000);
    CHECK(band(t, "New York").ask.stock == 218000);
    CHECK(band(t, "New York").floor.base == 165000);
    CHECK(band(t, "New York").floor.stock == 175000);
    CHECK(t.unread.empty());
  }
  {
    const auto t = stated_targets(test_support::load_seed("huggingface-enterprise", "software-engineer"));
    REQUIRE(t.bands.size() == 1);
    const auto& b = t.bands.front();
    CHECK(b.currency == "USD");
    CHECK(b.region_inferred);
    CHECK(b.ask.base == 215000);
    CHECK(b.ask.stock == 242000);
    CHECK(b.ask.sign_on == 25000);
    CHECK_FALSE(b.floor.base);  // "My floor is $200K" names no part
    REQUIRE(t.unread.size() == 1);
    CHECK(t.unread[0].text == "$200K");
    CHECK(t.unread[0].reason == "no part named");
    // The Google and Anthropic offers are competing offers.
    CHECK(b.text.find("Google L4") == std::string::npos);
  }
}

TEST_CASE("stated targets: phrasings of the corpus") {
  SUBCASE("targeting and accept at, RSUs over 4 years") {
    auto t = read("\"I'm targeting $240K base and $80K RSUs over 4 years.\" Accept at $225K+ base and $70K+ RSUs.");
    const auto& ny = band(t, "New York");
    CHECK(ny.region_inferred);
    CHECK(ny.ask.base == 240000);
    CHECK(ny.ask.stock == 80000);
    CHECK(ny.floor.base == 225000);
    CHECK(ny.floor.stock == 70000);
    CHECK_FALSE(has(t, "San Francisco Bay Area"));
  }
  SUBCASE("open at, accept-at floor in total comp") {
    auto t = read("Open at $170,000 base with 1,400 RSUs. Your accept-at floor should be $235,000 total comp.");
    CHECK(band(t, "New York").ask.base == 170000);
    CHECK(band(t, "New York").floor.total_comp == 235000);
    CHECK(t.unread.empty());  // 1,400 RSUs are shares, not an amount
  }
  SUBCASE("parts added up: the sum is the total") {
    auto t = read("Accept-at floor: £70,000 base + £35,000 RSU = £105,000 total.");
    const auto& london = band(t, "London");
    CHECK(london.floor.base == 70000);
    CHECK(london.floor.stock == 35000);
    CHECK(london.floor.total_comp == 105000);
  }
  SUBCASE("anchor, walk-away, push for a range") {
    auto t = read("Anchor at $330K total compensation. Your walk-away floor is $300K TC. Push for $318K–$348K TC.");
    CHECK(band(t, "New York").ask.total_comp == 330000);  // the first figure for a part stands
    CHECK(band(t, "New York").floor.total_comp == 300000);
    auto r = read("Push for $318K–$348K TC. Accept at $300K–$310K TC.");
    CHECK(band(r, "New York").ask.total_comp == 333000);  // the midpoint
    CHECK(band(r, "New York").floor.total_comp == 300000);  // the low end
    CHECK(band(r, "New York").notes.size() == 2);
    CHECK(band(r, "New York").notes[0].text() == "the ask for total comp is the midpoint of $318,000–$348,000");
  }
  SUBCASE("I need base, equity per 4 years, signing bonus; my floor") {
    auto t = read("\"I need $365K base, $850K equity/4yr, and a $100K signing bonus. My floor is $340K base.\"");
    const auto& ny = band(t, "New York");
    CHECK(ny.ask.base == 365000);
    CHECK(ny.ask.stock == 850000);
    CHECK(ny.ask.sign_on == 100000);
    CHECK(ny.floor.base == 340000);
  }
  SUBCASE("a region named before the figures") {
    auto t = read("For London roles, open at £78,000 base. For NYC, open at $200K base.");
    CHECK(band(t, "London").ask.base == 78000);
    CHECK_FALSE(band(t, "London").region_inferred);
    CHECK(band(t, "New York").ask.base == 200000);
    CHECK_FALSE(band(t, "New York").region_inferred);
  }
  SUBCASE("per-year stock is a 4-year grant") {
    auto t = read("I'm targeting $200K base and $85K/year RSUs.");
    CHECK(band(t, "New York").ask.stock == 340000);
    REQUIRE(band(t, "New York").notes.size() == 1);
    CHECK(band(t, "New York").notes[0].text().find("× 4") != std::string::npos);
  }
  SUBCASE("regions in parentheses, two currencies") {
    auto t = read("Your accept-at floor should be £102,000 base / £60,000 RSU (London) or $200,000 / $120,000 RSU "
                  "(San Francisco).");
    CHECK(band(t, "London").floor.base == 102000);
    CHECK(band(t, "London").floor.stock == 60000);
    const auto& sf = band(t, "San Francisco Bay Area");
    CHECK(sf.floor.base == 200000);
    CHECK(sf.floor.stock == 120000);
    CHECK_FALSE(sf.region_inferred);
    CHECK_FALSE(has(t, "New York"));
  }
  SUBCASE("a two-currency pair maps each currency to its band") {
    auto t = read("My ask is €98K / £95K base.", 
                  "  - region: Paris\n    base_low: 75000\n    base_high: 102000\n    currency: EUR\n"
                  "  - region: London\n    base_low: 90000\n    base_high: 120000\n    currency: GBP\n");
    CHECK(band(t, "Paris").ask.base == 98000);
    CHECK(band(t, "London").ask.base == 95000);
    CHECK_FALSE(band(t, "London").region_inferred);
  }
  SUBCASE("Canadian dollars") {
    auto t = read("For Toronto, open at C$160,000 base.",
                  "  - region: Toronto\n    base_low: 140000\n    base_high: 170000\n    currency: CAD\n");
    CHECK(band(t, "Toronto").ask.base == 160000);
  }
}

TEST_CASE("stated targets: what is not the guide's ask") {
  auto t = read("I have an offer from Google at $385K TC. Plaid will counter at $260K-$300K base. "
                "Ask for 0.05% of shares. Security companies offer $260K-$350K TC.");
  CHECK(t.bands.empty());
  CHECK(t.unread.empty());
  CHECK(t.has_strategy);
  // Changes to a figure are not targets: "$14K-$22K base lift", "$20K more equity".
  auto lift = read("Target $255K-$292K TC by combining a competing offer ($14K-$22K base lift), "
                   "framing ($12K-$20K RSU uplift) and asking for $20K more equity.");
  CHECK(band(lift, "New York").ask.total_comp == 273500);
  CHECK_FALSE(band(lift, "New York").ask.base.has_value());
  CHECK_FALSE(band(lift, "New York").ask.stock.has_value());
  CHECK(lift.unread.empty());
  // A part named before another item of a list is not the amount's.
  auto allowance = read("Target $255K TC by negotiating USD-denominated RSUs and a housing allowance of $8K-$15K.");
  CHECK_FALSE(band(allowance, "New York").ask.stock.has_value());
  CHECK(allowance.unread.size() == 1);
  // Indian figures in rupees: grouping in lakhs, and L for lakh.
  auto rupees = read("In Mumbai, open at ₹25,00,000 base / ₹12,00,000 RSU and accept no lower than ₹18L / ₹7L RSU.",
                     "  - region: Mumbai\n    base_low: 1800000\n    base_high: 2800000\n    currency: INR\n");
  CHECK(band(rupees, "Mumbai").ask.base == 2500000);
  CHECK(band(rupees, "Mumbai").ask.stock == 1200000);
  CHECK(band(rupees, "Mumbai").floor.base == 1800000);
  CHECK(band(rupees, "Mumbai").floor.stock == 700000);
  auto u = read("\"I'd like $250K base.\" Plaid will counter at $230K base — accept at $240K+ base.");
  CHECK(band(u, "New York").ask.base == 250000);
  CHECK(band(u, "New York").floor.base == 240000);
}

TEST_CASE("stated targets: amounts that cannot be placed are reported") {
  auto t = read("My ask is ¥30M base. My floor is $200K. I'm targeting CHF 200K base (London).");
  REQUIRE(t.unread.size() == 2);
  CHECK(t.unread[0].text == "$200K");
  CHECK(t.unread[0].reason == "no part named");
  CHECK(t.unread[0].line > 0);
  CHECK(t.unread[1].text == "CHF 200K");
  CHECK(t.unread[1].reason == "currency CHF does not match London's band (GBP)");
  auto u = read("My ask is CHF 98K base.");
  REQUIRE(u.unread.size() == 1);
  CHECK(u.unread[0].reason == "currency CHF matches no region of this guide");
}

TEST_CASE("stated targets: stated_for matches the band by region") {
  const Guide guide = test_support::load_seed("hugging-face", "product-manager");
  const auto t = stated_targets(guide);
  Band paris = *guide.find_band("paris");
  REQUIRE(stated_for(t, paris));
  CHECK(stated_for(t, paris)->ask.base == 98000);
  paris.region = " PARIS ";
  CHECK(stated_for(t, paris));
  paris.derived_from = DerivedFrom{"New York", 0.5};
  CHECK_FALSE(stated_for(t, paris));
}

TEST_CASE("stated targets: the corpus sample") {
  namespace fs = std::filesystem;
  const std::string dir = test_support::corpus_dir();
  if (!test_support::corpus_present(dir)) return;
  int guides = 0, with_strategy = 0, stating = 0, with_unread = 0;
  std::map<std::string, int> parts;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    auto report = load_guide(test_support::read_file(entry.path().string()));
    if (!report.ok()) continue;
    ++guides;
    StatedTargets t;
    CHECK_NOTHROW(t = stated_targets(*report.guide));
    with_strategy += t.has_strategy;
    stating += !t.bands.empty();
    with_unread += !t.unread.empty();
  }
  std::cout << "stated targets over the corpus sample: " << guides << " guides, " << with_strategy
            << " with a strategy, " << stating << " stating figures, " << with_unread
            << " with amounts not read\n";
  CHECK(stating * 10 >= with_strategy * 8);
}
