#include "offercheck/offer.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>


namespace offercheck {

void write_json(JsonWriter& out, const Offer& offer) {
  out.begin_object()
      .field("base", offer.base)
      .field("stock", offer.stock)
      .field("stock_per_year", offer.stock_per_year)
      .field("bonus_pct", offer.bonus_pct)
      .field("bonus", offer.bonus)
      .field("bonus_amount", offer.bonus_amount())
      .field("sign_on", offer.sign_on)
      .key("vesting");
  write_json(out, offer.vesting);
  out.field("refresh", offer.refresh)
      .field("liquid", offer.liquid)
      .field("options", offer.options)
      .field("strike", offer.strike)
      .field("share_price", offer.share_price)
      .field("exit_multiple", offer.exit_multiple)
      .field("dilution_pct", offer.dilution_pct)
      .field("raise_pct", offer.raise_pct)
      .field("bonus_payout_pct", offer.bonus_payout_pct)
      .end_object();
}

void to_json(nlohmann::json& j, const Offer& offer) { j = dom_of(offer); }

}  // namespace offercheck
