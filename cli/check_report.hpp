#pragma once

#include "offercheck/evaluation.hpp"

#include <string>

namespace offercheck::cli {

// The readable table `offercheck check` prints.
std::string render_check_report(const Evaluation& evaluation, const Guide& guide);

}  // namespace offercheck::cli
