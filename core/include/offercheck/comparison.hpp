#pragma once

#include "offercheck/band.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/phrase.hpp"
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

// How far an offer outside its band lies from the band's nearest end: its
// low when below, its high when above.
struct Outside {
  double amount = 0;  // |offer − that end|, in the band's currency
  // amount / that end (0.70 is 70% above the top); none when the end is not above 0.
  std::optional<double> fraction;
};

struct ComponentComparison {
  std::string name;  // base | stock | bonus | total_comp
  std::optional<double> offer;  // none when not entered
  std::optional<double> low;
  std::optional<double> high;
  // (offer − low) / (high − low), unclamped; absent without data, when
  // low == high, or when not entered.
  std::optional<double> position;
  // Set only when the status is below or above (a one-point band too).
  std::optional<Outside> outside;
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
// Where the offer sits, in words: "74% into the band", "€62,000 (70%) above
// the top of the band", "€5,000 (6%) below the bottom of the band", "at the
// band's single point"; the share left out when it rounds to 0% ("€250 below
// the bottom of the band"); empty without data or when not entered.
Phrase position_phrase(const ComponentComparison& component, const std::string& currency);
void to_json(nlohmann::json& j, const ComponentComparison& component);

}  // namespace offercheck
