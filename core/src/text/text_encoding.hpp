#pragma once

#include "offercheck/diagnostic.hpp"

#include <optional>
#include <string_view>

namespace offercheck {

// Guides are UTF-8 text: the first NUL byte or invalid UTF-8 sequence is an
// error with its position (columns count characters).
std::optional<Diagnostic> check_text_encoding(std::string_view text);

// Length of the well-formed UTF-8 sequence at byte `at` (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 when none
// starts there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// The 1-based line and column of a byte offset, columns counting UTF-8 characters.
SourcePosition position_at(std::string_view text, std::size_t offset);

}  // namespace offercheck
