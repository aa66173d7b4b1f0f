#pragma once

// What a guide states as its own ask and floor, per band (read by
// stated_targets.hpp from its Negotiate Up Strategy when the guide is read,
// and carried by the guide: Guide::stated), as plain data, so that the
// page's calculation module, which loads compiled guides, links no reader.

#include "offercheck/band.hpp"
#include "offercheck/phrase.hpp"
#include "offercheck/result.hpp"

#include "offercheck/json_value.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace offercheck {

// Amounts in the band's currency: base, bonus and total comp per year, stock
// as a 4-year grant (a per-year figure times 4), sign-on once.
struct StatedParts {
  std::optional<double> base;
  std::optional<double> stock;
  std::optional<double> sign_on;
  std::optional<double> bonus;
  std::optional<double> total_comp;

  bool empty() const { return !base && !stock && !sign_on && !bonus && !total_comp; }
};

// What the guide states for one of its bands.
struct StatedBand {
  std::string region;    // the band's region, as the guide names it
  std::string currency;  // the band's
  StatedParts ask;
  StatedParts floor;
  std::string text;  // the sentence(s) the figures came from, plain
  int line = 0;      // the line of the first of them
  // True when no region was named beside the figures and the band is the
  // guide's first in their currency.
  bool region_inferred = false;
  // How a figure was read when it is not the amount as written: "midpoint of
  // $318,000–$348,000", "$85,000 per year × 4".
  std::vector<Phrase> notes;
};

// An amount in an ask or floor clause that could not be placed.
struct UnreadAmount {
  std::string text;    // the amount as written: "$200K"
  std::string sentence;
  int line = 0;
  std::string reason;  // "no part named", "currency USD matches no region of this guide"
};

struct StatedTargets {
  std::vector<StatedBand> bands;  // in the guide's band order
  std::vector<UnreadAmount> unread;
  bool has_strategy = false;  // the guide has a Negotiate Up Strategy section
};

// The figures stated for `band` (matched by region name, same_region), or
// nullptr; always nullptr for a derived band.
const StatedBand* stated_for(const StatedTargets& targets, const Band& band);

void to_json(nlohmann::json& j, const StatedParts& parts);
void to_json(nlohmann::json& j, const StatedBand& band);
void to_json(nlohmann::json& j, const UnreadAmount& unread);
void to_json(nlohmann::json& j, const StatedTargets& targets);
// The same JSON read back (compiled guides); an Error names what was wrong.
Result<StatedTargets> stated_targets_from_json(const JsonValue& j);

}  // namespace offercheck
