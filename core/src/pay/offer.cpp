#include "offercheck/offer.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace offercheck {

double Offer::bonus_amount() const {
  if (bonus) return *bonus;
  if (bonus_pct) return base * *bonus_pct / 100;
  return 0;
}

Package Offer::package(std::optional<double> base_override, std::optional<double> stock_override,
                       std::optional<double> sign_on_override) const {
  Package p;
  p.base = base_override.value_or(base);
  p.stock_grant = stock_override.value_or(stock.value_or(0));
  p.bonus = bonus_pct ? p.base * *bonus_pct / 100 : bonus.value_or(0);
  p.sign_on = sign_on_override.value_or(sign_on.value_or(0));
  p.vesting = vesting;
  p.refresh = refresh.value_or(0);
  p.liquid = liquid;
  return p;
}

std::optional<Error> check_offer(const Offer& offer) {
  struct Part {
    const char* name;
    std::optional<double> value;
  };
  const Part parts[] = {{"base", offer.base},           {"stock", offer.stock},
                        {"bonus_pct", offer.bonus_pct}, {"bonus", offer.bonus},
                        {"sign_on", offer.sign_on},     {"refresh", offer.refresh}};
  for (const Part& part : parts) {
    if (!part.value) continue;
    if (!std::isfinite(*part.value)) {
      return Error{std::string("offer ") + part.name + " must be a finite number"};
    }
    if (*part.value < 0) {
      return Error{std::string("offer ") + part.name + " must not be negative"};
    }
  }
  if (offer.bonus_pct && offer.bonus) {
    return Error{"give the offer's bonus as a percent or as an amount, not both"};
  }
  if (offer.bonus_pct && *offer.bonus_pct > 1000) {
    return Error{"offer bonus_pct is a percent of base (like 15); " +
                     std::to_string(static_cast<long long>(*offer.bonus_pct)) + " is too large"};
  }
  return std::nullopt;
}

void write_json(JsonWriter& out, const Offer& offer) {
  out.begin_object()
      .field("base", offer.base)
      .field("stock", offer.stock)
      .field("bonus_pct", offer.bonus_pct)
      .field("bonus", offer.bonus)
      .field("bonus_amount", offer.bonus_amount())
      .field("sign_on", offer.sign_on)
      .key("vesting");
  write_json(out, offer.vesting);
  out.field("refresh", offer.refresh).field("liquid", offer.liquid).end_object();
}

void to_json(nlohmann::json& j, const Offer& offer) { j = dom_of(offer); }

}  // namespace offercheck
