#include "offercheck/compiled_guide.hpp"

#include "api/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

namespace {

constexpr int kVersion = 3;  // 3: with the stated ask and floor

// Ranges and positions as pairs: [low, high], [line, column].
nlohmann::json range_json(const Range& range) {
  return nlohmann::json::array({optional_json(range.low), optional_json(range.high)});
}

nlohmann::json position_json(const SourcePosition& at) { return nlohmann::json::array({at.line, at.column}); }

nlohmann::json band_json(const Band& band) {
  return {{"region", band.region},
          {"currency", band.currency},
          {"base", range_json(band.base)},
          {"stock", range_json(band.stock)},
          {"bonus", range_json(band.bonus)},
          {"bonus_pct", optional_json(band.bonus_pct)},
          {"signing_bonus", range_json(band.signing_bonus)},
          {"total_comp", range_json(band.total_comp)},
          {"at", position_json(band.at)}};
}

std::optional<double> optional_number(const JsonValue& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<double>();
}

std::optional<std::string> optional_text(const JsonValue& object, const char* key) {
  const JsonValue& value = object.at(key);
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

std::optional<Date> optional_date(const JsonValue& object, const char* key) {
  auto text = optional_text(object, key);
  if (!text) return std::nullopt;
  auto date = parse_date(*text);
  if (!date) throw std::invalid_argument(std::string(key) + " is not a date");
  return date;
}

Range range_from(const JsonValue& pair) {
  return Range{optional_number(pair.at(0)), optional_number(pair.at(1))};
}

SourcePosition position_from(const JsonValue& pair) {
  return SourcePosition{pair.at(0).get<int>(), pair.at(1).get<int>()};
}

Band band_from(const JsonValue& j) {
  Band band;
  band.region = j.at("region").get<std::string>();
  band.currency = j.at("currency").get<std::string>();
  band.base = range_from(j.at("base"));
  band.stock = range_from(j.at("stock"));
  band.bonus = range_from(j.at("bonus"));
  band.bonus_pct = optional_number(j.at("bonus_pct"));
  band.signing_bonus = range_from(j.at("signing_bonus"));
  band.total_comp = range_from(j.at("total_comp"));
  band.at = position_from(j.at("at"));
  return band;
}

// A section as [title, kind, level, line, text, plain].
nlohmann::json section_json(const Section& s) {
  return nlohmann::json::array({s.title, section_kind_name(s.kind), s.level, s.line, s.text, s.plain});
}

Section section_from(const JsonValue& j) {
  Section s;
  s.title = j.at(0).get<std::string>();
  const std::string kind = j.at(1).get<std::string>();
  for (SectionKind k : {SectionKind::preamble, SectionKind::heading, SectionKind::bold_line, SectionKind::label}) {
    if (kind == section_kind_name(k)) s.kind = k;
  }
  s.level = j.at(2).get<int>();
  s.line = j.at(3).get<int>();
  s.text = j.at(4).get<std::string>();
  s.plain = j.at(5).get<std::string>();
  return s;
}

}  // namespace

std::string compiled_guide(const Guide& guide) {
  // The guide's own JSON (guide.cpp), with its bands as read rather than as
  // shown (the bonus band as given, not in amounts) and what the JSON leaves
  // out: the body, where it starts, where each front-matter value stands, and
  // the sections with their plain text, so that loading one parses no
  // Markdown (the calculation module links no Markdown parser). Deflated, a
  // section's text costs little beside the body it repeats.
  nlohmann::json j = guide;
  nlohmann::json& sections = j["sections"] = nlohmann::json::array();
  for (const Section& section : guide.sections) sections.push_back(section_json(section));
  // What the strategy states, as read: the calculation module links no reader.
  j["stated"] = guide.stated;
  j["compiled_guide"] = kVersion;
  nlohmann::json& bands = j["compensation"] = nlohmann::json::array();
  for (const Band& band : guide.compensation) bands.push_back(band_json(band));
  nlohmann::json& positions = j["positions"] = nlohmann::json::object();
  for (const auto& [path, at] : guide.positions) positions[path] = position_json(at);
  j["body"] = guide.body;
  j["body_line"] = guide.body_line;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Guide> guide_from_compiled(std::string_view text) {
  auto read = parse_json(text);
  if (!read.ok() || !read.value().is_object()) return Error{"not a compiled guide of this offercheck version"};
  const JsonValue& j = read.value();
  try {
    if (j.value("compiled_guide", 0) != kVersion) return Error{"not a compiled guide of this offercheck version"};
    Guide guide;
    guide.company = j.at("company").get<std::string>();
    guide.company_display = j.at("company_display").get<std::string>();
    guide.role = j.at("role").get<std::string>();
    guide.role_display = j.at("role_display").get<std::string>();
    guide.role_type = optional_text(j, "role_type");
    guide.last_updated = optional_date(j, "last_updated");
    guide.data_quality = optional_text(j, "data_quality");
    guide.salary_data_quarter = optional_text(j, "salary_data_quarter");
    guide.next_review_due = optional_date(j, "next_review_due");
    for (const JsonValue& band : j.at("compensation")) guide.compensation.push_back(band_from(band));
    const JsonValue& levels = j.at("level_mapping");
    guide.level_mapping = LevelMapping{optional_text(levels, "internal"), optional_text(levels, "raw")};
    guide.data_sources = j.at("data_sources").get<std::vector<std::string>>();
    guide.negotiation_dna_summary = optional_text(j, "negotiation_dna_summary");
    guide.body = j.at("body").get<std::string>();
    guide.body_line = j.at("body_line").get<int>();
    for (const auto& item : j.at("positions").items()) guide.positions[item.key()] = position_from(item.value());
    for (const JsonValue& section : j.at("sections")) guide.sections.push_back(section_from(section));
    auto stated = stated_targets_from_json(j.at("stated"));
    if (!stated.ok()) return Error{"a damaged compiled guide: " + stated.error().message};
    guide.stated = std::move(stated.value());
    return guide;
  } catch (const std::exception& e) {
    return Error{std::string("a damaged compiled guide: ") + e.what()};
  }
}

}  // namespace offercheck
