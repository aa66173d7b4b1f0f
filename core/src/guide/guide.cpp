#include "offercheck/guide.hpp"

#include "api/json_schema.hpp"

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

void write_json(JsonWriter& out, const LevelMapping& mapping) {
  out.begin_object().field("internal", mapping.internal).field("raw", mapping.raw).end_object();
}

void write_json(JsonWriter& out, const Guide& guide) {
  out.begin_object()
      .field("company", guide.company)
      .field("company_display", guide.company_display)
      .field("role", guide.role)
      .field("role_display", guide.role_display)
      .field("role_type", guide.role_type)
      .field("last_updated", guide.last_updated)
      .field("data_quality", guide.data_quality)
      .field("salary_data_quarter", guide.salary_data_quarter)
      .field("next_review_due", guide.next_review_due)
      .key("compensation");
  write_json(out, guide.compensation);
  out.key("level_mapping");
  write_json(out, guide.level_mapping);
  out.key("data_sources").begin_array();
  for (const std::string& source : guide.data_sources) out.value(source);
  out.end_array().field("negotiation_dna_summary", guide.negotiation_dna_summary).key("sections");
  write_json(out, guide.sections);
  out.end_object();
}

void to_json(nlohmann::json& j, const LevelMapping& mapping) { j = dom_of(mapping); }
void to_json(nlohmann::json& j, const Guide& guide) { j = dom_of(guide); }

}  // namespace offercheck
