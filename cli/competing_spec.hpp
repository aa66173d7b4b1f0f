#pragma once

#include "offercheck/competing_offer.hpp"

#include <string>

namespace offercheck::cli {

// "name=Google Paris,base=115000,stock_per_year=85000,currency=EUR,liquid=yes":
// the --competing syntax. A comma only separates when a key= follows, so
// names may hold commas; liquid is yes/no (or true/false). Everything else
// is the core's: the fields become the JSON of a competing offer, read by
// competing_offer_from_json (amounts as --base takes them, percents as
// --bonus-pct). Throws UsageError naming what is wrong.
CompetingOffer parse_competing_spec(const std::string& spec);

}  // namespace offercheck::cli
