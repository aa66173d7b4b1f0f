#pragma once

// What offercheck reads out of a guide's text, beyond its front matter.

#include "offercheck/guide.hpp"
#include "offercheck/phrase.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

// "HF Product Manager = Google L4–L5 PM (Paris) = Meta PM (IC5) = …. Paris PM
// bands…" -> {"HF Product Manager", "Google L4–L5 PM (Paris)", "Meta PM (IC5)", …}:
// the first sentence of level_mapping.raw split at " = " (or a table header
// row split at "|").
std::vector<std::string> equivalent_levels(const std::string& raw);

// A 4-year figure the guide states for a competing offer ("€115K base with
// €85K/year RSUs. That's €455K guaranteed over four years"), next to what
// those parts add up to (4 × base + 4 × yearly stock).
struct ArithmeticClaim {
  int line = 0;
  std::string text;
  std::string currency;
  double base = 0;
  double stock_per_year = 0;
  double stated_four_year = 0;
  double computed_four_year = 0;
  bool matches = false;  // within 2%
};
std::vector<ArithmeticClaim> arithmetic_claims(const Guide& guide);
// "€115,000 base + €85,000/year over four years = €800,000; the guide says
// €455,000 (does not add up)": the claim recomputed, in words.
Phrase claim_sentence(const ArithmeticClaim& claim);

// "Varies by location (60–100% of NYC)": how the guide says a region without
// numbers relates to another.
struct DerivationHint {
  std::string reference;  // a region of the guide
  double low_factor = 0;
  double high_factor = 0;
  int line = 0;
};
std::optional<DerivationHint> derivation_hint(const Guide& guide, const std::string& region);

// {levels, claims, derivations: {region: hint}} for a guide.
nlohmann::json insights_json(const Guide& guide);

void to_json(nlohmann::json& j, const ArithmeticClaim& claim);
void to_json(nlohmann::json& j, const DerivationHint& hint);

}  // namespace offercheck
