#pragma once

#include "offercheck/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// How a stock grant vests: the percent of the grant that vests in each year.
struct Vesting {
  std::string name;  // "even", "cliff", "5/15/40/40", ...
  std::vector<double> yearly_percent;

  // The fraction of a grant vested in year `year` (1-based); 0 past the schedule.
  double fraction_in_year(int year) const;
};

// "even" or "25,25,25,25" (the default), "cliff" (a one-year cliff, then
// monthly: 25% a year), "5,15,40,40", "33,33,22,11", or any list of yearly
// percents (commas or slashes) summing to 100.
Result<Vesting> parse_vesting(std::string_view text);
Vesting even_vesting();

void to_json(nlohmann::json& j, const Vesting& vesting);

}  // namespace offercheck
