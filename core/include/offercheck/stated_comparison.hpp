#pragma once

// The band rule's ask and floor (Proposal::band_rule) beside the figures the
// guide states for the same band (stated_targets.hpp): how far apart they
// are, part by part. Where the guide's figure is usable it is the answer
// (pay/guide_asks.hpp); this is the cross-check shown beside it.

#include "offercheck/ask.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/stated_targets.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace offercheck {

// Computed and stated figures "differ" when a part is more than this fraction
// of the stated figure apart: |computed − stated| / stated > 5%. Below it the
// gap is the rounding of either side (money.hpp's clean steps are up to 5%).
inline constexpr double kStatedTolerance = 0.05;

// Whether a part's difference is more than the tolerance (false when either side is missing).
inline bool is_apart(const std::optional<double>& difference) {
  return difference && (*difference > kStatedTolerance || *difference < -kStatedTolerance);
}

// (computed − stated) / stated per part; none where either side is missing.
struct PartDifferences {
  std::optional<double> base;
  std::optional<double> stock;
  std::optional<double> sign_on;
};

struct StatedComparison {
  PartDifferences ask;
  PartDifferences floor;
  bool differs = false;  // some |difference| > kStatedTolerance
  // One per part that differs: "The guide's floor for base is €82,000; the
  // band rule's floor is €77,000 (6% below)".
  std::vector<Phrase> notes;
};

// Compares each proposal's band_rule figures with the guide's.
StatedComparison compare_with_stated(const Asks& computed, const StatedBand& stated);

// What an evaluation says of the guide's own figures for its band.
struct StatedEvaluation {
  StatedBand stated;
  StatedComparison comparison;
};

void to_json(nlohmann::json& j, const PartDifferences& differences);
void to_json(nlohmann::json& j, const StatedComparison& comparison);

}  // namespace offercheck
