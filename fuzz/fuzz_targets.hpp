#pragma once

// The bodies of the fuzz targets, shared by the libFuzzer mains and by the
// regression test that replays every saved finding
// (tests/fuzz_regressions/<target>/). Each one aborts on a broken promise:
// an exception escaping, output that is not valid JSON, a money amount
// outside what the parser allows, a figure outside its text.

#include <string_view>

namespace offercheck::fuzz {

void guide_target(std::string_view data);        // load, validate, evaluate, script, JSON
void money_input_target(std::string_view data);  // parse_money
void evaluate_target(std::string_view data);     // the JSON API's evaluate and script
void offer_letter_target(std::string_view data);  // read_offer_letter and its JSON, with and without a default currency
void prose_amounts_target(std::string_view data); // prose_amounts and prose_numbers, in every style

}  // namespace offercheck::fuzz
