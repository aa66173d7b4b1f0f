#pragma once

// The ask and floor a guide states in its own words: the "Negotiate Up
// Strategy" paragraph ("My ask is €98K / $210K base … My accept-at floor is
// €82K / $182K base"), read from the section's plain text when the guide is
// read (load_guide sets Guide::stated); compiled guides carry what was read,
// so the page's calculation module needs no reader.

#include "offercheck/band.hpp"
#include "offercheck/guide.hpp"
#include "offercheck/stated_figures.hpp"

namespace offercheck {

// Reads the guide's sections and bands (about 30 µs for a corpus guide).
StatedTargets stated_targets(const Guide& guide);

}  // namespace offercheck
