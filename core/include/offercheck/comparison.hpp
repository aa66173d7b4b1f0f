#pragma once

#include "offercheck/band.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/total_comp.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

enum class Status { below, within, above, no_data };

struct ComponentComparison {
  std::string name;  // base | stock | bonus | total_comp
  double offer = 0;
  std::optional<double> low;
  std::optional<double> high;
  // (offer − low) / (high − low), unclamped; absent without data or when
  // low == high.
  std::optional<double> position;
  Status status = Status::no_data;
};

struct Comparison {
  std::vector<ComponentComparison> components;  // base, stock, bonus, total_comp
  Totals totals;  // the offer's annual average, year one and four-year totals
};

Comparison compare_offer(const Offer& offer, const Band& band);
ComponentComparison compare_amount(std::string name, double offer, const Range& band);

const char* status_name(Status status);
void to_json(nlohmann::json& j, const ComponentComparison& component);

}  // namespace offercheck
