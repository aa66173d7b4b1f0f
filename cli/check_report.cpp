#include "check_report.hpp"

#include "text_table.hpp"

#include "offercheck/money.hpp"

namespace offercheck::cli {

namespace {

const char* kDash = "—";

std::string money_or_dash(const std::optional<double>& amount, const std::string& currency) {
  return amount ? format_money(*amount, currency) : kDash;
}

std::string component_label(const std::string& name) {
  return name == "total_comp" ? "total comp" : name;
}

std::string proposal_table(const Proposal& proposal, const std::string& currency) {
  return render_table({
      {"  base", money_or_dash(proposal.base, currency), proposal.base_reason},
      {"  stock (4 yr)", money_or_dash(proposal.stock, currency), proposal.stock_reason},
      {"  sign-on", money_or_dash(proposal.sign_on, currency), proposal.sign_on_reason},
  });
}

}  // namespace

std::string render_check_report(const Evaluation& e) {
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
    rows.push_back({component_label(c.name), format_money(c.offer, currency),
                    money_or_dash(c.low, currency), money_or_dash(c.high, currency),
                    c.position ? format_percent(*c.position) : kDash, status_name(c.status)});
  }
  out += render_table(rows);
  const Totals& t = e.comparison.totals;
  out += "\nOffer totals: " + format_money(t.annual_average, currency) +
         " a year on average (base + stock/4 + bonus), " + format_money(t.year_one, currency) +
         " in year one (with sign-on), " + format_money(t.four_year, currency) +
         " over four years\n";

  out += "\nAsk (counter-offer): " + format_money(e.asks.ask.annual_total, currency) +
         " a year on average\n" + proposal_table(e.asks.ask, currency);
  out += "\nFloor (accept at or above): " + format_money(e.asks.floor.annual_total, currency) +
         " a year on average\n" + proposal_table(e.asks.floor, currency);

  if (!e.warnings.empty()) {
    out += "\nWarnings\n";
    for (const Diagnostic& d : e.warnings) out += "  " + d.code + ": " + d.message + "\n";
  }
  return out;
}

}  // namespace offercheck::cli
