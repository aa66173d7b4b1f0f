#pragma once

#include "offercheck/band.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/result.hpp"

#include "offercheck/json_value.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace offercheck {

// Where in a band (0 = low, 1 = high) the counter-offer and the accept-at
// floor aim. The defaults are fitted by scripts/calibrate on what the corpus
// sample's guides state as their own asks and floors (docs/ask-model.md,
// "Calibration"); sign-on, which few guides state, keeps the seeds' values.
struct AskParameters {
  double ask_base_position = 0.89;
  double ask_stock_position = 0.92;
  double ask_sign_on_position = 0.85;
  double floor_base_position = 0;
  double floor_stock_position = 0.57;
  double floor_sign_on_position = 0.30;
  // A floor is also at least this fraction above the band's low (but never
  // above the ask's aim): the guides' own floors sit a share above the bottom
  // of the band whatever its width (docs/ask-model.md, "Calibration").
  double floor_base_above_low = 0.11;
  double floor_stock_above_low = 0;
  double floor_sign_on_above_low = 0;
  // When the offer is already at or past the ask target, ask this fraction above it.
  double step_above_offer = 0.05;
  // Pre-IPO (illiquid) equity counts at (1 − this) of its face value when
  // offers are compared. Deliberately conservative; set your own.
  double illiquid_discount = 0.5;
  // Leverage never asks a sign-on above this share of the base, unless the
  // band states a sign-on range (then its top is the limit).
  double max_sign_on_share = 0.25;
};

std::optional<Error> check_parameters(const AskParameters& parameters);

// What answered a part of a proposal (docs/ask-model.md, "Which rule answers"):
// the guide's own figure for the band, the band rule, the offer on the table
// (an ask a step above it, a floor at it), or a competing offer (leverage).
// none: the part has no figure.
enum class Source { none, guide, band, offer, competing };
const char* source_name(Source source);

// One figure per part, in the band's currency.
struct Parts {
  std::optional<double> base;
  std::optional<double> stock;
  std::optional<double> sign_on;
};

struct Proposal {
  std::optional<double> base;
  std::optional<double> stock;
  std::optional<double> sign_on;
  // Why each part is what it is, in one line (JSON: reasons as text, reason_parts as phrases).
  Phrase base_reason;
  Phrase stock_reason;
  Phrase sign_on_reason;
  // What answered each part; total_comp is guide where the parts were made
  // to add up to the guide's own total comp.
  Source base_source = Source::none;
  Source stock_source = Source::none;
  Source sign_on_source = Source::none;
  Source total_comp_source = Source::band;
  // The band rule's own figure for each part (compute_asks alone): the
  // cross-check shown beside a figure the guide answered.
  Parts band_rule;
  // With the offer's own value for any part the proposal leaves open, and its bonus.
  // annual_total is total comp as bands count it (base + grant/4 + target bonus,
  // today's value); the others come from the proposal's years (years.hpp).
  double annual_total = 0;
  double year_one_total = 0;
  double four_year_total = 0;
  double four_year_risk_adjusted = 0;  // as packages are compared with competing offers
};

struct Asks {
  Proposal ask;    // the counter-offer
  Proposal floor;  // accept at or above this
};

// What is on the table for each part, as the asks read it (the one rule): the
// base; the grant's value today, none when no equity is entered; the sign-on,
// 0 when none is given.
Parts offered_parts(const Offer& offer);

// The ask for a part whose offer is already at or past its target (the band
// rule's aim or the guide's own ask): `step_above` (step_above_offer) above
// the offer, rounded up to a clean step, never below the offer.
double ask_above_offer(double offer, double step_above);

// The band rule: each part at its position in the band (or a step above an
// offer already past it), each floor at its position or share above the low.
Asks compute_asks(const Offer& offer, const Band& band, const AskParameters& parameters);

// Recomputes a proposal's totals after its parts changed.
void fill_totals(Proposal& proposal, const Offer& offer, double illiquid_discount);

void to_json(nlohmann::json& j, const AskParameters& parameters);
// Parameters from JSON: absent fields keep their defaults.
Result<AskParameters> ask_parameters_from_json(const JsonValue& j);
void to_json(nlohmann::json& j, const Proposal& proposal);

}  // namespace offercheck
