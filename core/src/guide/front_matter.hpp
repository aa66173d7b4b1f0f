#pragma once

#include "offercheck/result.hpp"

#include <string>
#include <string_view>

namespace offercheck {

struct FrontMatterSplit {
  std::string front_matter;  // the YAML between the fences
  int front_matter_line = 0; // file line of the YAML's first line
  std::string body;          // the Markdown after the closing fence
  int body_line = 0;         // file line of the body's first line
};

// A UTF-8 byte-order mark is dropped and CRLF becomes LF; line numbers do not change.
std::string normalize_text(std::string_view text);

// The front matter opens with a first line "---" and closes at the next line
// that is exactly "---" (trailing spaces allowed).
Result<FrontMatterSplit> split_front_matter(std::string_view normalized_text);

}  // namespace offercheck
