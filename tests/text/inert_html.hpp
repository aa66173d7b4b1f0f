#pragma once

// What "inert" means for the HTML of guide text: only the tags and attributes
// the renderer writes, every href http(s), nothing that runs or loads; and
// what the renderer promises besides: its tags nest, its text is valid UTF-8.
// Shared by the tests and the guide fuzz target (fuzz/fuzz_targets.cpp).

#include "text/text_encoding.hpp"

#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace test_support {

inline bool is_known_tag(const std::string& name) {
  static const std::set<std::string> known = {
      "a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol",
      "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul"};
  return known.count(name) == 1;
}

inline bool is_known_attribute(const std::string& name, const std::string& value) {
  if (name == "href") return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
  return name == "title" || name == "rel" || name == "target" || name == "class" || name == "start";
}

// Every "<" opens a tag the renderer writes, with only its own attributes, and
// every href is http(s). (By hand: std::regex recurses on long input.)
inline bool only_known_markup(const std::string& html) {
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at)) {
    std::size_t end = at + 1;
    if (end < html.size() && html[end] == '/') ++end;
    const std::size_t name_start = end;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (!is_known_tag(html.substr(name_start, end - name_start))) return false;
    while (end < html.size() && html[end] == ' ') {
      const std::size_t equals = html.find("=\"", end);
      const std::size_t close = equals == std::string::npos ? equals : html.find('"', equals + 2);
      if (close == std::string::npos) return false;
      const std::string name = html.substr(end + 1, equals - end - 1);
      const std::string value = html.substr(equals + 2, close - equals - 2);
      if (value.find_first_of("<>") != std::string::npos || !is_known_attribute(name, value)) return false;
      end = close + 1;
    }
    if (end >= html.size() || html[end] != '>') return false;
    at = end;
  }
  return true;
}

inline bool inert(const std::string& html) {
  return only_known_markup(html) && html.find("<script") == std::string::npos &&
         html.find("<img") == std::string::npos && html.find("<iframe") == std::string::npos &&
         html.find("href=\"javascript:") == std::string::npos;
}

// Every tag but <br> and <hr> is closed, innermost first.
inline bool well_nested(const std::string& html) {
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    const std::size_t name_start = at + (closing ? 2 : 1);
    std::size_t end = name_start;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    const std::string name = html.substr(name_start, end - name_start);
    if (name == "br" || name == "hr") continue;
    if (!closing) {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return false;
    } else {
      open.pop_back();
    }
  }
  return open.empty();
}

// Inert, well nested, and valid UTF-8 without NUL.
inline bool rendered_as_promised(const std::string& html) {
  return inert(html) && well_nested(html) && !offercheck::check_text_encoding(html).has_value();
}

}  // namespace test_support
