#pragma once

// A JSON value as read, for what the core reads from JSON: requests
// (evaluate, script), compiled guides and stated figures. Read-only, with the
// few accessors those readers use (named as nlohmann's, so a reader reads the
// same either way).
//
// Why not nlohmann::json, which the CLI still uses to write: the calculation
// module answers every keystroke in the browser, and nlohmann's DOM and parser
// were about a quarter of its code (75 of 282 KB, docs/performance.md). This
// value and its parser (json_value.cpp) are a few KB.

#include "offercheck/result.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offercheck {

class JsonValue {
 public:
  enum class Type { null, boolean, number, string, array, object };

  JsonValue() = default;
  explicit JsonValue(bool flag) : type_(Type::boolean), boolean_(flag) {}
  explicit JsonValue(double number) : type_(Type::number), number_(number) {}
  explicit JsonValue(std::string text) : type_(Type::string), text_(std::move(text)) {}
  static JsonValue array() { return JsonValue(Type::array); }
  static JsonValue object() { return JsonValue(Type::object); }

  // Natively, the CLI and the tests build requests as nlohmann values: they
  // arrive here through their text (anything with nlohmann's dump()), so
  // there is one reader of each request.
  template <class Dom, class = decltype(std::declval<const Dom&>().dump())>
  JsonValue(const Dom& dom);  // NOLINT: implicit on purpose

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::null; }
  bool is_boolean() const { return type_ == Type::boolean; }
  bool is_number() const { return type_ == Type::number; }
  bool is_string() const { return type_ == Type::string; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }
  // "null", "boolean", "number", "string", "array", "object" (as nlohmann names them).
  const char* type_name() const;

  // The value as T (bool, int, double, std::string, std::vector<std::string>);
  // std::invalid_argument when it is of another type.
  template <class T>
  T get() const;

  // Elements of an array, or values of an object, in order.
  std::size_t size() const { return items_.size(); }
  const JsonValue* begin() const { return items_.data(); }
  const JsonValue* end() const { return items_.data() + items_.size(); }

  // An object's member: end() when absent (or not an object).
  const JsonValue* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != end(); }
  // std::out_of_range naming the key or index when absent.
  const JsonValue& at(std::string_view key) const;
  const JsonValue& at(std::size_t index) const;
  const JsonValue& operator[](std::string_view key) const { return at(key); }
  const JsonValue& operator[](std::size_t index) const { return at(index); }
  // The member's value as T, or `fallback` when absent or null.
  template <class T>
  T value(std::string_view key, T fallback) const {
    const JsonValue* found = find(key);
    return found == end() || found->is_null() ? fallback : found->get<T>();
  }
  std::string value(std::string_view key, const char* fallback) const { return value(key, std::string(fallback)); }

  struct Member {
    const std::string& key_;
    const JsonValue& value_;
    const std::string& key() const { return key_; }
    const JsonValue& value() const { return value_; }
  };
  // An object's members in order, as {key(), value()}.
  std::vector<Member> items() const;

  // Building (the parser's use).
  void push_back(JsonValue item) { items_.push_back(std::move(item)); }
  void add(std::string key, JsonValue item) {
    keys_.push_back(std::move(key));
    items_.push_back(std::move(item));
  }

 private:
  explicit JsonValue(Type type) : type_(type) {}
  Type type_ = Type::null;
  bool boolean_ = false;
  double number_ = 0;
  std::string text_;
  std::vector<std::string> keys_;  // an object's, beside items_
  std::vector<JsonValue> items_;
};

// Reads one JSON text (RFC 8259; nothing but white space after the value).
// A string's bytes are kept as they are (the JsonWriter replaces invalid
// UTF-8 when it writes them); escapes of lone surrogates become U+FFFD. An
// error names what was wrong and where (line and column, from 1).
Result<JsonValue> parse_json(std::string_view text);

template <>
bool JsonValue::get<bool>() const;
template <>
double JsonValue::get<double>() const;
template <>
int JsonValue::get<int>() const;
template <>
std::string JsonValue::get<std::string>() const;
template <>
std::vector<std::string> JsonValue::get<std::vector<std::string>>() const;

template <class Dom, class>
JsonValue::JsonValue(const Dom& dom) {
  auto read = parse_json(dom.dump());
  if (!read.ok()) throw std::invalid_argument(read.error().message);
  *this = std::move(read.value());
}

}  // namespace offercheck
