#pragma once

// JSON written straight to text, for the answers the page asks for on every
// keystroke. nlohmann::json (used everywhere else) can only write a document
// it has built in memory first; building and dumping that DOM was 90% of an
// evaluate call (about 300 µs of 340 in the browser). The schema of each type
// is written once, as a write_json beside the type (json_schema.hpp); the
// nlohmann to_json of those types is derived from it (dom_of), so the two
// never differ.

#include "offercheck/date.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The next member's name; its value follows.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::nullptr_t);
  JsonWriter& value(bool flag);
  JsonWriter& value(int number);
  JsonWriter& value(std::size_t number);
  // As nlohmann writes a double: the shortest text that reads back the same,
  // ".0" on whole numbers, null for NaN and infinities.
  JsonWriter& value(double number);
  // Escaped as JSON; invalid UTF-8 becomes U+FFFD (as nlohmann's replace handler).
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(const Date& date) { return value(date.to_string()); }
  template <class T>
  JsonWriter& value(const std::optional<T>& maybe) {
    return maybe ? value(*maybe) : value(nullptr);
  }
  // Text that is already JSON.
  JsonWriter& raw(std::string_view json);

  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();
  bool append_short_decimal(double number);
  std::string out_;
  bool first_ = true;  // no member or element yet at this depth
  bool after_key_ = false;
};

// The nlohmann value of anything with a write_json(JsonWriter&, const T&).
template <class T>
nlohmann::json dom_of(const T& value) {
  JsonWriter writer;
  write_json(writer, value);
  return nlohmann::json::parse(writer.text());
}

// A list of anything with a write_json.
template <class T>
void write_json(JsonWriter& out, const std::vector<T>& items) {
  out.begin_array();
  for (const T& item : items) write_json(out, item);
  out.end_array();
}

}  // namespace offercheck
