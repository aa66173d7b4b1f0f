#include "offercheck/money.hpp"

#include "money/currency.hpp"

#include <cmath>
#include <cstdio>
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
  char fraction[32];
  std::snprintf(fraction, sizeof fraction, "%.*f", decimals, rounded - std::floor(rounded));
  std::string digits = fraction + 1;  // ".50"
  // Cents stay two digits; smaller prices lose their trailing zeros.
  while (digits.size() > 3 && digits.back() == '0') digits.pop_back();
  return (amount < 0 ? "-" : "") + currency_prefix(currency) + grouped_whole(std::floor(rounded)) + digits;
}

std::string format_percent(double fraction) {
  return std::to_string(static_cast<long long>(std::lround(fraction * 100))) + "%";
}

std::string format_multiple(double multiple) {
  char text[64];
  std::snprintf(text, sizeof text, "%.2f", std::round(multiple * 100) / 100);
  std::string out = text;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out + "\u00d7";
}

std::string format_count(double count) { return (count < 0 ? "-" : "") + grouped_whole(count); }

}  // namespace offercheck
