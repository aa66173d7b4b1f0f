// A small recursive-descent JSON reader (RFC 8259) into JsonValue. Why ours
// and not a library's: see json_value.hpp (the calculation module's size).
// Numbers are checked against JSON's grammar here and converted by strtod,
// which rounds correctly; nesting is limited so hostile input cannot exhaust
// the stack.
#include "offercheck/json_value.hpp"

#include <cstdint>
#include <cstdlib>

namespace offercheck {

namespace {

constexpr int kMaxDepth = 512;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<JsonValue> document() {
    skip_space();
    JsonValue value;
    if (!parse_value(value, 0)) return error_;
    skip_space();
    if (at_ < text_.size()) return fail("unexpected text after the JSON value");
    return value;
  }

 private:
  bool fail_bool(const std::string& message) {
    fail(message);
    return false;
  }
  Error fail(const std::string& message) {
    // The line and column (from 1, in bytes) of where reading stopped.
    int line = 1, column = 1;
    for (std::size_t i = 0; i < at_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    error_ = Error{message + " at line " + std::to_string(line) + ", column " +
                       std::to_string(column),
                   SourcePosition{line, column}};
    return error_;
  }

  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) {
      ++at_;
    }
  }
  bool consume(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  bool parse_value(JsonValue& into, int depth) {
    if (depth > kMaxDepth) return fail_bool("nested too deeply");
    if (at_ >= text_.size()) return fail_bool("expected a value, found the end");
    const char c = text_[at_];
    if (c == '{') return parse_object(into, depth);
    if (c == '[') return parse_array(into, depth);
    if (c == '"') {
      std::string text;
      if (!parse_string(text)) return false;
      into = JsonValue(std::move(text));
      return true;
    }
    if (consume("true")) {
      into = JsonValue(true);
      return true;
    }
    if (consume("false")) {
      into = JsonValue(false);
      return true;
    }
    if (consume("null")) {
      into = JsonValue();
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return parse_number(into);
    return fail_bool("expected a value");
  }

  bool parse_object(JsonValue& into, int depth) {
    ++at_;  // {
    into = JsonValue::object();
    skip_space();
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    while (true) {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') return fail_bool("expected a member name in quotes");
      std::string key;
      if (!parse_string(key)) return false;
      skip_space();
      if (at_ >= text_.size() || text_[at_] != ':') return fail_bool("expected ':' after a member name");
      ++at_;
      skip_space();
      JsonValue item;
      if (!parse_value(item, depth + 1)) return false;
      into.add(std::move(key), std::move(item));
      skip_space();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      return fail_bool("expected ',' or '}' in an object");
    }
  }

  bool parse_array(JsonValue& into, int depth) {
    ++at_;  // [
    into = JsonValue::array();
    skip_space();
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    while (true) {
      skip_space();
      JsonValue item;
      if (!parse_value(item, depth + 1)) return false;
      into.push_back(std::move(item));
      skip_space();
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      return fail_bool("expected ',' or ']' in a list");
    }
  }

  bool digits() {
    const std::size_t start = at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
    return at_ > start;
  }

  bool parse_number(JsonValue& into) {
    const std::size_t start = at_;
    if (text_[at_] == '-') ++at_;
    if (at_ < text_.size() && text_[at_] == '0') {
      ++at_;
    } else if (!digits()) {
      return fail_bool("expected digits");
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      if (!digits()) return fail_bool("expected digits after '.'");
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      ++at_;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
      if (!digits()) return fail_bool("expected digits in an exponent");
    }
    // strtod needs a terminated string; JSON's grammar, checked above, is a
    // subset of what it reads, so it reads exactly these characters.
    const std::string number(text_.substr(start, at_ - start));
    into = JsonValue(std::strtod(number.c_str(), nullptr));
    return true;
  }

  int hex4() {
    if (at_ + 4 > text_.size()) return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[at_ + i];
      value <<= 4;
      if (c >= '0' && c <= '9') value |= c - '0';
      else if (c >= 'a' && c <= 'f') value |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') value |= c - 'A' + 10;
      else return -1;
    }
    at_ += 4;
    return value;
  }

  static void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  bool parse_string(std::string& out) {
    ++at_;  // "
    while (true) {
      if (at_ >= text_.size()) return fail_bool("a text without its closing quote");
      const char c = text_[at_];
      if (c == '"') {
        ++at_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail_bool("a control character in a text (escape it)");
      if (c != '\\') {
        out += c;
        ++at_;
        continue;
      }
      ++at_;
      if (at_ >= text_.size()) return fail_bool("a text without its closing quote");
      const char escaped = text_[at_++];
      switch (escaped) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          int code = hex4();
          if (code < 0) return fail_bool("expected four hex digits after \\u");
          std::uint32_t point = static_cast<std::uint32_t>(code);
          if (point >= 0xD800 && point <= 0xDBFF && text_.substr(at_, 2) == "\\u") {
            const std::size_t back = at_;
            at_ += 2;
            const int low = hex4();
            if (low >= 0xDC00 && low <= 0xDFFF) {
              point = 0x10000 + ((point - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
            } else {
              at_ = back;  // not a pair: the next escape is read on its own
            }
          }
          if (point >= 0xD800 && point <= 0xDFFF) point = 0xFFFD;  // a lone surrogate
          append_utf8(out, point);
          break;
        }
        default: return fail_bool(std::string("an unknown escape \\") + escaped);
      }
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  Error error_;
};

}  // namespace

Result<JsonValue> parse_json(std::string_view text) { return Parser(text).document(); }

const char* JsonValue::type_name() const {
  switch (type_) {
    case Type::null: return "null";
    case Type::boolean: return "boolean";
    case Type::number: return "number";
    case Type::string: return "string";
    case Type::array: return "array";
    case Type::object: return "object";
  }
  return "null";
}

const JsonValue* JsonValue::find(std::string_view key) const {
  if (type_ != Type::object) return end();
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) return &items_[i];
  }
  return end();
}

const JsonValue& JsonValue::at(std::string_view key) const {
  const JsonValue* found = find(key);
  if (found == end()) throw std::out_of_range("no member '" + std::string(key) + "'");
  return *found;
}

const JsonValue& JsonValue::at(std::size_t index) const {
  if (type_ != Type::array || index >= items_.size()) {
    throw std::out_of_range("no element " + std::to_string(index));
  }
  return items_[index];
}

std::vector<JsonValue::Member> JsonValue::items() const {
  std::vector<Member> members;
  if (type_ != Type::object) return members;
  members.reserve(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i) members.push_back(Member{keys_[i], items_[i]});
  return members;
}

namespace {
[[noreturn]] void wrong_type(const char* expected, const JsonValue& value) {
  throw std::invalid_argument(std::string("expected ") + expected + ", got " + value.type_name());
}
}  // namespace

template <>
bool JsonValue::get<bool>() const {
  if (type_ != Type::boolean) wrong_type("boolean", *this);
  return boolean_;
}

template <>
double JsonValue::get<double>() const {
  if (type_ != Type::number) wrong_type("number", *this);
  return number_;
}

template <>
int JsonValue::get<int>() const {
  if (type_ != Type::number) wrong_type("number", *this);
  // Whole numbers in int's range only: a cast of anything else is undefined.
  if (!(number_ >= -2147483648.0 && number_ <= 2147483647.0) || number_ != static_cast<double>(static_cast<int>(number_))) {
    wrong_type("a whole number", *this);
  }
  return static_cast<int>(number_);
}

template <>
std::string JsonValue::get<std::string>() const {
  if (type_ != Type::string) wrong_type("string", *this);
  return text_;
}

template <>
std::vector<std::string> JsonValue::get<std::vector<std::string>>() const {
  if (type_ != Type::array) wrong_type("array", *this);
  std::vector<std::string> texts;
  texts.reserve(items_.size());
  for (const JsonValue& item : items_) texts.push_back(item.get<std::string>());
  return texts;
}

}  // namespace offercheck
