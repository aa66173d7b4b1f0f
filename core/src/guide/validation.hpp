#pragma once

#include "offercheck/band.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/guide.hpp"
#include "offercheck/guide_loader.hpp"

#include <vector>

namespace offercheck {

// What is wrong or doubtful in a guide that parsed: errors make it unusable
// for a calculation, warnings are what a careful reader should know.
std::vector<Diagnostic> validate_guide(const Guide& guide, const ValidationOptions& options);

// The checks of one band, as validate_guide runs them for each region; without
// an index (a derived band) the findings carry no position.
std::vector<Diagnostic> validate_band(const Guide& guide, const Band& band,
                                      std::optional<std::size_t> index,
                                      const ValidationOptions& options);

// The staleness check alone, for a date the caller chooses.
std::optional<Diagnostic> stale_warning(const Guide& guide, const Date& today);

}  // namespace offercheck
