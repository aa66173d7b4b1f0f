#include "test_support.hpp"

#include "offercheck/guide_insights.hpp"

using namespace offercheck;

TEST_CASE("the level mapping as a list of equivalent levels") {
  Guide pm = test_support::load_seed("hugging-face", "product-manager");
  CHECK(equivalent_levels(*pm.level_mapping.raw) ==
        std::vector<std::string>{"HF Product Manager", "Google L4–L5 PM (Paris)", "Meta PM (IC5)",
                                 "Mistral AI PM", "Datadog Paris PM"});
  CHECK(equivalent_levels("| Adyen | Google | Meta |") == std::vector<std::string>{"Adyen", "Google", "Meta"});
  CHECK(equivalent_levels("Senior engineers at most companies").empty());
  CHECK(equivalent_levels("").empty());
}

TEST_CASE("the guide's own 4-year arithmetic is recomputed and flagged") {
  Guide pm = test_support::load_seed("hugging-face", "product-manager");
  auto claims = arithmetic_claims(pm);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].currency == "EUR");
  CHECK(claims[0].base == 115000);
  CHECK(claims[0].stock_per_year == 85000);
  CHECK(claims[0].stated_four_year == 455000);
  CHECK(claims[0].computed_four_year == 800000);
  CHECK_FALSE(claims[0].matches);
  CHECK(claims[0].line == 74);
  CHECK(claims[1].currency == "USD");
  CHECK(claims[1].computed_four_year == 4 * 235000 + 4 * 175000);

  Guide devops = test_support::load_seed("hugging-face", "devops-engineer");
  auto more = arithmetic_claims(devops);
  REQUIRE(more.size() == 2);
  CHECK(more[0].computed_four_year == 4 * 92000 + 4 * 55000);
  CHECK(more[0].stated_four_year == 312000);

  auto consistent = load_guide(test_support::guide_text(
      
          "  - region: Paris\n    base_low: 1\n    base_high: 2\n    currency: EUR\n",
      "", "An offer of €100K base with €50K/year RSUs. That's €600K over four years.\n"));
  auto ok_claims = arithmetic_claims(*consistent.guide);
  REQUIRE(ok_claims.size() == 1);
  CHECK(ok_claims[0].matches);
}

TEST_CASE("null-band regions get the range the guide states") {
  Guide pm = test_support::load_seed("hugging-face", "product-manager");
  auto hint = derivation_hint(pm, "Remote Global");
  REQUIRE(hint.has_value());
  CHECK(hint->reference == "New York");
  CHECK(hint->low_factor == doctest::Approx(0.6));
  CHECK(hint->high_factor == doctest::Approx(1.0));
  CHECK_FALSE(derivation_hint(pm, "Paris").has_value());
  auto insights = insights_json(pm);
  CHECK(insights["derivations"]["Remote Global"]["reference"] == "New York");
  CHECK(insights["claims"].size() == 2);
}

TEST_CASE("a claim recomputed is worded once, its amounts apart") {
  Guide pm = test_support::load_seed("hugging-face", "product-manager");
  auto claims = arithmetic_claims(pm);
  REQUIRE(!claims.empty());
  const Phrase sentence = claim_sentence(claims[0]);
  CHECK(sentence.text() ==
        "€115,000 base + €85,000/year over four years = €800,000; the guide says €455,000 (does not add up)");
  CHECK(sentence.pattern() == "{0} base + {1}/year over four years = {2}; the guide says {3} (does not add up)");
  nlohmann::json j = claims[0];
  CHECK(j["sentence"] == sentence.text());
  CHECK(j["sentence_parts"]["values"][3]["value"] == 455000);
}
