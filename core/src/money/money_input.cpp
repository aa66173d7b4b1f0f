#include "offercheck/money_input.hpp"

#include "common/trim.hpp"
#include "money/currency.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <cstdlib>
#include <string>

namespace offercheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Takes a currency symbol or ISO code off the front (at_end false) or the back.
bool take_currency(std::string_view& s, bool at_end, std::optional<std::string>& currency) {
  // An ISO code first: "80000 EUR" ends in EUR, not in the rand's "R".
  if (s.size() >= 3) {
    std::string_view code = at_end ? s.substr(s.size() - 3) : s.substr(0, 3);
    bool boundary = s.size() == 3 || (at_end ? !is_upper(s[s.size() - 4]) : !is_upper(s[3]));
    if (boundary && find_currency(code)) {
      currency = std::string(code);
      at_end ? s.remove_suffix(3) : s.remove_prefix(3);
      s = trim(s);
      return true;
    }
  }
  if (auto symbol = at_end ? symbol_ending(s) : symbol_at(s, 0)) {
    if (!symbol->code.empty()) currency = std::string(symbol->code);
    at_end ? s.remove_suffix(symbol->length) : s.remove_prefix(symbol->length);
    s = trim(s);
    return true;
  }
  return false;
}

}  // namespace

Result<MoneyInput> parse_money(std::string_view text) {
  const std::string quoted = "'" + std::string(text) + "'";
  auto fail = [&](const std::string& why) -> Result<MoneyInput> {
    return Error{quoted + " is not an amount: " + why};
  };
  std::string_view s = trim(text);
  if (s.empty()) return Error{"an amount is required (like 80000, 80k, €80,000 or 1.2M)"};

  MoneyInput input;
  if (!s.empty() && s.front() == '-') return fail("amounts must not be negative");
  take_currency(s, false, input.currency);
  if (!s.empty() && s.front() == '-') return fail("amounts must not be negative");
  if (!input.currency) take_currency(s, true, input.currency);

  double multiplier = 1;
  if (!s.empty() && (s.back() == 'k' || s.back() == 'K')) multiplier = 1e3;
  if (!s.empty() && (s.back() == 'm' || s.back() == 'M')) multiplier = 1e6;
  if (multiplier != 1) s = trim(s.substr(0, s.size() - 1));

  // Digits, grouped in threes by commas or spaces, then an optional ".fraction".
  std::string digits;
  std::size_t i = 0, group = 0;
  bool grouped = false;
  while (i < s.size()) {
    if (is_digit(s[i])) {
      digits += s[i++];
      ++group;
      continue;
    }
    std::size_t separator = s[i] == ',' ? 1 : space_length(s, i);
    // A separator only groups digits when digits follow it.
    if (separator == 0 || i + separator >= s.size() || !is_digit(s[i + separator])) break;
    if (digits.empty() || (grouped ? group != 3 : group > 3)) {
      return fail("digit groups must have three digits, like 80,000");
    }
    grouped = true;
    group = 0;
    i += separator;
  }
  if (grouped && group != 3) return fail("digit groups must have three digits, like 80,000");
  if (i < s.size() && s[i] == '.') {
    digits += s[i++];
    std::size_t fraction_digits = 0;
    while (i < s.size() && is_digit(s[i])) digits += s[i++], ++fraction_digits;
    if (fraction_digits == 0) return fail("a decimal point must be followed by digits");
  }
  if (digits.empty() || digits == ".") {
    return fail("expected a number, like 80000, 80k, €80,000 or 1.2M");
  }
  if (i != s.size()) {
    return fail("unexpected '" + std::string(trim(s.substr(i))) +
                "' (write amounts like 80000, 80k, €80,000 or 1.2M)");
  }
  double amount = std::strtod(digits.c_str(), nullptr) * multiplier;
  if (!std::isfinite(amount) || amount > kLargestAmount) {
    return fail("it is larger than any salary (at most 1,000,000,000,000)");
  }
  input.amount = amount;
  return input;
}

std::optional<Diagnostic> typed_currency_warning(std::string_view field, const MoneyInput& input,
                                                 std::string_view band_currency) {
  if (!input.currency || *input.currency == band_currency) return std::nullopt;
  Diagnostic d = make_warning("typed_currency",
                              std::string(field) + " was typed in " + *input.currency +
                                  " but the band is in " + std::string(band_currency) +
                                  "; the amount is taken as " + std::string(band_currency) +
                                  ", not converted");
  return d;
}

namespace {

// Digits with at most one dot: no sign, exponent or hex, which strtod would take.
std::optional<double> plain_number(std::string_view s) {
  const std::string bare(s);
  char* end = nullptr;
  const double value = std::strtod(bare.c_str(), &end);
  const auto digits = static_cast<std::size_t>(std::count_if(bare.begin(), bare.end(), is_digit));
  const auto dots = static_cast<std::size_t>(std::count(bare.begin(), bare.end(), '.'));
  const bool plain = digits > 0 && bare.size() - digits == dots && dots <= 1;
  if (!plain || *end != '\0' || !std::isfinite(value)) return std::nullopt;
  return value;
}

// `s` without `suffix` (and the spaces before it) when it ends with it.
std::string_view without_suffix(std::string_view s, std::string_view suffix) {
  if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
    return trim(s.substr(0, s.size() - suffix.size()));
  }
  return s;
}

}  // namespace

Result<double> parse_percent(std::string_view text) {
  auto value = plain_number(without_suffix(trim(text), "%"));
  if (!value) return Error{"'" + std::string(text) + "' is not a percent (a number like 15)"};
  return *value;
}

Result<double> parse_multiple(std::string_view text) {
  std::string_view s = trim(text);
  for (std::string_view suffix : {"x", "X", "\u00d7"}) s = without_suffix(s, suffix);
  auto value = plain_number(s);
  if (!value) return Error{"'" + std::string(text) + "' is not a multiple (a number like 2, 0.5 or 3x)"};
  return *value;
}

Result<int> parse_months(std::string_view text) {
  std::string_view s = trim(text);
  for (std::string_view suffix : {"months", "month", "mo"}) s = without_suffix(s, suffix);
  // A vesting start may be before joining (credited months): a sign is read; ranges are the caller's.
  const bool negative = !s.empty() && s.front() == '-';
  auto value = plain_number(negative ? s.substr(1) : s);
  if (!value || *value != std::floor(*value) || *value > 1000) {
    return Error{"'" + std::string(text) + "' is not a number of months (a whole number like 12)"};
  }
  return static_cast<int>(negative ? -*value : *value);
}

}  // namespace offercheck
