#include "text/text_encoding.hpp"

namespace offercheck {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) -> unsigned char {
    return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0;
  };
  unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return is_continuation(byte(1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    unsigned char second = byte(1);
    if (lead == 0xE0 && second < 0xA0) return 0;
    if (lead == 0xED && second > 0x9F) return 0;
    return is_continuation(second) && is_continuation(byte(2)) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    unsigned char second = byte(1);
    if (lead == 0xF0 && second < 0x90) return 0;
    if (lead == 0xF4 && second > 0x8F) return 0;
    return is_continuation(second) && is_continuation(byte(2)) && is_continuation(byte(3)) ? 4
                                                                                          : 0;
  }
  return 0;
}

SourcePosition position_at(std::string_view text, std::size_t offset) {
  SourcePosition position{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if (!is_continuation(static_cast<unsigned char>(text[i]))) {
      ++position.column;
    }
  }
  return position;
}

std::optional<Diagnostic> check_text_encoding(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Most of a guide is ASCII: a byte at a time without the sequence checks.
    if (static_cast<unsigned char>(text[i]) - 1u < 0x7Fu) {
      ++i;
      continue;
    }
    if (text[i] == '\0') {
      return make_error("binary_data", "the file contains a NUL byte; a guide must be UTF-8 text",
                        position_at(text, i));
    }
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      return make_error("invalid_utf8", "invalid UTF-8; a guide must be UTF-8 text",
                        position_at(text, i));
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace offercheck
