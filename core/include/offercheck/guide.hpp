#pragma once

#include "offercheck/band.hpp"
#include "offercheck/date.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/section.hpp"
#include "offercheck/stated_figures.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

struct LevelMapping {
  std::optional<std::string> internal;
  std::optional<std::string> raw;
};

struct Guide {
  std::string company;
  std::string company_display;  // defaults to company
  std::string role;
  std::string role_display;     // defaults to role
  std::optional<std::string> role_type;
  std::optional<Date> last_updated;
  std::optional<std::string> data_quality;
  std::optional<std::string> salary_data_quarter;
  std::optional<Date> next_review_due;
  std::vector<Band> compensation;
  LevelMapping level_mapping;
  std::vector<std::string> data_sources;
  std::optional<std::string> negotiation_dna_summary;
  std::string body;
  int body_line = 0;
  std::vector<Section> sections;
  // The ask and floor its Negotiate Up Strategy states, read with the guide
  // (stated_targets.hpp); empty for a guide built by hand.
  StatedTargets stated;
  // Where each front-matter value stands, by path: "role_type",
  // "compensation[1].base_low".
  std::map<std::string, SourcePosition> positions;

  SourcePosition position_of(const std::string& path) const;
  const Band* find_band(std::string_view region) const;
  bool is_stale(const Date& today) const;
};

void to_json(nlohmann::json& j, const LevelMapping& mapping);
void to_json(nlohmann::json& j, const Guide& guide);

}  // namespace offercheck
