#include "money/prose_amounts.hpp"

#include "money/currency.hpp"

#include <cctype>
#include <cstdlib>
#include <optional>

namespace offercheck {

namespace {

bool is_digit(std::string_view text, std::size_t at) {
  return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]));
}

// The currency written at `at` (a symbol, or an ISO code before a figure, with
// at most one space between) and where its figure starts.
std::optional<std::pair<std::string, std::size_t>> currency_at(std::string_view text, std::size_t at) {
  if (auto symbol = symbol_at(text, at); symbol && !symbol->letters) {
    std::string code(symbol->code);
    // Guides write dollars as "$": in their prose a "$" is the US dollar.
    if (code.empty() && text.compare(at, 1, "$") == 0) code = "USD";
    if (code.empty()) return std::nullopt;
    // "CA$" and "C$" written after a letter ("ABC$5") are not symbols.
    if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1])) &&
        std::isalpha(static_cast<unsigned char>(text[at]))) {
      return std::nullopt;
    }
    return std::make_pair(code, at + symbol->length);
  }
  if (at + 3 < text.size() && std::isupper(static_cast<unsigned char>(text[at])) &&
      (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
      !std::isalpha(static_cast<unsigned char>(text[at + 3])) && find_currency(text.substr(at, 3))) {
    std::size_t figure = at + 3;
    if (text[figure] == ' ' && is_digit(text, figure + 1)) ++figure;
    if (is_digit(text, figure)) return std::make_pair(std::string(text.substr(at, 3)), figure);
  }
  return std::nullopt;
}

struct Figure {
  double value = 0;
  std::size_t end = 0;
  bool suffixed = false;  // K or M
};

bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  return text.compare(at, word.size(), word) == 0 &&
         !(at + word.size() < text.size() && std::isalpha(static_cast<unsigned char>(text[at + word.size()])));
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

// "98", "90,000", "25,00,000" (Indian grouping), "1.2" then an optional K or
// M, or an Indian L(akh) or Cr(ore). European figures swap the separators:
// "90.000", "2,50".
std::optional<Figure> figure_at(std::string_view text, std::size_t at, ProseStyle style) {
  if (!is_digit(text, at)) return std::nullopt;
  const char group = style.european ? '.' : ',';
  const char decimal = style.european ? ',' : '.';
  std::string digits;
  const auto group_of = [&](std::size_t comma, std::size_t size) {
    for (std::size_t i = 1; i <= size; ++i) {
      if (!is_digit(text, comma + i)) return false;
    }
    return !is_digit(text, comma + size + 1);
  };
  const auto indian_group = [&](std::size_t comma) {
    return !style.european && group_of(comma, 2) && text.compare(comma + 3, 1, ",") == 0;
  };
  while (is_digit(text, at) || (text[at] == decimal && is_digit(text, at + 1)) ||
         (text[at] == group && (group_of(at, 3) || indian_group(at)))) {
    if (text[at] != group) digits += text[at] == decimal ? '.' : text[at];
    ++at;
  }
  Figure figure;
  figure.value = std::strtod(digits.c_str(), nullptr);
  const bool word_follows = at + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[at + 1]));
  if (at < text.size() && (text[at] == 'K' || text[at] == 'k') && !word_follows) {
    figure.value *= 1e3, ++at, figure.suffixed = true;
  } else if (at < text.size() && text[at] == 'M' && !word_follows) {
    figure.value *= 1e6, ++at, figure.suffixed = true;
  } else if (auto [length, factor] = indian_multiplier(text, at); length) {
    figure.value *= factor, at += length, figure.suffixed = true;
  }
  figure.end = at;
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
// CHF"), with at most one space (or a no-break space) between: its code and end.
std::optional<std::pair<std::string, std::size_t>> currency_after(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == ' ') ++at;
  else if (text.compare(at, 2, "\xC2\xA0") == 0) at += 2;
  if (auto symbol = symbol_at(text, at); symbol && !symbol->letters && !symbol->code.empty()) {
    return std::make_pair(std::string(symbol->code), at + symbol->length);
  }
  if (at + 3 <= text.size() && std::isupper(static_cast<unsigned char>(text[at])) &&
      !(at + 3 < text.size() && std::isalpha(static_cast<unsigned char>(text[at + 3]))) &&
      find_currency(text.substr(at, 3)) && !shouted_word(text.substr(at, 3))) {
    return std::make_pair(std::string(text.substr(at, 3)), at + 3);
  }
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
// within the next 5 bytes (the longest symbol, "CN¥", or a code and a space).
// Most of a text is not, and the symbol table is not searched there.
bool figure_near(std::string_view text, std::size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (!(c == '$' || c >= 0x80 || (c >= 'A' && c <= 'Z') || c == 'z')) return false;
  for (std::size_t i = at + 1; i < text.size() && i <= at + 5; ++i) {
    if (is_digit(text, i)) return true;
  }
  return false;
}

}  // namespace

std::vector<ProseAmount> prose_amounts(std::string_view text, ProseStyle style) {
  std::vector<ProseAmount> amounts;
  for (std::size_t i = 0; i < text.size();) {
    if (style.currency_after && figure_starts(text, i)) {
      auto figure = figure_at(text, i, style);
      if (auto currency = currency_after(text, figure->end)) {
        ProseAmount amount;
        amount.begin = i;
        amount.end = currency->second;
        amount.currency = currency->first;
        amount.low = amount.high = figure->value;
        amounts.push_back(amount);
        i = amount.end;
        continue;
      }
    }
    if (!figure_near(text, i)) {
      ++i;
      continue;
    }
    auto currency = currency_at(text, i);
    auto figure = currency ? figure_at(text, currency->second, style) : std::nullopt;
    if (!figure) {
      ++i;
      continue;
    }
    ProseAmount amount;
    amount.begin = i;
    amount.currency = currency->first;
    amount.low = amount.high = figure->value;
    amount.end = figure->end;
    // A range: a dash, the currency again or not, a second figure.
    if (std::size_t dash = dash_length(text, figure->end); dash > 0) {
      std::size_t at = figure->end + dash;
      auto again = currency_at(text, at);
      if (again && again->first == amount.currency) at = again->second;
      if (!again || again->first == amount.currency) {
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
    ProseNumber number;
    number.begin = i;
    number.value = figure->value;
    std::size_t end = figure->end;
    std::size_t after = end < text.size() && text[end] == ' ' ? end + 1 : end;
    if (text.compare(after, 1, "%") == 0) {
      number.percent = true, end = after + 1;
    } else if (text.compare(after, 7, "percent") == 0 || text.compare(after, 8, "per cent") == 0) {
      number.percent = true, end = after + (text[after + 4] == ' ' ? 8 : 7);
    }
    number.end = end;
    numbers.push_back(number);
    i = end - 1;
  }
  return numbers;
}

bool writes_european_numbers(std::string_view text) {
  bool dots = false;
  for (std::size_t i = 0; i + 4 < text.size(); ++i) {
    if (!is_digit(text, i) || (text[i + 1] != '.' && text[i + 1] != ',')) continue;
    if (!is_digit(text, i + 2) || !is_digit(text, i + 3) || !is_digit(text, i + 4) || is_digit(text, i + 5)) continue;
    if (text[i + 1] == ',') return false;
    dots = true;
  }
  return dots;
}

}  // namespace offercheck
