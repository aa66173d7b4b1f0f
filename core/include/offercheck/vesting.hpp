#pragma once

#include "offercheck/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// How often a grant vests within each year of its schedule: at each
// anniversary, every quarter or every month.
enum class Cadence { yearly, quarterly, monthly };

// How a stock grant vests: the percent of the grant that vests in each year,
// released at the schedule's cadence, nothing before the cliff (then what the
// cliff held back, at once), counted from a start some months after joining.
struct Vesting {
  std::string name;  // "even", "cliff", "monthly", "5/15/40/40", ...
  std::vector<double> yearly_percent;
  Cadence cadence = Cadence::yearly;
  int cliff_months = 0;  // months from the start before anything vests
  int start_months = 0;  // months after joining when the vesting clock starts; negative: credited

  // The fraction of a grant vested `months` after its clock started.
  double vested_after(int months) const;
  // The fraction of the initial grant vested at the end of month `month` after joining.
  double vested_by_month(int month) const { return vested_after(month - start_months); }
  // The fraction of the initial grant that vests in year `year` after joining (1-based).
  double fraction_in_year(int year) const;
  // The same for a grant made at the start of year `granted` (a refresh),
  // on this schedule with its clock starting then.
  double fraction_in_year(int year, int granted) const;
};

// Every monthly or quarterly schedule starts with this cliff unless told otherwise.
constexpr int kDefaultCliffMonths = 12;
constexpr int kMaxCliffMonths = 48;
constexpr int kMaxVestingStartMonths = 48;

// "even" or "25,25,25,25" (the default, yearly), "monthly" and "quarterly"
// (a quarter a year with a 12-month cliff), "cliff" (the same as monthly),
// "5,15,40,40", "33,33,22,11", or any list of yearly percents (commas or
// slashes) summing to 100, vesting at each anniversary unless followed by
// "monthly" or "quarterly" ("5,15,40,40 quarterly").
Result<Vesting> parse_vesting(std::string_view text);
Vesting even_vesting();

// The cliff and the start, checked: a cliff only on a monthly or quarterly
// schedule, 0 to 48 months; a start within 48 months either way. Messages
// name the field by `cliff_name` and `start_name`.
std::optional<Error> check_vesting(const Vesting& vesting, const std::string& cliff_name,
                                   const std::string& start_name);

const char* cadence_name(Cadence cadence);

void to_json(nlohmann::json& j, const Vesting& vesting);

}  // namespace offercheck
