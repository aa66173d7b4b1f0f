#include "guide/front_matter.hpp"

namespace offercheck {

namespace {

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

}  // namespace

std::string normalize_text(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // Copied a run at a time between the CRs of CRLFs (a byte at a time, this
  // was a tenth of validating a guide).
  std::string normalized;
  normalized.reserve(text.size());
  std::size_t from = 0;
  for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 < text.size() && text[cr + 1] == '\n') {
      normalized.append(text, from, cr - from);
      from = cr + 1;
    }
  }
  normalized.append(text, from, std::string_view::npos);
  return normalized;
}

Result<FrontMatterSplit> split_front_matter(std::string_view text) {
  if (text.find_first_not_of(" \t\n") == std::string_view::npos) {
    return Error{"the file is empty; a guide starts with a '---' line and YAML front matter", {1, 1}};
  }
  std::size_t first_end = text.find('\n');
  if (!is_fence(text.substr(0, first_end))) {
    return Error{"no front matter: a guide must start with a line '---', then YAML fields, then "
                 "another '---' line", {1, 1}};
  }
  if (first_end == std::string_view::npos) {
    return Error{"the front matter opened on line 1 is never closed by a '---' line", {1, 1}};
  }
  std::size_t start = first_end + 1;
  int line = 2;
  for (std::size_t at = start; at <= text.size();) {
    std::size_t end = text.find('\n', at);
    std::string_view current = text.substr(at, end == std::string_view::npos ? end : end - at);
    if (is_fence(current)) {
      FrontMatterSplit split;
      split.front_matter = std::string(text.substr(start, at - start));
      split.front_matter_line = 2;
      split.body = end == std::string_view::npos ? std::string() : std::string(text.substr(end + 1));
      split.body_line = line + 1;
      return split;
    }
    if (end == std::string_view::npos) break;
    at = end + 1;
    ++line;
  }
  return Error{"the front matter opened on line 1 is never closed by a '---' line", {1, 1}};
}

}  // namespace offercheck
