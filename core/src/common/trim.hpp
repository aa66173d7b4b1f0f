#pragma once

// The one trim of the core: text without the spaces around it.

#include <cstddef>
#include <string_view>

namespace offercheck {

// The length of the space at `at`: 1 for a space, tab, CR or LF, 2 for a
// no-break space, 3 for a narrow no-break space (people paste both into
// amounts, "120 000 €"), 0 when there is none.
inline std::size_t space_length(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const char c = text[at];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (text.substr(at, 2) == "\xC2\xA0") return 2;
  if (text.substr(at, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

inline std::string_view trim(std::string_view text) {
  for (std::size_t n; (n = space_length(text, 0)) > 0;) text.remove_prefix(n);
  while (!text.empty()) {
    std::size_t cut = 0;
    for (std::size_t length = 1; length <= 3 && length <= text.size(); ++length) {
      if (space_length(text, text.size() - length) == length) cut = length;
    }
    if (cut == 0) break;
    text.remove_suffix(cut);
  }
  return text;
}

}  // namespace offercheck
