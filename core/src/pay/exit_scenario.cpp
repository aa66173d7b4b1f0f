#include "offercheck/exit_scenario.hpp"

#include <algorithm>

namespace offercheck {

double exit_price(const OptionGrant& options, const ExitScenario& exit) {
  return options.share_price * exit.price_factor();
}

double options_value(const OptionGrant& options, const ExitScenario& exit) {
  return options.shares * std::max(0.0, exit_price(options, exit) - options.strike);
}

double options_value_today(const OptionGrant& options) { return options_value(options, ExitScenario{}); }

}  // namespace offercheck
