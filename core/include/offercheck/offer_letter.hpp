#pragma once

// Reading an offer letter a person pasted: the figures the calculator's form
// takes, each with the sentence it came from, for the person to confirm.
// Nothing is filled from here: the front ends show what was found and fill
// the form only when asked.

#include "offercheck/diagnostic.hpp"
#include "offercheck/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// One figure of the letter.
struct LetterItem {
  // base: yearly base salary; stock: an equity grant's value (RSUs, shares);
  // options: a number of stock options; strike: their price per share;
  // bonus_pct: target bonus, percent of base; sign_on: a one-off bonus.
  std::string field;
  double value = 0;
  std::string currency;  // ISO 4217; empty for options and bonus_pct
  std::string sentence;  // the sentence it came from, as written (spaces collapsed)
  SourcePosition at;     // where its figure is written in the letter
  std::string note;      // how it was read when not as written ("€7,000 a month × 12"); often empty
};

// A figure of the letter that is not read: which part it is, or its
// currency, is unclear, and the reader does not guess.
struct UnreadFigure {
  std::string text;      // the figure as written: "¥5,000,000", "120,000"
  std::string sentence;  // the sentence it is in, as LetterItem's
  SourcePosition at;
  std::string reason;    // "no part of the offer is named", "¥ is written for CNY or JPY, and …"
};

struct OfferLetter {
  std::vector<LetterItem> found;  // in the order of the fields above, one per field
  // Which of base, equity, bonus and sign_on the letter did not give.
  std::vector<std::string> missing;
  // What was seen but could not be used ("1,200 RSUs without a value").
  std::vector<std::string> notes;
  // The money figures not read, in the letter's order.
  std::vector<UnreadFigure> unread;
  // The letter's currency (ISO 4217): its base salary's, else its first
  // item's with one; empty when no item has one.
  std::string currency;
};

// The letters read are at most this long (bytes); longer text is an error.
constexpr std::size_t kMaxLetterBytes = 1 << 20;

// Reads the letter sentence by sentence, in English, French or German.
// `default_currency` (ISO 4217 or empty) is the currency of figures written
// without one, and of a symbol several currencies share when it is one of
// them ("$" for "CAD", "kr" for "SEK"). Text that is empty, not UTF-8, too
// long, or gives none of the fields is an error whose message says what could
// not be found. Never throws.
Result<OfferLetter> read_offer_letter(std::string_view text, std::string_view default_currency = {});

}  // namespace offercheck
