#include "offercheck/comparison.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "offercheck/money.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

namespace {

// The distance from the band's nearest end of an offer outside it; none inside.
std::optional<Outside> outside_of(double offer, double low, double high) {
  if (offer >= low && offer <= high) return std::nullopt;
  const double end = offer < low ? low : high;
  Outside outside;
  outside.amount = offer < low ? low - offer : offer - high;
  if (end > 0) outside.fraction = outside.amount / end;
  return outside;
}

}  // namespace

ComponentComparison compare_amount(std::string name, std::optional<double> offer, const Range& band) {
  ComponentComparison component;
  component.name = std::move(name);
  component.offer = offer;
  component.low = band.low;
  component.high = band.high;
  if (!band.has_data()) {
    component.status = Status::no_data;
    return component;
  }
  if (!offer) {
    component.status = Status::not_entered;
    return component;
  }
  double low = *band.low, high = *band.high;
  if (high > low) component.position = (*offer - low) / (high - low);
  component.status = *offer < low ? Status::below : *offer > high ? Status::above : Status::within;
  component.outside = outside_of(*offer, low, high);
  return component;
}

Comparison compare_offer(const Offer& offer, const Band& band) {
  const double stock = offer.stock_grant();
  const double bonus = offer.bonus_amount();
  const auto entered = [](bool is, double amount) { return is ? std::optional<double>(amount) : std::nullopt; };
  Comparison comparison;
  // The totals count a part not entered as 0: they are what was entered. They
  // come from the years, as every yearly figure does; total comp is the band's
  // measure (total_comp.hpp).
  comparison.totals = totals_from(year_by_year(offer.package(), 0));
  comparison.components = {
      compare_amount("base", offer.base, band.base),
      compare_amount("stock", entered(offer.equity_entered(), stock), band.stock),
      compare_amount("bonus", entered(offer.bonus_entered(), bonus), band.bonus_amounts()),
      compare_amount("total_comp", annual_total_comp(offer.base, stock, bonus), band.total_comp),
  };
  ComponentComparison& total = comparison.components.back();
  for (ComponentComparison* part : {&comparison.components[1], &comparison.components[2]}) {
    if (part->offer) continue;
    part->not_entered = {part->name};
    total.not_entered.push_back(part->name);
  }
  return comparison;
}

const char* status_name(Status status) {
  switch (status) {
    case Status::below: return "below";
    case Status::within: return "within";
    case Status::above: return "above";
    case Status::no_data: return "no_data";
    case Status::not_entered: return "not_entered";
  }
  return "no_data";
}

Phrase position_phrase(const ComponentComparison& c, const std::string& currency) {
  if (c.status == Status::within) {
    return c.position ? Phrase() + percent_value(*c.position) + " into the band" : Phrase("at the band's single point");
  }
  if (!c.outside || (c.status != Status::below && c.status != Status::above)) return Phrase();
  Phrase words = Phrase() + money_value(c.outside->amount, currency);
  // A share that rounds to 0% says nothing: the amount alone.
  if (c.outside->fraction && format_percent(*c.outside->fraction) != format_percent(0)) {
    words = words + " (" + percent_value(*c.outside->fraction) + ")";
  }
  return words + (c.status == Status::below ? " below the bottom of the band" : " above the top of the band");
}

void write_json(JsonWriter& out, const ComponentComparison& component) {
  out.begin_object()
      .field("name", component.name)
      .field("offer", component.offer)
      .field("low", component.low)
      .field("high", component.high)
      .field("position", component.position)
      .key("outside");
  if (component.outside) {
    out.begin_object()
        .field("amount", component.outside->amount)
        .field("fraction", component.outside->fraction)
        .end_object();
  } else {
    out.value(nullptr);
  }
  out.field("status", status_name(component.status))
      .key("not_entered")
      .begin_array();
  for (const std::string& part : component.not_entered) out.value(part);
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const ComponentComparison& component) { j = dom_of(component); }

}  // namespace offercheck
