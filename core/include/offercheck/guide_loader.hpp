#pragma once

#include "offercheck/date.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/guide.hpp"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace offercheck {

struct ValidationOptions {
  std::optional<Date> today;  // without it, staleness is not judged
  // Stated total comp may differ this much (as a fraction) from
  // base + stock/4 + bonus before it is reported.
  double total_comp_tolerance = 0.25;
};

struct GuideReport {
  std::optional<Guide> guide;  // present when there is no error
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order

  bool ok() const { return guide.has_value(); }
};

// Reads, parses and validates a whole guide file. Never throws: every
// problem, from binary data to alias bombs, ends as a diagnostic.
GuideReport load_guide(std::string_view text, const ValidationOptions& options = {});

// load_guide's diagnostics alone, without deriving what only a calculation
// reads (the guide's sections and stated targets, most of a valid guide's
// reading time): what `offercheck validate` reports.
std::vector<Diagnostic> check_guide(std::string_view text, const ValidationOptions& options = {});

// {ok, guide, error, diagnostics}
void to_json(nlohmann::json& j, const GuideReport& report);

}  // namespace offercheck
