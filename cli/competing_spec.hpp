#pragma once

#include "offercheck/competing_offer.hpp"

#include <string>

namespace offercheck::cli {

// "name=Google Paris,base=115000,stock_per_year=85000,currency=EUR,liquid=yes":
// keys name, base, stock, stock_per_year, bonus_pct, bonus, sign_on, refresh,
// currency, liquid (yes/no), vesting (5/15/40/40 or cliff). Amounts as
// --base takes them. A comma only separates when a key= follows, so names
// may hold commas. Throws UsageError naming what is wrong.
CompetingOffer parse_competing_spec(const std::string& spec);

}  // namespace offercheck::cli
