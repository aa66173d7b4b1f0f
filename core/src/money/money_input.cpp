#include "offercheck/money_input.hpp"

#include "money/currency.hpp"

#include <cmath>
#include <cstdlib>
#include <string>

namespace offercheck {

namespace {

constexpr double kLargestAmount = 1e12;

struct Marker {
  std::string_view text;
  std::string_view code;  // empty when the marker names no single currency
};

// Longest first, so "CA$" wins over "$".
const Marker kMarkers[] = {{"CA$", "CAD"}, {"A$", "AUD"},  {"S$", "SGD"}, {"HK$", "HKD"},
                           {"NZ$", "NZD"}, {"MX$", "MXN"}, {"R$", "BRL"}, {"CN¥", "CNY"},
                           {"€", "EUR"},   {"£", "GBP"},   {"₹", "INR"},  {"¥", ""},
                           {"$", ""}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Spaces people put between digit groups or around a currency marker.
std::size_t space_length(std::string_view s, std::size_t at) {
  if (at < s.size() && (s[at] == ' ' || s[at] == '\t')) return 1;
  if (s.substr(at, 2) == "\xC2\xA0") return 2;      // no-break space
  if (s.substr(at, 3) == "\xE2\x80\xAF") return 3;  // narrow no-break space
  return 0;
}

std::string_view trim(std::string_view s) {
  std::size_t n;
  while (!s.empty() && (n = space_length(s, 0)) > 0) s.remove_prefix(n);
  while (!s.empty()) {
    std::size_t cut = 0;
    for (std::size_t len = 1; len <= 3 && len <= s.size(); ++len) {
      if (space_length(s, s.size() - len) == len) cut = len;
    }
    if (cut == 0) break;
    s.remove_suffix(cut);
  }
  return s;
}

// Takes a currency symbol or ISO code off the front (at_end false) or the back.
bool take_currency(std::string_view& s, bool at_end, std::optional<std::string>& currency) {
  for (const auto& marker : kMarkers) {
    bool found = at_end ? s.size() >= marker.text.size() &&
                              s.substr(s.size() - marker.text.size()) == marker.text
                        : s.substr(0, marker.text.size()) == marker.text;
    if (found) {
      if (!marker.code.empty()) currency = std::string(marker.code);
      at_end ? s.remove_suffix(marker.text.size()) : s.remove_prefix(marker.text.size());
      s = trim(s);
      return true;
    }
  }
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

}  // namespace offercheck
