#include "offercheck/guide_summary.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

std::string guide_id(const Guide& guide) { return guide.company + "/" + guide.role; }

nlohmann::json guide_summary(const Guide& guide) {
  nlohmann::json regions = nlohmann::json::array();
  for (const Band& band : guide.compensation) {
    regions.push_back(
        {{"region", band.region}, {"currency", band.currency}, {"has_data", band.has_any_number()}});
  }
  const nlohmann::json full = guide;
  nlohmann::json summary = {{"id", guide_id(guide)}};
  for (const char* key : {"company", "company_display", "role", "role_display", "last_updated",
                          "salary_data_quarter", "next_review_due", "data_quality"}) {
    summary[key] = full[key];
  }
  summary["regions"] = std::move(regions);
  return summary;
}

}  // namespace offercheck
