#include "offercheck/guide_summary.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

std::string guide_id(const Guide& guide) { return guide.company + "/" + guide.role; }

void write_guide_summary(JsonWriter& out, const Guide& guide) {
  out.begin_object()
      .field("id", guide_id(guide))
      .field("company", guide.company)
      .field("company_display", guide.company_display)
      .field("role", guide.role)
      .field("role_display", guide.role_display)
      .field("last_updated", guide.last_updated)
      .field("salary_data_quarter", guide.salary_data_quarter)
      .field("next_review_due", guide.next_review_due)
      .field("data_quality", guide.data_quality)
      .key("regions")
      .begin_array();
  for (const Band& band : guide.compensation) {
    out.begin_object()
        .field("region", band.region)
        .field("currency", band.currency)
        .field("has_data", band.has_any_number())
        .end_object();
  }
  out.end_array().end_object();
}

nlohmann::json guide_summary(const Guide& guide) {
  JsonWriter out;
  write_guide_summary(out, guide);
  return nlohmann::json::parse(out.text());
}

}  // namespace offercheck
