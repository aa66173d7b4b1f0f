#pragma once

#include "offercheck/date.hpp"

#include <string>

namespace offercheck::cli {

// --today's date when given (UsageError if malformed), else the local date.
Date today_from_option(const std::string& value);

}  // namespace offercheck::cli
