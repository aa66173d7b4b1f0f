#pragma once

// Two decision helpers against competing offers: the exit multiple at which
// this offer's 4-year total equals another's (break-even), and the year in
// which the cumulative totals cross (docs/ask-model.md, "Decision").

#include "offercheck/competing_offer.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

struct OfferDecision {
  std::string name;  // the competing offer compared with
  // The exit multiple (of today's share price, at the offer's dilution) at
  // which this offer's 4-year total equals the competing one's; none when
  // this offer wins or loses at any exit, and the note says which.
  std::optional<double> breakeven_exit_multiple;
  Phrase breakeven_note;
  // The first year (2 to 4) whose cumulative totals put the other offer
  // ahead; none when the same offer leads every year.
  std::optional<int> crossover_year;
  Phrase crossover_note;
};

struct Decision {
  std::string compared_with;  // the competing offer with the highest 4-year total
  std::vector<OfferDecision> offers;  // one per competing offer, in their order

  const OfferDecision& headline() const;
};

// Multiples above this are not exits: a break-even past it is "none".
constexpr double kMaxBreakevenMultiple = 1000;

// None without competing offers. `offer` is this offer's package and `years`
// its view at its exit; the competing offers' views are at their own exits.
std::optional<Decision> decide(const Package& offer, const YearView& years,
                               const std::vector<CompetingResult>& competing, double illiquid_discount,
                               const std::string& currency);

void to_json(nlohmann::json& j, const Decision& decision);

}  // namespace offercheck
