#include "letter/figures.hpp"

#include "letter/words.hpp"
#include "money/currency.hpp"
#include "offercheck/money.hpp"
#include "offercheck/money_input.hpp"

#include <algorithm>
#include <cctype>

namespace offercheck {

namespace {

// Durations, years and ordinals are not counts: "4 years", "1-year cliff",
// "13 mois", "3 Monate", "2026", "13th", "13e".
bool duration_or_year(std::string_view text, const ProseNumber& number) {
  const std::string after = folded(text.substr(number.end, 12));
  for (std::string_view suffix : {"-year", "-month", "th", "st", "nd", "rd", "e", "er", "ème", "eme"}) {
    if (find_word(after, {suffix}) == 0 && after.compare(0, suffix.size(), suffix) == 0) return true;
  }
  if (after.compare(0, 1, " ") == 0 &&
      first_of(after, {{"year"}, {"month"}, {"day"}, {"week"}, {"hour"}, {"mois"}, {"an"}, {"année"}, {"jour"},
                        {"semaine"}, {"heure"}, {"monat"}, {"monate"}, {"jahr"}, {"jahre"}, {"tag"}, {"tage"},
                        {"woche"}, {"wochen"}, {"stunde"}, {"stunden"}}) == 1) {
    return true;
  }
  return number.end - number.begin == 4 && number.value >= 1900 && number.value <= 2100;
}

std::string joined(const std::vector<std::string_view>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) out += i + 1 == codes.size() ? " or " : ", ";
    out += codes[i];
  }
  return out;
}

struct Currency {
  std::string code;    // empty: unread
  std::string unread;  // why, then
};

// The currency of an amount. A shared symbol is the currency written right
// after it ("$90,000 USD"), else the default currency when it is written so,
// else the only one of its currencies the letter names, else for "$" the US
// dollar (as letters from the US write it); else it is not read.
Currency currency_of(std::string_view words, const ProseAmount& amount, const LetterContext& context) {
  if (!amount.currency.empty()) return {amount.currency, {}};
  const std::vector<std::string_view> sharing = currencies_sharing(amount.symbol);
  const auto shares = [&](std::string_view code) {
    return std::find(sharing.begin(), sharing.end(), code) != sharing.end();
  };
  if (words.compare(amount.end, 1, " ") == 0 && amount.end + 4 <= words.size()) {
    const std::string_view code = words.substr(amount.end + 1, 3);
    const bool word_ends = amount.end + 4 == words.size() || !std::isalpha(static_cast<unsigned char>(words[amount.end + 4]));
    if (word_ends && shares(code)) return {std::string(code), {}};
  }
  if (shares(context.default_currency)) return {context.default_currency, {}};
  std::vector<std::string> named;
  for (const std::string& code : context.named) {
    if (shares(code)) named.push_back(code);
  }
  if (named.size() == 1) return {named.front(), {}};
  if (amount.symbol == "$") return {"USD", {}};
  return {{}, amount.symbol + " is written for " + joined(sharing) + ", and the letter does not say which"};
}

}  // namespace

LetterContext letter_context(std::string_view text, std::string_view default_currency) {
  LetterContext context;
  context.style.european = writes_european_numbers(text);
  context.style.currency_after = true;
  context.style.every_symbol = true;
  std::string code(default_currency);
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!code.empty() && !find_currency(code)) {
    context.error = "currency: '" + std::string(default_currency) + "' is not an ISO 4217 code like USD or EUR";
    return context;
  }
  context.default_currency = code;
  context.named = currencies_named_in(text);
  context.months = months_paid(text);
  return context;
}

SentenceFigures figures_of(std::string_view text, const Sentence& sentence, const LetterContext& context) {
  const std::string_view words = text.substr(sentence.begin, sentence.end - sentence.begin);
  const std::string lowered = folded(words);
  SentenceFigures out;
  std::vector<Figure>& figures = out.figures;
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
      Currency currency = currency_of(words, *amount, context);
      figure.currency = std::move(currency.code);
      figure.unread = std::move(currency.unread);
      ++amount;
    } else {
      // A count or percent over 10^12 is no figure of an offer: left out, as durations are.
      if (duration_or_year(words, *number) || number->value > kLargestAmount) {
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
  out.options = names_options(lowered);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    Figure& figure = figures[i];
    const std::size_t from = i == 0 ? 0 : figures[i - 1].end;
    const std::size_t to = i + 1 < figures.size() ? figures[i + 1].begin : words.size();
    const std::string_view before = std::string_view(lowered).substr(from, figure.begin - from);
    const std::string_view after = std::string_view(lowered).substr(figure.end, to - figure.end);
    // "currently $2.15 per share": a price per share is a strike, whatever words lead to it.
    const bool per_share = figure.kind == Figure::amount && price_per_share(after);
    figure.field = per_share ? Field::strike : field_near(before, after);
    // "€4.000 per month, i.e. €48.000 per year": with no word of its own, an
    // amount is of the part of the amount before it.
    if (figure.field == Field::none && figure.kind == Figure::amount && i > 0 && figures[i - 1].kind == Figure::amount) {
      figure.field = figures[i - 1].field;
    }
    // A figure without a currency: a count of units, else money in the default currency.
    if (figure.kind == Figure::count && !out.options && !counts_shares(after) && figure.value >= 1000 &&
        figure.field != Field::none && figure.field != Field::strike) {
      figure.kind = Figure::amount;
      if (context.default_currency.empty()) {
        figure.unread = "no currency is written, and none was given";
        continue;
      }
      figure.currency = context.default_currency;
      figure.note = "no currency written: read as " + context.default_currency;
    }
    if (figure.kind != Figure::amount || !figure.unread.empty()) continue;
    // The form takes amounts as they are typed: up to 10^12 (a month's, and then a year's).
    if (figure.value > kLargestAmount) {
      figure.unread = "larger than any pay (at most 1,000,000,000,000)";
      continue;
    }
    if (figure.field == Field::base && period_of(before, after) == Period::month) {
      const int months = context.months.months;
      figure.note = format_money(figure.value, figure.currency) + " a month × " + std::to_string(months);
      if (months != 12) figure.note += " (the letter says \"" + context.months.said + "\")";
      figure.value *= months;
      if (figure.value > kLargestAmount) figure.unread = "larger than any pay (at most 1,000,000,000,000)";
    }
  }
  for (const Figure& figure : figures) {
    if (figure.kind == Figure::amount && figure.field == Field::strike) out.options = true;
  }
  out.units = names_units(lowered);
  for (Figure& figure : figures) figure.begin += sentence.begin, figure.end += sentence.begin;
  return out;
}

}  // namespace offercheck
