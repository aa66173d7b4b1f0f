#pragma once

#include "offercheck/result.hpp"
#include "offercheck/vesting.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace offercheck {

// An offer in the band's currency. A part not given counts as zero.
struct Offer {
  double base = 0;
  std::optional<double> stock;      // 4-year grant total
  std::optional<double> bonus_pct;  // annual target, percent of base
  std::optional<double> bonus;      // annual amount (instead of bonus_pct)
  std::optional<double> sign_on;    // one-time
  Vesting vesting = even_vesting();  // of the stock grant
  std::optional<double> refresh;    // yearly refresh grant, from year 2
  bool liquid = true;               // false for pre-IPO equity

  double bonus_amount() const;
  // The offer as a package, with another base (an ask's) when given: a
  // percent bonus follows the base.
  Package package(std::optional<double> base = std::nullopt,
                  std::optional<double> stock = std::nullopt,
                  std::optional<double> sign_on_override = std::nullopt) const;
};

// Why an offer cannot be evaluated (negative or non-finite parts, both a
// bonus percent and a bonus amount); nullopt when it can.
std::optional<Error> check_offer(const Offer& offer);

void to_json(nlohmann::json& j, const Offer& offer);

}  // namespace offercheck
