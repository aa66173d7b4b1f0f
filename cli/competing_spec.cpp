#include "competing_spec.hpp"

#include "arguments.hpp"

#include "offercheck/money_input.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

namespace offercheck::cli {

namespace {

// Splits at commas that start a new "key=".
std::map<std::string, std::string> fields_of(const std::string& spec) {
  std::map<std::string, std::string> fields;
  std::size_t at = 0;
  while (at < spec.size()) {
    std::size_t end = at;
    for (std::size_t comma = spec.find(',', at); comma != std::string::npos; comma = spec.find(',', comma + 1)) {
      std::size_t k = comma + 1;
      while (k < spec.size() && spec[k] == ' ') ++k;
      std::size_t key_end = k;
      while (key_end < spec.size() && (std::islower(static_cast<unsigned char>(spec[key_end])) || spec[key_end] == '_')) ++key_end;
      if (key_end > k && key_end < spec.size() && spec[key_end] == '=') {
        end = comma;
        break;
      }
    }
    if (end == at) end = spec.size();
    std::string field = spec.substr(at, end - at);
    std::size_t eq = field.find('=');
    if (eq == std::string::npos) throw UsageError("--competing: '" + field + "' is not key=value");
    std::string key = field.substr(0, eq);
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    if (fields.count(key)) throw UsageError("--competing: " + key + " is given twice");
    fields[key] = field.substr(eq + 1);
    at = end + 1;
  }
  return fields;
}

}  // namespace

CompetingOffer parse_competing_spec(const std::string& spec) {
  CompetingOffer offer;
  for (const auto& [key, value] : fields_of(spec)) {
    auto amount = [&, key = key, value = value]() {
      auto parsed = parse_money(value);
      if (!parsed.ok()) throw UsageError("--competing " + key + ": " + parsed.error().message);
      return parsed.value().amount;
    };
    if (key == "name") offer.name = value;
    else if (key == "currency") offer.currency = value;
    else if (key == "base") offer.base = amount();
    else if (key == "stock") offer.stock = amount();
    else if (key == "stock_per_year") offer.stock_per_year = amount();
    else if (key == "bonus") offer.bonus = amount();
    else if (key == "sign_on") offer.sign_on = amount();
    else if (key == "refresh") offer.refresh = amount();
    else if (key == "bonus_pct") {
      char* end = nullptr;
      double pct = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !std::isfinite(pct)) {
        throw UsageError("--competing bonus_pct: '" + value + "' is not a percent like 15");
      }
      offer.bonus_pct = pct;
    } else if (key == "liquid") {
      if (value == "yes" || value == "true") offer.liquid = true;
      else if (value == "no" || value == "false") offer.liquid = false;
      else throw UsageError("--competing liquid: '" + value + "' is not yes or no");
    } else if (key == "vesting") {
      auto vesting = parse_vesting(value);
      if (!vesting.ok()) throw UsageError("--competing: " + vesting.error().message);
      offer.vesting = vesting.value();
    } else {
      throw UsageError("--competing: unknown key '" + key +
                       "' (name, base, stock, stock_per_year, bonus_pct, bonus, sign_on, refresh, "
                       "currency, liquid, vesting)");
    }
  }
  if (auto error = check_competing_offer(offer)) throw UsageError("--competing: " + error->message);
  return offer;
}

}  // namespace offercheck::cli
