#include "offercheck/guide_summary.hpp"

#include "api/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

std::string guide_id(const Guide& guide) { return guide.company + "/" + guide.role; }

nlohmann::json guide_summary(const Guide& guide) {
  nlohmann::json regions = nlohmann::json::array();
  for (const Band& band : guide.compensation) {
    regions.push_back(
        {{"region", band.region}, {"currency", band.currency}, {"has_data", band.has_any_number()}});
  }
  nlohmann::json summary = nlohmann::json::object();
  summary["id"] = guide_id(guide);
  summary["company"] = guide.company;
  summary["company_display"] = guide.company_display;
  summary["role"] = guide.role;
  summary["role_display"] = guide.role_display;
  summary["last_updated"] = optional_json(guide.last_updated);
  summary["salary_data_quarter"] = optional_json(guide.salary_data_quarter);
  summary["next_review_due"] = optional_json(guide.next_review_due);
  summary["data_quality"] = optional_json(guide.data_quality);
  summary["regions"] = std::move(regions);
  return summary;
}

}  // namespace offercheck
