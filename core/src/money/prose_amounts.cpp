#include "money/prose_amounts.hpp"

#include "common/trim.hpp"
#include "money/currency.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace offercheck {

namespace {

bool is_digit(std::string_view text, std::size_t at) {
  return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
}

bool is_alpha(std::string_view text, std::size_t at) {
  return at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]));
}

// Whether a word goes on at `at`: an ASCII letter or a letter beyond ASCII
// ("krónur"), not a space of any kind.
bool word_goes_on(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  return is_alpha(text, at) || (static_cast<unsigned char>(text[at]) >= 0x80 && space_length(text, at) == 0);
}

// A space inside a line: " ", a no-break space (U+00A0) or a narrow no-break
// space (U+202F), the ways French and Swiss letters group thousands; its length.
std::size_t group_space(std::string_view text, std::size_t at) {
  if (at < text.size() && (text[at] == '\t' || text[at] == '\r' || text[at] == '\n')) return 0;
  return space_length(text, at);
}

// A currency as written: its ISO code, or a shared symbol the reader names.
struct Mark {
  std::string code;
  std::string symbol;  // a shared symbol as written, when it is what names the currency
  std::size_t end = 0;  // where its figure starts (before a figure) or where it ends (after one)
  bool same_as(const Mark& other) const { return code == other.code && symbol == other.symbol; }
};

// The currency of the symbol `symbol` written at `at`, ending at `end`; none
// when the style does not read it.
std::optional<Mark> mark_of(std::string_view text, std::size_t at, const SymbolMatch& symbol, std::size_t end,
                            ProseStyle style) {
  Mark mark;
  mark.code = std::string(symbol.code);
  mark.end = end;
  if (!mark.code.empty()) return mark;
  const std::string_view written = text.substr(at, symbol.length);
  if (style.every_symbol) {
    mark.symbol = std::string(written);
  } else if (written == "$") {
    // Guides write dollars as "$": in their prose a "$" is the US dollar.
    mark.code = "USD", mark.symbol = "$";
  } else {
    return std::nullopt;
  }
  return mark;
}

// An ISO code written at `at` ("CHF", "EUR") as a word of its own.
bool code_at(std::string_view text, std::size_t at) {
  return at + 3 <= text.size() && std::isupper(static_cast<unsigned char>(text[at])) && !is_alpha(text, at + 3) &&
         (at == 0 || !is_alpha(text, at - 1)) && find_currency(text.substr(at, 3));
}

// The currency written at `at` before a figure (a symbol, or an ISO code,
// with at most one space between) and where its figure starts.
std::optional<Mark> currency_at(std::string_view text, std::size_t at, ProseStyle style) {
  auto symbol = symbol_at(text, at);
  if (symbol && (!symbol->letters || style.every_symbol)) {
    // "CA$" and "C$" written after a letter ("ABC$5"), and symbols of letters
    // inside a word, are not symbols.
    if (at > 0 && is_alpha(text, at - 1) && is_alpha(text, at)) return std::nullopt;
    std::size_t figure = at + symbol->length;
    if (!symbol->letters) {
      figure += group_space(text, figure);  // "€ 51 000", "R$ 8.500,00"
    } else if (symbol->length > 1) {
      // "kr. 45.000", "Rs. 25,00,000", "RM 5,000"; a lone "R" only right
      // before its figure ("R25 000"), as "R 2" is a word more often.
      if (text.compare(figure, 1, ".") == 0) ++figure;
      figure += group_space(text, figure);
    }
    if (is_digit(text, figure)) return mark_of(text, at, *symbol, figure, style);
    if (!symbol->letters) return std::nullopt;
  }
  if (code_at(text, at)) {
    std::size_t figure = at + 3;
    figure += group_space(text, figure);
    if (is_digit(text, figure)) return Mark{std::string(text.substr(at, 3)), "", figure};
  }
  return std::nullopt;
}

struct Figure {
  double value = 0;
  std::size_t end = 0;
  bool suffixed = false;  // K or M
};

bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  return text.compare(at, word.size(), word) == 0 && !is_alpha(text, at + word.size());
}

// An Indian multiplier after a figure: "L", "LPA", "lakh(s)" (10^5), "Cr",
// "crore(s)" (10^7), with at most one space before; its length and factor.
std::pair<std::size_t, double> indian_multiplier(std::string_view text, std::size_t at) {
  const std::size_t start = at;
  if (at < text.size() && text[at] == ' ') ++at;
  for (auto [word, factor] : {std::pair<std::string_view, double>{"LPA", 1e5}, {"L", 1e5}, {"lakhs", 1e5},
                              {"lakh", 1e5}, {"Lakh", 1e5}, {"Cr", 1e7}, {"crores", 1e7}, {"crore", 1e7}}) {
    if (word_at(text, at, word)) return {at + word.size() - start, factor};
  }
  return {0, 1};
}

// "98", "90,000", "25,00,000" (Indian grouping), "51 000" (grouped with a
// space of group_space: the first group of one to three digits, the others of
// three), "1.2" then an optional K or M, or an Indian L(akh) or Cr(ore).
// European figures swap the separators: "90.000", "2,50", "4 250,50".
std::optional<Figure> figure_at(std::string_view text, std::size_t at, ProseStyle style) {
  if (!is_digit(text, at)) return std::nullopt;
  const char group = style.european ? '.' : ',';
  const char decimal = style.european ? ',' : '.';
  const auto char_at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
  // Whether exactly `size` digits follow the separator of `length` bytes at `at`.
  const auto group_of = [&](std::size_t separator, std::size_t length, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
      if (!is_digit(text, separator + length + i)) return false;
    }
    return !is_digit(text, separator + length + size);
  };
  const auto indian_group = [&](std::size_t comma) {
    return !style.european && group_of(comma, 1, 2) && char_at(comma + 3) == ',';
  };
  std::string digits;
  std::size_t run = 0;   // digits since the start or the last separator
  char grouped_by = 0;   // the separator that grouped the digits so far: `group`, ' ', or none
  while (true) {
    if (is_digit(text, at)) {
      digits += text[at++];
      ++run;
      continue;
    }
    if (char_at(at) == decimal && is_digit(text, at + 1)) {
      digits += '.';
      ++at;
      while (is_digit(text, at)) digits += text[at++];
      break;
    }
    if (char_at(at) == group && grouped_by != ' ' && (group_of(at, 1, 3) || indian_group(at))) {
      grouped_by = group, run = 0, ++at;
      continue;
    }
    const std::size_t space = group_space(text, at);
    if (space > 0 && grouped_by != group && (grouped_by ? run == 3 : run <= 3) && group_of(at, space, 3)) {
      grouped_by = ' ', run = 0, at += space;
      continue;
    }
    break;
  }
  Figure figure;
  figure.value = std::strtod(digits.c_str(), nullptr);
  const bool word_follows = is_alpha(text, at + 1);
  if ((char_at(at) == 'K' || char_at(at) == 'k') && !word_follows) {
    figure.value *= 1e3, ++at, figure.suffixed = true;
  } else if (char_at(at) == 'M' && !word_follows) {
    figure.value *= 1e6, ++at, figure.suffixed = true;
  } else if (auto [length, factor] = indian_multiplier(text, at); length) {
    figure.value *= factor, at += length, figure.suffixed = true;
  }
  figure.end = at;
  // Hundreds of digits are no figure a text means.
  if (!std::isfinite(figure.value)) return std::nullopt;
  return figure;
}

// Where a figure may start: a digit not inside a word or another figure.
bool figure_starts(std::string_view text, std::size_t at) {
  if (!is_digit(text, at)) return false;
  if (at == 0) return true;
  const unsigned char before = static_cast<unsigned char>(text[at - 1]);
  return !std::isalnum(before) && before != '.' && before != ',';
}

// Codes that are also English words written in capitals ("2026 ALL HANDS"):
// after a figure they are words, not currencies.
bool shouted_word(std::string_view code) {
  for (std::string_view word : {"ALL", "TOP", "CUP", "SOS", "PEN", "BOB", "MOP"}) {
    if (code == word) return true;
  }
  return false;
}

// The currency written after a figure ending at `at` ("85.000 €", "120,000
// CHF", "45 000 kr"), with at most one space of group_space between: its code
// (or shared symbol) and end. A symbol of letters is one only as a word of its
// own, and of two letters or more ("kr", "Ft", not "R").
std::optional<Mark> currency_after(std::string_view text, std::size_t at, ProseStyle style) {
  at += group_space(text, at);
  if (auto symbol = symbol_at(text, at)) {
    const std::size_t end = at + symbol->length;
    const bool read = !symbol->letters || (style.every_symbol && symbol->length > 1 && !word_goes_on(text, end));
    if (read) {
      if (symbol->code.empty() && !style.every_symbol) return std::nullopt;
      return mark_of(text, at, *symbol, end, style);
    }
  }
  if (code_at(text, at) && !shouted_word(text.substr(at, 3))) return Mark{std::string(text.substr(at, 3)), "", at + 3};
  return std::nullopt;
}

// The dash of a range at `at` ("-", "–", "—", " to "), with the spaces around it; 0 when none.
std::size_t dash_length(std::string_view text, std::size_t at) {
  std::size_t n = at;
  while (n < text.size() && text[n] == ' ') ++n;
  if (text.compare(n, 1, "-") == 0) n += 1;
  else if (text.compare(n, 3, "\xE2\x80\x93") == 0 || text.compare(n, 3, "\xE2\x80\x94") == 0) n += 3;
  else if (text.compare(n, 3, "to ") == 0 && n > at) n += 3;
  else return 0;
  while (n < text.size() && text[n] == ' ') ++n;
  return n - at;
}

// Whether a currency written at `at` could be followed by a figure: a digit
// within the next 7 bytes (the longest symbol and a space: "CN¥", "Rs. ", "₹"
// and a narrow no-break space). Most of a text is not, and the symbol table is
// not searched there.
bool figure_near(std::string_view text, std::size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (!(c == '$' || c >= 0x80 || (c >= 'A' && c <= 'Z') || c == 'z' || c == 'k')) return false;
  for (std::size_t i = at + 1; i < text.size() && i <= at + 7; ++i) {
    if (is_digit(text, i)) return true;
  }
  return false;
}

ProseAmount amount_of(std::size_t begin, const Mark& mark, const Figure& figure) {
  ProseAmount amount;
  amount.begin = begin;
  amount.end = figure.end;
  amount.currency = mark.code;
  amount.symbol = mark.symbol;
  amount.low = amount.high = figure.value;
  return amount;
}

}  // namespace

std::vector<ProseAmount> prose_amounts(std::string_view text, ProseStyle style) {
  std::vector<ProseAmount> amounts;
  for (std::size_t i = 0; i < text.size();) {
    if (style.currency_after && figure_starts(text, i)) {
      auto figure = figure_at(text, i, style);
      if (auto currency = figure ? currency_after(text, figure->end, style) : std::nullopt) {
        ProseAmount amount = amount_of(i, *currency, *figure);
        amount.end = currency->end;
        amounts.push_back(amount);
        i = amount.end;
        continue;
      }
    }
    if (!figure_near(text, i)) {
      ++i;
      continue;
    }
    auto currency = currency_at(text, i, style);
    auto figure = currency ? figure_at(text, currency->end, style) : std::nullopt;
    if (!figure) {
      ++i;
      continue;
    }
    ProseAmount amount = amount_of(i, *currency, *figure);
    // A range: a dash, the currency again or not, a second figure.
    if (std::size_t dash = dash_length(text, figure->end); dash > 0) {
      std::size_t at = figure->end + dash;
      auto again = currency_at(text, at, style);
      if (again && again->same_as(*currency)) at = again->end;
      if (!again || again->same_as(*currency)) {
        if (auto second = figure_at(text, at, style)) {
          double low = figure->value;
          // "$318–348K": the suffix of the second figure is the first's too.
          if (!figure->suffixed && second->suffixed) low *= second->value >= 1e6 ? 1e6 : 1e3;
          if (low < second->value) {
            amount.low = low;
            amount.high = second->value;
            amount.end = second->end;
          }
        }
      }
    }
    amounts.push_back(amount);
    i = amount.end;
  }
  return amounts;
}

namespace {

// The "%" or percent word after a figure ending at `at`, with at most one
// space between ("15%", "12 %", "10\u00a0%", "15 per cent", "10 Prozent"); its end, or 0.
std::size_t percent_end(std::string_view text, std::size_t at) {
  at += group_space(text, at);
  if (text.compare(at, 1, "%") == 0) return at + 1;
  for (std::string_view word : {"percent", "per cent", "pour cent", "Prozent", "prozent"}) {
    if (word_at(text, at, word)) return at + word.size();
  }
  return 0;
}

}  // namespace

std::vector<ProseNumber> prose_numbers(std::string_view text, ProseStyle style) {
  std::vector<ProseNumber> numbers;
  const auto amounts = prose_amounts(text, style);
  auto next_amount = amounts.begin();
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (next_amount != amounts.end() && next_amount->end <= i) ++next_amount;
    if (next_amount != amounts.end() && next_amount->begin <= i) {
      i = next_amount->end - 1;
      continue;
    }
    if (!figure_starts(text, i)) continue;
    auto figure = figure_at(text, i, style);
    if (!figure) {
      while (i + 1 < text.size() && is_digit(text, i + 1)) ++i;
      continue;
    }
    ProseNumber number;
    number.begin = i;
    number.value = figure->value;
    number.end = figure->end;
    if (std::size_t end = percent_end(text, figure->end)) number.percent = true, number.end = end;
    numbers.push_back(number);
    i = number.end - 1;
  }
  return numbers;
}

bool writes_european_numbers(std::string_view text) {
  bool comma_thousands = false, dot_thousands = false, comma_decimals = false, dot_decimals = false;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char separator = text[i + 1];
    if (!is_digit(text, i) || (separator != '.' && separator != ',') || !is_digit(text, i + 2)) continue;
    std::size_t after = i + 2;
    while (is_digit(text, after)) ++after;
    const std::size_t digits = after - (i + 2);
    if (digits == 3) {
      (separator == ',' ? comma_thousands : dot_thousands) = true;
    } else if (digits <= 2 && !(text.compare(after, 1, ".") == 0 && is_digit(text, after + 1))) {
      // One or two decimals, and not a date ("01.04.2027").
      (separator == ',' ? comma_decimals : dot_decimals) = true;
    }
  }
  return !comma_thousands && (dot_thousands || (comma_decimals && !dot_decimals));
}

}  // namespace offercheck
