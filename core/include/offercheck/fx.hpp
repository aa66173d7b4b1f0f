#pragma once

#include "offercheck/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// The bundled, dated exchange-rate table. Nothing is ever fetched: the table
// is what ships, and the user may override any rate.
struct FxTable {
  std::string date;    // YYYY-MM-DD of the rates
  std::string source;
  std::map<std::string, double> per_euro;  // units of a currency for one euro
};

const FxTable& bundled_fx_table();

// Rates into one currency (the guide's). An override is the value of one unit
// of a currency in the target currency ("EUR=1.08" into USD: €1 = $1.08).
class FxRates {
 public:
  FxRates(std::string target, std::map<std::string, double> overrides = {});

  const std::string& target() const { return target_; }
  // The value of one unit of `currency` in the target currency.
  Result<double> rate(std::string_view currency) const;
  Result<double> convert(double amount, std::string_view currency) const;

  struct Used {
    std::string currency;
    double rate = 0;
    bool overridden = false;
  };
  // The rates convert() has used, for showing beside converted numbers.
  const std::vector<Used>& used() const { return used_; }

 private:
  std::string target_;
  std::map<std::string, double> overrides_;
  mutable std::vector<Used> used_;
};

// "EUR=1.08": an override for FxRates; the Error names what is wrong.
Result<std::pair<std::string, double>> parse_fx_override(std::string_view text);
// The same rule for a code and a rate already apart (a request's fx object).
Result<std::pair<std::string, double>> fx_override(std::string_view code, double rate);

// {date, source, currency, rates: [{currency, rate, overridden}]}
void to_json(nlohmann::json& j, const FxRates& rates);

}  // namespace offercheck
