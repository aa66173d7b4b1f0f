#include "offercheck/offer.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>


namespace offercheck {

void write_json(JsonWriter& out, const Offer& offer) {
  out.begin_object();
  write_terms_fields(out, offer);
  out.field("bonus_amount", offer.bonus_amount()).end_object();
}

void to_json(nlohmann::json& j, const Offer& offer) { j = dom_of(offer); }

}  // namespace offercheck
