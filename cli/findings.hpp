#pragma once

#include "offercheck/diagnostic.hpp"

#include <cstddef>
#include <ostream>
#include <string>

namespace offercheck::cli {

// "FILE:LINE:COL: error|warning: message [code]", as validate and index print a finding.
void print_finding(std::ostream& out, const std::string& file, const Diagnostic& finding);

// "1 file", "2 files".
std::string plural(std::size_t n, const char* word);

// The value of --jobs: a whole number of threads from 1 to 256; empty gives default_jobs().
unsigned jobs_from_option(const std::string& value);

}  // namespace offercheck::cli
