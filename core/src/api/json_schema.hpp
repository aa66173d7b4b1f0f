#pragma once

// The JSON schema of docs/json.md, written once per type: each write_json
// lives beside its type (band.cpp, offer.cpp, ...) and the type's nlohmann
// to_json is dom_of(value). Internal to the core.

#include "api/json_writer.hpp"
#include "offercheck/ask.hpp"
#include "offercheck/band.hpp"
#include "offercheck/comparison.hpp"
#include "offercheck/competing_offer.hpp"
#include "offercheck/decision.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/equity.hpp"
#include "offercheck/evaluation.hpp"
#include "offercheck/fx.hpp"
#include "offercheck/guide.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/negotiation_script.hpp"
#include "offercheck/section.hpp"
#include "offercheck/offer.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/stated_comparison.hpp"
#include "offercheck/total_comp.hpp"
#include "offercheck/vesting.hpp"
#include "offercheck/years.hpp"

namespace offercheck {

void write_json(JsonWriter& out, const Phrase& phrase);
void write_json(JsonWriter& out, const Range& range);
void write_json(JsonWriter& out, const Band& band);
void write_json(JsonWriter& out, const Offer& offer);
// The members every terms object has (the offer's and each competing offer's), inside an open object.
void write_terms_fields(JsonWriter& out, const Terms& terms);
void write_json(JsonWriter& out, const Vesting& vesting);
void write_json(JsonWriter& out, const ComponentComparison& component);
void write_json(JsonWriter& out, const Totals& totals);
void write_json(JsonWriter& out, const Proposal& proposal);
void write_json(JsonWriter& out, const AskParameters& parameters);
void write_json(JsonWriter& out, const YearRow& row);
void write_json(JsonWriter& out, const YearView& view);
void write_json(JsonWriter& out, const CompetingResult& result);
void write_json(JsonWriter& out, const FxRates& rates);
void write_json(JsonWriter& out, const SourcePosition& position);
void write_json(JsonWriter& out, const Error& error);
void write_json(JsonWriter& out, const Diagnostic& diagnostic);
void write_json(JsonWriter& out, const StatedParts& parts);
void write_json(JsonWriter& out, const PartDifferences& differences);
void write_json(JsonWriter& out, const StatedComparison& comparison);
void write_json(JsonWriter& out, const StatedEvaluation& stated);
void write_json(JsonWriter& out, const Section& section);
void write_json(JsonWriter& out, const LevelMapping& mapping);
void write_json(JsonWriter& out, const Guide& guide);
void write_json(JsonWriter& out, const ArithmeticClaim& claim);
void write_json(JsonWriter& out, const DerivationHint& hint);
void write_json(JsonWriter& out, const NegotiationScript& script);
// The members of a script's object, inside an open object (the API's answer adds "ok").
void write_script_fields(JsonWriter& out, const NegotiationScript& script);
// {levels, claims, derivations}: what the page shows beside a guide (insights_json).
void write_insights(JsonWriter& out, const Guide& guide);
// A guide's summary, as `offercheck index` and listGuides give it (guide_summary).
void write_guide_summary(JsonWriter& out, const Guide& guide);
void write_json(JsonWriter& out, const EquityView& view);
void write_json(JsonWriter& out, const LeaveEarly& leave);
void write_json(JsonWriter& out, const Decision& decision);
void write_json(JsonWriter& out, const Evaluation& evaluation);

}  // namespace offercheck
