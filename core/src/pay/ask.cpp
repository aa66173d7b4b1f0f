#include "offercheck/ask.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "offercheck/money.hpp"
#include "offercheck/total_comp.hpp"
#include "offercheck/years.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace offercheck {

namespace {

struct Target {
  const char* what;  // "base", "stock", "sign-on"
  std::optional<double> offer;  // none: not entered, so the ask and floor are the band's
  const Range& band;
  double position;
};

Phrase band_text(const Band& band, const Target& target) {
  return Phrase(band.region + " " + target.what + " band (") +
         money_value(*target.band.low, band.currency) + "–" +
         money_value(*target.band.high, band.currency) + ")";
}

double point_in(const Range& range, double position) {
  return *range.low + position * (*range.high - *range.low);
}

std::optional<double> counter_offer(const Band& band, const Target& target, double step_above,
                                    Phrase& reason, Source& source) {
  source = Source::band;
  if (!target.band.has_data()) {
    reason = Phrase(band.region + " has no " + target.what + " band, so there is no " + target.what +
                    " ask");
    source = Source::none;
    return std::nullopt;
  }
  const double aim = point_in(target.band, target.position);
  const double rounded = round_clean_nearest(aim);
  if (!target.offer) {
    reason = Phrase() + percent_value(target.position) + " into the " + band_text(band, target) +
             "; no " + target.what + " entered in your offer";
    return rounded;
  }
  const double offer = *target.offer;
  if (rounded > offer) {
    reason = Phrase() + percent_value(target.position) + " into the " + band_text(band, target);
    if (*target.band.high > *target.band.low) {
      reason = reason + "; your offer of " + money_value(offer, band.currency) + " sits at " +
               percent_value((offer - *target.band.low) / (*target.band.high - *target.band.low));
    }
    return rounded;
  }
  const double ask = ask_above_offer(offer, step_above);
  source = Source::offer;
  reason = Phrase("your offer of ") + money_value(offer, band.currency) +
           " is already at or past " + percent_value(target.position) + " of the " +
           band_text(band, target) + "; ask " + percent_value(step_above) + " above it";
  return ask;
}

// The floor aims at its position in the band, or `above_low` above the band's
// low when that is higher, but never past the ask's aim (ask_position).
std::optional<double> accept_floor(const Band& band, const Target& target, double above_low,
                                   double ask_position, Phrase& reason, Source& source) {
  source = Source::band;
  if (!target.band.has_data()) {
    reason = Phrase(band.region + " has no " + target.what + " band, so there is no " + target.what +
                    " floor");
    source = Source::none;
    return std::nullopt;
  }
  const double at_position = point_in(target.band, target.position);
  const double over_low = std::min(*target.band.low * (1 + above_low), point_in(target.band, ask_position));
  const bool by_low = over_low > at_position;
  const double rounded = round_clean_down(by_low ? over_low : at_position);
  const Phrase aim = by_low ? Phrase() + percent_value(above_low) + " above the bottom of the " +
                                  band_text(band, target)
                            : Phrase() + percent_value(target.position) + " into the " + band_text(band, target);
  if (!target.offer) {
    reason = aim + ", rounded down; no " + target.what + " entered in your offer";
    return rounded;
  }
  if (*target.offer >= rounded) {
    reason = Phrase("your offer of ") + money_value(*target.offer, band.currency) + " already clears " + aim +
             "; accept no less than what is on the table";
    source = Source::offer;
    return target.offer;
  }
  reason = aim + (by_low ? ", rounded down; below it the offer sits at the bottom of the band"
                         : ", rounded down; below it the offer trails most of the band");
  return rounded;
}

// Every parameter by its JSON name; the positions come first.
const std::pair<const char*, double AskParameters::*> kParameters[] = {
    {"ask_base_position", &AskParameters::ask_base_position},
    {"ask_stock_position", &AskParameters::ask_stock_position},
    {"ask_sign_on_position", &AskParameters::ask_sign_on_position},
    {"floor_base_position", &AskParameters::floor_base_position},
    {"floor_stock_position", &AskParameters::floor_stock_position},
    {"floor_sign_on_position", &AskParameters::floor_sign_on_position},
    {"floor_base_above_low", &AskParameters::floor_base_above_low},
    {"floor_stock_above_low", &AskParameters::floor_stock_above_low},
    {"floor_sign_on_above_low", &AskParameters::floor_sign_on_above_low},
    {"step_above_offer", &AskParameters::step_above_offer},
    {"illiquid_discount", &AskParameters::illiquid_discount},
    {"max_sign_on_share", &AskParameters::max_sign_on_share}};
constexpr std::size_t kPositionCount = 6;
constexpr std::size_t kAboveLowCount = 3;  // after the positions

}  // namespace

Parts offered_parts(const Offer& offer) {
  return {offer.base, offer.equity_entered() ? std::optional<double>(offer.stock_grant()) : std::nullopt,
          offer.sign_on.value_or(0)};
}

double ask_above_offer(double offer, double step_above) {
  return std::max(round_clean_up(offer * (1 + step_above)), offer);
}

const char* source_name(Source source) {
  switch (source) {
    case Source::none: return "none";
    case Source::guide: return "guide";
    case Source::band: return "band";
    case Source::offer: return "offer";
    case Source::competing: return "competing";
  }
  return "none";
}

void fill_totals(Proposal& proposal, const Offer& offer, double illiquid_discount) {
  const Package p = offer.package(proposal.base, proposal.stock, proposal.sign_on);
  // Total comp as the band and the guide count it; every other total from the years.
  proposal.annual_total = annual_total_comp(p.base, p.stock_grant, p.bonus);
  const YearView years = year_by_year(p, illiquid_discount);
  const Totals totals = totals_from(years);
  proposal.year_one_total = totals.year_one;
  proposal.four_year_total = totals.four_year;
  proposal.four_year_risk_adjusted = years.four_year_risk_adjusted;
}

std::optional<Error> check_parameters(const AskParameters& p) {
  for (std::size_t i = 0; i < kPositionCount; ++i) {
    const auto& [name, member] = kParameters[i];
    const double value = p.*member;
    if (!std::isfinite(value) || value < 0 || value > 2) {
      return Error{std::string(name) + " must be between 0 (band low) and 2 (a band width above "
                                       "high), like 0.85"};
    }
  }
  for (std::size_t i = kPositionCount; i < kPositionCount + kAboveLowCount; ++i) {
    const auto& [name, member] = kParameters[i];
    const double value = p.*member;
    if (!std::isfinite(value) || value < 0 || value > 1) {
      return Error{std::string(name) + " must be between 0 (the band's low) and 1 (twice the low), like 0.12"};
    }
  }
  if (!std::isfinite(p.step_above_offer) || p.step_above_offer < 0 || p.step_above_offer > 1) {
    return Error{"step_above_offer must be between 0 and 1, like 0.05"};
  }
  if (!std::isfinite(p.illiquid_discount) || p.illiquid_discount < 0 || p.illiquid_discount > 1) {
    return Error{"illiquid_discount must be between 0 and 1, like 0.5"};
  }
  if (!std::isfinite(p.max_sign_on_share) || p.max_sign_on_share < 0 || p.max_sign_on_share > 2) {
    return Error{"max_sign_on_share must be between 0 and 2, like 0.25"};
  }
  if (p.floor_base_position > p.ask_base_position ||
      p.floor_stock_position > p.ask_stock_position ||
      p.floor_sign_on_position > p.ask_sign_on_position) {
    return Error{"each floor position must be at or below its ask position"};
  }
  return std::nullopt;
}

Asks compute_asks(const Offer& offer, const Band& band, const AskParameters& p) {
  const Parts on_table = offered_parts(offer);
  const std::optional<double>& stock = on_table.stock;
  const double sign_on = *on_table.sign_on;
  Asks asks;
  Proposal& a = asks.ask;
  Proposal& f = asks.floor;
  a.base = counter_offer(band, {"base", offer.base, band.base, p.ask_base_position}, p.step_above_offer,
                         a.base_reason, a.base_source);
  a.stock = counter_offer(band, {"stock", stock, band.stock, p.ask_stock_position}, p.step_above_offer,
                          a.stock_reason, a.stock_source);
  a.sign_on = counter_offer(band, {"sign-on", sign_on, band.signing_bonus, p.ask_sign_on_position},
                            p.step_above_offer, a.sign_on_reason, a.sign_on_source);
  f.base = accept_floor(band, {"base", offer.base, band.base, p.floor_base_position}, p.floor_base_above_low,
                        p.ask_base_position, f.base_reason, f.base_source);
  f.stock = accept_floor(band, {"stock", stock, band.stock, p.floor_stock_position}, p.floor_stock_above_low,
                         p.ask_stock_position, f.stock_reason, f.stock_source);
  f.sign_on = accept_floor(band, {"sign-on", sign_on, band.signing_bonus, p.floor_sign_on_position},
                           p.floor_sign_on_above_low, p.ask_sign_on_position, f.sign_on_reason, f.sign_on_source);
  for (Proposal* proposal : {&a, &f}) {
    proposal->band_rule = {proposal->base, proposal->stock, proposal->sign_on};
    fill_totals(*proposal, offer, p.illiquid_discount);
  }
  return asks;
}

void write_json(JsonWriter& out, const AskParameters& p) {
  out.begin_object();
  for (const auto& [key, member] : kParameters) out.field(key, p.*member);
  out.end_object();
}

void to_json(nlohmann::json& j, const AskParameters& p) { j = dom_of(p); }

Result<AskParameters> ask_parameters_from_json(const JsonValue& j) {
  AskParameters p;
  if (j.is_null()) return p;
  if (!j.is_object()) return Error{"parameters: expected an object"};
  for (const auto& [key, member] : kParameters) {
    auto value = number_field(j, key, std::string("parameters.") + key);
    if (!value.ok()) return value.error();
    if (value.value()) p.*member = *value.value();
  }
  if (auto error = check_parameters(p)) return *error;
  return p;
}

void write_json(JsonWriter& out, const Proposal& proposal) {
  out.begin_object()
      .field("base", proposal.base)
      .field("stock", proposal.stock)
      .field("sign_on", proposal.sign_on)
      .key("reasons")
      .begin_object()
      .field("base", proposal.base_reason.text())
      .field("stock", proposal.stock_reason.text())
      .field("sign_on", proposal.sign_on_reason.text())
      .end_object()
      .key("reason_parts")
      .begin_object()
      .key("base");
  write_json(out, proposal.base_reason);
  out.key("stock");
  write_json(out, proposal.stock_reason);
  out.key("sign_on");
  write_json(out, proposal.sign_on_reason);
  out.end_object()
      .key("sources")
      .begin_object()
      .field("base", source_name(proposal.base_source))
      .field("stock", source_name(proposal.stock_source))
      .field("sign_on", source_name(proposal.sign_on_source))
      .field("total_comp", source_name(proposal.total_comp_source))
      .end_object()
      .key("band_rule")
      .begin_object()
      .field("base", proposal.band_rule.base)
      .field("stock", proposal.band_rule.stock)
      .field("sign_on", proposal.band_rule.sign_on)
      .end_object()
      .field("total_comp", proposal.annual_total)
      .field("year_one", proposal.year_one_total)
      .field("four_year", proposal.four_year_total)
      .field("four_year_risk_adjusted", proposal.four_year_risk_adjusted)
      .end_object();
}

void to_json(nlohmann::json& j, const Proposal& proposal) { j = dom_of(proposal); }

}  // namespace offercheck
