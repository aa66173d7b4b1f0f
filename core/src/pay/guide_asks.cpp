#include "offercheck/guide_asks.hpp"

#include "offercheck/money.hpp"
#include "offercheck/stated_comparison.hpp"
#include "offercheck/total_comp.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace offercheck {

namespace {

// One part of a proposal with where its figures live.
struct Part {
  const char* what;  // "base", "stock", "sign-on": as the band rule's reasons name it
  std::optional<double> Proposal::*value;
  Phrase Proposal::*reason;
  Source Proposal::*source;
  std::optional<double> StatedParts::*stated;
  Range Band::*range;
  std::optional<double> Parts::*in_parts;  // in the offer's parts and the band rule's
};

const Part kParts[] = {
    {"base", &Proposal::base, &Proposal::base_reason, &Proposal::base_source, &StatedParts::base, &Band::base,
     &Parts::base},
    {"stock", &Proposal::stock, &Proposal::stock_reason, &Proposal::stock_source, &StatedParts::stock,
     &Band::stock, &Parts::stock},
    {"sign-on", &Proposal::sign_on, &Proposal::sign_on_reason, &Proposal::sign_on_source,
     &StatedParts::sign_on, &Band::signing_bonus, &Parts::sign_on},
};

// What is on the table for a part, as the band rule reads it (offered_parts).
std::optional<double> offered(const Offer& offer, const Part& part) { return offered_parts(offer).*part.in_parts; }

// "the guide's own floor for Paris (line 78)", or, where the guide names no
// region, "the guide's own floor (line 78, read as Paris's)".
Phrase whose(const char* which, const StatedBand& stated) {
  const std::string line = "line " + std::to_string(stated.line);
  return Phrase(std::string("the guide's own ") + which +
                (stated.region_inferred ? " (" + line + ", read as " + stated.region + "'s)"
                                        : " for " + stated.region + " (" + line + ")"));
}

// "(the band rule: €175,000)", the cross-check, or nothing without one.
Phrase band_rule_words(const std::optional<double>& band_rule, const std::string& currency) {
  if (!band_rule) return Phrase();
  return Phrase(" (the band rule: ") + money_value(*band_rule, currency) + ")";
}

// One part of the ask from the guide's figure `s`.
void ask_part(Proposal& ask, const Part& part, double s, const std::optional<double>& offer,
              const StatedBand& stated, const AskParameters& parameters) {
  const std::string& currency = stated.currency;
  const std::optional<double> band_rule = ask.*part.value;
  if (offer && *offer >= s) {
    // The offer is already at or past the guide's ask: never ask below what is on the table.
    ask.*part.value = ask_above_offer(*offer, parameters.step_above_offer);
    ask.*part.source = Source::offer;
    ask.*part.reason = Phrase("your offer of ") + money_value(*offer, currency) + " is already at or past " +
                       whose("ask", stated) + ", " + money_value(s, currency) + "; ask " +
                       percent_value(parameters.step_above_offer) + " above it";
    return;
  }
  ask.*part.value = s;
  ask.*part.source = Source::guide;
  ask.*part.reason = whose("ask", stated) + band_rule_words(band_rule, currency);
}

// One part of the floor from the guide's figure `s`.
void floor_part(Proposal& floor, const Part& part, double s, const std::optional<double>& offer,
                const StatedBand& stated) {
  const std::string& currency = stated.currency;
  const std::optional<double> band_rule = floor.*part.value;
  if (offer && *offer >= s) {
    floor.*part.value = *offer;
    floor.*part.source = Source::offer;
    floor.*part.reason = Phrase("your offer of ") + money_value(*offer, currency) + " already clears " +
                         whose("floor", stated) + ", " + money_value(s, currency) +
                         "; accept no less than what is on the table";
    return;
  }
  floor.*part.value = s;
  floor.*part.source = Source::guide;
  floor.*part.reason = whose("floor", stated) + band_rule_words(band_rule, currency);
}

// Total comp a year of a proposal with `base` and `stock` for its parts.
double total_with(const Offer& offer, double base, double stock) {
  return annual_total_comp(base, stock, offer.bonus_on(base));
}

// The base whose total with `stock` is `total`: base + bonus_on(base) is
// linear in base (a percent bonus follows it), so two points solve it.
double base_for(const Offer& offer, double total, double stock) {
  const double at_zero = total_with(offer, 0, stock), slope = total_with(offer, 1, stock) - at_zero;
  return round_whole((total - at_zero) / slope);
}

// The stock whose total with `base` is `total`.
double stock_for(const Offer& offer, double total, double base) {
  return round_whole(4 * (total - total_with(offer, base, 0)));
}

// Meets the guide's total comp `total` by scaling the parts the band rule
// answered (base and stock with a band), and a floor's part at the offer
// upward; the parts the guide answered stay, and so does an ask's step above
// the offer. Total comp is linear in the parts, so one factor is exact:
// base takes the clean step of its kind and stock, when it moves too, the
// exact rest in whole units. A floor's part is at most its ask's
// (`at_most`): the other part takes the rest, and where both are at the ask
// the total is not met and the reasons say so.
void meet_total(Proposal& p, const Proposal* at_most, double total, const Offer& offer, const StatedBand& stated,
                const AskParameters& parameters) {
  const bool is_floor = at_most != nullptr;
  const std::string& currency = stated.currency;
  // The band rule's parts move; so does a floor's part at the offer, upward
  // only (`set` keeps it at least what is on the table).
  auto moves = [&](Source source, const std::optional<double>& value) {
    return value && (source == Source::band || (is_floor && source == Source::offer));
  };
  const bool move_base = moves(p.base_source, p.base);
  const bool move_stock = moves(p.stock_source, p.stock);
  const Phrase words = whose(is_floor ? "floor" : "ask", stated) + ", " + money_value(total, currency) +
                       " total comp a year";
  if (!move_base && !move_stock) return;  // every part is the guide's or the offer's
  const double base = p.base.value_or(offer.base), stock = p.stock.value_or(0);
  const double fixed = total_with(offer, move_base ? 0 : base, move_stock ? 0 : stock);
  const double moving = total_with(offer, base, stock) - fixed;
  const double factor = moving > 0 ? (total - fixed) / moving : 0;
  if (factor <= 0) {
    p.base_reason = words + " is not used: the parts it states already come to more; " + p.base_reason;
    return;
  }
  double new_base = base, new_stock = stock;
  if (move_base && move_stock) {
    new_base = is_floor ? round_clean_down(base * factor) : round_clean_nearest(base * factor);
    new_stock = stock_for(offer, total, new_base);
  } else if (move_base) {
    new_base = base_for(offer, total, stock);
  } else {
    new_stock = stock_for(offer, total, base);
  }
  bool base_capped = false, stock_capped = false;
  if (at_most) {
    if (move_base && at_most->base && new_base > *at_most->base) {
      new_base = *at_most->base, base_capped = true;
      if (move_stock) new_stock = stock_for(offer, total, new_base);
    }
    if (move_stock && at_most->stock && new_stock > *at_most->stock) {
      new_stock = *at_most->stock, stock_capped = true;
      if (move_base && !base_capped) {
        new_base = base_for(offer, total, new_stock);
        if (at_most->base && new_base > *at_most->base) new_base = *at_most->base, base_capped = true;
      }
    }
  }
  // Whether the parts as scaled reach the total (an offer's part above its share only adds to it).
  const bool met = total_with(offer, new_base, new_stock) >= total - 0.5;
  auto set = [&](const Part& part, double value, bool capped, const char* with) {
    const std::optional<double> rule = p.band_rule.*part.in_parts;
    const std::optional<double> on_table = offered(offer, part);
    if (on_table && value <= *on_table) {
      // Never below what is on the table: the offer's own part answers.
      p.*part.value = is_floor ? *on_table : ask_above_offer(*on_table, parameters.step_above_offer);
      p.*part.source = Source::offer;
      p.*part.reason = Phrase("your offer of ") + money_value(*on_table, currency) + " is more than its share of " +
                       words +
                       (is_floor ? Phrase("; accept no less than what is on the table")
                                 : Phrase("; ask ") + percent_value(parameters.step_above_offer) + " above it");
      return;
    }
    p.*part.value = value;
    p.*part.source = Source::band;  // the band rule's part, scaled to the guide's total
    if (!capped) {
      p.*part.reason = Phrase(std::string(part.what) + " and " + with + " add up to ") + words +
                       band_rule_words(rule, currency);
    } else if (met) {
      p.*part.reason = Phrase(std::string("at the ask; ") + with + " takes the rest of ") + words +
                       band_rule_words(rule, currency);
    } else {
      p.*part.reason = Phrase(std::string("at the ask: ") + part.what + " and " + with + " reach ") + words +
                       " only above the ask" + band_rule_words(rule, currency);
    }
  };
  if (move_base) set(kParts[0], new_base, base_capped, "stock");
  if (move_stock) set(kParts[1], new_stock, stock_capped, "base");
  const double reached = total_with(offer, p.base.value_or(offer.base), p.stock.value_or(0));
  p.total_comp_source = reached >= total - 0.5 ? Source::guide : Source::band;
}

// Why the guide's total comp for a proposal cannot be this band's.
std::optional<Phrase> unusable_total(double total, const Band& band) {
  return unusable_stated(total, band.total_comp, band, "total comp");
}

// Why the guide's figure for a part cannot be this band's (unusable_stated).
// A sign-on, which few bands range, is checked without one against the cap
// leverage puts on a sign-on: max_sign_on_share of the base band's top.
std::optional<Phrase> usable_part(double s, const Part& part, const Band& band, const AskParameters& parameters);

}  // namespace

std::optional<Phrase> unusable_stated(double stated, const Range& range, const Band& band, const char* part) {
  if (!range.has_data()) {
    return Phrase(band.region + " has no " + part + " band to check it against");
  }
  const double low = *range.low, high = *range.high;
  const double width = high > low ? high - low : kStatedTolerance * high;
  if (stated < low - width) {
    return Phrase("it is ") + money_value(low - stated, band.currency) + " below the bottom of the " + part +
           " band, more than the band's width (" + money_value(width, band.currency) + ")";
  }
  if (stated > high + width) {
    return Phrase("it is ") + money_value(stated - high, band.currency) + " above the top of the " + part +
           " band, more than the band's width (" + money_value(width, band.currency) + ")";
  }
  return std::nullopt;
}

namespace {

std::optional<Phrase> usable_part(double s, const Part& part, const Band& band, const AskParameters& parameters) {
  const Range& range = band.*part.range;
  if (part.range != &Band::signing_bonus || range.has_data()) return unusable_stated(s, range, band, part.what);
  if (!band.base.has_data()) return Phrase(band.region + " has no base band to check a sign-on against");
  const double cap = parameters.max_sign_on_share * *band.base.high;
  if (s > cap) {
    return Phrase("it is more than ") + percent_value(parameters.max_sign_on_share) +
           " of the top of the base band (" + money_value(cap, band.currency) + "), and the band states no sign-on range";
  }
  return std::nullopt;
}

}  // namespace

void answer_with_stated(Asks& asks, const Offer& offer, const Band& band, const StatedBand& stated,
                        const AskParameters& parameters) {
  for (const bool is_floor : {false, true}) {
    Proposal& p = is_floor ? asks.floor : asks.ask;
    const StatedParts& figures = is_floor ? stated.floor : stated.ask;
    const char* which = is_floor ? "floor" : "ask";
    // Why a figure of the guide's was not used, said first in its part's
    // reason once the part's answer is settled (a total comp may rescale it).
    std::optional<Phrase> refused[std::size(kParts)];
    for (std::size_t i = 0; i < std::size(kParts); ++i) {
      const Part& part = kParts[i];
      const std::optional<double>& s = figures.*part.stated;
      if (!s) continue;
      if (auto why = usable_part(*s, part, band, parameters)) {
        refused[i] = whose(which, stated) + ", " + money_value(*s, stated.currency) + ", is not used: " + *why;
        continue;
      }
      if (is_floor) {
        floor_part(p, part, *s, offered(offer, part), stated);
      } else {
        ask_part(p, part, *s, offered(offer, part), stated, parameters);
      }
    }
    if (figures.total_comp) {
      if (auto why = unusable_total(*figures.total_comp, band)) {
        const Phrase note = whose(which, stated) + ", " + money_value(*figures.total_comp, stated.currency) +
                            " total comp a year, is not used: " + *why;
        refused[0] = refused[0] ? *refused[0] + "; " + note : note;
      } else {
        meet_total(p, is_floor ? &asks.ask : nullptr, *figures.total_comp, offer, stated, parameters);
      }
    }
    for (std::size_t i = 0; i < std::size(kParts); ++i) {
      if (refused[i]) p.*kParts[i].reason = *refused[i] + "; " + p.*kParts[i].reason;
    }
  }
  // A floor is never above its ask: where the guide's floor is, the ask rises to it.
  for (const Part& part : kParts) {
    const std::optional<double>& floor = asks.floor.*part.value;
    std::optional<double>& ask = asks.ask.*part.value;
    if (!floor || (ask && *ask >= *floor)) continue;
    ask = floor;
    asks.ask.*part.source = asks.floor.*part.source;
    asks.ask.*part.reason = Phrase("at the floor, ") + money_value(*floor, stated.currency) +
                            ": never ask for less than the floor (" + asks.floor.*part.reason + ")";
  }
  fill_totals(asks.ask, offer, parameters.illiquid_discount);
  fill_totals(asks.floor, offer, parameters.illiquid_discount);
}

}  // namespace offercheck
