#include "offercheck/money.hpp"

#include "money/currency.hpp"

#include <cmath>
#include <algorithm>
#include <string>

namespace offercheck {

double clean_step(double amount) {
  double magnitude = std::fabs(amount);
  if (magnitude < 10000) return 50;
  return std::pow(10.0, std::floor(std::log10(magnitude))) / 20;
}

double round_clean_nearest(double amount) {
  double step = clean_step(amount);
  return std::floor(amount / step + 0.5) * step;
}

double round_clean_down(double amount) {
  double step = clean_step(amount);
  // A tolerance keeps exact multiples (e.g. 170000.0000001) on their step.
  return std::floor(amount / step + 1e-9) * step;
}

double round_clean_up(double amount) {
  double step = clean_step(amount);
  return std::ceil(amount / step - 1e-9) * step;
}

double round_whole(double amount) { return std::floor(amount + 0.5); }

namespace {

// 1234567.4 -> "1,234,567": whole units, grouped in threes.
std::string grouped_whole(double amount) {
  std::string digits = std::to_string(static_cast<long long>(std::fabs(std::round(amount))));
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

std::string currency_prefix(std::string_view currency) {
  const CurrencyInfo* info = find_currency(currency);
  if (info && !info->symbol.empty()) return std::string(info->symbol);
  return currency.empty() ? std::string() : std::string(currency) + " ";
}

}  // namespace

std::string format_money(double amount, std::string_view currency) {
  double whole = std::round(amount);
  bool negative = whole < 0;
  return (negative ? "-" : "") + currency_prefix(currency) + grouped_whole(whole);
}

std::string format_price(double amount, std::string_view currency) {
  const double magnitude = std::fabs(amount);
  const int decimals = magnitude >= 1 ? 2 : 4;
  const double scale = std::pow(10, decimals);
  const double rounded = std::round(magnitude * scale) / scale;
  if (rounded == std::floor(rounded)) return format_money(amount, currency);
  // The fraction's digits from an integer (no printf in the calculation
  // module): ".50", ".0125".
  const long long units = std::llround((rounded - std::floor(rounded)) * scale);
  std::string digits = std::to_string(units);
  digits.insert(0, static_cast<std::size_t>(decimals) - std::min(digits.size(), static_cast<std::size_t>(decimals)), '0');
  digits.insert(0, 1, '.');
  // Cents stay two digits; smaller prices lose their trailing zeros.
  while (digits.size() > 3 && digits.back() == '0') digits.pop_back();
  return (amount < 0 ? "-" : "") + currency_prefix(currency) + grouped_whole(std::floor(rounded)) + digits;
}

std::string format_percent(double fraction) {
  return std::to_string(static_cast<long long>(std::lround(fraction * 100))) + "%";
}

std::string format_multiple(double multiple) { return decimal_text(multiple, 2) + "\u00d7"; }

std::string decimal_text(double value, int max_decimals) {
  const double scale = std::pow(10, max_decimals);
  const double scaled = std::round(std::fabs(value) * scale);
  if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : value < 0 ? "-\u221e" : "\u221e";
  if (!std::isfinite(scaled) || scaled >= 9007199254740992.0) {
    // Past 2^53 a double is a whole number: its digits one by one (the low
    // ones approximate, as the number itself is).
    std::string digits;
    for (double rest = std::floor(std::fabs(value)); rest >= 1 && digits.size() < 400; rest = std::floor(rest / 10)) {
      digits.insert(0, 1, static_cast<char>('0' + static_cast<int>(std::fmod(rest, 10.0))));
    }
    return (value < 0 ? "-" : "") + digits;
  }
  std::string digits = std::to_string(static_cast<long long>(scaled));
  const auto decimals = static_cast<std::size_t>(max_decimals);
  if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  std::string text = (value < 0 && scaled > 0 ? "-" : "") + digits.substr(0, digits.size() - decimals);
  std::string fraction = digits.substr(digits.size() - decimals);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? text : text + "." + fraction;
}

std::string format_count(double count) { return (count < 0 ? "-" : "") + grouped_whole(count); }

}  // namespace offercheck
