#include "offercheck/money.hpp"

#include "money/currency.hpp"

#include <cmath>
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

std::string format_money(double amount, std::string_view currency) {
  double whole = std::round(amount);
  bool negative = whole < 0;
  std::string digits = std::to_string(static_cast<long long>(std::fabs(whole)));
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  const CurrencyInfo* info = find_currency(currency);
  std::string prefix;
  if (info && !info->symbol.empty()) {
    prefix = std::string(info->symbol);
  } else if (!currency.empty()) {
    prefix = std::string(currency) + " ";
  }
  return (negative ? "-" : "") + prefix + grouped;
}

std::string format_percent(double fraction) {
  return std::to_string(static_cast<long long>(std::lround(fraction * 100))) + "%";
}

}  // namespace offercheck
