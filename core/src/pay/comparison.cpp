#include "offercheck/comparison.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

ComponentComparison compare_amount(std::string name, double offer, const Range& band) {
  ComponentComparison component;
  component.name = std::move(name);
  component.offer = offer;
  component.low = band.low;
  component.high = band.high;
  if (!band.has_data()) {
    component.status = Status::no_data;
    return component;
  }
  double low = *band.low, high = *band.high;
  if (high > low) component.position = (offer - low) / (high - low);
  component.status = offer < low ? Status::below : offer > high ? Status::above : Status::within;
  return component;
}

Comparison compare_offer(const Offer& offer, const Band& band) {
  const double stock = offer.stock_grant();
  const double bonus = offer.bonus_amount();
  Comparison comparison;
  comparison.totals = totals_of(offer.base, stock, bonus, offer.sign_on.value_or(0));
  comparison.components = {
      compare_amount("base", offer.base, band.base),
      compare_amount("stock", stock, band.stock),
      compare_amount("bonus", bonus, band.bonus_amounts()),
      compare_amount("total_comp", comparison.totals.annual_average, band.total_comp),
  };
  return comparison;
}

const char* status_name(Status status) {
  switch (status) {
    case Status::below: return "below";
    case Status::within: return "within";
    case Status::above: return "above";
    case Status::no_data: return "no_data";
  }
  return "no_data";
}

void write_json(JsonWriter& out, const ComponentComparison& component) {
  out.begin_object()
      .field("name", component.name)
      .field("offer", component.offer)
      .field("low", component.low)
      .field("high", component.high)
      .field("position", component.position)
      .field("status", status_name(component.status))
      .end_object();
}

void to_json(nlohmann::json& j, const ComponentComparison& component) { j = dom_of(component); }

}  // namespace offercheck
