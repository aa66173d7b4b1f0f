#include "offercheck/guide.hpp"

#include "api/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

SourcePosition Guide::position_of(const std::string& path) const {
  auto it = positions.find(path);
  return it == positions.end() ? SourcePosition{} : it->second;
}

const Band* Guide::find_band(std::string_view region) const {
  for (const Band& band : compensation) {
    if (same_region(band.region, region)) return &band;
  }
  return nullptr;
}

bool Guide::is_stale(const Date& today) const {
  return next_review_due.has_value() && *next_review_due < today;
}

void to_json(nlohmann::json& j, const LevelMapping& mapping) {
  j = {{"internal", optional_json(mapping.internal)}, {"raw", optional_json(mapping.raw)}};
}

void to_json(nlohmann::json& j, const Guide& guide) {
  j = {{"company", guide.company},
       {"company_display", guide.company_display},
       {"role", guide.role},
       {"role_display", guide.role_display},
       {"role_type", optional_json(guide.role_type)},
       {"last_updated", optional_json(guide.last_updated)},
       {"data_quality", optional_json(guide.data_quality)},
       {"salary_data_quarter", optional_json(guide.salary_data_quarter)},
       {"next_review_due", optional_json(guide.next_review_due)},
       {"compensation", guide.compensation},
       {"level_mapping", guide.level_mapping},
       {"data_sources", guide.data_sources},
       {"negotiation_dna_summary", optional_json(guide.negotiation_dna_summary)},
       {"sections", guide.sections}};
}

}  // namespace offercheck
