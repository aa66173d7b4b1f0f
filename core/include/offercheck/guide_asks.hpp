#pragma once

// The guide's word first (docs/ask-model.md, "Which rule answers"): where the
// guide states an ask or a floor for a part of the chosen band, that figure is
// the answer for the part, and the band rule's figure stays beside it as the
// cross-check (Proposal::band_rule). evaluate() calls it between the band
// rule (compute_asks) and leverage; offercheck asks, to count which rule
// answers over a corpus.

#include "offercheck/ask.hpp"
#include "offercheck/band.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/stated_figures.hpp"

#include <optional>

namespace offercheck {

// Why a figure the guide states cannot be this band's: it lies outside the
// band's range for the part by more than the range's own width (a range of
// one point is given kStatedTolerance of its value as width), or the band has
// no range for the part to check it against. None when it can be used. (A
// sign-on, which few bands range, is checked without a range against the cap
// leverage puts on sign-ons: max_sign_on_share of the base band's top.)
std::optional<Phrase> unusable_stated(double stated, const Range& range, const Band& band, const char* part);

// Puts the guide's own figures for `band` in place of the band rule's in
// `asks` (computed by compute_asks for the same offer and band):
// - a stated part that is usable is the answer (source guide); an offer
//   already at or past the guide's ask is asked a step above (never an ask
//   below the offer), and a floor is never below what is on the table
//   (source offer);
// - a stated total comp with no usable part of its own is met by scaling the
//   parts the band rule answered, so that the proposal's total comp is the
//   guide's (total_comp_source guide);
// - a floor above its ask raises the ask to it;
// - a figure that cannot be used leaves the band rule's, and the reason says why.
// Totals are recomputed.
void answer_with_stated(Asks& asks, const Offer& offer, const Band& band, const StatedBand& stated,
                        const AskParameters& parameters);

}  // namespace offercheck
