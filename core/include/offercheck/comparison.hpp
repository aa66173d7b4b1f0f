#pragma once

#include "offercheck/band.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/total_comp.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

// not_entered: the offer leaves the part empty (Terms::equity_entered,
// bonus_entered), so it has no place in the band; no_data, when the band has
// no range for the part, comes first.
enum class Status { below, within, above, no_data, not_entered };

struct ComponentComparison {
  std::string name;  // base | stock | bonus | total_comp
  std::optional<double> offer;  // none when not entered
  std::optional<double> low;
  std::optional<double> high;
  // (offer − low) / (high − low), unclamped; absent without data, when
  // low == high, or when not entered.
  std::optional<double> position;
  Status status = Status::no_data;
  // The parts of this figure the offer left empty: the part itself when not
  // entered; for total_comp, the parts it was computed without ("stock",
  // "bonus"), counted as 0.
  std::vector<std::string> not_entered;
};

struct Comparison {
  std::vector<ComponentComparison> components;  // base, stock, bonus, total_comp
  Totals totals;  // the offer's annual average, year one and four-year totals
};

Comparison compare_offer(const Offer& offer, const Band& band);
// An amount against its band range; an offer of none is a part not entered.
ComponentComparison compare_amount(std::string name, std::optional<double> offer, const Range& band);

const char* status_name(Status status);
void to_json(nlohmann::json& j, const ComponentComparison& component);

}  // namespace offercheck
