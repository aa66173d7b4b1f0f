#pragma once

// A sentence for people with its amounts kept apart: a template such as
// "ask {0} base; the band tops out at {1}" and the values it names. The core
// words a reason or a warning once; each front end writes the values its own
// way: the CLI through format_money and format_percent (text()), the page in
// its reader's locale (docs/json.md, "Phrase").

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

class JsonValue;  // json_value.hpp (which needs this header's types through result.hpp)

struct PhraseValue {
  enum class Kind { money, percent, multiple, count };
  Kind kind = Kind::money;
  // Whole units of `currency` (money), a fraction (percent: 0.85 is 85%), a
  // multiple of a price (1.8 reads "1.8×") or a number of things (15,000 shares).
  double value = 0;
  std::string currency;  // ISO 4217 (money only)

  bool operator==(const PhraseValue& other) const {
    return kind == other.kind && value == other.value && currency == other.currency;
  }
};

// An amount in `currency`, shown as format_money shows it.
PhraseValue money_value(double amount, std::string currency);
// A fraction shown as a whole percentage, as format_percent shows it.
PhraseValue percent_value(double fraction);
// "1.8×": at most two decimals, as format_multiple shows it.
PhraseValue multiple_value(double multiple);
// "15,000": a whole number, grouped, as format_count shows it.
PhraseValue count_value(double count);

class Phrase {
 public:
  Phrase() = default;
  explicit Phrase(std::string_view literal) { *this += literal; }

  // Text as it reads (its braces are doubled in the template).
  Phrase& operator+=(std::string_view literal);
  // A value, named "{n}" in the template.
  Phrase& operator+=(const PhraseValue& value);
  // Another phrase, its values renumbered after this one's.
  Phrase& operator+=(const Phrase& other);

  // "{0}" names values()[0]; "{{" and "}}" are literal braces.
  const std::string& pattern() const { return pattern_; }
  const std::vector<PhraseValue>& values() const { return values_; }
  // The sentence with each value written by format_money, format_percent,
  // format_multiple or format_count.
  std::string text() const;

  bool operator==(const Phrase& other) const {
    return pattern_ == other.pattern_ && values_ == other.values_;
  }

  // A phrase read back from its JSON (an index's warnings); false when `j` is not one.
  static bool from_json(const JsonValue& j, Phrase& into);

 private:
  std::string pattern_;
  std::vector<PhraseValue> values_;
};

template <class T>
Phrase operator+(Phrase phrase, const T& more) {
  phrase += more;
  return phrase;
}

void to_json(nlohmann::json& j, const Phrase& phrase);

}  // namespace offercheck
