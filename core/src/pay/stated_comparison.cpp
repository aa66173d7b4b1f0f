#include "offercheck/stated_comparison.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace offercheck {

namespace {

std::optional<double> difference(const std::optional<double>& computed, const std::optional<double>& stated) {
  if (!computed || !stated || *stated <= 0) return std::nullopt;
  return (*computed - *stated) / *stated;
}

void compare_part(const char* which, const char* part, const std::optional<double>& computed,
                  const std::optional<double>& stated, const std::string& currency,
                  std::optional<double>& into, StatedComparison& comparison) {
  into = difference(computed, stated);
  if (!is_apart(into)) return;
  comparison.differs = true;
  comparison.notes.push_back(Phrase(std::string("The guide's ") + which + " for " + part + " is ") +
                             money_value(*stated, currency) + "; the band rule's " + which + " is " +
                             money_value(*computed, currency) + " (" + percent_value(std::fabs(*into)) +
                             (*into < 0 ? " below)" : " above)"));
}

void compare_proposal(const char* which, const Proposal& computed, const StatedParts& stated,
                      const std::string& currency, PartDifferences& into, StatedComparison& comparison) {
  const Parts& rule = computed.band_rule;
  compare_part(which, "base", rule.base, stated.base, currency, into.base, comparison);
  compare_part(which, "stock", rule.stock, stated.stock, currency, into.stock, comparison);
  compare_part(which, "sign-on", rule.sign_on, stated.sign_on, currency, into.sign_on, comparison);
}

}  // namespace

StatedComparison compare_with_stated(const Asks& computed, const StatedBand& stated) {
  StatedComparison comparison;
  compare_proposal("ask", computed.ask, stated.ask, stated.currency, comparison.ask, comparison);
  compare_proposal("floor", computed.floor, stated.floor, stated.currency, comparison.floor, comparison);
  return comparison;
}

void write_json(JsonWriter& out, const PartDifferences& d) {
  out.begin_object().field("base", d.base).field("stock", d.stock).field("sign_on", d.sign_on).end_object();
}

// Whether each part is more than the tolerance apart (false where either side is missing).
static void write_apart(JsonWriter& out, const PartDifferences& d) {
  out.begin_object()
      .field("base", is_apart(d.base))
      .field("stock", is_apart(d.stock))
      .field("sign_on", is_apart(d.sign_on))
      .end_object();
}

// differences, apart, differs and tolerance: the comparison's fields in both
// the evaluation's `stated` and offercheck asks.
static void write_comparison_fields(JsonWriter& out, const StatedComparison& c) {
  out.key("differences").begin_object().key("ask");
  write_json(out, c.ask);
  out.key("floor");
  write_json(out, c.floor);
  out.end_object().key("apart").begin_object().key("ask");
  write_apart(out, c.ask);
  out.key("floor");
  write_apart(out, c.floor);
  out.end_object().field("differs", c.differs).field("tolerance", kStatedTolerance);
}

void write_json(JsonWriter& out, const StatedParts& p) {
  out.begin_object()
      .field("base", p.base)
      .field("stock", p.stock)
      .field("sign_on", p.sign_on)
      .field("bonus", p.bonus)
      .field("total_comp", p.total_comp)
      .end_object();
}

void write_json(JsonWriter& out, const StatedComparison& c) {
  out.begin_object();
  write_comparison_fields(out, c);
  out.end_object();
}

void write_json(JsonWriter& out, const StatedEvaluation& e) {
  const StatedBand& s = e.stated;
  out.begin_object().key("ask");
  write_json(out, s.ask);
  out.key("floor");
  write_json(out, s.floor);
  out.field("region", s.region)
      .field("currency", s.currency)
      .field("region_inferred", s.region_inferred)
      .field("text", s.text)
      .field("line", s.line);
  write_comparison_fields(out, e.comparison);
  // How the figures were read (a midpoint, a yearly grant × 4), then how they differ.
  std::vector<Phrase> notes = s.notes;
  notes.insert(notes.end(), e.comparison.notes.begin(), e.comparison.notes.end());
  out.key("notes").begin_array();
  for (const Phrase& note : notes) out.value(note.text());
  out.end_array().key("note_parts");
  write_json(out, notes);
  out.end_object();
}

void to_json(nlohmann::json& j, const PartDifferences& d) { j = dom_of(d); }
void to_json(nlohmann::json& j, const StatedComparison& c) { j = dom_of(c); }

}  // namespace offercheck
