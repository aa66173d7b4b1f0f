#include "offercheck/vesting.hpp"

#include "api/json_schema.hpp"
#include "offercheck/money.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace offercheck {

namespace {

int period_months(Cadence cadence) {
  switch (cadence) {
    case Cadence::monthly: return 1;
    case Cadence::quarterly: return 3;
    case Cadence::yearly: break;
  }
  return 12;
}

Vesting even_with(Cadence cadence, std::string name) {
  Vesting v{std::move(name), {25, 25, 25, 25}};
  v.cadence = cadence;
  v.cliff_months = kDefaultCliffMonths;
  return v;
}

}  // namespace

const char* cadence_name(Cadence cadence) {
  switch (cadence) {
    case Cadence::monthly: return "monthly";
    case Cadence::quarterly: return "quarterly";
    case Cadence::yearly: break;
  }
  return "yearly";
}

double Vesting::vested_after(int months) const {
  if (months <= 0 || months < cliff_months) return 0;
  const int period = period_months(cadence);
  const int whole_years = months / 12;
  const int released = (months % 12) / period * period;  // months of this year already released
  double percent = 0;
  for (int year = 0; year < static_cast<int>(yearly_percent.size()); ++year) {
    if (year < whole_years) percent += yearly_percent[year];
    else if (year == whole_years) percent += yearly_percent[year] * released / 12;
  }
  return std::min(1.0, percent / 100);
}

double Vesting::fraction_in_year(int year) const {
  if (year < 1) return 0;
  return vested_by_month(12 * year) - vested_by_month(12 * (year - 1));
}

double Vesting::fraction_in_year(int year, int granted) const {
  if (year < granted) return 0;
  const int months = 12 * (year - granted + 1);
  return vested_after(months) - vested_after(months - 12);
}

Vesting even_vesting() { return Vesting{"even", {25, 25, 25, 25}}; }

Result<Vesting> parse_vesting(std::string_view text) {
  std::string spec(text);
  if (spec.empty() || spec == "even") return even_vesting();
  if (spec == "monthly") return even_with(Cadence::monthly, "monthly");
  if (spec == "quarterly") return even_with(Cadence::quarterly, "quarterly");
  // A one-year cliff then monthly vests 25% at the cliff and 1/48 a month after.
  if (spec == "cliff") return even_with(Cadence::monthly, "cliff");
  const std::string bad = "vesting '" + spec +
                          "' is not a schedule: use even, monthly, quarterly, cliff, or yearly percents like 5,15,40,40";
  Cadence cadence = Cadence::yearly;
  std::string list = spec;
  for (Cadence c : {Cadence::monthly, Cadence::quarterly}) {
    const std::string word = std::string(" ") + cadence_name(c);
    if (list.size() > word.size() && list.compare(list.size() - word.size(), word.size(), word) == 0) {
      cadence = c;
      list.resize(list.size() - word.size());
    }
  }
  std::vector<double> percents;
  std::size_t at = 0;
  while (at <= list.size()) {
    std::size_t end = list.find_first_of(",/", at);
    std::string part = list.substr(at, end == std::string::npos ? std::string::npos : end - at);
    char* stop = nullptr;
    double value = std::strtod(part.c_str(), &stop);
    if (part.empty() || *stop != '\0' || !std::isfinite(value) || value < 0) return Error{bad};
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
    name += (i ? "/" : "") + decimal_text(listed[i], 4);
  }
  if (name == "25/25/25/25" && cadence == Cadence::yearly) name = "even";
  Vesting vesting{name, percents};
  if (cadence != Cadence::yearly) {
    vesting.name += std::string(" ") + cadence_name(cadence);
    vesting.cadence = cadence;
    vesting.cliff_months = kDefaultCliffMonths;
  }
  return vesting;
}

std::optional<Error> check_vesting(const Vesting& v, const std::string& cliff_name, const std::string& start_name) {
  if (v.cliff_months < 0 || v.cliff_months > kMaxCliffMonths) {
    return Error{cliff_name + " must be between 0 and " + std::to_string(kMaxCliffMonths) + " months"};
  }
  if (v.cadence == Cadence::yearly && v.cliff_months != 0) {
    return Error{cliff_name + " applies to monthly or quarterly vesting; '" + v.name +
                 "' vests once a year (choose monthly or quarterly)"};
  }
  if (std::abs(v.start_months) > kMaxVestingStartMonths) {
    return Error{start_name + " must be between -" + std::to_string(kMaxVestingStartMonths) + " and " +
                 std::to_string(kMaxVestingStartMonths) + " months"};
  }
  return std::nullopt;
}

void write_json(JsonWriter& out, const Vesting& vesting) {
  out.begin_object().field("name", vesting.name).key("yearly_percent").begin_array();
  for (double percent : vesting.yearly_percent) out.value(percent);
  out.end_array()
      .field("cadence", cadence_name(vesting.cadence))
      .field("cliff_months", vesting.cliff_months)
      .field("start_months", vesting.start_months)
      .end_object();
}

void to_json(nlohmann::json& j, const Vesting& vesting) { j = dom_of(vesting); }

}  // namespace offercheck
