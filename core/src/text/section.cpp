#include "offercheck/section.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace offercheck {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

std::size_t indentation(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// "```" or "~~~" (three or more), indented at most three spaces.
std::optional<std::string> code_fence(std::string_view line) {
  std::size_t indent = indentation(line);
  if (indent > 3 || indent >= line.size()) return std::nullopt;
  char mark = line[indent];
  if (mark != '`' && mark != '~') return std::nullopt;
  std::size_t n = indent;
  while (n < line.size() && line[n] == mark) ++n;
  if (n - indent < 3) return std::nullopt;
  return std::string(n - indent, mark);
}

bool is_thematic_break(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 3) return false;
  for (char c : t) {
    if (c != t[0] && c != ' ') return false;
  }
  return t[0] == '-' || t[0] == '*' || t[0] == '_';
}

struct Start {
  SectionKind kind;
  int level = 0;
  std::string title;
  std::string rest;  // the section's text on the title line (labels)
};

std::string strip_colon(std::string_view title) {
  title = trim(title);
  if (!title.empty() && title.back() == ':') title.remove_suffix(1);
  return std::string(trim(title));
}

std::optional<Start> heading_start(std::string_view line) {
  std::size_t indent = indentation(line);
  if (indent > 3) return std::nullopt;
  std::size_t level = 0;
  while (indent + level < line.size() && line[indent + level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  std::string_view after = line.substr(indent + level);
  if (!after.empty() && after[0] != ' ' && after[0] != '\t') return std::nullopt;
  std::string_view title = trim(after);
  // A closing run of '#' is not part of the title.
  std::size_t closing = title.find_last_not_of('#');
  if (closing != std::string_view::npos && closing + 1 < title.size() &&
      (title[closing] == ' ' || title[closing] == '\t')) {
    title = trim(title.substr(0, closing));
  } else if (closing == std::string_view::npos) {
    title = {};
  }
  return Start{SectionKind::heading, static_cast<int>(level), std::string(title), {}};
}

// "**Title**", "**Title:**", "> **Title:**" alone, or "**Title:** text",
// "**Title**: text" opening a paragraph.
std::optional<Start> bold_start(std::string_view line) {
  std::string_view t = trim(line);
  if (!t.empty() && t[0] == '>') t = trim(t.substr(1));
  if (t.size() < 5 || t.substr(0, 2) != "**") return std::nullopt;
  std::size_t close = t.find("**", 2);
  if (close == std::string_view::npos || close == 2) return std::nullopt;
  std::string_view inner = t.substr(2, close - 2);
  if (inner.find('*') != std::string_view::npos) return std::nullopt;
  std::string_view after = t.substr(close + 2);
  bool colon_outside = !after.empty() && after[0] == ':';
  if (colon_outside) after.remove_prefix(1);
  after = trim(after);
  std::string title = strip_colon(inner);
  if (title.empty()) return std::nullopt;
  if (after.empty()) return Start{SectionKind::bold_line, 0, title, {}};
  bool colon_inside = trim(inner).back() == ':';
  if (!colon_inside && !colon_outside) return std::nullopt;
  return Start{SectionKind::label, 0, title, std::string(after)};
}

void trim_blank_lines(std::string& text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos || !is_blank(std::string_view(text).substr(begin, end - begin))) {
      break;
    }
    begin = end + 1;
  }
  text.erase(0, begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\t')) {
    text.pop_back();
  }
}

}  // namespace

std::vector<Section> split_sections(std::string_view body, int first_line) {
  std::vector<Section> sections;
  Section current;
  current.kind = SectionKind::preamble;
  current.line = first_line;
  auto finish = [&]() {
    trim_blank_lines(current.text);
    if (current.kind != SectionKind::preamble || !current.text.empty()) {
      sections.push_back(std::move(current));
    }
  };

  std::optional<std::string> open_fence;
  bool paragraph_start = true;
  int line_number = first_line;
  for (std::size_t at = 0; at < body.size(); ++line_number) {
    std::size_t end = body.find('\n', at);
    std::string_view line = body.substr(at, end == std::string_view::npos ? end : end - at);
    at = end == std::string_view::npos ? body.size() : end + 1;

    std::optional<Start> start;
    if (open_fence) {
      std::string_view t = trim(line);
      if (t.substr(0, open_fence->size()) == *open_fence &&
          t.find_first_not_of((*open_fence)[0]) == std::string_view::npos) {
        open_fence.reset();
      }
    } else if (auto fence = code_fence(line)) {
      open_fence = fence;
    } else {
      start = heading_start(line);
      if (!start && paragraph_start) start = bold_start(line);
    }

    if (start) {
      finish();
      current = Section{start->title, start->kind, start->level, line_number,
                        start->rest.empty() ? std::string() : start->rest + "\n"};
    } else {
      current.text.append(line.data(), line.size());
      current.text += '\n';
    }
    paragraph_start = !open_fence && (is_blank(line) || is_thematic_break(line) ||
                                      (start && start->kind != SectionKind::label));
  }
  finish();
  return sections;
}

const char* section_kind_name(SectionKind kind) {
  switch (kind) {
    case SectionKind::preamble: return "preamble";
    case SectionKind::heading: return "heading";
    case SectionKind::bold_line: return "bold";
    case SectionKind::label: return "label";
  }
  return "preamble";
}

void to_json(nlohmann::json& j, const Section& section) {
  j = {{"title", section.title},
       {"kind", section_kind_name(section.kind)},
       {"level", section.level},
       {"line", section.line},
       {"text", section.text}};
}

}  // namespace offercheck
