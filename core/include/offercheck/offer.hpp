#pragma once

#include "offercheck/terms.hpp"

#include <nlohmann/json_fwd.hpp>

namespace offercheck {

// The offer being evaluated, in its band's currency (a part not given counts
// as zero): its terms, read and checked as every offer's are (terms.hpp).
struct Offer : Terms {};

void to_json(nlohmann::json& j, const Offer& offer);

}  // namespace offercheck
