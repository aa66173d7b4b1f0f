#pragma once

#include "offercheck/ask.hpp"
#include "offercheck/band.hpp"
#include "offercheck/competing_offer.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/offer.hpp"

#include <vector>

namespace offercheck {

// Competing offers as leverage. When the best competing offer's 4-year value
// (risk-adjusted, in the guide's currency) beats the ask's, the ask rises
// toward it: base first, up to the top of its band; the rest of the gap goes
// to stock (up to the top of its band), then to a sign-on bonus, each reason
// naming the offer. The floor rises the same way to the best competing
// offer's value, never above the ask. Returns warnings where the floor still
// falls short of a competing offer over four years or in year one.
std::vector<Diagnostic> apply_leverage(Asks& asks, const Offer& offer, const Band& band,
                                       const AskParameters& parameters,
                                       const std::vector<CompetingResult>& competing);

}  // namespace offercheck
