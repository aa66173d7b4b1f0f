#include "offercheck/stated_figures.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

const StatedBand* stated_for(const StatedTargets& targets, const Band& band) {
  if (band.derived_from) return nullptr;
  for (const StatedBand& stated : targets.bands) {
    if (same_region(stated.region, band.region)) return &stated;
  }
  return nullptr;
}

void to_json(nlohmann::json& j, const StatedParts& p) {
  auto value = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  j = {{"base", value(p.base)},
       {"stock", value(p.stock)},
       {"sign_on", value(p.sign_on)},
       {"bonus", value(p.bonus)},
       {"total_comp", value(p.total_comp)}};
}

void to_json(nlohmann::json& j, const StatedBand& b) {
  nlohmann::json notes = nlohmann::json::array(), note_parts = nlohmann::json::array();
  for (const Phrase& note : b.notes) {
    notes.push_back(note.text());
    note_parts.push_back(note);
  }
  j = {{"region", b.region}, {"currency", b.currency}, {"ask", b.ask},          {"floor", b.floor},
       {"text", b.text},     {"line", b.line},         {"region_inferred", b.region_inferred},
       {"notes", notes},     {"note_parts", note_parts}};
}

void to_json(nlohmann::json& j, const UnreadAmount& u) {
  j = {{"text", u.text}, {"sentence", u.sentence}, {"line", u.line}, {"reason", u.reason}};
}

void to_json(nlohmann::json& j, const StatedTargets& t) {
  j = {{"targets", t.bands}, {"unread", t.unread}, {"has_strategy", t.has_strategy}};
}

namespace {

std::optional<double> amount_from(const JsonValue& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<double>();
}

StatedParts parts_from(const JsonValue& j) {
  return StatedParts{amount_from(j.at("base")), amount_from(j.at("stock")), amount_from(j.at("sign_on")),
                     amount_from(j.at("bonus")), amount_from(j.at("total_comp"))};
}

}  // namespace

Result<StatedTargets> stated_targets_from_json(const JsonValue& j) {
  try {
    StatedTargets t;
    for (const JsonValue& b : j.at("targets")) {
      StatedBand band;
      band.region = b.at("region").get<std::string>();
      band.currency = b.at("currency").get<std::string>();
      band.ask = parts_from(b.at("ask"));
      band.floor = parts_from(b.at("floor"));
      band.text = b.at("text").get<std::string>();
      band.line = b.at("line").get<int>();
      band.region_inferred = b.at("region_inferred").get<bool>();
      for (const JsonValue& part : b.at("note_parts")) {
        Phrase note;
        if (!Phrase::from_json(part, note)) return Error{"stated: a note that is not a phrase"};
        band.notes.push_back(std::move(note));
      }
      t.bands.push_back(std::move(band));
    }
    for (const JsonValue& u : j.at("unread")) {
      t.unread.push_back({u.at("text").get<std::string>(), u.at("sentence").get<std::string>(),
                          u.at("line").get<int>(), u.at("reason").get<std::string>()});
    }
    t.has_strategy = j.value("has_strategy", false);
    return t;
  } catch (const std::exception& e) {
    return Error{std::string("stated: ") + e.what()};
  }
}

}  // namespace offercheck
