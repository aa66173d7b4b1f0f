#pragma once

#include "offercheck/ask.hpp"
#include "offercheck/comparison.hpp"
#include "offercheck/competing_offer.hpp"
#include "offercheck/decision.hpp"
#include "offercheck/equity.hpp"
#include "offercheck/fx.hpp"
#include "offercheck/years.hpp"
#include "offercheck/date.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/guide.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/result.hpp"
#include "offercheck/stated_comparison.hpp"

#include "offercheck/json_value.hpp"

#include <initializer_list>

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

struct EvaluateRequest {
  std::string region;
  Offer offer;
  AskParameters parameters;
  std::optional<Date> today;
  // Evaluate against `derive_from`'s band scaled by `factor` instead of the
  // region's own (for regions such as Remote Global that have no numbers).
  std::optional<DerivedFrom> derive;
  std::vector<CompetingOffer> competing;
  // Rate overrides: the value of one unit of a currency in the guide's.
  std::map<std::string, double> fx;
  // What has vested if the person leaves after this many months (if_you_leave).
  std::optional<int> leave_after_months;
};

// What a result says about the guide it came from.
struct GuideSummary {
  std::string id;  // guide_id: company/role
  std::string company;
  std::string company_display;
  std::string role;
  std::string role_display;
  std::optional<Date> last_updated;
  std::optional<std::string> salary_data_quarter;
  std::optional<Date> next_review_due;
  std::optional<std::string> data_quality;
  bool stale = false;  // next_review_due is before the request's today
};

struct Evaluation {
  GuideSummary guide;
  Band band;  // the band used: the region's own, or one derived from a reference
  Offer offer;
  Comparison comparison;
  Asks asks;
  YearView years;  // the offer, year by year, at its exit scenario
  EquityView equity;  // the offer's equity: kind, value today and at a range of exits
  std::vector<CompetingResult> competing;  // in the band's currency
  FxRates fx{""};
  std::vector<Diagnostic> warnings;
  AskParameters parameters;
  // The guide's own ask and floor for the band (its Negotiate Up Strategy)
  // beside the computed ones; none when it states none for it or the band is
  // derived.
  std::optional<StatedEvaluation> stated;
  // Break-even exit multiple and crossover year against the competing offers; none without them.
  std::optional<Decision> decision;
  std::optional<LeaveEarly> if_you_leave;  // when the request asks
};

// The guide's band for a region as a person names it (ignoring case and
// surrounding spaces: same_region), or an Error listing the guide's regions.
Result<const Band*> band_named(const Guide& guide, std::string_view region);

// Compares the offer with the region's band and computes the asks. An
// unknown region, an unusable offer or bad parameters end as an Error.
Result<Evaluation> evaluate(const Guide& guide, const EvaluateRequest& request);

// The offer ("this offer") and each competing offer by name, with their years.
std::vector<NamedYears> named_years(const Evaluation& evaluation);
// The risk-adjusted note for them (years.hpp).
Phrase risk_adjusted_note(const Evaluation& evaluation);

// A request from the JSON schema of docs/json.md; the Error names the field.
Result<EvaluateRequest> evaluate_request_from_json(const JsonValue& j,
                                                    std::initializer_list<const char*> also_known = {});

void to_json(nlohmann::json& j, const Evaluation& evaluation);

}  // namespace offercheck
