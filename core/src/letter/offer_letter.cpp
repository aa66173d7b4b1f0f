#include "offercheck/offer_letter.hpp"

#include "letter/figures.hpp"
#include "letter/sentences.hpp"
#include "offercheck/money.hpp"
#include "text/text_encoding.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <new>
#include <stdexcept>
#include <optional>

namespace offercheck {

namespace {

// At most this many figures are listed unread (each quotes its sentence); a
// note counts the others.
constexpr std::size_t kMaxUnread = 20;

// Where figures are written, counted on from the last one asked for: figures
// are met in the letter's order, and counting each from the letter's start
// would take time quadratic in its length.
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text) {}

  SourcePosition at(std::size_t offset) {
    if (offset < offset_) offset_ = 0, position_ = {1, 1};
    const SourcePosition on = position_at(text_.substr(offset_), offset - offset_);
    position_ = on.line > 1 ? SourcePosition{position_.line + on.line - 1, on.column}
                            : SourcePosition{position_.line, position_.column + on.column - 1};
    offset_ = offset;
    return position_;
  }

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  SourcePosition position_{1, 1};
};

// What the letter gave, field by field, while it is read.
struct Reading {
  explicit Reading(std::string_view letter) : text(letter), positions(letter) {}
  std::string_view text;
  Positions positions;
  std::optional<LetterItem> base, stock, options, strike, bonus_pct, sign_on;
  std::optional<LetterItem> bonus_amount;  // a bonus as an amount: a percent once the base is known
  std::vector<std::string> notes;
  std::vector<UnreadFigure> unread;
  std::size_t unread_left_out = 0;
};

// The item's value as the person reads it: "€74,400", "15%", "$2.15".
std::string shown(const LetterItem& item) {
  if (item.currency.empty()) {
    char text[32];
    std::snprintf(text, sizeof text, "%g%%", item.value);
    return text;
  }
  return item.field == "strike" ? format_price(item.value, item.currency) : format_money(item.value, item.currency);
}

// One sentence's figures put in their fields. Its quotation is made once,
// when a figure is kept or listed (a sentence may hold a whole letter).
class SentenceReading {
 public:
  SentenceReading(Reading& reading, const Sentence& sentence) : reading_(reading), sentence_(sentence) {}

  LetterItem item(const Figure& figure, std::string field) {
    LetterItem item;
    item.field = std::move(field);
    item.value = figure.value;
    item.currency = figure.currency;
    item.sentence = quotation();
    item.at = reading_.positions.at(figure.begin);
    item.note = figure.note;
    return item;
  }

  void unread(const Figure& figure, std::string reason) {
    if (reading_.unread.size() >= kMaxUnread) {
      ++reading_.unread_left_out;
      return;
    }
    UnreadFigure unread;
    unread.text = quoted(reading_.text.substr(figure.begin, figure.end - figure.begin));
    unread.sentence = quotation();
    unread.at = reading_.positions.at(figure.begin);
    unread.reason = std::move(reason);
    reading_.unread.push_back(std::move(unread));
  }

  // Each field takes the letter's first figure for it. A later one of another
  // value is listed unread: the reader does not choose between two salaries.
  void keep(std::optional<LetterItem>& slot, const Figure& figure, const char* field, std::string_view what) {
    if (!slot) {
      slot = item(figure, field);
    } else if (slot->value != figure.value || slot->currency != figure.currency) {
      unread(figure, "a second " + std::string(what) + ": the first, " + shown(*slot) + " (line " +
                         std::to_string(slot->at.line) + "), is the one read");
    }
  }

 private:
  const std::string& quotation() {
    if (!quotation_) quotation_ = quoted(reading_.text.substr(sentence_.begin, sentence_.end - sentence_.begin));
    return *quotation_;
  }

  Reading& reading_;
  const Sentence& sentence_;
  std::optional<std::string> quotation_;
};

// The figures of one sentence, each put in the field its words name.
void read_sentence(const Sentence& sentence, const LetterContext& context, Reading& reading) {
  const SentenceFigures sentence_figures = figures_of(reading.text, sentence, context);
  const bool options = sentence_figures.options;
  SentenceReading read(reading, sentence);
  std::optional<Figure> count;
  bool equity_valued = false;
  for (const Figure& figure : sentence_figures.figures) {
    if (!figure.unread.empty()) {
      read.unread(figure, figure.unread);
      continue;
    }
    if (figure.kind == Figure::count) {
      if (!count || figure.value > count->value) count = figure;
      continue;
    }
    switch (figure.field) {
      case Field::base:
        if (figure.kind == Figure::amount) read.keep(reading.base, figure, "base", "base salary");
        break;
      case Field::sign_on:
        if (figure.kind == Figure::amount) read.keep(reading.sign_on, figure, "sign_on", "sign-on bonus");
        break;
      case Field::bonus:
        if (figure.kind == Figure::percent) {
          read.keep(reading.bonus_pct, figure, "bonus_pct", "target bonus");
        } else {
          read.keep(reading.bonus_amount, figure, "bonus_pct", "target bonus");
        }
        break;
      case Field::strike:
        if (figure.kind == Figure::amount) read.keep(reading.strike, figure, "strike", "strike price");
        break;
      case Field::equity:
        if (figure.kind == Figure::amount && options) {
          read.unread(figure, "a value of stock options: the form takes their number and strike price");
        } else if (figure.kind == Figure::amount) {
          read.keep(reading.stock, figure, "stock", "equity grant");
          equity_valued = true;
        }
        break;
      case Field::none:
        if (figure.kind == Figure::amount) {
          read.unread(figure, "no part of the offer is named (base salary, equity, bonus or sign-on)");
        }
        break;
    }
  }
  if (!count) return;
  if (options) {
    if (!reading.options) {
      reading.options = read.item(*count, "options");
      reading.options->currency.clear();
    }
  } else if (!equity_valued && !reading.stock && sentence_figures.units) {
    reading.notes.push_back(format_count(count->value) +
                            " RSUs or shares are given without a value: the form needs the grant's value (line " +
                            std::to_string(reading.positions.at(count->begin).line) + ")");
  }
}

// A bonus written as an amount, as a percent of the base salary found.
void bonus_as_percent(Reading& reading) {
  if (reading.bonus_pct || !reading.bonus_amount) return;
  LetterItem bonus = *reading.bonus_amount;
  const std::string stated = format_money(bonus.value, bonus.currency);
  if (!reading.base || reading.base->currency != bonus.currency || reading.base->value <= 0) {
    reading.notes.push_back("a bonus of " + stated +
                            " is given as an amount, and there is no base salary in its currency to make it a percent of");
    return;
  }
  const double percent = std::round(bonus.value / reading.base->value * 1000) / 10;
  if (!std::isfinite(percent)) {
    reading.notes.push_back("a bonus of " + stated + " is given as an amount, too large a part of the base salary to be a percent of it");
    return;
  }
  char shown[32];
  std::snprintf(shown, sizeof shown, "%g%%", percent);
  bonus.note = "stated as " + stated + ": " + shown + " of the base salary of " +
               format_money(reading.base->value, reading.base->currency);
  bonus.value = percent;
  bonus.currency.clear();
  reading.bonus_pct = std::move(bonus);
}

OfferLetter letter_of(Reading& reading) {
  OfferLetter letter;
  for (auto* slot : {&reading.base, &reading.stock, &reading.options, &reading.strike, &reading.bonus_pct,
                     &reading.sign_on}) {
    if (*slot) letter.found.push_back(std::move(**slot));
  }
  if (reading.options && !reading.strike) letter.notes.push_back("stock options are given without a strike price");
  if (!reading.base) letter.missing.push_back("base");
  if (!reading.stock && !reading.options) letter.missing.push_back("equity");
  if (!reading.bonus_pct) letter.missing.push_back("bonus");
  if (!reading.sign_on) letter.missing.push_back("sign_on");
  for (std::string& note : reading.notes) letter.notes.push_back(std::move(note));
  letter.unread = std::move(reading.unread);
  if (reading.unread_left_out > 0) {
    letter.notes.push_back(std::to_string(reading.unread_left_out) + " more figures are not read");
  }
  // Base comes first: the letter's currency is its base salary's, else its first item's with one.
  for (const LetterItem& item : letter.found) {
    if (letter.currency.empty()) letter.currency = item.currency;
  }
  return letter;
}

Result<OfferLetter> read(std::string_view text, std::string_view default_currency) {
  if (text.size() > kMaxLetterBytes) {
    return Error{"the letter is longer than " + std::to_string(kMaxLetterBytes >> 20) + " MB: paste only the offer"};
  }
  if (auto bad = check_text_encoding(text)) return Error{"the letter is not text: " + bad->message, bad->at};
  const LetterContext context = letter_context(text, default_currency);
  if (!context.ok()) return Error{context.error};
  Reading reading(text);
  for (const Sentence& sentence : sentences_of(text)) read_sentence(sentence, context, reading);
  bonus_as_percent(reading);
  OfferLetter letter = letter_of(reading);
  if (letter.found.empty()) {
    std::string message =
        "could not find a base salary, equity (a grant's value, or stock options and their strike price), a target "
        "bonus or a sign-on bonus in this text";
    for (const std::string& note : letter.notes) message += "; " + note;
    for (const UnreadFigure& figure : letter.unread) {
      message += "; " + figure.text + " (line " + std::to_string(figure.at.line) + ") is not read: " + figure.reason;
    }
    return Error{message};
  }
  return letter;
}

}  // namespace

Result<OfferLetter> read_offer_letter(std::string_view text, std::string_view default_currency) {
  try {
    return read(text, default_currency);
  } catch (const std::bad_alloc&) {
    return Error{"out of memory while reading the letter"};
  } catch (const std::exception& e) {
    return Error{std::string("the letter could not be read: ") + e.what()};
  } catch (...) {
    return Error{"the letter could not be read"};
  }
}

}  // namespace offercheck
