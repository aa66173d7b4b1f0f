#pragma once

// The figures of an offer letter's sentence and the field each belongs to,
// named by the words nearest to it. Internal to the core.

#include "letter/fields.hpp"
#include "letter/period.hpp"
#include "letter/sentences.hpp"
#include "money/prose_amounts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// How a whole letter writes its figures.
struct LetterContext {
  std::string error;  // not empty: the default currency is not one
  bool ok() const { return error.empty(); }
  ProseStyle style;
  std::string default_currency;  // ISO 4217 or empty
  // The currencies the letter names by their code or a symbol of their own
  // ("JPY", "CA$"): which one a shared symbol ("¥", "$") is.
  std::vector<std::string> named;
  MonthsPaid months;  // the months' pay of a year, for a monthly salary
};

LetterContext letter_context(std::string_view text, std::string_view default_currency);

struct Figure {
  enum Kind { amount, percent, count } kind = amount;
  std::size_t begin = 0, end = 0;  // byte offsets in the letter
  double value = 0;  // yearly for a base salary
  std::string currency;
  Field field = Field::none;
  std::string note;    // how it was read, when not as written
  std::string unread;  // why it cannot be read (its currency unclear); empty when it can
};

struct SentenceFigures {
  // The sentence's amounts, percents and counts (of shares, units, options),
  // in order. Years and durations ("4 years", "13 mois") are left out; a
  // figure without a currency is money in the default currency, when there
  // is one, and unread when there is none.
  std::vector<Figure> figures;
  bool options = false;  // it grants stock options: it says so or states a strike price
  bool units = false;    // it counts RSUs, units or shares
};

SentenceFigures figures_of(std::string_view text, const Sentence& sentence, const LetterContext& context);

}  // namespace offercheck
