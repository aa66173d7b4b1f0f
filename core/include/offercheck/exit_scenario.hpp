#pragma once

// What equity is worth when it can be sold: options against their strike,
// any grant at the company's exit price (docs/ask-model.md, "Equity").

#include <optional>

namespace offercheck {

// A number of option shares bought at a strike, priced today at
// share_price (preferred or 409A: the user's choice). Prices per share.
struct OptionGrant {
  double shares = 0;
  double strike = 0;
  double share_price = 0;
};

// An exit: the share price as a multiple of today's, after the total dilution
// (a fraction) until then. The default is today's price, undiluted.
struct ExitScenario {
  double multiple = 1;
  double dilution = 0;

  // The exit price per share of today's price: multiple × (1 − dilution).
  double price_factor() const { return multiple * (1 - dilution); }
};

// The exit multiples every result shows the equity at, so a person sees the range.
inline constexpr double kScenarioMultiples[] = {0, 0.5, 1, 2, 5, 10};

// The price per share at the exit.
double exit_price(const OptionGrant& options, const ExitScenario& exit);
// shares × max(0, exit price − strike): options under water are worth nothing.
double options_value(const OptionGrant& options, const ExitScenario& exit);
// Their value today: shares × max(0, share price − strike).
double options_value_today(const OptionGrant& options);

}  // namespace offercheck
