#include "guide/validation.hpp"

#include "money/currency.hpp"
#include "offercheck/money.hpp"
#include "offercheck/total_comp.hpp"

#include <cmath>
#include <map>

namespace offercheck {

namespace {

struct AmountField {
  const char* name;       // "base", "stock", ...
  const Range Band::*range;
  bool annual_pay;        // base and total comp: a year's pay, judged on both ends
};

const AmountField kAmountFields[] = {
    {"base", &Band::base, true},
    {"stock", &Band::stock, false},
    {"bonus", &Band::bonus, false},
    {"signing_bonus", &Band::signing_bonus, false},
    {"total_comp", &Band::total_comp, true},
};

// In US dollars: a year's pay outside [5,000, 5,000,000], or any other
// amount above 100,000,000 or (when not zero) below 100, is implausible.
constexpr double kLowestAnnualPay = 5000;
constexpr double kHighestAnnualPay = 5000000;
constexpr double kHighestOtherAmount = 100000000;
constexpr double kLowestOtherAmount = 100;

std::string band_name(const Band& band) { return band.region.empty() ? "a band" : band.region; }

}  // namespace

std::optional<Diagnostic> stale_warning(const Guide& guide, const Date& today) {
  if (!guide.is_stale(today)) return std::nullopt;
  std::string message = "the guide's data is stale: its next review was due " +
                        guide.next_review_due->to_string() + " and today is " + today.to_string();
  if (guide.last_updated) message += "; last updated " + guide.last_updated->to_string();
  if (guide.salary_data_quarter) message += ", salary data from " + *guide.salary_data_quarter;
  return make_warning("stale", message, guide.position_of("next_review_due"));
}

std::vector<Diagnostic> validate_band(const Guide& guide, const Band& band,
                                      std::optional<std::size_t> index,
                                      const ValidationOptions& options) {
  std::vector<Diagnostic> found;
  const std::string path = index ? "compensation[" + std::to_string(*index) + "]" : "";
  auto position = [&](const std::string& field) {
    if (!index) return SourcePosition{};
    SourcePosition p = guide.position_of(path + "." + field);
    return p.known() ? p : band.at;
  };
  auto add = [&](Diagnostic diagnostic, std::string component = {}) {
    diagnostic.component = std::move(component);
    found.push_back(std::move(diagnostic));
  };
  const std::string name = band_name(band);

  for (const auto& field : kAmountFields) {
    const Range& range = band.*field.range;
    std::string low = std::string(field.name) + "_low", high = std::string(field.name) + "_high";
    if (range.has_data() && *range.low > *range.high) {
      add(make_error("low_above_high",
                     Phrase(name + ": " + low + " (") + money_value(*range.low, band.currency) +
                         ") is above " + high + " (" + money_value(*range.high, band.currency) + ")",
                     position(low)),
          field.name);
    } else if (range.low.has_value() != range.high.has_value()) {
      add(make_warning("incomplete_range",
                       name + ": " + (range.low ? low + " is given but " + high
                                                : high + " is given but " + low) +
                           " is not, so " + field.name + " cannot be compared",
                       position(range.low ? low : high)),
          field.name);
    }
  }

  const CurrencyInfo* currency = find_currency(band.currency);
  if (!currency) {
    bool needed = band.has_any_number();
    std::string message =
        band.currency.empty()
            ? name + ": currency is missing; give the ISO 4217 code of its amounts, like USD"
            : name + ": '" + band.currency + "' is not an ISO 4217 currency code (like USD, EUR, "
                                             "GBP)";
    Diagnostic diagnostic =
        needed ? make_error(band.currency.empty() ? "missing_currency" : "unknown_currency",
                            message, position("currency"))
               : make_warning("unknown_currency", message, position("currency"));
    add(diagnostic);
  }

  if (!band.has_any_number()) {
    add(make_warning("no_band_data",
                     name + " has no pay data; compare with another region's band scaled by a "
                            "factor instead",
                     band.at));
  }

  if (currency && currency->rough_units_per_usd > 0) {
    double rate = currency->rough_units_per_usd;
    for (const auto& field : kAmountFields) {
      const Range& range = band.*field.range;
      for (auto [value, suffix] : {std::pair{range.low, "_low"}, std::pair{range.high, "_high"}}) {
        if (!value) continue;
        double usd = *value / rate;
        bool implausible = field.annual_pay
                               ? usd < kLowestAnnualPay || usd > kHighestAnnualPay
                               : usd > kHighestOtherAmount || (usd > 0 && usd < kLowestOtherAmount);
        if (implausible) {
          std::string key = std::string(field.name) + suffix;
          add(make_warning("implausible_amount",
                           Phrase(name + ": " + key + " of ") + money_value(*value, band.currency) +
                               " is implausible for " + band.currency +
                               (field.annual_pay ? " yearly pay" : "") +
                               " (amounts are whole units, not thousands)",
                           position(key)),
              field.name);
        }
      }
    }
  }
  if (band.bonus_pct && *band.bonus_pct > 200) {
    add(make_warning("implausible_amount",
                     Phrase(name + ": bonus_pct of ") + percent_value(*band.bonus_pct / 100) +
                         " is implausible (it is a percent of base, like 15)",
                     position("bonus_pct")),
        "bonus");
  }

  if (band.base.has_data() && currency) {
    Range bonus = band.bonus_amounts();
    for (bool high : {false, true}) {
      std::optional<double> stated = high ? band.total_comp.high : band.total_comp.low;
      if (!stated) continue;
      auto pick = [&](const Range& r) { return (high ? r.high : r.low).value_or(0); };
      double computed = annual_total_comp(pick(band.base), pick(band.stock), pick(bonus));
      double difference = std::fabs(*stated - computed) / computed;
      if (difference > options.total_comp_tolerance) {
        std::string key = high ? "total_comp_high" : "total_comp_low";
        add(make_warning("total_comp_mismatch",
                         Phrase(name + ": stated " + key + " ") + money_value(*stated, band.currency) +
                             " differs by " + percent_value(difference) +
                             " from base + stock/4 + bonus = " + money_value(computed, band.currency),
                         position(key)),
            "total_comp");
      }
    }
  }

  for (const std::string& named : currencies_named_in(band.region)) {
    if (currency && named != band.currency) {
      add(make_warning("region_currency_mismatch",
                       "region '" + band.region + "' names " + named + " but its currency is " +
                           band.currency,
                       position("region")));
    }
  }
  return found;
}

std::vector<Diagnostic> validate_guide(const Guide& guide, const ValidationOptions& options) {
  std::vector<Diagnostic> found;
  auto append = [&](std::vector<Diagnostic> more) {
    for (auto& d : more) found.push_back(std::move(d));
  };

  std::map<std::string, int> first_line_of;  // region key -> line of its first band
  for (std::size_t i = 0; i < guide.compensation.size(); ++i) {
    const Band& band = guide.compensation[i];
    append(validate_band(guide, band, i, options));
    auto [first, inserted] = first_line_of.emplace(region_key(band.region), band.at.line);
    if (!inserted) {
      found.push_back(make_warning("duplicate_region",
                                   "region '" + band.region + "' is given twice (first on line " +
                                       std::to_string(first->second) + "); the first one is used",
                                   band.at));
    }
  }

  if (guide.role_type && *guide.role_type != "standard" && *guide.role_type != "specialty") {
    found.push_back(make_warning("unknown_role_type",
                                 "role_type '" + *guide.role_type +
                                     "' is not one of standard, specialty",
                                 guide.position_of("role_type")));
  }
  if (guide.data_quality && *guide.data_quality != "high" && *guide.data_quality != "medium" &&
      *guide.data_quality != "low") {
    found.push_back(make_warning("unknown_data_quality",
                                 "data_quality '" + *guide.data_quality +
                                     "' is not one of high, medium, low",
                                 guide.position_of("data_quality")));
  }
  if (guide.salary_data_quarter) {
    const std::string& q = *guide.salary_data_quarter;
    bool well_formed = q.size() == 7 && q[4] == '-' && q[5] == 'Q' && q[6] >= '1' && q[6] <= '4' &&
                       q.find_first_not_of("0123456789") == 4;
    if (!well_formed) {
      found.push_back(make_warning("bad_quarter",
                                   "salary_data_quarter '" + q + "' is not like 2025-Q4",
                                   guide.position_of("salary_data_quarter")));
    }
  }
  if (guide.body.find_first_not_of(" \t\n") == std::string::npos) {
    found.push_back(make_warning("empty_body",
                                 "the guide has no text after its front matter (no levers, "
                                 "scripts or strategy)",
                                 {guide.body_line, 1}));
  }
  if (options.today) {
    if (auto stale = stale_warning(guide, *options.today)) found.push_back(*stale);
  }
  return found;
}

}  // namespace offercheck
