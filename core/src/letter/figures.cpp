#include "letter/figures.hpp"

#include "money/currency.hpp"
#include "offercheck/money.hpp"

#include <algorithm>
#include <cctype>

namespace offercheck {

namespace {

struct Keyword {
  std::string_view words;  // lower case
  Field field;
  bool inside_words = false;  // German compounds: "Jahresbruttogehalt"
};

// The words that name a field. Where two end at the same place the longer
// wins: "signing bonus" is a sign-on bonus, not a target bonus.
const Keyword kKeywords[] = {
    {"sign-on", Field::sign_on},        {"sign on", Field::sign_on},
    {"signon", Field::sign_on},         {"signing", Field::sign_on},
    {"signing bonus", Field::sign_on},  {"sign-on bonus", Field::sign_on},
    {"sign on bonus", Field::sign_on},  {"joining bonus", Field::sign_on},
    {"welcome bonus", Field::sign_on},  {"hiring bonus", Field::sign_on},
    {"exercise price", Field::strike},  {"strike price", Field::strike},
    {"exercise", Field::strike},        {"strike", Field::strike},
    {"per share", Field::strike},       {"bonus", Field::bonus},
    {"incentive", Field::bonus},        {"variable pay", Field::bonus},
    {"variable compensation", Field::bonus},
    {"rsu", Field::equity},             {"restricted stock", Field::equity},
    {"stock unit", Field::equity},      {"equity", Field::equity},
    {"shares", Field::equity},          {"stock", Field::equity},
    {"option", Field::equity},          {"grant", Field::equity},
    {"salary", Field::base},            {"base", Field::base},
    {"per annum", Field::base},         {"brutto", Field::base, true},
    {"gross", Field::base},             {"wage", Field::base},
    {"gehalt", Field::base, true},
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool word_starts(const std::string& text, std::size_t at) {
  return at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
}

// The field named nearest the end of `before` (the words leading to a
// figure), else nearest the start of `after` (the words following it).
Field field_near(const std::string& before, const std::string& after) {
  Field field = Field::none;
  std::size_t best_end = 0, best_length = 0;
  for (const Keyword& k : kKeywords) {
    for (std::size_t at = before.find(k.words); at != std::string::npos; at = before.find(k.words, at + 1)) {
      if (!k.inside_words && !word_starts(before, at)) continue;
      const std::size_t end = at + k.words.size();
      if (end > best_end || (end == best_end && k.words.size() > best_length)) {
        field = k.field, best_end = end, best_length = k.words.size();
      }
    }
  }
  if (field != Field::none) return field;
  std::size_t best_begin = std::string::npos;
  for (const Keyword& k : kKeywords) {
    for (std::size_t at = after.find(k.words); at != std::string::npos; at = after.find(k.words, at + 1)) {
      if (!k.inside_words && !word_starts(after, at)) continue;
      if (at < best_begin || (at == best_begin && k.words.size() > best_length)) {
        field = k.field, best_begin = at, best_length = k.words.size();
      }
      break;
    }
  }
  return field;
}

std::size_t first_of(const std::string& text, const std::vector<std::string_view>& words) {
  std::size_t first = std::string::npos;
  for (std::string_view word : words) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
      if (word_starts(text, at) || word.front() == '/') {
        first = std::min(first, at);
        break;
      }
    }
  }
  return first;
}

const std::vector<std::string_view> kMonthly = {"per month", "a month", "/month", "monthly",
                                                              "each month", "/mo", "pro monat", "monatlich"};
const std::vector<std::string_view> kYearly = {"per year", "a year", "/year", "per annum", "annual",
                                                             "yearly", "p.a.", "/yr", "pro jahr", "jährlich"};

// Whether a base salary is a monthly one: "€7.000 brutto pro Monat", "a
// monthly salary of £6,000", and not "$150,000 a year, paid monthly".
bool monthly(const std::string& before, const std::string& after) {
  const std::string near_after = after.substr(0, 40);
  const std::size_t month = first_of(near_after, kMonthly);
  if (month != std::string::npos) {
    const std::size_t year = first_of(near_after, kYearly);
    const std::size_t paid = first_of(near_after, {"paid", "payable", "instal"});
    return year > month && paid > month;
  }
  const std::string near_before = before.size() > 40 ? before.substr(before.size() - 40) : before;
  const std::size_t month_before = first_of(near_before, kMonthly);
  return month_before != std::string::npos && first_of(near_before.substr(month_before), kYearly) == std::string::npos;
}

// Durations and years are not counts: "4 years", "1-year cliff", "2026".
bool duration_or_year(std::string_view text, const ProseNumber& number) {
  const std::string after = lower(text.substr(number.end, 8));
  for (std::string_view unit : {" year", "-year", " month", "-month", " day", " week", " hour", "th", "st", "nd", "rd"}) {
    if (after.compare(0, unit.size(), unit) == 0) return true;
  }
  return number.end - number.begin == 4 && number.value >= 1900 && number.value <= 2100;
}

bool names_units(const std::string& words) {
  return first_of(words, {"rsu", "share", "unit", "option", "stock"}) != std::string::npos;
}

}  // namespace

LetterContext letter_context(std::string_view text, std::string_view default_currency) {
  LetterContext context;
  context.style.european = writes_european_numbers(text);
  context.style.currency_after = true;
  std::string code(default_currency);
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (code.empty()) return context;
  const CurrencyInfo* info = find_currency(code);
  if (!info) {
    context.error = "currency: '" + std::string(default_currency) + "' is not an ISO 4217 code like USD or EUR";
    return context;
  }
  context.default_currency = code;
  context.dollar_is_default = code != "USD" && !info->symbol.empty() && info->symbol.back() == '$';
  return context;
}

std::vector<Figure> figures_of(std::string_view text, const Sentence& sentence, const LetterContext& context) {
  const std::string_view words = text.substr(sentence.begin, sentence.end - sentence.begin);
  std::vector<Figure> figures;
  const auto amounts = prose_amounts(words, context.style);
  const auto numbers = prose_numbers(words, context.style);
  auto amount = amounts.begin();
  auto number = numbers.begin();
  while (amount != amounts.end() || number != numbers.end()) {
    Figure figure;
    if (number == numbers.end() || (amount != amounts.end() && amount->begin < number->begin)) {
      figure.kind = Figure::amount;
      figure.begin = amount->begin, figure.end = amount->end;
      figure.value = amount->low;
      figure.currency = amount->currency;
      // "$90,000 USD" says which dollar; a lone "$" is the default one.
      const bool says_usd = words.compare(amount->end, 4, " USD") == 0;
      if (context.dollar_is_default && figure.currency == "USD" && words[amount->begin] == '$' && !says_usd) {
        figure.currency = context.default_currency;
      }
      ++amount;
    } else {
      if (duration_or_year(words, *number)) {
        ++number;
        continue;
      }
      figure.kind = number->percent ? Figure::percent : Figure::count;
      figure.begin = number->begin, figure.end = number->end;
      figure.value = number->value;
      ++number;
    }
    figures.push_back(figure);
  }
  const std::string lowered = lower(words);
  const bool grants_options = first_of(lowered, {"option"}) != std::string::npos;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    Figure& figure = figures[i];
    const std::size_t from = i == 0 ? 0 : figures[i - 1].end;
    const std::size_t to = i + 1 < figures.size() ? figures[i + 1].begin : words.size();
    const std::string before = lowered.substr(from, figure.begin - from);
    const std::string after = lowered.substr(figure.end, to - figure.end);
    // "currently $2.15 per share": a price per share is a strike, whatever words lead to it.
    const bool per_share = first_of(after.substr(0, 12), {"per share", "a share", "/share"}) != std::string::npos;
    figure.field = per_share && figure.kind == Figure::amount ? Field::strike : field_near(before, after);
    // A figure without a currency: a count of units, else money in the default currency.
    if (figure.kind == Figure::count && !grants_options && !names_units(after.substr(0, 20)) &&
        !context.default_currency.empty() &&
        figure.value >= 1000 && figure.field != Field::none && figure.field != Field::strike) {
      figure.kind = Figure::amount;
      figure.currency = context.default_currency;
      figure.note = "no currency written: read as " + context.default_currency;
    }
    if (figure.kind == Figure::amount && figure.field == Field::base && monthly(before, after)) {
      figure.note = format_money(figure.value, figure.currency) + " a month × 12";
      figure.value *= 12;
    }
  }
  for (Figure& figure : figures) figure.begin += sentence.begin, figure.end += sentence.begin;
  return figures;
}

bool mentions_options(std::string_view text, const Sentence& sentence, const std::vector<Figure>& figures) {
  for (const Figure& figure : figures) {
    if (figure.kind == Figure::amount && figure.field == Field::strike) return true;
  }
  return first_of(lower(text.substr(sentence.begin, sentence.end - sentence.begin)), {"option"}) != std::string::npos;
}

bool mentions_units(std::string_view text, const Sentence& sentence) {
  return first_of(lower(text.substr(sentence.begin, sentence.end - sentence.begin)),
                  {"rsu", "restricted stock", "unit", "share"}) != std::string::npos;
}

}  // namespace offercheck
