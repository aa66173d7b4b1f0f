#pragma once

// Helpers for the JSON beside the types: optional values become null, and
// fields read from untrusted JSON produce an Error naming the field.

#include "offercheck/json_value.hpp"
#include "offercheck/result.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

namespace offercheck {

template <class T>
nlohmann::json optional_json(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

inline std::string json_type_name(const JsonValue& value) {
  if (value.is_string()) return "text";
  if (value.is_boolean()) return "true/false";
  if (value.is_array()) return "a list";
  if (value.is_object()) return "an object";
  return value.type_name();
}

// The number at object[key]: absent or null gives nullopt; anything but a
// finite number is an Error naming `path`.
inline Result<std::optional<double>> number_field(const JsonValue& object, const char* key,
                                                  const std::string& path) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) {
    return Error{path + ": expected a number, got " + json_type_name(*it)};
  }
  double value = it->get<double>();
  if (!std::isfinite(value)) return Error{path + ": must be a finite number"};
  return std::optional<double>(value);
}

inline Result<std::optional<std::string>> text_field(const JsonValue& object, const char* key,
                                                     const std::string& path) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return Error{path + ": expected text, got " + json_type_name(*it)};
  return std::optional<std::string>(it->get<std::string>());
}

}  // namespace offercheck
