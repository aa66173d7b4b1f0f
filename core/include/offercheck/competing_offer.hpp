#pragma once

#include "offercheck/equity.hpp"
#include "offercheck/fx.hpp"
#include "offercheck/result.hpp"
#include "offercheck/terms.hpp"
#include "offercheck/years.hpp"

#include "offercheck/json_value.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace offercheck {

// Another offer the candidate holds, in its own currency: terms like the
// offer's (terms.hpp), a name and a currency.
struct CompetingOffer : Terms {
  std::string name;
  std::string currency;  // ISO 4217; empty: the guide's currency
};

// A missing name, an unknown currency, or terms check_terms refuses.
std::optional<Error> check_competing_offer(const CompetingOffer& offer);

// The offer in the guide's currency, as a package.
Result<Package> package_of(const CompetingOffer& offer, const FxRates& rates);

struct CompetingResult {
  CompetingOffer offer;
  double rate = 1;  // one unit of its currency in the guide's
  Package package;  // in the guide's currency
  YearView view;    // in the guide's currency
  EquityView equity;  // in the guide's currency
};

// From the JSON of docs/json.md (or its fields as typed text, see
// terms_from_json); the Error names the field by `path` ("competing[1].base",
// "--competing base").
Result<CompetingOffer> competing_offer_from_json(const JsonValue& j, const FieldPath& path,
                                                 Typed typed = Typed::numbers);

void to_json(nlohmann::json& j, const CompetingResult& result);

}  // namespace offercheck
