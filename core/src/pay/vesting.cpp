#include "offercheck/vesting.hpp"

#include "api/json_schema.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>

namespace offercheck {

double Vesting::fraction_in_year(int year) const {
  if (year < 1 || year > static_cast<int>(yearly_percent.size())) return 0;
  return yearly_percent[year - 1] / 100;
}

Vesting even_vesting() { return Vesting{"even", {25, 25, 25, 25}}; }

Result<Vesting> parse_vesting(std::string_view text) {
  std::string spec(text);
  if (spec.empty() || spec == "even") return even_vesting();
  // A one-year cliff then monthly vests 25% at the cliff and 1/48 a month after:
  // by year, the same quarters as even vesting.
  if (spec == "cliff") return Vesting{"cliff", {25, 25, 25, 25}};
  std::vector<double> percents;
  std::size_t at = 0;
  while (at <= spec.size()) {
    std::size_t end = spec.find_first_of(",/", at);
    std::string part = spec.substr(at, end == std::string::npos ? std::string::npos : end - at);
    char* stop = nullptr;
    double value = std::strtod(part.c_str(), &stop);
    if (part.empty() || *stop != '\0' || !std::isfinite(value) || value < 0) {
      return Error{"vesting '" + spec +
                       "' is not a schedule: use even, cliff, or yearly percents like 5,15,40,40"};
    }
    percents.push_back(value);
    if (end == std::string::npos) break;
    at = end + 1;
  }
  if (percents.size() > 10) return Error{"vesting '" + spec + "' has more than 10 years"};
  double sum = 0;
  for (double p : percents) sum += p;
  // Published schedules round (33/33/22/11 is 99%): within a point, scale to 100.
  if (std::fabs(sum - 100) > 1.0) {
    return Error{"vesting '" + spec + "' sums to " + std::to_string(static_cast<int>(std::lround(sum))) +
                     "%, not 100%"};
  }
  std::string name;
  std::vector<double> listed = percents;
  for (double& p : percents) p *= 100 / sum;
  for (std::size_t i = 0; i < listed.size(); ++i) {
    char number[32];
    std::snprintf(number, sizeof number, "%g", listed[i]);
    name += (i ? "/" : "") + std::string(number);
  }
  if (name == "25/25/25/25") name = "even";
  return Vesting{name, percents};
}

void write_json(JsonWriter& out, const Vesting& vesting) {
  out.begin_object().field("name", vesting.name).key("yearly_percent").begin_array();
  for (double percent : vesting.yearly_percent) out.value(percent);
  out.end_array().end_object();
}

void to_json(nlohmann::json& j, const Vesting& vesting) { j = dom_of(vesting); }

}  // namespace offercheck
