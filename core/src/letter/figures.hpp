#pragma once

// The figures of an offer letter's sentence and the field each belongs to,
// named by the words nearest to it. Internal to the core.

#include "letter/sentences.hpp"
#include "money/prose_amounts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

enum class Field { none, base, equity, strike, bonus, sign_on };

// How a whole letter writes its figures.
struct LetterContext {
  std::string error;  // not empty: the default currency is not one
  bool ok() const { return error.empty(); }
  ProseStyle style;
  std::string default_currency;  // ISO 4217 or empty
  bool dollar_is_default = false;  // "$" is the default currency (a dollar other than USD)
};

LetterContext letter_context(std::string_view text, std::string_view default_currency);

struct Figure {
  enum Kind { amount, percent, count } kind = amount;
  std::size_t begin = 0, end = 0;  // byte offsets in the letter
  double value = 0;  // yearly for a base salary
  std::string currency;
  Field field = Field::none;
  std::string note;  // how it was read, when not as written
};

// The sentence's amounts, percents and counts (of shares, units, options), in
// order. Years and durations ("4 years") are left out; a figure without a
// currency is money in the default currency, when there is one.
std::vector<Figure> figures_of(std::string_view text, const Sentence& sentence, const LetterContext& context);

// Whether the sentence grants stock options: it says "option" or states a strike price.
bool mentions_options(std::string_view text, const Sentence& sentence, const std::vector<Figure>& figures);

// Whether the sentence counts RSUs, units or shares.
bool mentions_units(std::string_view text, const Sentence& sentence);

}  // namespace offercheck
