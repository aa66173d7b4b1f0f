#include "offercheck/fx.hpp"

#include "api/json_schema.hpp"

#include "money/currency.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace offercheck {

const FxTable& bundled_fx_table() {
  // The ECB's euro foreign exchange reference rates of 28 February 2025.
  static const FxTable table{
      "2025-02-28",
      "European Central Bank euro foreign exchange reference rates",
      {{"EUR", 1.0},       {"USD", 1.0411},    {"JPY", 156.96},   {"BGN", 1.9558},
       {"CZK", 25.029},    {"DKK", 7.4583},    {"GBP", 0.82608},  {"HUF", 399.50},
       {"PLN", 4.1503},    {"RON", 4.9768},    {"SEK", 11.1880},  {"CHF", 0.9394},
       {"ISK", 145.70},    {"NOK", 11.7245},   {"TRY", 38.0186},  {"AUD", 1.6741},
       {"BRL", 6.0712},    {"CAD", 1.5019},    {"CNY", 7.5782},   {"HKD", 8.0980},
       {"IDR", 17228.17},  {"ILS", 3.7457},    {"INR", 90.9710},  {"KRW", 1519.92},
       {"MXN", 21.2191},   {"MYR", 4.6459},    {"NZD", 1.8579},   {"PHP", 60.355},
       {"SGD", 1.4037},    {"THB", 35.567},    {"ZAR", 19.1917}}};
  return table;
}

FxRates::FxRates(std::string target, std::map<std::string, double> overrides)
    : target_(std::move(target)), overrides_(std::move(overrides)) {}

Result<double> FxRates::rate(std::string_view currency) const {
  if (currency == target_) return 1.0;
  double value = 0;
  bool overridden = false;
  if (auto it = overrides_.find(std::string(currency)); it != overrides_.end()) {
    value = it->second;
    overridden = true;
  } else {
    const auto& per_euro = bundled_fx_table().per_euro;
    auto from = per_euro.find(std::string(currency));
    auto to = per_euro.find(target_);
    if (from == per_euro.end() || to == per_euro.end()) {
      return Error{"no exchange rate from " + std::string(currency) + " to " + target_ +
                       " in the bundled table (" + bundled_fx_table().date +
                       "); give one, like " + std::string(currency) + "=1.10"};
    }
    value = to->second / from->second;
  }
  auto seen = std::find_if(used_.begin(), used_.end(),
                           [&](const Used& u) { return u.currency == currency; });
  if (seen == used_.end()) used_.push_back(Used{std::string(currency), value, overridden});
  return value;
}

Result<double> FxRates::convert(double amount, std::string_view currency) const {
  auto value = rate(currency);
  if (!value.ok()) return value.error();
  return amount * value.value();
}

Result<std::pair<std::string, double>> parse_fx_override(std::string_view text) {
  auto eq = text.find('=');
  std::string code(text.substr(0, eq));
  if (eq == std::string_view::npos || !find_currency(code)) {
    return Error{"'" + std::string(text) +
                     "' is not a rate: write CUR=RATE with an ISO 4217 code, like EUR=1.08 (the "
                     "value of one CUR in the guide's currency)"};
  }
  std::string number(text.substr(eq + 1));
  char* end = nullptr;
  double value = std::strtod(number.c_str(), &end);
  if (number.empty() || *end != '\0') value = 0;  // refused below as not a positive number
  auto read = fx_override(code, value);
  if (!read.ok()) return Error{"'" + std::string(text) + "': " + read.error().message};
  return read;
}

Result<std::pair<std::string, double>> fx_override(std::string_view code, double rate) {
  if (!find_currency(code)) return Error{"'" + std::string(code) + "' is not an ISO 4217 currency code, like EUR"};
  if (!std::isfinite(rate) || rate <= 0) return Error{"the rate must be a positive number, like 1.08"};
  return std::pair{std::string(code), rate};
}

void write_json(JsonWriter& out, const FxRates& rates) {
  out.begin_object()
      .field("date", bundled_fx_table().date)
      .field("source", bundled_fx_table().source)
      .field("currency", rates.target())
      .key("rates")
      .begin_array();
  for (const auto& u : rates.used()) {
    out.begin_object().field("currency", u.currency).field("rate", u.rate).field("overridden", u.overridden).end_object();
  }
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const FxRates& rates) { j = dom_of(rates); }

}  // namespace offercheck
