#pragma once

#include "offercheck/guide.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace offercheck {

// "company/role": how a guide is named across the API and in an index.
std::string guide_id(const Guide& guide);

// What a list of guides shows of each: {id, company, company_display, role,
// role_display, last_updated, salary_data_quarter, next_review_due,
// data_quality, regions: [{region, currency, has_data}]}.
nlohmann::json guide_summary(const Guide& guide);

}  // namespace offercheck
