#include "api/json_writer.hpp"

#include <cmath>
#include <cstdlib>

namespace offercheck {

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_) out_ += ',';
  first_ = false;
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_ += '{';
  first_ = true;
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_ = false;
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  out_ += '[';
  first_ = true;
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_ += ']';
  first_ = false;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  value(name);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  separate();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(int number) {
  separate();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(std::size_t number) {
  separate();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) return value(nullptr);
  separate();
  if (append_short_decimal(number)) return *this;
  // Else nlohmann's own shortest form (Grisu2, ".0" on whole numbers): the
  // same text as its dump(), without printf.
  char text[64];
  char* end = nlohmann::detail::to_chars(text, text + sizeof text, number);
  out_.append(text, end);
  return *this;
}

// Most numbers of an answer are whole amounts or fractions with a few
// decimals: written from integers, without printf (which took half the time
// of writing an evaluation, most of it in long-double arithmetic under Wasm).
// s / 10^d == number, with s and 10^d exact, is a correctly rounded division:
// the same double strtod reads from the decimal s·10^-d, so the text reads
// back exactly; the first d that fits gives the fewest decimals.
bool JsonWriter::append_short_decimal(double number) {
  if (number == 0 && std::signbit(number)) return false;
  const double magnitude = std::fabs(number);
  // nlohmann writes these with an exponent.
  if (magnitude >= 1e15 || (magnitude != 0 && magnitude < 1e-4)) return false;
  constexpr double kMaxExact = 9007199254740992.0;  // 2^53
  double scale = 1;
  for (int decimals = 0; decimals <= 9; ++decimals, scale *= 10) {
    const double scaled = std::round(magnitude * scale);
    if (scaled >= kMaxExact) return false;
    if (scaled / scale != magnitude) continue;
    auto digits = std::to_string(static_cast<long long>(scaled));
    if (decimals > 0 && digits.size() <= static_cast<std::size_t>(decimals)) {
      digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
    }
    if (number < 0) out_ += '-';
    out_.append(digits, 0, digits.size() - static_cast<std::size_t>(decimals));
    out_ += '.';
    if (decimals == 0) out_ += '0';
    else out_.append(digits, digits.size() - static_cast<std::size_t>(decimals), std::string::npos);
    return true;
  }
  return false;
}

namespace {

// How many bytes of the UTF-8 sequence at text[at] are right: the whole
// sequence (`complete`), or the longest start of one (at least 1 byte), which
// is replaced by one U+FFFD as nlohmann does.
std::size_t utf8_run(std::string_view text, std::size_t at, bool& complete) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  const std::size_t length = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
  complete = false;
  if (length == 0) return 1;
  std::size_t good = 1;
  for (; good < length && at + good < text.size(); ++good) {
    const unsigned char next = byte(at + good);
    if ((next & 0xC0) != 0x80) break;
    if (good == 1) {
      if (lead == 0xE0 && next < 0xA0) break;  // overlong
      if (lead == 0xED && next > 0x9F) break;  // a surrogate
      if (lead == 0xF0 && next < 0x90) break;  // overlong
      if (lead == 0xF4 && next > 0x8F) break;  // past U+10FFFF
    }
  }
  complete = good == length;
  return good;
}

}  // namespace

JsonWriter& JsonWriter::value(std::string_view text) {
  separate();
  static const char* const kHex = "0123456789abcdef";
  out_ += '"';
  for (std::size_t at = 0; at < text.size();) {
    // A run of characters that need no escape is copied at once.
    std::size_t plain = at;
    while (plain < text.size() && static_cast<unsigned char>(text[plain]) >= 0x20 &&
           static_cast<unsigned char>(text[plain]) < 0x80 && text[plain] != '"' && text[plain] != '\\') {
      ++plain;
    }
    out_.append(text, at, plain - at);
    at = plain;
    if (at == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c >= 0x80) {
      bool complete = false;
      const std::size_t length = utf8_run(text, at, complete);
      if (complete) out_.append(text, at, length);
      else out_ += "\xEF\xBF\xBD";
      at += length;
      continue;
    }
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      default:
        if (c < 0x20) {
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
        } else {
          out_ += static_cast<char>(c);
        }
    }
    ++at;
  }
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  return *this;
}

}  // namespace offercheck
