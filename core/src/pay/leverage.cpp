#include "pay/leverage.hpp"

#include "offercheck/money.hpp"
#include "offercheck/years.hpp"

#include <algorithm>

namespace offercheck {

namespace {

const CompetingResult* best_of(const std::vector<CompetingResult>& competing) {
  const CompetingResult* best = nullptr;
  for (const auto& c : competing) {
    if (!best || c.view.four_year_risk_adjusted > best->view.four_year_risk_adjusted) best = &c;
  }
  return best;
}

double value_of(const Proposal& p, const Offer& offer, double discount) {
  return year_by_year(offer.package(p.base, p.stock, p.sign_on), discount).four_year_risk_adjusted;
}

// What one more unit of a part adds to the 4-year value, as the years count
// it: raises, bonus percent and payout for base; vesting, exit and liquidity
// for equity. Every part's value is linear in it, so a finite step is exact.
double per_unit(Proposal p, std::optional<double> Proposal::*part, const Offer& offer, double discount) {
  constexpr double kStep = 1000;
  const double before = value_of(p, offer, discount);
  p.*part = *(p.*part) + kStep;
  return (value_of(p, offer, discount) - before) / kStep;
}

struct Limits {
  std::optional<double> base, stock, sign_on;  // caps besides the bands (the ask, for a floor)
};

// Raises `p` until its 4-year value reaches `target` or nothing is left to raise.
void close_gap(Proposal& p, const Offer& offer, const Band& band, const AskParameters& params,
               double target, const Limits& limits, const Phrase& why) {
  const std::string& currency = band.currency;
  double gap = target - value_of(p, offer, params.illiquid_discount);
  if (gap <= 0) return;

  if (p.base && band.base.has_data()) {
    const double unit = per_unit(p, &Proposal::base, offer, params.illiquid_discount);
    double top = std::max(*band.base.high, *p.base);
    if (limits.base) top = std::min(top, *limits.base);
    if (unit > 0 && top > *p.base) {
      const double raised = std::min(top, round_clean_up(*p.base + gap / unit));
      gap -= (raised - *p.base) * unit;
      p.base = raised;
      p.base_source = Source::competing;
      p.base_reason = raised >= *band.base.high
                          ? why + "; base goes to the top of its band (" + money_value(*band.base.high, currency) + ") first"
                          : why + "; raised through base";
    }
  }
  if (gap > 0 && p.stock && band.stock.has_data()) {
    const double unit = per_unit(p, &Proposal::stock, offer, params.illiquid_discount);
    double top = std::max(*band.stock.high, *p.stock);
    if (limits.stock) top = std::min(top, *limits.stock);
    if (unit > 0 && top > *p.stock) {
      const double raised = std::min(top, round_clean_up(*p.stock + gap / unit));
      gap -= (raised - *p.stock) * unit;
      p.stock = raised;
      p.stock_source = Source::competing;
      p.stock_reason = why + "; with base at the top of its band, the rest of the gap goes to equity";
    }
  }
  if (gap > 0) {
    const double current = p.sign_on.value_or(offer.sign_on.value_or(0));
    const double cap = band.signing_bonus.has_data()
                           ? std::max(*band.signing_bonus.high, current)
                           : std::max(params.max_sign_on_share * p.base.value_or(offer.base), current);
    double raised = std::min(cap, round_clean_up(current + gap));
    if (limits.sign_on) raised = std::min(raised, *limits.sign_on);
    if (raised > current) {
      p.sign_on = raised;
      p.sign_on_source = Source::competing;
      p.sign_on_reason = why + "; with base and equity at the top of their bands, the rest is a sign-on bonus";
      if (raised >= cap) p.sign_on_reason = p.sign_on_reason + " (at most " + money_value(cap, currency) + ")";
    }
  }
  fill_totals(p, offer, params.illiquid_discount);
}

}  // namespace

std::vector<Diagnostic> apply_leverage(Asks& asks, const Offer& offer, const Band& band,
                                       const AskParameters& params,
                                       const std::vector<CompetingResult>& competing) {
  std::vector<Diagnostic> warnings;
  const CompetingResult* best = best_of(competing);
  if (!best) return warnings;
  const std::string& currency = band.currency;
  const double target = best->view.four_year_risk_adjusted;
  const PhraseValue value = money_value(target, currency);

  if (target > asks.ask.four_year_risk_adjusted) {
    close_gap(asks.ask, offer, band, params, target, {},
              Phrase("raised toward " + best->offer.name + ", worth ") + value +
                  " over four years, more than this ask");
  }
  if (target > asks.floor.four_year_risk_adjusted) {
    Limits at_most_the_ask{asks.ask.base, asks.ask.stock, asks.ask.sign_on};
    close_gap(asks.floor, offer, band, params, target, at_most_the_ask,
              Phrase("raised to " + best->offer.name + "'s ") + value +
                  " over four years: below that, that offer is worth more");
  }

  const double floor_value = asks.floor.four_year_risk_adjusted;
  const double floor_year_one =
      year_by_year(offer.package(asks.floor.base, asks.floor.stock, asks.floor.sign_on), params.illiquid_discount)
          .years.front()
          .total;
  for (const auto& c : competing) {
    if (floor_value + 0.5 < c.view.four_year_risk_adjusted) {
      warnings.push_back(make_warning(
          "floor_below_competing",
          Phrase("over four years the floor is worth ") + money_value(floor_value, currency) + ", less than " +
              c.offer.name + " (" + money_value(c.view.four_year_risk_adjusted, currency) +
              "), even raised as far as the bands allow"));
    }
    const double competing_year_one = c.view.years.front().total;
    if (floor_year_one + 0.5 < competing_year_one) {
      warnings.push_back(make_warning(
          "floor_year_one_below_competing",
          Phrase("in year one the floor pays ") + money_value(floor_year_one, currency) + ", less than " +
              c.offer.name + " (" + money_value(competing_year_one, currency) +
              "); a sign-on bonus could close it"));
    }
  }
  return warnings;
}

}  // namespace offercheck
