#pragma once

// The bodies of the fuzz targets, shared by the libFuzzer mains and by the
// regression test that replays every saved finding
// (tests/fuzz_regressions/<target>/). Each one aborts on a broken promise:
// an exception escaping, output that is not valid JSON, a money amount
// outside what the parser allows.

#include <string_view>

namespace offercheck::fuzz {

void guide_target(std::string_view data);        // load, validate, evaluate, script, JSON
void money_input_target(std::string_view data);  // parse_money
void evaluate_target(std::string_view data);     // the JSON API's evaluate and script

}  // namespace offercheck::fuzz
