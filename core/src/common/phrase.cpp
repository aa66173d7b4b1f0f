#include "offercheck/phrase.hpp"

#include "api/json_schema.hpp"
#include "offercheck/money.hpp"

#include <nlohmann/json.hpp>

namespace offercheck {

PhraseValue money_value(double amount, std::string currency) {
  return PhraseValue{PhraseValue::Kind::money, amount, std::move(currency)};
}

PhraseValue percent_value(double fraction) { return PhraseValue{PhraseValue::Kind::percent, fraction, {}}; }

PhraseValue multiple_value(double multiple) { return PhraseValue{PhraseValue::Kind::multiple, multiple, {}}; }

PhraseValue count_value(double count) { return PhraseValue{PhraseValue::Kind::count, count, {}}; }

Phrase& Phrase::operator+=(std::string_view literal) {
  for (char c : literal) {
    pattern_ += c;
    if (c == '{' || c == '}') pattern_ += c;
  }
  return *this;
}

Phrase& Phrase::operator+=(const PhraseValue& value) {
  pattern_ += '{' + std::to_string(values_.size()) + '}';
  values_.push_back(value);
  return *this;
}

Phrase& Phrase::operator+=(const Phrase& other) {
  const std::size_t offset = values_.size();
  const std::string& p = other.pattern_;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '{' && i + 1 < p.size() && p[i + 1] != '{') {
      const std::size_t close = p.find('}', i);
      pattern_ += '{' + std::to_string(offset + std::stoul(p.substr(i + 1, close - i - 1))) + '}';
      i = close;
    } else {
      pattern_ += p[i];
      if ((p[i] == '{' || p[i] == '}') && i + 1 < p.size()) pattern_ += p[++i];
    }
  }
  values_.insert(values_.end(), other.values_.begin(), other.values_.end());
  return *this;
}

namespace {

std::string value_text(const PhraseValue& value) {
  switch (value.kind) {
    case PhraseValue::Kind::money: return format_money(value.value, value.currency);
    case PhraseValue::Kind::percent: return format_percent(value.value);
    case PhraseValue::Kind::multiple: return format_multiple(value.value);
    case PhraseValue::Kind::count: return format_count(value.value);
  }
  return {};
}

const char* kind_name(PhraseValue::Kind kind) {
  switch (kind) {
    case PhraseValue::Kind::money: return "money";
    case PhraseValue::Kind::percent: return "percent";
    case PhraseValue::Kind::multiple: return "multiple";
    case PhraseValue::Kind::count: return "count";
  }
  return "money";
}

}  // namespace

std::string Phrase::text() const {
  std::string out;
  out.reserve(pattern_.size() + 12 * values_.size());
  for (std::size_t i = 0; i < pattern_.size(); ++i) {
    const char c = pattern_[i];
    if ((c == '{' || c == '}') && i + 1 < pattern_.size() && pattern_[i + 1] == c) {
      out += c;
      ++i;
    } else if (c == '{') {
      std::size_t index = 0;
      for (++i; i < pattern_.size() && pattern_[i] != '}'; ++i) index = index * 10 + static_cast<std::size_t>(pattern_[i] - '0');
      if (index < values_.size()) out += value_text(values_[index]);
    } else {
      out += c;
    }
  }
  return out;
}

void write_json(JsonWriter& out, const Phrase& phrase) {
  out.begin_object().field("template", phrase.pattern()).key("values").begin_array();
  for (const PhraseValue& value : phrase.values()) {
    const bool money = value.kind == PhraseValue::Kind::money;
    out.begin_object()
        .field("kind", kind_name(value.kind))
        .field("value", value.value)
        .key("currency");
    if (money) out.value(value.currency);
    else out.value(nullptr);
    out.end_object();
  }
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const Phrase& phrase) { j = dom_of(phrase); }

bool Phrase::from_json(const JsonValue& j, Phrase& into) {
  if (!j.is_object() || !j.contains("template") || !j["template"].is_string() || !j.contains("values") ||
      !j["values"].is_array()) {
    return false;
  }
  Phrase read;
  read.pattern_ = j["template"].get<std::string>();
  for (const JsonValue& v : j["values"]) {
    if (!v.is_object() || !v.contains("value") || !v["value"].is_number()) return false;
    const std::string kind = v.value("kind", "");
    const double number = v["value"].get<double>();
    if (kind == "money") {
      read.values_.push_back(money_value(number, v.value("currency", "")));
    } else if (kind == "multiple") {
      read.values_.push_back(multiple_value(number));
    } else if (kind == "count") {
      read.values_.push_back(count_value(number));
    } else {
      read.values_.push_back(percent_value(number));
    }
  }
  into = std::move(read);
  return true;
}

}  // namespace offercheck
