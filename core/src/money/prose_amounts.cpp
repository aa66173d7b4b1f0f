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
// M, or an Indian L(akh) or Cr(ore).
std::optional<Figure> figure_at(std::string_view text, std::size_t at) {
  if (!is_digit(text, at)) return std::nullopt;
  std::string digits;
  const auto group_of = [&](std::size_t comma, std::size_t size) {
    for (std::size_t i = 1; i <= size; ++i) {
      if (!is_digit(text, comma + i)) return false;
    }
    return !is_digit(text, comma + size + 1);
  };
  while (is_digit(text, at) || (text[at] == '.' && is_digit(text, at + 1)) ||
         (text[at] == ',' && (group_of(at, 3) || (group_of(at, 2) && text.compare(at + 3, 1, ",") == 0)))) {
    if (text[at] != ',') digits += text[at];
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

std::vector<ProseAmount> prose_amounts(std::string_view text) {
  std::vector<ProseAmount> amounts;
  for (std::size_t i = 0; i < text.size();) {
    if (!figure_near(text, i)) {
      ++i;
      continue;
    }
    auto currency = currency_at(text, i);
    auto figure = currency ? figure_at(text, currency->second) : std::nullopt;
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
        if (auto second = figure_at(text, at)) {
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

}  // namespace offercheck
