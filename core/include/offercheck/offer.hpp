#pragma once

#include "offercheck/terms.hpp"

#include <nlohmann/json_fwd.hpp>

namespace offercheck {

// The offer being evaluated, in its band's currency: its terms, read and
// checked as every offer's are (terms.hpp). A part not given counts as zero in
// its totals, and is "not entered" in its comparison (equity_entered,
// bonus_entered).
struct Offer : Terms {};

void to_json(nlohmann::json& j, const Offer& offer);

}  // namespace offercheck
