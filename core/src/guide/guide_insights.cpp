#include "offercheck/guide_insights.hpp"

#include "api/json_schema.hpp"
#include "common/trim.hpp"
#include "money/prose_amounts.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace offercheck {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (true) {
    std::size_t next = text.find(separator, at);
    std::string part(trim(std::string_view(text).substr(at, next == std::string::npos ? std::string::npos : next - at)));
    if (!part.empty()) parts.push_back(part);
    if (next == std::string::npos) break;
    at = next + separator.size();
  }
  return parts;
}

// Calls visit(line number, line) for each line of the guide's body until it returns false.
template <class Visit>
void for_each_body_line(const Guide& guide, Visit visit) {
  int line = guide.body_line;
  const std::string& body = guide.body;
  for (std::size_t at = 0; at < body.size(); ++line) {
    std::size_t end = body.find('\n', at);
    if (end == std::string::npos) end = body.size();
    if (!visit(line, body.substr(at, end - at))) return;
    at = end + 1;
  }
}

bool followed_by(const std::string& text, std::size_t at, std::initializer_list<const char*> words) {
  for (const char* word : words) {
    if (text.compare(at, std::strlen(word), word) == 0) return true;
  }
  return false;
}

// Region words as guides abbreviate them.
std::string canonical_place(std::string name) {
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "nyc") return "new york";
  if (name == "sf" || name == "sfo") return "san francisco";
  if (name == "la") return "los angeles";
  return name;
}

}  // namespace

std::vector<std::string> equivalent_levels(const std::string& raw) {
  std::string text(trim(raw));
  if (!text.empty() && text.front() == '|') return split(text, "|");
  if (text.find(" = ") == std::string::npos) return {};
  std::size_t sentence_end = text.find(". ");
  return split(text.substr(0, sentence_end), " = ");
}

std::vector<ArithmeticClaim> arithmetic_claims(const Guide& guide) {
  std::vector<ArithmeticClaim> claims;
  for_each_body_line(guide, [&](int line, const std::string& text) {
    const auto tokens = prose_amounts(text);
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
      const ProseAmount& base = tokens[i];
      const ProseAmount& stock = tokens[i + 1];
      if (!followed_by(text, base.end, {" base"}) ||
          !followed_by(text, stock.end, {"/year", "/yr", " per year", " a year"})) {
        continue;
      }
      for (std::size_t k = i + 2; k < tokens.size() && k < i + 4; ++k) {
        const ProseAmount& total = tokens[k];
        std::size_t window_end = std::min(text.size(), total.end + 60);
        std::string after = text.substr(total.end, window_end - total.end);
        bool four_years = after.find("four years") != std::string::npos ||
                          after.find("4 years") != std::string::npos;
        if (!four_years || total.currency != base.currency || stock.currency != base.currency) continue;
        ArithmeticClaim claim;
        claim.line = line;
        claim.text = std::string(trim(std::string_view(text).substr(base.begin, window_end - base.begin)));
        claim.currency = base.currency;
        claim.base = base.low;
        claim.stock_per_year = stock.low;
        claim.stated_four_year = total.low;
        claim.computed_four_year = 4 * base.low + 4 * stock.low;
        claim.matches = std::fabs(claim.stated_four_year - claim.computed_four_year) <=
                        0.02 * claim.computed_four_year;
        claims.push_back(claim);
        break;
      }
    }
    return true;
  });
  return claims;
}

std::optional<DerivationHint> derivation_hint(const Guide& guide, const std::string& region) {
  std::optional<DerivationHint> found;
  for_each_body_line(guide, [&](int line, const std::string& text) {
    std::size_t percent = text.find("% of ");
    if (text.find(region) == std::string::npos || percent == std::string::npos) return true;
    // "60–100% of NYC": digits, a dash (ASCII or en dash), digits, "% of ", a place.
    std::size_t high_end = percent, high_begin = percent;
    while (high_begin > 0 && std::isdigit(static_cast<unsigned char>(text[high_begin - 1]))) --high_begin;
    std::size_t dash = high_begin;
    if (dash >= 3 && text.compare(dash - 3, 3, "–") == 0) dash -= 3;
    else if (dash >= 1 && text[dash - 1] == '-') dash -= 1;
    std::size_t low_begin = dash;
    while (low_begin > 0 && std::isdigit(static_cast<unsigned char>(text[low_begin - 1]))) --low_begin;
    std::size_t place_begin = percent + 5, place_end = place_begin;
    while (place_end < text.size() && (std::isalnum(static_cast<unsigned char>(text[place_end])) ||
                                       text[place_end] == ' ')) {
      ++place_end;
    }
    if (low_begin == dash || high_begin == high_end) return true;
    const std::string place = canonical_place(std::string(trim(std::string_view(text).substr(place_begin, place_end - place_begin))));
    for (const Band& band : guide.compensation) {
      if (canonical_place(band.region).rfind(place, 0) != 0 || !band.base.has_data()) continue;
      DerivationHint hint;
      hint.reference = band.region;
      hint.low_factor = std::atof(text.substr(low_begin, dash - low_begin).c_str()) / 100;
      hint.high_factor = std::atof(text.substr(high_begin, high_end - high_begin).c_str()) / 100;
      hint.line = line;
      if (hint.low_factor > 0 && hint.low_factor <= hint.high_factor) {
        found = hint;
        return false;
      }
    }
    return true;
  });
  return found;
}

Phrase claim_sentence(const ArithmeticClaim& c) {
  return Phrase() + money_value(c.base, c.currency) + " base + " + money_value(c.stock_per_year, c.currency) +
         "/year over four years = " + money_value(c.computed_four_year, c.currency) + "; the guide says " +
         money_value(c.stated_four_year, c.currency) + (c.matches ? " (agrees)" : " (does not add up)");
}

void write_insights(JsonWriter& out, const Guide& guide) {
  out.begin_object().key("levels").begin_array();
  for (const std::string& level : equivalent_levels(guide.level_mapping.raw.value_or(""))) out.value(level);
  out.end_array().key("claims");
  write_json(out, arithmetic_claims(guide));
  out.key("derivations").begin_object();
  for (const Band& band : guide.compensation) {
    if (band.has_any_number()) continue;
    if (auto hint = derivation_hint(guide, band.region)) {
      out.key(band.region);
      write_json(out, *hint);
    }
  }
  out.end_object().end_object();
}

nlohmann::json insights_json(const Guide& guide) {
  JsonWriter out;
  write_insights(out, guide);
  return nlohmann::json::parse(out.text());
}

void write_json(JsonWriter& out, const ArithmeticClaim& c) {
  const Phrase sentence = claim_sentence(c);
  out.begin_object()
      .field("line", c.line)
      .field("text", c.text)
      .field("currency", c.currency)
      .field("base", c.base)
      .field("stock_per_year", c.stock_per_year)
      .field("stated_four_year", c.stated_four_year)
      .field("computed_four_year", c.computed_four_year)
      .field("matches", c.matches)
      .field("sentence", sentence.text())
      .key("sentence_parts");
  write_json(out, sentence);
  out.end_object();
}

void write_json(JsonWriter& out, const DerivationHint& h) {
  out.begin_object()
      .field("reference", h.reference)
      .field("low_factor", h.low_factor)
      .field("high_factor", h.high_factor)
      .field("line", h.line)
      .end_object();
}

void to_json(nlohmann::json& j, const ArithmeticClaim& c) { j = dom_of(c); }
void to_json(nlohmann::json& j, const DerivationHint& h) { j = dom_of(h); }

}  // namespace offercheck
