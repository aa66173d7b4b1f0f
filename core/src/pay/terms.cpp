#include "offercheck/terms.hpp"

#include "api/json_fields.hpp"
#include "offercheck/money_input.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace offercheck {

double Terms::stock_grant() const {
  if (stock) return *stock;
  return stock_per_year.value_or(0) * 4;
}

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
  return p;
}

std::optional<Error> check_terms(const Terms& terms, const std::string& who) {
  const std::pair<const char*, std::optional<double>> parts[] = {
      {"base", terms.base},           {"stock", terms.stock},   {"stock_per_year", terms.stock_per_year},
      {"bonus_pct", terms.bonus_pct}, {"bonus", terms.bonus},   {"sign_on", terms.sign_on},
      {"refresh", terms.refresh}};
  for (const auto& [name, value] : parts) {
    if (!value) continue;
    if (!std::isfinite(*value)) return Error{who + " " + name + " must be a finite number"};
    if (*value < 0) return Error{who + " " + name + " must not be negative"};
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
  return std::nullopt;
}

std::string FieldPath::operator()(std::string_view key) const {
  return prefix + separator + std::string(key);
}

namespace {

const char* const kTermsFields[] = {"base",    "stock",   "stock_per_year", "bonus_pct", "bonus",
                                    "sign_on", "refresh", "vesting",        "liquid"};

// A number, or with Typed::text, text read by `read` (parse_money or parse_percent).
template <class Read>
Result<std::optional<double>> typed_number(const nlohmann::json& j, const char* key, const FieldPath& path,
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

Result<Terms> terms_from_json(const nlohmann::json& j, const FieldPath& path, const std::string& who,
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
  const std::pair<const char*, std::optional<double>*> amounts[] = {
      {"stock", &terms.stock}, {"stock_per_year", &terms.stock_per_year}, {"bonus", &terms.bonus},
      {"sign_on", &terms.sign_on}, {"refresh", &terms.refresh}};
  for (const auto& [key, into] : amounts) {
    auto value = typed_number(j, key, path, typed, amount);
    if (!value.ok()) return value.error();
    *into = value.value();
  }
  auto bonus_pct = typed_number(j, "bonus_pct", path, typed, [](const std::string& text) { return parse_percent(text); });
  if (!bonus_pct.ok()) return bonus_pct.error();
  terms.bonus_pct = bonus_pct.value();
  auto vesting = text_field(j, "vesting", path("vesting"));
  if (!vesting.ok()) return vesting.error();
  if (vesting.value()) {
    auto parsed = parse_vesting(*vesting.value());
    if (!parsed.ok()) return Error{path("vesting") + ": " + parsed.error().message};
    terms.vesting = parsed.value();
  }
  if (auto liquid = j.find("liquid"); liquid != j.end() && !liquid->is_null()) {
    if (!liquid->is_boolean()) return Error{path("liquid") + ": expected true or false"};
    terms.liquid = liquid->get<bool>();
  }
  if (auto error = check_terms(terms, who)) return *error;
  return terms;
}

}  // namespace offercheck
