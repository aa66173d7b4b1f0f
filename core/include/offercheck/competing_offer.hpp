#pragma once

#include "offercheck/fx.hpp"
#include "offercheck/result.hpp"
#include "offercheck/vesting.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace offercheck {

// Another offer the candidate holds, in its own currency.
struct CompetingOffer {
  std::string name;
  std::string currency;  // ISO 4217; empty: the guide's currency
  double base = 0;
  std::optional<double> stock;           // a grant, total
  std::optional<double> stock_per_year;  // or a yearly amount (a 4-year grant of 4×)
  std::optional<double> bonus_pct;
  std::optional<double> bonus;
  std::optional<double> sign_on;
  std::optional<double> refresh;
  Vesting vesting = even_vesting();
  bool liquid = true;
};

// Negative or non-finite amounts, a stock grant and a yearly amount together,
// a bonus percent and amount together, a missing name or unknown currency.
std::optional<Error> check_competing_offer(const CompetingOffer& offer);

// The offer in the guide's currency, as a package.
Result<Package> package_of(const CompetingOffer& offer, const FxRates& rates);

struct CompetingResult {
  CompetingOffer offer;
  double rate = 1;  // one unit of its currency in the guide's
  YearView view;    // in the guide's currency
};

// From the JSON of docs/json.md; the Error names the field ("competing[1].base").
Result<CompetingOffer> competing_offer_from_json(const nlohmann::json& j, const std::string& path);

void to_json(nlohmann::json& j, const CompetingResult& result);

}  // namespace offercheck
