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

struct OfferLetter {
  std::vector<LetterItem> found;  // in the order of the fields above, one per field
  // Which of base, equity, bonus and sign_on the letter did not give.
  std::vector<std::string> missing;
  // What was seen but could not be used ("1,200 RSUs without a value").
  std::vector<std::string> notes;
};

// The letters read are at most this long (bytes); longer text is an error.
constexpr std::size_t kMaxLetterBytes = 1 << 20;

// Reads the letter sentence by sentence. `default_currency` (ISO 4217 or
// empty) is the currency of figures written without one, and of "$" when it
// is a dollar ("CAD"). Text that is empty, not UTF-8, too long, or gives none
// of the fields is an error whose message says what could not be found.
// Never throws.
Result<OfferLetter> read_offer_letter(std::string_view text, std::string_view default_currency = {});

}  // namespace offercheck
