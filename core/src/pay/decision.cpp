#include "offercheck/decision.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

namespace offercheck {

namespace {

// Amounts closer than this are level (whole units of money).
constexpr double kLevel = 0.5;

double four_year_total_at(const Package& offer, double multiple, double discount) {
  return year_by_year(offer.at_exit(ExitScenario{multiple, offer.exit.dilution}), discount).four_year_total;
}

// The 4-year total is linear in the multiple except where options' exit
// price passes their strike (flat before, rising after), and never falls: on
// the piece whose ends hold the target, interpolation is exact.
std::optional<double> solve_multiple(const Package& offer, double target, double discount) {
  std::vector<double> ends = {0, kMaxBreakevenMultiple};
  if (offer.options && offer.options->share_price > 0) {
    const double kink = offer.options->strike / (offer.options->share_price * (1 - offer.exit.dilution));
    if (kink > 0 && kink < kMaxBreakevenMultiple) ends.insert(ends.begin() + 1, kink);
  }
  double low = ends.front(), at_low = four_year_total_at(offer, low, discount);
  if (at_low >= target) return std::nullopt;
  for (std::size_t i = 1; i < ends.size(); ++i) {
    const double high = ends[i], at_high = four_year_total_at(offer, high, discount);
    if (at_high >= target) {
      const double multiple = low + (target - at_low) / (at_high - at_low) * (high - low);
      // A result a rounding error away from a round multiple is that multiple.
      return std::round(multiple * 1e9) / 1e9;
    }
    low = high, at_low = at_high;
  }
  return std::nullopt;
}

Phrase breakeven_note(const Package& offer, const CompetingResult& other, const std::optional<double>& multiple,
                      double discount, const std::string& currency) {
  const Phrase beats = Phrase("This offer beats " + other.offer.name);
  if (multiple) {
    Phrase note = beats + " only if the company exits above " + multiple_value(*multiple) + " today's share price";
    if (offer.exit.dilution > 0) note = note + ", after " + percent_value(offer.exit.dilution) + " dilution";
    return note + ".";
  }
  const double worthless = four_year_total_at(offer, 0, discount);
  const double best = four_year_total_at(offer, kMaxBreakevenMultiple, discount);
  const double target = other.view.four_year_total;
  if (best - worthless < kLevel) {
    const double gap = worthless - target;
    if (std::fabs(gap) < kLevel) return Phrase("This offer and " + other.offer.name + " are level over four years, and no exit changes that.");
    return gap > 0 ? beats + " by " + money_value(gap, currency) + " over four years; its value does not depend on an exit."
                   : Phrase("This offer trails " + other.offer.name + " by ") + money_value(-gap, currency) +
                         " over four years, and has no equity whose exit could make it up.";
  }
  if (worthless >= target) return beats + " over four years even if its equity is worth nothing.";
  return beats + " only above a " + multiple_value(kMaxBreakevenMultiple) + " exit: in practice, not at all.";
}

OfferDecision decide_one(const Package& offer, const YearView& years, const CompetingResult& other,
                         double discount, const std::string& currency) {
  OfferDecision d;
  d.name = other.offer.name;
  d.breakeven_exit_multiple = solve_multiple(offer, other.view.four_year_total, discount);
  d.breakeven_note = breakeven_note(offer, other, d.breakeven_exit_multiple, discount, currency);

  // Who leads after each year, by cumulative totals: +1 this offer, -1 the other, 0 level.
  double mine = 0, theirs = 0;
  int first_lead = 0;
  for (std::size_t i = 0; i < years.years.size() && i < other.view.years.size(); ++i) {
    mine += years.years[i].total;
    theirs += other.view.years[i].total;
    const int lead = mine - theirs > kLevel ? 1 : theirs - mine > kLevel ? -1 : 0;
    if (lead == 0) continue;
    if (first_lead == 0) {
      first_lead = lead;
    } else if (lead != first_lead) {
      d.crossover_year = years.years[i].year;
      break;
    }
  }
  const std::string year = d.crossover_year ? std::to_string(*d.crossover_year) : "";
  if (d.crossover_year) {
    d.crossover_note = Phrase(first_lead < 0 ? "This offer overtakes " + other.offer.name + " in year " + year + "."
                                             : other.offer.name + " overtakes this offer in year " + year + ".");
  } else if (first_lead == 0) {
    d.crossover_note = Phrase("This offer and " + other.offer.name + " are level every year.");
  } else {
    d.crossover_note = Phrase(first_lead > 0 ? "This offer leads " + other.offer.name + " in every year."
                                             : other.offer.name + " leads this offer in every year.");
  }
  return d;
}

}  // namespace

const OfferDecision& Decision::headline() const {
  for (const OfferDecision& d : offers) {
    if (d.name == compared_with) return d;
  }
  return offers.front();
}

std::optional<Decision> decide(const Package& offer, const YearView& years,
                               const std::vector<CompetingResult>& competing, double discount,
                               const std::string& currency) {
  if (competing.empty()) return std::nullopt;
  Decision decision;
  const CompetingResult* best = &competing.front();
  for (const CompetingResult& other : competing) {
    if (other.view.four_year_total > best->view.four_year_total) best = &other;
    decision.offers.push_back(decide_one(offer, years, other, discount, currency));
  }
  decision.compared_with = best->offer.name;
  return decision;
}

namespace {

void write_comparison(JsonWriter& out, const OfferDecision& d) {
  out.field("breakeven_exit_multiple", d.breakeven_exit_multiple)
      .field("breakeven_note", d.breakeven_note.text())
      .key("breakeven_note_parts");
  write_json(out, d.breakeven_note);
  out.field("crossover_year", d.crossover_year)
      .field("crossover_note", d.crossover_note.text())
      .key("crossover_note_parts");
  write_json(out, d.crossover_note);
}

}  // namespace

void write_json(JsonWriter& out, const Decision& decision) {
  const OfferDecision& headline = decision.headline();
  out.begin_object()
      .field("compared_with", decision.compared_with)
      .field("breakeven_compared_with", headline.name)
      .field("crossover_compared_with", headline.name);
  write_comparison(out, headline);
  out.key("offers").begin_array();
  for (const OfferDecision& d : decision.offers) {
    out.begin_object().field("name", d.name);
    write_comparison(out, d);
    out.end_object();
  }
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const Decision& decision) { j = dom_of(decision); }

}  // namespace offercheck
