#include "offercheck/terms.hpp"

#include "api/json_fields.hpp"
#include "api/json_schema.hpp"
#include "offercheck/money_input.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace offercheck {

double Terms::stock_grant() const {
  if (auto grant = option_grant()) return options_value_today(*grant);
  if (stock) return *stock;
  return stock_per_year.value_or(0) * 4;
}

std::optional<OptionGrant> Terms::option_grant() const {
  if (!options) return std::nullopt;
  return OptionGrant{*options, strike.value_or(0), share_price.value_or(0)};
}

ExitScenario Terms::exit() const { return ExitScenario{exit_multiple.value_or(1), dilution_pct.value_or(0) / 100}; }

double Terms::bonus_on(double on_base) const {
  if (bonus) return *bonus;
  return on_base * bonus_pct.value_or(0) / 100;
}

Package Terms::package(std::optional<double> base_override, std::optional<double> stock_override,
                       std::optional<double> sign_on_override, double rate) const {
  Package p;
  const double own_base = base_override.value_or(base);
  p.base = own_base * rate;
  p.stock_grant = stock_override.value_or(stock_grant()) * rate;
  p.bonus = bonus_on(own_base) * rate;
  p.sign_on = sign_on_override.value_or(sign_on.value_or(0)) * rate;
  p.vesting = vesting;
  p.refresh = refresh.value_or(0) * rate;
  p.liquid = liquid;
  if (auto grant = option_grant()) {
    // A grant asked for on options is as many more options at the same strike;
    // options worth nothing today cannot be scaled, and leave a grant value.
    const double today = options_value_today(*grant);
    if (stock_override && today > 0) grant->shares *= *stock_override / today;
    if (!stock_override || today > 0) p.options = OptionGrant{grant->shares, grant->strike * rate, grant->share_price * rate};
  }
  p.exit = exit();
  p.raise = raise_pct.value_or(0) / 100;
  p.bonus_follows_base = !bonus && bonus_pct;
  p.bonus_payout = bonus_payout_pct.value_or(100) / 100;
  return p;
}

std::optional<Error> check_terms(const Terms& terms, const std::string& who, const FieldNamer& namer) {
  const auto name = [&](std::string_view key) { return namer ? namer(key) : who + " " + std::string(key); };
  const std::pair<const char*, std::optional<double>> parts[] = {
      {"base", terms.base},           {"stock", terms.stock},     {"stock_per_year", terms.stock_per_year},
      {"bonus_pct", terms.bonus_pct}, {"bonus", terms.bonus},     {"sign_on", terms.sign_on},
      {"refresh", terms.refresh},     {"options", terms.options}, {"strike", terms.strike},
      {"share_price", terms.share_price}, {"exit_multiple", terms.exit_multiple},
      {"dilution_pct", terms.dilution_pct}, {"raise_pct", terms.raise_pct},
      {"bonus_payout_pct", terms.bonus_payout_pct}};
  for (const auto& [key, value] : parts) {
    if (!value) continue;
    if (!std::isfinite(*value)) return Error{name(key) + " must be a finite number"};
    if (*value < 0) return Error{name(key) + " must not be negative"};
  }
  if (terms.stock && terms.stock_per_year) {
    return Error{who + ": give stock (a grant) or stock_per_year, not both"};
  }
  if (terms.bonus_pct && terms.bonus) {
    return Error{who + ": give the bonus as a percent (bonus_pct) or as an amount (bonus), not both"};
  }
  if (terms.bonus_pct && *terms.bonus_pct > 1000) {
    return Error{who + " bonus_pct is a percent of base (like 15); " +
                 std::to_string(static_cast<long long>(*terms.bonus_pct)) + " is too large"};
  }
  if (terms.options) {
    if (terms.stock || terms.stock_per_year) {
      return Error{who + ": give the equity as a grant value (stock) or as options, not both"};
    }
    if (!terms.share_price) return Error{name("share_price") + " is required with options: today's price per share"};
    if (*terms.share_price == 0) return Error{name("share_price") + " must be above 0"};
  } else if (terms.strike || terms.share_price) {
    return Error{name(terms.strike ? "strike" : "share_price") + " goes with options (a number of shares)"};
  }
  if (terms.dilution_pct && *terms.dilution_pct >= 100) {
    return Error{name("dilution_pct") + " must be below 100% (the share of the company others will own by the exit)"};
  }
  if (terms.exit_multiple && *terms.exit_multiple > 1000) {
    return Error{name("exit_multiple") + " must be at most 1000 (times today's price)"};
  }
  if (terms.raise_pct && *terms.raise_pct > 100) return Error{name("raise_pct") + " must be at most 100%"};
  if (terms.bonus_payout_pct && *terms.bonus_payout_pct > 1000) {
    return Error{name("bonus_payout_pct") + " must be at most 1000% of the target"};
  }
  return check_vesting(terms.vesting, name("cliff_months"), name("vesting_start_months"));
}

void write_terms_fields(JsonWriter& out, const Terms& t) {
  out.field("base", t.base)
      .field("stock", t.stock)
      .field("stock_per_year", t.stock_per_year)
      .field("bonus_pct", t.bonus_pct)
      .field("bonus", t.bonus)
      .field("sign_on", t.sign_on)
      .field("refresh", t.refresh)
      .field("liquid", t.liquid)
      .field("options", t.options)
      .field("strike", t.strike)
      .field("share_price", t.share_price)
      .field("exit_multiple", t.exit_multiple)
      .field("dilution_pct", t.dilution_pct)
      .field("raise_pct", t.raise_pct)
      .field("bonus_payout_pct", t.bonus_payout_pct)
      .key("vesting");
  write_json(out, t.vesting);
}

std::string FieldPath::operator()(std::string_view key) const {
  return prefix + separator + std::string(key);
}

namespace {

const char* const kTermsFields[] = {
    "base",    "stock",   "stock_per_year", "bonus_pct",     "bonus",        "sign_on",      "refresh",
    "vesting", "cliff_months", "vesting_start_months", "liquid", "options", "strike",  "share_price",
    "exit_multiple", "dilution_pct", "raise_pct", "bonus_payout_pct"};

// A number, or with Typed::text, text read by `read` (parse_money or parse_percent).
template <class Read>
Result<std::optional<double>> typed_number(const JsonValue& j, const char* key, const FieldPath& path,
                                           Typed typed, Read read) {
  auto it = j.find(key);
  if (typed == Typed::text && it != j.end() && it->is_string()) {
    auto parsed = read(it->template get<std::string>());
    if (!parsed.ok()) return Error{path(key) + ": " + parsed.error().message};
    return std::optional<double>(parsed.value());
  }
  return number_field(j, key, path(key));
}

}  // namespace

Result<Terms> terms_from_json(const JsonValue& j, const FieldPath& path, const std::string& who,
                              std::initializer_list<const char*> extra, Typed typed) {
  if (!j.is_object()) return Error{path.prefix + ": expected an object"};
  for (const auto& item : j.items()) {
    const auto is_key = [&](const char* key) { return item.key() == key; };
    if (std::none_of(std::begin(kTermsFields), std::end(kTermsFields), is_key) &&
        std::none_of(extra.begin(), extra.end(), is_key)) {
      std::string expected;
      for (const char* key : extra) expected += std::string(key) + ", ";
      for (const char* key : kTermsFields) expected += std::string(key) + ", ";
      expected.resize(expected.size() - 2);
      return Error{path(item.key()) + ": unknown field (expected " + expected + ")"};
    }
  }
  const auto amount = [](const std::string& text) -> Result<double> {
    auto parsed = parse_money(text);
    if (!parsed.ok()) return parsed.error();
    return parsed.value().amount;
  };
  Terms terms;
  auto base = typed_number(j, "base", path, typed, amount);
  if (!base.ok()) return base.error();
  if (!base.value()) return Error{path("base") + " is required"};
  terms.base = *base.value();
  // Amounts, prices and share counts are read as money is typed ("40,000", "$2.50").
  const std::pair<const char*, std::optional<double>*> amounts[] = {
      {"stock", &terms.stock},     {"stock_per_year", &terms.stock_per_year}, {"bonus", &terms.bonus},
      {"sign_on", &terms.sign_on}, {"refresh", &terms.refresh},               {"options", &terms.options},
      {"strike", &terms.strike},   {"share_price", &terms.share_price}};
  for (const auto& [key, into] : amounts) {
    auto value = typed_number(j, key, path, typed, amount);
    if (!value.ok()) return value.error();
    *into = value.value();
  }
  const auto percent = [](const std::string& text) { return parse_percent(text); };
  const std::pair<const char*, std::optional<double>*> percents[] = {
      {"bonus_pct", &terms.bonus_pct}, {"dilution_pct", &terms.dilution_pct},
      {"raise_pct", &terms.raise_pct}, {"bonus_payout_pct", &terms.bonus_payout_pct}};
  for (const auto& [key, into] : percents) {
    auto value = typed_number(j, key, path, typed, percent);
    if (!value.ok()) return value.error();
    *into = value.value();
  }
  auto multiple = typed_number(j, "exit_multiple", path, typed, [](const std::string& text) { return parse_multiple(text); });
  if (!multiple.ok()) return multiple.error();
  terms.exit_multiple = multiple.value();
  auto vesting = text_field(j, "vesting", path("vesting"));
  if (!vesting.ok()) return vesting.error();
  if (vesting.value()) {
    auto parsed = parse_vesting(*vesting.value());
    if (!parsed.ok()) return Error{path("vesting") + ": " + parsed.error().message};
    terms.vesting = parsed.value();
  }
  const std::pair<const char*, int*> months[] = {{"cliff_months", &terms.vesting.cliff_months},
                                                 {"vesting_start_months", &terms.vesting.start_months}};
  for (const auto& [key, into] : months) {
    auto value = typed_number(j, key, path, typed, [](const std::string& text) -> Result<double> {
      auto parsed = parse_months(text);
      if (!parsed.ok()) return parsed.error();
      return static_cast<double>(parsed.value());
    });
    if (!value.ok()) return value.error();
    if (!value.value()) continue;
    const double whole = *value.value();
    if (whole != std::floor(whole) || std::fabs(whole) > 1000) {
      return Error{path(key) + ": expected a whole number of months, like 12"};
    }
    *into = static_cast<int>(whole);
  }
  if (auto liquid = j.find("liquid"); liquid != j.end() && !liquid->is_null()) {
    if (!liquid->is_boolean()) return Error{path("liquid") + ": expected true or false"};
    terms.liquid = liquid->get<bool>();
  }
  if (auto error = check_terms(terms, who)) return *error;
  return terms;
}

}  // namespace offercheck
