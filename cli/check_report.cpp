#include "check_report.hpp"

#include "text_table.hpp"

#include "offercheck/fx.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/money.hpp"

#include <cstdio>

namespace offercheck::cli {

namespace {

const char* kDash = "—";

std::string money_or_dash(const std::optional<double>& amount, const std::string& currency) {
  return amount ? format_money(*amount, currency) : kDash;
}

// "74% into the band", "€62,000 (70%) above the top of the band"; a dash without a place.
std::string position_text(const ComponentComparison& component, const std::string& currency) {
  std::string words = position_phrase(component, currency).text();
  return words.empty() ? kDash : words;
}

std::string component_label(const std::string& name) {
  return name == "total_comp" ? "total comp" : name;
}

std::string proposal_table(const Proposal& proposal, const std::string& currency) {
  return render_table({
      {"  base", money_or_dash(proposal.base, currency), proposal.base_reason.text()},
      {"  stock (4 yr)", money_or_dash(proposal.stock, currency), proposal.stock_reason.text()},
      {"  sign-on", money_or_dash(proposal.sign_on, currency), proposal.sign_on_reason.text()},
  });
}

std::string year_table(const std::vector<NamedYears>& packages,
                       const std::string& currency) {
  std::vector<std::vector<std::string>> rows = {
      {"", "year 1", "year 2", "year 3", "year 4", "4-year total", "risk-adjusted"}};
  for (const auto& [name, view] : packages) {
    std::vector<std::string> row = {name};
    for (const YearRow& year : view->years) row.push_back(format_money(year.total, currency));
    row.push_back(format_money(view->four_year_total, currency));
    row.push_back(format_money(view->four_year_risk_adjusted, currency));
    rows.push_back(row);
  }
  return render_table(rows);
}

// The guide's own figures, the answer (the guide's where usable, or what
// the person's numbers made of it) and the band rule's cross-check, part by part.
std::string stated_table(const Evaluation& e) {
  const StatedEvaluation& stated = *e.stated;
  const std::string& currency = e.band.currency;
  std::vector<std::vector<std::string>> rows = {{"", "guide says", "answer", "band rule", "difference", ""}};
  auto row = [&](const char* name, const std::optional<double>& guide, const std::optional<double>& answer,
                 const std::optional<double>& rule, const std::optional<double>& difference) {
    if (!guide) return;
    rows.push_back({name, format_money(*guide, currency), money_or_dash(answer, currency),
                    money_or_dash(rule, currency), difference ? format_percent(*difference) : kDash,
                    is_apart(difference) ? "more than " + format_percent(kStatedTolerance) + " apart" : ""});
  };
  const StatedParts& ask = stated.stated.ask;
  const StatedParts& floor = stated.stated.floor;
  const StatedComparison& c = stated.comparison;
  const Proposal& a = e.asks.ask;
  const Proposal& f = e.asks.floor;
  row("  ask base", ask.base, a.base, a.band_rule.base, c.ask.base);
  row("  ask stock (4 yr)", ask.stock, a.stock, a.band_rule.stock, c.ask.stock);
  row("  ask sign-on", ask.sign_on, a.sign_on, a.band_rule.sign_on, c.ask.sign_on);
  row("  ask total comp", ask.total_comp, a.annual_total, std::nullopt, std::nullopt);
  row("  floor base", floor.base, f.base, f.band_rule.base, c.floor.base);
  row("  floor stock (4 yr)", floor.stock, f.stock, f.band_rule.stock, c.floor.stock);
  row("  floor sign-on", floor.sign_on, f.sign_on, f.band_rule.sign_on, c.floor.sign_on);
  row("  floor total comp", floor.total_comp, f.annual_total, std::nullopt, std::nullopt);
  std::string out = "\nThe guide's own ask and floor (line " + std::to_string(stated.stated.line) +
                    (stated.stated.region_inferred ? ", region inferred from the currency" : "") + ")\n";
  out += render_table(rows);
  for (const Phrase& note : stated.stated.notes) out += "  " + note.text() + "\n";
  out += "  From: " + stated.stated.text + "\n";
  return out;
}

// The equity as valued: options and their exit price, the chosen exit, and
// the 4-year value and total at a range of exits.
std::string equity_section(const Evaluation& e) {
  const EquityView& q = e.equity;
  const std::string& currency = e.band.currency;
  std::string out = "\nEquity (" + q.kind + ")";
  if (q.options) {
    out += ": " + format_count(q.options->shares) + " options at a " + format_price(q.options->strike, currency) +
           " strike, " + format_price(q.options->share_price, currency) + " a share today";
  }
  out += "\n  worth " + format_money(q.value_today, currency) + " today; at a " + format_multiple(q.exit.multiple) +
         " exit" + (q.exit.dilution > 0 ? " after " + format_percent(q.exit.dilution) + " dilution" : "");
  if (q.exit_price) out += " (" + format_price(*q.exit_price, currency) + " a share)";
  out += ", " + format_money(q.four_year_value, currency) + " vests over four years\n";
  std::vector<std::vector<std::string>> rows = {{"  exit", "equity (4 yr)", "4-year total"}};
  for (const ScenarioRow& row : q.scenarios) {
    rows.push_back({"  " + format_multiple(row.exit_multiple), format_money(row.four_year_value, currency),
                    format_money(row.four_year_total, currency)});
  }
  return out + render_table(rows);
}

std::string decision_section(const Decision& decision) {
  std::string out = "\nDecision\n";
  for (const OfferDecision& d : decision.offers) {
    out += "  " + d.breakeven_note.text() + "\n  " + d.crossover_note.text() + "\n";
  }
  return out;
}

std::string rate_text(double rate) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", rate);
  return text;
}

}  // namespace

std::string render_check_report(const Evaluation& e, const Guide& guide) {
  const std::string& currency = e.band.currency;
  std::string out = e.guide.company_display + " — " + e.guide.role_display + " — " +
                    e.band.region + " (" + currency + ")\n";
  out += "Data: last updated " +
         (e.guide.last_updated ? e.guide.last_updated->to_string() : std::string("unknown")) +
         ", salary data " + e.guide.salary_data_quarter.value_or("unknown") +
         ", next review due " +
         (e.guide.next_review_due ? e.guide.next_review_due->to_string() : std::string("unknown")) +
         (e.guide.stale ? " (stale)" : "") + ", quality " +
         e.guide.data_quality.value_or("unknown") + "\n\n";

  std::vector<std::vector<std::string>> rows = {
      {"component", "offer", "band low", "band high", "position", "status"}};
  for (const auto& c : e.comparison.components) {
    rows.push_back({component_label(c.name), c.offer ? format_money(*c.offer, currency) : "not entered",
                    money_or_dash(c.low, currency), money_or_dash(c.high, currency),
                    position_text(c, currency), status_name(c.status)});
  }
  out += render_table(rows);
  const Totals& t = e.comparison.totals;
  // Every total from the years (total_comp.hpp), as the year table below.
  out += "\nOffer totals: " + format_money(t.annual_average, currency) +
         " a year on average (four years, sign-on aside), " + format_money(t.year_one, currency) +
         " in year one (with sign-on), " + format_money(t.four_year, currency) +
         " over four years\n";

  out += "\nAsk (counter-offer): " + format_money(e.asks.ask.annual_total, currency) +
         " total comp a year (base + stock/4 + bonus)\n" + proposal_table(e.asks.ask, currency);
  out += "\nFloor (accept at or above): " + format_money(e.asks.floor.annual_total, currency) +
         " total comp a year (base + stock/4 + bonus)\n" + proposal_table(e.asks.floor, currency);
  if (e.stated) out += stated_table(e);

  out += "\nYear by year (" + e.offer.vesting.name + " vesting" +
         (e.offer.vesting.cadence != Cadence::yearly ? ", " + std::to_string(e.offer.vesting.cliff_months) + "-month cliff"
                                                     : std::string()) +
         (e.offer.raise_pct ? ", " + format_percent(*e.offer.raise_pct / 100) + " raise a year" : std::string()) +
         (e.offer.liquid ? "" : ", equity illiquid") + ")\n";
  out += year_table(named_years(e), currency);
  if (const std::string note = risk_adjusted_note(e).text(); !note.empty()) out += note + "\n";
  if (e.equity.kind != "none") out += equity_section(e);
  if (e.decision) out += decision_section(*e.decision);
  if (e.if_you_leave) out += "\nIf you leave: " + e.if_you_leave->note.text() + "\n";
  if (!e.fx.used().empty()) {
    out += "Exchange rates: " + bundled_fx_table().source + ", " + bundled_fx_table().date + ":";
    for (const auto& used : e.fx.used()) {
      out += " 1 " + used.currency + " = " + rate_text(used.rate) + " " + currency +
             (used.overridden ? " (yours)" : "");
    }
    out += "\n";
  }

  const auto claims = arithmetic_claims(guide);
  if (!claims.empty()) {
    out += "\nThe guide's own 4-year figures\n";
    for (const auto& claim : claims) {
      out += "  line " + std::to_string(claim.line) + ": " + claim_sentence(claim).text() + "\n";
    }
  }
  const auto levels = equivalent_levels(guide.level_mapping.raw.value_or(""));
  if (!levels.empty()) {
    out += "\nEquivalent levels\n";
    for (const auto& level : levels) out += "  - " + level + "\n";
  }

  if (!e.warnings.empty()) {
    out += "\nWarnings\n";
    for (const Diagnostic& d : e.warnings) out += "  " + d.code + ": " + d.message + "\n";
  }
  return out;
}

}  // namespace offercheck::cli
