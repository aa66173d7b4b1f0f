#include "offercheck/section.hpp"

#include "api/json_schema.hpp"
#include "common/trim.hpp"
#include "text/markdown_parser.hpp"
#include "text/plain_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace offercheck {

namespace {

bool is_blank(std::string_view line) { return trim(line).empty(); }

std::string strip_colon(std::string_view title) {
  title = trim(title);
  if (!title.empty() && title.back() == ':') title.remove_suffix(1);
  return std::string(trim(title));
}

// A block that may open a section, as md4c parsed it: a heading of the
// document, or a paragraph of the document or of a block quote in it that
// opens with strong emphasis. Offsets are into the body.
struct Candidate {
  bool heading = false;
  int level = 0;
  std::string title;                       // its text (for a paragraph, the strong text's)
  std::optional<std::size_t> first;        // where its first text is
  std::optional<std::size_t> last_end;     // where its last text ends
};

// Collects the candidates from md4c's parse. Text that md4c hands over from
// a buffer of its own (never the first of a title in practice) has no offset.
class CandidateScanner {
 public:
  explicit CandidateScanner(std::string_view body) : body_(body) {}

  std::vector<Candidate> take() { return std::move(found_); }

  void enter(MD_BLOCKTYPE type, void* detail) {
    const bool top = blocks_.size() == 1;
    const bool in_top_quote = blocks_.size() == 2 && blocks_.back() == MD_BLOCK_QUOTE;
    blocks_.push_back(type);
    phase_ = Phase::none;
    if (type == MD_BLOCK_H && top) {
      phase_ = Phase::heading;
      current_ = Candidate{true, static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level), {}, {}, {}};
    } else if (type == MD_BLOCK_P && (top || in_top_quote)) {
      phase_ = Phase::paragraph_start;
      current_ = Candidate{};
    }
  }

  void leave(MD_BLOCKTYPE, void*) {
    if (phase_ == Phase::heading || phase_ == Phase::after_strong) found_.push_back(std::move(current_));
    phase_ = Phase::none;
    blocks_.pop_back();
  }

  void enter(MD_SPANTYPE type, void*) {
    if (phase_ == Phase::paragraph_start) {
      phase_ = type == MD_SPAN_STRONG ? Phase::in_strong : Phase::none;
      strong_depth_ = 0;
    }
    if (phase_ == Phase::in_strong) ++strong_depth_;
  }

  void leave(MD_SPANTYPE, void*) {
    if (phase_ == Phase::in_strong && --strong_depth_ == 0) phase_ = Phase::after_strong;
  }

  void text(MD_TEXTTYPE type, std::string_view text) {
    if (phase_ == Phase::paragraph_start) phase_ = Phase::none;  // text before any strong emphasis
    if (phase_ != Phase::heading && phase_ != Phase::in_strong) return;
    switch (type) {
      case MD_TEXT_SOFTBR:
      case MD_TEXT_BR: current_.title += ' '; break;
      case MD_TEXT_ENTITY: current_.title += markdown::decoded_entity(text); break;
      case MD_TEXT_NULLCHAR: current_.title += markdown::replacement_character; break;
      default: current_.title += text;
    }
    if (auto at = markdown::offset_in(body_, text)) {
      if (!current_.first) current_.first = *at;
      current_.last_end = *at + text.size();
    }
  }

 private:
  enum class Phase { none, heading, paragraph_start, in_strong, after_strong };

  std::string_view body_;
  std::vector<MD_BLOCKTYPE> blocks_;
  Phase phase_ = Phase::none;
  int strong_depth_ = 0;
  Candidate current_;
  std::vector<Candidate> found_;
};

// The body's lines: where each starts.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      starts_.push_back(at + 1);
    }
    if (starts_.back() == text.size() && starts_.size() > 1) starts_.pop_back();
  }

  std::size_t count() const { return starts_.size(); }

  // The 0-based line of a byte offset.
  std::size_t line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
  }

  std::string_view line(std::size_t index) const {
    const std::size_t begin = starts_[index];
    std::size_t end = index + 1 < starts_.size() ? starts_[index + 1] - 1 : text_.size();
    return text_.substr(begin, end - begin);
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// "# Title" with up to three spaces before: an ATX heading's line (one line),
// as against a setext heading's text (underlined on the next line).
bool is_atx_line(std::string_view line) {
  std::size_t at = 0;
  while (at < line.size() && at < 3 && line[at] == ' ') ++at;
  std::size_t hashes = 0;
  while (at + hashes < line.size() && line[at + hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return false;
  return at + hashes == line.size() || line[at + hashes] == ' ' || line[at + hashes] == '\t';
}

// The title line of a paragraph that opens with strong emphasis, as written:
// "**Title**" or "**Title:**" alone (a bold line), or "**Title:** text" or
// "**Title**: text" (a label; the text is the section's first), after at most
// one '>'. Anything else ("**Important** not a title.") opens no section.
struct BoldLine {
  SectionKind kind;
  std::string rest;
};

std::optional<BoldLine> bold_line(std::string_view line) {
  std::string_view t = trim(line);
  if (!t.empty() && t[0] == '>') t = trim(t.substr(1));
  if (t.size() < 5 || t.substr(0, 2) != "**") return std::nullopt;
  const std::size_t close = t.find("**", 2);
  if (close == std::string_view::npos || close == 2) return std::nullopt;
  const std::string_view inner = t.substr(2, close - 2);
  if (inner.find('*') != std::string_view::npos) return std::nullopt;
  std::string_view after = t.substr(close + 2);
  const bool colon_outside = !after.empty() && after[0] == ':';
  if (colon_outside) after.remove_prefix(1);
  after = trim(after);
  if (after.empty()) return BoldLine{SectionKind::bold_line, {}};
  const bool colon_inside = !trim(inner).empty() && trim(inner).back() == ':';
  if (!colon_inside && !colon_outside) return std::nullopt;
  return BoldLine{SectionKind::label, std::string(after)};
}

struct Start {
  SectionKind kind;
  int level = 0;
  std::string title;
  std::string rest;           // the section's text on the title line (labels)
  std::size_t first_line = 0;  // 0-based lines of the body
  std::size_t last_line = 0;   // a setext heading's underline
};

std::optional<Start> section_start(const Candidate& candidate, const Lines& lines) {
  if (!candidate.first) return std::nullopt;  // no text of its own: "#" alone
  const std::size_t first = lines.line_of(*candidate.first);
  if (candidate.heading) {
    const std::size_t last = lines.line_of(*candidate.last_end - 1);
    const bool atx = first == last && is_atx_line(lines.line(first));
    const std::size_t underline = atx ? first : std::min(last + 1, lines.count() - 1);
    return Start{SectionKind::heading, candidate.level, std::string(trim(candidate.title)), {}, first, underline};
  }
  auto bold = bold_line(lines.line(first));
  std::string title = strip_colon(candidate.title);
  if (!bold || title.empty()) return std::nullopt;
  return Start{bold->kind, 0, std::move(title), std::move(bold->rest), first, first};
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
  CandidateScanner scanner(body);
  markdown::parse(body, scanner);
  const Lines lines(body);
  std::vector<Start> starts;
  for (const Candidate& candidate : scanner.take()) {
    if (auto start = section_start(candidate, lines)) starts.push_back(std::move(*start));
  }

  std::vector<Section> sections;
  Section current;
  current.kind = SectionKind::preamble;
  current.line = first_line;
  auto finish = [&]() {
    trim_blank_lines(current.text);
    if (current.kind != SectionKind::preamble || !current.text.empty()) {
      current.plain = plain_text(current.text);
      sections.push_back(std::move(current));
    }
  };
  auto next = starts.begin();
  for (std::size_t index = 0; index < lines.count() && !body.empty(); ++index) {
    if (next != starts.end() && next->first_line == index) {
      finish();
      current = Section{next->title, next->kind, next->level, first_line + static_cast<int>(index),
                        next->rest.empty() ? std::string() : next->rest + "\n", {}};
      index = next->last_line;
      ++next;
      continue;
    }
    const std::string_view line = lines.line(index);
    current.text.append(line.data(), line.size());
    current.text += '\n';
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

void write_json(JsonWriter& out, const Section& section) {
  out.begin_object()
      .field("title", section.title)
      .field("kind", section_kind_name(section.kind))
      .field("level", section.level)
      .field("line", section.line)
      .field("text", section.text)
      .end_object();
}

void to_json(nlohmann::json& j, const Section& section) { j = dom_of(section); }

}  // namespace offercheck
