#include "offercheck/markdown_html.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace offercheck {

namespace {

// ---------------------------------------------------------------- text helpers

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

bool is_ascii_punctuation(char c) {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
         (c >= 123 && c <= 126);
}

bool is_space_or_tab(char c) { return c == ' ' || c == '\t'; }

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return is_space_or_tab(c); });
}

std::string_view trim_start(std::string_view text) {
  while (!text.empty() && is_space_or_tab(text.front())) text.remove_prefix(1);
  return text;
}

std::string_view trim(std::string_view text) {
  text = trim_start(text);
  while (!text.empty() && is_space_or_tab(text.back())) text.remove_suffix(1);
  return text;
}

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

char32_t decode_utf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return lead;
  const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || at + length > text.size()) return 0xFFFD;
  char32_t point = lead & (0x3F >> (length - 1));
  for (int i = 1; i < length; ++i) {
    point = (point << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  }
  return point;
}

// The character before byte `at`; a newline (whitespace) at the start.
char32_t character_before(std::string_view text, std::size_t at) {
  if (at == 0) return '\n';
  std::size_t start = at - 1;
  while (start > 0 && at - start < 4 && is_utf8_continuation(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  return decode_utf8(text, start);
}

char32_t character_at(std::string_view text, std::size_t at) {
  return at < text.size() ? decode_utf8(text, at) : U'\n';
}

bool is_unicode_whitespace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Punctuation and symbols as CommonMark counts them, for the blocks a guide
// plausibly uses (dashes, quotes, currency signs); letters of any script are not.
bool is_unicode_punctuation(char32_t c) {
  if (c < 0x80) return is_ascii_punctuation(static_cast<char>(c));
  const bool latin1 = (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB2 && c != 0xB3 &&
                       c != 0xB5 && c != 0xB9 && c != 0xBA && !(c >= 0xBC && c <= 0xBE)) ||
                      c == 0xD7 || c == 0xF7;
  return latin1 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
         (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x23FF) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0xFF01 && c <= 0xFF0F);
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_http_url(std::string_view url) {
  url = trim(url);
  return starts_with_ignoring_case(url, "http://") || starts_with_ignoring_case(url, "https://");
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Percent-encodes what a URL may not hold (as markdown-it's normalizeLink does),
// keeping existing %XX escapes.
std::string percent_encoded(std::string_view url) {
  static constexpr std::string_view kept = ";/?:@&=+$,-_.!~*'()#";
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool escape = c == '%' && i + 2 < url.size() && is_hex_digit(url[i + 1]) &&
                        is_hex_digit(url[i + 2]);
    if (alnum || kept.find(static_cast<char>(c)) != std::string_view::npos || escape) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

std::string without_backslash_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) ++i;
    out += text[i];
  }
  return out;
}

void append_link_open(std::string& out, std::string_view url, std::string_view title) {
  out += "<a href=\"";
  append_escaped(out, percent_encoded(trim(url)));
  out += '"';
  if (!title.empty()) {
    out += " title=\"";
    append_escaped(out, title);
    out += '"';
  }
  out += " rel=\"noopener noreferrer nofollow\" target=\"_blank\">";
}

// ---------------------------------------------------------------- inline

// A link's "(destination "title")" longer than this is not taken as one: it
// bounds the scan from each "](".
constexpr std::size_t max_link_tail = 4096;
constexpr int max_destination_parentheses = 32;

struct LinkTail {
  std::string destination;
  std::string title;
  std::size_t end = 0;  // just past ')'
};

std::size_t skip_whitespace(std::string_view text, std::size_t at) {
  while (at < text.size() && (is_space_or_tab(text[at]) || text[at] == '\n')) ++at;
  return at;
}

// Reads "<dest>" or a raw destination with balanced parentheses; npos if none.
std::size_t scan_destination(std::string_view text, std::size_t at, std::string& destination) {
  if (at < text.size() && text[at] == '<') {
    for (std::size_t i = at + 1; i < text.size(); ++i) {
      if (text[i] == '\n' || text[i] == '<') return std::string_view::npos;
      if (text[i] == '\\' && i + 1 < text.size()) {
        ++i;
        continue;
      }
      if (text[i] == '>') {
        destination = without_backslash_escapes(text.substr(at + 1, i - at - 1));
        return i + 1;
      }
    }
    return std::string_view::npos;
  }
  int depth = 0;
  std::size_t i = at;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) <= ' ') break;
    if (c == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) {
      ++i;
    } else if (c == '(') {
      if (++depth > max_destination_parentheses) return std::string_view::npos;
    } else if (c == ')') {
      if (depth == 0) break;
      --depth;
    }
  }
  if (depth != 0) return std::string_view::npos;
  destination = without_backslash_escapes(text.substr(at, i - at));
  return i;
}

std::size_t scan_title(std::string_view text, std::size_t at, std::string& title) {
  const char open = text[at];
  const char close = open == '(' ? ')' : open;
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      ++i;
    } else if (text[i] == close) {
      title = without_backslash_escapes(text.substr(at + 1, i - at - 1));
      return i + 1;
    } else if (open == '(' && text[i] == '(') {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

// The "(destination "title")" after a "]" at `at` (the '(').
bool read_link_tail(std::string_view text, std::size_t at, LinkTail& tail) {
  text = text.substr(0, std::min(text.size(), at + max_link_tail));
  std::size_t i = skip_whitespace(text, at + 1);
  if (i < text.size() && text[i] != ')') {
    i = scan_destination(text, i, tail.destination);
    if (i == std::string_view::npos) return false;
  }
  const std::size_t before_title = i;
  i = skip_whitespace(text, i);
  if (i > before_title && i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == '(')) {
    i = scan_title(text, i, tail.title);
    if (i == std::string_view::npos) return false;
    i = skip_whitespace(text, i);
  }
  if (i >= text.size() || text[i] != ')') return false;
  tail.end = i + 1;
  return true;
}

// A piece of output. A delimiter run ("**") prints its unmatched characters
// between the tags that close and open emphasis at it.
struct Piece {
  std::string html;
  std::string closing_tags;
  std::string opening_tags;
  char run_char = 0;
  int run_left = 0;
};

struct Delimiter {
  std::size_t piece;
  char run_char;
  int length;  // at the start, for the rule of 3
  bool can_open;
  bool can_close;
  int previous;
  int next;
};

struct Bracket {
  std::size_t piece;
  int first_delimiter;  // delimiters from this index on are inside
  bool image;
  std::size_t sequence;
};

class InlineRenderer {
 public:
  explicit InlineRenderer(std::string_view text) : text_(text) { index_backtick_runs(); }

  std::string render() {
    while (at_ < text_.size()) step();
    process_emphasis(0);
    std::string out;
    for (const Piece& piece : pieces_) {
      out += piece.closing_tags;
      if (piece.run_char) {
        out.append(static_cast<std::size_t>(piece.run_left), piece.run_char);
      } else {
        out += piece.html;
      }
      out += piece.opening_tags;
    }
    return out;
  }

 private:
  void step() {
    const char c = text_[at_];
    switch (c) {
      case '\\': backslash(); break;
      case '`': code_span(); break;
      case '*':
      case '_': delimiter_run(); break;
      case '[': open_bracket(false, 1); break;
      case '!':
        if (at_ + 1 < text_.size() && text_[at_ + 1] == '[') {
          open_bracket(true, 2);
        } else {
          plain(1);
        }
        break;
      case ']': close_bracket(); break;
      case '<': autolink(); break;
      case ' ': spaces(); break;
      case '\n': line_break(0); break;
      default: plain_run();
    }
  }

  std::string& text_piece() {
    if (pieces_.empty() || pieces_.back().run_char || !last_piece_is_text_) {
      pieces_.emplace_back();
      last_piece_is_text_ = true;
    }
    return pieces_.back().html;
  }

  std::size_t add_markup(std::string html) {
    pieces_.push_back(Piece{std::move(html), {}, {}, 0, 0});
    last_piece_is_text_ = false;
    return pieces_.size() - 1;
  }

  void plain(std::size_t length) {
    append_escaped(text_piece(), text_.substr(at_, length));
    at_ += length;
  }

  void plain_run() {
    static constexpr std::string_view special = "\\`*_[]!< \n";
    std::size_t end = at_ + 1;
    while (end < text_.size() && special.find(text_[end]) == std::string_view::npos) ++end;
    plain(end - at_);
  }

  void backslash() {
    if (at_ + 1 < text_.size() && is_ascii_punctuation(text_[at_ + 1])) {
      ++at_;
      plain(1);
    } else if (at_ + 1 < text_.size() && text_[at_ + 1] == '\n') {
      ++at_;
      line_break(2);
    } else {
      plain(1);
    }
  }

  // Two or more spaces before a line end make a hard break; spaces at the end go.
  void spaces() {
    std::size_t end = at_;
    while (end < text_.size() && text_[end] == ' ') ++end;
    if (end == text_.size()) {
      at_ = end;
    } else if (text_[end] == '\n') {
      const std::size_t count = end - at_;
      at_ = end;
      line_break(count);
    } else {
      plain(end - at_);
    }
  }

  void line_break(std::size_t spaces_before) {
    text_piece() += spaces_before >= 2 ? "<br>\n" : "\n";
    ++at_;
    while (at_ < text_.size() && text_[at_] == ' ') ++at_;
  }

  std::size_t run_length(std::size_t from, char c) const {
    std::size_t end = from;
    while (end < text_.size() && text_[end] == c) ++end;
    return end - from;
  }

  void index_backtick_runs() {
    for (std::size_t i = 0; i < text_.size();) {
      const std::size_t length = run_length(i, '`');
      if (length == 0) {
        ++i;
        continue;
      }
      backtick_runs_[length].push_back(i);
      i += length;
    }
  }

  void code_span() {
    const std::size_t length = run_length(at_, '`');
    const std::size_t content = at_ + length;
    const auto& runs = backtick_runs_[length];
    const auto closer = std::lower_bound(runs.begin(), runs.end(), content);
    if (closer == runs.end()) {
      plain(length);
      return;
    }
    std::string code(text_.substr(content, *closer - content));
    std::replace(code.begin(), code.end(), '\n', ' ');
    if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' && !is_blank(code)) {
      code = code.substr(1, code.size() - 2);
    }
    std::string html = "<code>";
    append_escaped(html, code);
    html += "</code>";
    add_markup(std::move(html));
    at_ = *closer + length;
  }

  void delimiter_run() {
    const char c = text_[at_];
    const std::size_t length = run_length(at_, c);
    const char32_t before = character_before(text_, at_);
    const char32_t after = character_at(text_, at_ + length);
    const bool space_before = is_unicode_whitespace(before);
    const bool space_after = is_unicode_whitespace(after);
    const bool punct_before = is_unicode_punctuation(before);
    const bool punct_after = is_unicode_punctuation(after);
    const bool left = !space_after && (!punct_after || space_before || punct_before);
    const bool right = !space_before && (!punct_before || space_after || punct_after);
    const bool can_open = c == '*' ? left : left && (!right || punct_before);
    const bool can_close = c == '*' ? right : right && (!left || punct_after);
    const int count = static_cast<int>(std::min<std::size_t>(length, 1u << 30));
    pieces_.push_back(Piece{{}, {}, {}, c, count});
    last_piece_is_text_ = false;
    if (can_open || can_close) {
      const int index = static_cast<int>(delimiters_.size());
      delimiters_.push_back(Delimiter{pieces_.size() - 1, c, count, can_open, can_close, last_delimiter_, -1});
      if (last_delimiter_ >= 0) delimiters_[static_cast<std::size_t>(last_delimiter_)].next = index;
      last_delimiter_ = index;
    }
    at_ += length;
  }

  void open_bracket(bool image, std::size_t length) {
    const std::size_t piece = add_markup(std::string(text_.substr(at_, length)));
    brackets_.push_back(Bracket{piece, static_cast<int>(delimiters_.size()), image, next_sequence_++});
    at_ += length;
  }

  void close_bracket() {
    if (brackets_.empty()) {
      plain(1);
      return;
    }
    const Bracket bracket = brackets_.back();
    brackets_.pop_back();
    const bool inside_link = !bracket.image && bracket.sequence < links_close_below_;
    LinkTail tail;
    if (inside_link || at_ + 1 >= text_.size() || text_[at_ + 1] != '(' ||
        !read_link_tail(text_, at_ + 1, tail) || (!bracket.image && !is_http_url(tail.destination))) {
      plain(1);
      return;
    }
    process_emphasis(bracket.first_delimiter);
    if (bracket.image) {
      // Never an <img>: the description stays as text and nothing is loaded.
      pieces_[bracket.piece].html.clear();
    } else {
      std::string open;
      append_link_open(open, tail.destination, tail.title);
      pieces_[bracket.piece].html = std::move(open);
      add_markup("</a>");
      // No links inside links: every "[" still open is now plain text.
      links_close_below_ = bracket.sequence;
    }
    at_ = tail.end;
  }

  void autolink() {
    std::size_t end = at_ + 1;
    while (end < text_.size() && static_cast<unsigned char>(text_[end]) > ' ' && text_[end] != '<' &&
           text_[end] != '>') {
      ++end;
    }
    const std::string_view url = text_.substr(at_ + 1, end - at_ - 1);
    if (end >= text_.size() || text_[end] != '>' || !is_http_url(url)) {
      plain(1);
      return;
    }
    std::string html;
    append_link_open(html, url, {});
    append_escaped(html, url);
    html += "</a>";
    add_markup(std::move(html));
    at_ = end + 1;
  }

  void unlink(int index) {
    Delimiter& d = delimiters_[static_cast<std::size_t>(index)];
    if (d.previous >= 0) delimiters_[static_cast<std::size_t>(d.previous)].next = d.next;
    if (d.next >= 0) {
      delimiters_[static_cast<std::size_t>(d.next)].previous = d.previous;
    } else {
      last_delimiter_ = d.previous;
    }
  }

  int first_delimiter_from(int first) const {
    int found = -1;
    for (int d = last_delimiter_; d >= first; d = delimiters_[static_cast<std::size_t>(d)].previous) found = d;
    return found;
  }

  static bool rule_of_three_forbids(const Delimiter& opener, const Delimiter& closer) {
    return (closer.can_open || opener.can_close) && (opener.length + closer.length) % 3 == 0 &&
           !(opener.length % 3 == 0 && closer.length % 3 == 0);
  }

  // CommonMark's "process emphasis" over the delimiters from index `first` on,
  // with its openers_bottom bookkeeping that keeps it linear.
  void process_emphasis(int first) {
    std::array<int, 12> openers_bottom{};
    openers_bottom.fill(first - 1);
    int closer = first_delimiter_from(first);
    while (closer >= 0) {
      Delimiter& c = delimiters_[static_cast<std::size_t>(closer)];
      if (!c.can_close) {
        closer = c.next;
        continue;
      }
      const std::size_t bottom_slot =
          (c.run_char == '*' ? 0u : 6u) + static_cast<std::size_t>(c.length % 3) * 2u + (c.can_open ? 1u : 0u);
      int opener = c.previous;
      while (opener >= first && opener > openers_bottom[bottom_slot]) {
        const Delimiter& o = delimiters_[static_cast<std::size_t>(opener)];
        if (o.run_char == c.run_char && o.can_open && !rule_of_three_forbids(o, c)) break;
        opener = o.previous;
      }
      if (opener >= first && opener > openers_bottom[bottom_slot]) {
        closer = match(opener, closer);
      } else {
        openers_bottom[bottom_slot] = c.previous;
        const int next = c.next;
        if (!c.can_open) unlink(closer);
        closer = next;
      }
    }
    while (last_delimiter_ >= first) unlink(last_delimiter_);
  }

  // Emphasis between an opener and a closer; answers the closer to look at next.
  int match(int opener, int closer) {
    Piece& open_piece = pieces_[delimiters_[static_cast<std::size_t>(opener)].piece];
    Piece& close_piece = pieces_[delimiters_[static_cast<std::size_t>(closer)].piece];
    const int used = open_piece.run_left >= 2 && close_piece.run_left >= 2 ? 2 : 1;
    open_piece.run_left -= used;
    close_piece.run_left -= used;
    open_piece.opening_tags.insert(0, used == 2 ? "<strong>" : "<em>");
    close_piece.closing_tags += used == 2 ? "</strong>" : "</em>";
    delimiters_[static_cast<std::size_t>(opener)].next = closer;
    delimiters_[static_cast<std::size_t>(closer)].previous = opener;
    if (open_piece.run_left == 0) unlink(opener);
    if (close_piece.run_left == 0) {
      const int next = delimiters_[static_cast<std::size_t>(closer)].next;
      unlink(closer);
      return next;
    }
    return closer;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::vector<Piece> pieces_;
  bool last_piece_is_text_ = false;
  std::vector<Delimiter> delimiters_;
  int last_delimiter_ = -1;
  std::vector<Bracket> brackets_;
  std::size_t next_sequence_ = 0;
  std::size_t links_close_below_ = 0;
  std::map<std::size_t, std::vector<std::size_t>> backtick_runs_;
};

std::string render_inline(std::string_view text) { return InlineRenderer(text).render(); }

// ---------------------------------------------------------------- blocks

// Block quotes and lists nested deeper than this are read as text: it bounds
// the work per line and the renderer's recursion.
constexpr std::size_t max_open_blocks = 48;
constexpr std::size_t max_padded_cells = 65536;

enum class Kind { document, block_quote, list, item, paragraph, heading, code, thematic_break, table };
enum class Align { none, left, right, center };

struct Block {
  explicit Block(Kind k) : kind(k) {}
  Kind kind;
  int parent = -1;
  std::vector<int> children;
  std::vector<std::string> lines;  // paragraph, heading and code text; table rows
  // list
  bool ordered = false;
  char marker = 0;
  long start = 1;
  bool loose = false;
  // item
  std::size_t content_indent = 0;
  bool blank_line_pending = false;
  // heading
  int level = 0;
  // code
  bool fenced = false;
  char fence_char = 0;
  std::size_t fence_length = 0;
  std::size_t fence_indent = 0;
  std::string info;
  // table
  std::vector<Align> aligns;
  std::size_t padded_cells = 0;
};

struct ListMarker {
  bool ordered = false;
  char marker = 0;  // '-', '+', '*', '.' or ')'
  long start = 1;
  std::size_t width = 0;  // marker and spaces up to the content
  bool empty = false;     // nothing after the marker
};

std::size_t leading_spaces(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool is_thematic_break(std::string_view line) {
  line = trim(line);
  if (line.empty() || (line[0] != '-' && line[0] != '*' && line[0] != '_')) return false;
  std::size_t count = 0;
  for (char c : line) {
    if (c == line[0]) {
      ++count;
    } else if (!is_space_or_tab(c)) {
      return false;
    }
  }
  return count >= 3;
}

int setext_level(std::string_view line) {
  line = trim(line);
  if (line.empty() || (line[0] != '=' && line[0] != '-')) return 0;
  if (line.find_first_not_of(line[0]) != std::string_view::npos) return 0;
  return line[0] == '=' ? 1 : 2;
}

// "## Title ##" -> level 2, "Title"; 0 when not a heading.
int atx_heading(std::string_view line, std::string_view& content) {
  std::size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6 || (level < line.size() && !is_space_or_tab(line[level]))) return 0;
  content = trim(line.substr(level));
  const std::size_t hashes_from = content.find_last_not_of('#');
  if (hashes_from == std::string_view::npos) {
    content = {};
  } else if (hashes_from + 1 < content.size() && is_space_or_tab(content[hashes_from])) {
    content = trim(content.substr(0, hashes_from));
  }
  return static_cast<int>(level);
}

bool read_list_marker(std::string_view line, ListMarker& marker) {
  std::size_t i = 0;
  if (!line.empty() && (line[0] == '-' || line[0] == '+' || line[0] == '*')) {
    marker.marker = line[0];
    i = 1;
  } else {
    long start = 0;
    for (; i < line.size() && i < 9 && line[i] >= '0' && line[i] <= '9'; ++i) start = start * 10 + (line[i] - '0');
    if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return false;
    marker.ordered = true;
    marker.start = start;
    marker.marker = line[i];
    ++i;
  }
  if (i < line.size() && line[i] != ' ') return false;
  const std::size_t spaces = leading_spaces(line.substr(i));
  marker.empty = i + spaces == line.size();
  marker.width = i + (marker.empty || spaces >= 5 ? 1 : spaces);
  return true;
}

bool read_fence(std::string_view line, char& fence_char, std::size_t& length, std::string& info) {
  if (line.empty() || (line[0] != '`' && line[0] != '~')) return false;
  fence_char = line[0];
  length = line.find_first_not_of(fence_char);
  if (length == std::string_view::npos) length = line.size();
  if (length < 3) return false;
  const std::string_view rest = trim(line.substr(length));
  if (fence_char == '`' && rest.find('`') != std::string_view::npos) return false;
  info = without_backslash_escapes(rest.substr(0, rest.find_first_of(" \t")));
  return true;
}

// markdown-it's cell split: unescaped pipes separate, "\|" is a pipe in a cell,
// an empty first or last cell (from outer pipes) is dropped.
std::vector<std::string> table_cells(std::string_view row) {
  row = trim(row);
  std::vector<std::string> cells;
  std::string current;
  bool escaped = false;
  for (char c : row) {
    if (c == '|' && !escaped) {
      cells.push_back(std::string(trim(current)));
      current.clear();
    } else if (c == '|') {
      current.back() = '|';
    } else {
      current += c;
    }
    escaped = c == '\\';
  }
  cells.push_back(std::string(trim(current)));
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

bool read_delimiter_row(std::string_view line, std::vector<Align>& aligns) {
  line = trim(line);
  if (line.find('|') == std::string_view::npos) return false;
  if (line[0] != '|' && line[0] != '-' && line[0] != ':') return false;
  for (const std::string& cell : table_cells(line)) {
    const bool left = !cell.empty() && cell.front() == ':';
    const bool right = cell.size() > 1 && cell.back() == ':';
    const std::string_view dashes =
        std::string_view(cell).substr(left ? 1 : 0, cell.size() - (left ? 1 : 0) - (right ? 1 : 0));
    if (dashes.empty() || dashes.find_first_not_of('-') != std::string_view::npos) return false;
    aligns.push_back(left && right ? Align::center : left ? Align::left : right ? Align::right : Align::none);
  }
  return !aligns.empty();
}

std::string expand_tabs(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c == '\t') {
      out.append(4 - out.size() % 4, ' ');
    } else {
      out += c;
    }
  }
  return out;
}

class BlockParser {
 public:
  BlockParser() { blocks_.emplace_back(Kind::document); open_.push_back(0); }

  void add_line(std::string_view raw) {
    line_ = expand_tabs(raw);
    at_ = 0;
    const std::size_t matched = match_open_blocks();
    int container = open_[matched - 1];
    bool all_matched = matched == open_.size();
    if (kind(container) == Kind::code && all_matched) {
      add_code_line(container);
      return;
    }
    const bool blank_line = is_blank(line_);
    if (start_blocks(container, matched, all_matched)) finish_line(container, all_matched);
    if (!blank_line) clear_blank_lines();
  }

  std::vector<Block> finish() {
    close_to(1);
    return std::move(blocks_);
  }

 private:
  Kind kind(int block) const { return blocks_[static_cast<std::size_t>(block)].kind; }
  Block& at(int block) { return blocks_[static_cast<std::size_t>(block)]; }
  std::string_view rest() const { return std::string_view(line_).substr(at_); }
  std::size_t indent() const { return leading_spaces(rest()); }
  bool blank() const { return is_blank(rest()); }
  int tip() const { return open_.back(); }
  static bool is_leaf(Kind k) { return k == Kind::paragraph || k == Kind::code || k == Kind::table; }

  // How many open blocks (from the document down) this line continues.
  std::size_t match_open_blocks() {
    std::size_t matched = 1;
    for (; matched < open_.size(); ++matched) {
      if (!continues(open_[matched])) break;
    }
    return matched;
  }

  bool continues(int block) {
    Block& b = at(block);
    const std::size_t spaces = indent();
    switch (b.kind) {
      case Kind::block_quote:
        if (spaces > 3 || at_ + spaces >= line_.size() || line_[at_ + spaces] != '>') return false;
        at_ += spaces + 1;
        if (at_ < line_.size() && line_[at_] == ' ') ++at_;
        return true;
      case Kind::list: return true;
      case Kind::item:
        if (blank()) return !b.children.empty();
        if (spaces < b.content_indent) return false;
        at_ += b.content_indent;
        return true;
      case Kind::code:
        if (b.fenced) return true;
        if (blank()) {
          at_ += std::min<std::size_t>(spaces, 4);
          return true;
        }
        if (spaces < 4) return false;
        at_ += 4;
        return true;
      case Kind::paragraph:
      case Kind::table: return !blank();
      default: return false;
    }
  }

  // Opens the block quotes and list items the line starts with, then tries a
  // leaf block; false when the line is used up.
  bool start_blocks(int& container, std::size_t matched, bool& all_matched) {
    bool started_container = false;
    for (;;) {
      const bool paragraph_continues = all_matched && !started_container && kind(container) == Kind::paragraph;
      if (start_leaf(container, matched, paragraph_continues)) return false;
      const Kind started = start_container(container, matched, paragraph_continues);
      if (started == Kind::document) break;
      matched = open_.size();
      started_container = true;
      if (started == Kind::item && blank()) return false;
    }
    if (started_container) all_matched = true;
    return true;
  }

  // A block quote or list item at the line's position: its kind, or
  // Kind::document when none starts.
  Kind start_container(int& container, std::size_t matched, bool paragraph_continues) {
    const std::size_t spaces = indent();
    if (spaces >= 4 || open_.size() >= max_open_blocks) return Kind::document;
    const std::string_view text = rest().substr(spaces);
    if (!text.empty() && text[0] == '>') {
      at_ += spaces + 1;
      if (at_ < line_.size() && line_[at_] == ' ') ++at_;
      container = add_block(container, matched, Kind::block_quote);
      return Kind::block_quote;
    }
    ListMarker marker;
    if (!read_list_marker(text, marker)) return Kind::document;
    // What a paragraph's line could mean as text ("2012. A year") goes on as text.
    if (paragraph_continues && (marker.empty || (marker.ordered && marker.start != 1))) return Kind::document;
    at_ += spaces;
    container = add_item(container, matched, marker, spaces);
    at_ += std::min(marker.width, line_.size() - at_);
    return Kind::item;
  }

  bool start_leaf(int container, std::size_t matched, bool paragraph_continues) {
    const std::size_t spaces = indent();
    const std::string_view text = rest().substr(spaces);
    if (spaces >= 4) return start_indented_code(container, matched);
    if (paragraph_continues && (underline_paragraph(container, text) || table_from_paragraph(container, text))) {
      return true;
    }
    return start_atx_heading(container, matched, text) || start_fenced_code(container, matched, text, spaces) ||
           start_thematic_break(container, matched, text);
  }

  bool start_indented_code(int container, std::size_t matched) {
    if (kind(tip()) == Kind::paragraph || blank()) return false;
    at_ += 4;
    const int code = add_block(container, matched, Kind::code);
    at(code).lines.emplace_back(rest());
    return true;
  }

  bool start_atx_heading(int container, std::size_t matched, std::string_view text) {
    std::string_view content;
    const int level = atx_heading(text, content);
    if (level == 0) return false;
    const int heading = add_block(container, matched, Kind::heading);
    at(heading).level = level;
    at(heading).lines.emplace_back(content);
    close_to(open_.size() - 1);
    return true;
  }

  bool start_fenced_code(int container, std::size_t matched, std::string_view text, std::size_t spaces) {
    char fence_char = 0;
    std::size_t fence_length = 0;
    std::string info;
    if (!read_fence(text, fence_char, fence_length, info)) return false;
    Block& code = at(add_block(container, matched, Kind::code));
    code.fenced = true;
    code.fence_char = fence_char;
    code.fence_length = fence_length;
    code.fence_indent = spaces;
    code.info = std::move(info);
    return true;
  }

  bool start_thematic_break(int container, std::size_t matched, std::string_view text) {
    if (!is_thematic_break(text)) return false;
    add_block(container, matched, Kind::thematic_break);
    close_to(open_.size() - 1);
    return true;
  }

  // "===" or "---" under a paragraph makes it a heading.
  bool underline_paragraph(int paragraph, std::string_view text) {
    const int level = setext_level(text);
    if (level == 0) return false;
    at(paragraph).kind = Kind::heading;
    at(paragraph).level = level;
    close_to(open_.size() - 1);
    return true;
  }

  // A delimiter row under a paragraph's last line makes that line a table's header.
  bool table_from_paragraph(int paragraph, std::string_view text) {
    std::vector<Align> aligns;
    if (!read_delimiter_row(text, aligns) || table_cells(at(paragraph).lines.back()).size() != aligns.size()) {
      return false;
    }
    std::string header = std::move(at(paragraph).lines.back());
    at(paragraph).lines.pop_back();
    int table = paragraph;
    if (at(paragraph).lines.empty()) {
      at(paragraph).kind = Kind::table;
    } else {
      table = add_block(paragraph, open_.size(), Kind::table);
    }
    at(table).aligns = std::move(aligns);
    at(table).lines.push_back(std::move(header));
    return true;
  }

  // Rows are padded to the header's width; like markdown-it, a table stops
  // once that has added too many cells (a wide header over many short rows
  // would otherwise make the output quadratic).
  bool add_table_row(int table) {
    Block& b = at(table);
    const std::size_t cells = table_cells(rest()).size();
    if (cells < b.aligns.size()) b.padded_cells += b.aligns.size() - cells;
    if (b.padded_cells > max_padded_cells) return false;
    b.lines.emplace_back(rest());
    return true;
  }

  void finish_line(int container, bool all_matched) {
    if (!all_matched && !blank() && kind(tip()) == Kind::paragraph) {
      // Lazy continuation: the paragraph goes on although its containers did not.
      at(tip()).lines.emplace_back(trim_start(rest()));
      return;
    }
    close_to(match_depth(container) + 1);
    if (blank()) {
      note_blank_line();
      return;
    }
    if (kind(container) == Kind::paragraph) {
      at(container).lines.emplace_back(trim_start(rest()));
      return;
    }
    if (kind(container) == Kind::table && add_table_row(container)) return;
    const int paragraph = add_block(container, open_.size(), Kind::paragraph);
    at(paragraph).lines.emplace_back(trim_start(rest()));
  }

  std::size_t match_depth(int block) const {
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i] == block) return i;
    }
    return 0;
  }

  void note_blank_line() {
    for (int block : open_) {
      if (kind(block) == Kind::item) at(block).blank_line_pending = true;
    }
  }

  void clear_blank_lines() {
    for (int block : open_) {
      if (kind(block) == Kind::item) at(block).blank_line_pending = false;
    }
  }

  void close_to(std::size_t depth) {
    while (open_.size() > depth) {
      finalize(open_.back());
      open_.pop_back();
    }
  }

  void finalize(int block) {
    Block& b = at(block);
    if (b.kind == Kind::code && !b.fenced) {
      while (!b.lines.empty() && is_blank(b.lines.back())) b.lines.pop_back();
    }
  }

  // Adds a block under `container` (or, when that cannot hold it, under the
  // nearest block that can), closing the unmatched and leaf blocks in the way.
  int add_block(int container, std::size_t matched, Kind new_kind) {
    close_to(std::min(matched, match_depth(container) + 1));
    while (is_leaf(kind(container)) || (kind(container) == Kind::list && new_kind != Kind::item)) {
      close_to(match_depth(container));
      container = at(container).parent;
    }
    Block& host = at(container);
    if (host.kind == Kind::item && host.blank_line_pending && !host.children.empty()) {
      at(host.parent).loose = true;
    }
    const int index = static_cast<int>(blocks_.size());
    blocks_.emplace_back(new_kind);
    blocks_.back().parent = container;
    at(container).children.push_back(index);
    open_.push_back(index);
    return index;
  }

  int add_item(int container, std::size_t matched, const ListMarker& marker, std::size_t spaces) {
    close_to(std::min(matched, match_depth(container) + 1));
    while (is_leaf(kind(container))) {
      close_to(match_depth(container));
      container = at(container).parent;
    }
    int list = container;
    if (kind(list) == Kind::list && (at(list).ordered != marker.ordered || at(list).marker != marker.marker)) {
      close_to(match_depth(list));
      list = at(list).parent;
    }
    if (kind(list) != Kind::list) {
      list = add_block(list, open_.size(), Kind::list);
      at(list).ordered = marker.ordered;
      at(list).marker = marker.marker;
      at(list).start = marker.start;
    } else {
      close_to(match_depth(list) + 1);
      const Block& previous = at(at(list).children.back());
      if (previous.blank_line_pending) at(list).loose = true;
    }
    const int item = add_block(list, open_.size(), Kind::item);
    at(item).content_indent = spaces + marker.width;
    return item;
  }

  void add_code_line(int code) {
    Block& b = at(code);
    if (b.fenced) {
      const std::size_t spaces = indent();
      char fence_char = 0;
      std::size_t fence_length = 0;
      std::string info;
      if (spaces < 4 && read_fence(rest().substr(spaces), fence_char, fence_length, info) &&
          fence_char == b.fence_char && fence_length >= b.fence_length && info.empty() &&
          is_blank(rest().substr(spaces + fence_length))) {
        close_to(match_depth(code));
        return;
      }
      at_ += std::min(spaces, b.fence_indent);
    }
    b.lines.emplace_back(rest());
  }

  std::vector<Block> blocks_;
  std::vector<int> open_;
  std::string line_;
  std::size_t at_ = 0;
};

// ---------------------------------------------------------------- rendering

class HtmlRenderer {
 public:
  explicit HtmlRenderer(const std::vector<Block>& blocks) : blocks_(blocks) {}

  std::string render() {
    children(0, false);
    return std::move(out_);
  }

 private:
  const Block& at(int block) const { return blocks_[static_cast<std::size_t>(block)]; }

  // markdown-it puts a line break between a tight list item's text and a block after it.
  void open_tag(std::string_view tag) {
    if (after_hidden_paragraph_) out_ += '\n';
    after_hidden_paragraph_ = false;
    out_ += tag;
  }

  void close_tag(std::string_view tag) {
    after_hidden_paragraph_ = false;
    out_ += tag;
  }

  void children(int block, bool tight) {
    for (int child : at(block).children) render(child, tight);
  }

  void render(int block, bool tight) {
    const Block& b = at(block);
    switch (b.kind) {
      case Kind::document: children(block, false); break;
      case Kind::block_quote:
        open_tag(b.children.empty() ? "<blockquote>" : "<blockquote>\n");
        children(block, false);
        close_tag("</blockquote>\n");
        break;
      case Kind::list: list(block); break;
      case Kind::item: item(block, tight); break;
      case Kind::paragraph: paragraph(b, tight); break;
      case Kind::heading: heading(b); break;
      case Kind::code: code(b); break;
      case Kind::thematic_break: open_tag("<hr>\n"); break;
      case Kind::table: table(b); break;
    }
  }

  void list(int block) {
    const Block& b = at(block);
    std::string open = b.ordered ? "<ol" : "<ul";
    if (b.ordered && b.start != 1) open += " start=\"" + std::to_string(b.start) + '"';
    open_tag(open + ">\n");
    for (int item : b.children) render(item, !b.loose);
    close_tag(b.ordered ? "</ol>\n" : "</ul>\n");
  }

  void item(int block, bool tight) {
    const Block& b = at(block);
    const bool text_first = b.children.empty() || (tight && at(b.children.front()).kind == Kind::paragraph);
    open_tag(text_first ? "<li>" : "<li>\n");
    children(block, tight);
    close_tag("</li>\n");
  }

  static std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) {
      if (!text.empty()) text += '\n';
      text += line;
    }
    return std::string(trim(text));
  }

  void paragraph(const Block& b, bool tight) {
    if (tight) {
      out_ += render_inline(joined(b.lines));
      after_hidden_paragraph_ = true;
      return;
    }
    open_tag("<p>");
    out_ += render_inline(joined(b.lines));
    close_tag("</p>\n");
  }

  void heading(const Block& b) {
    const std::string level = std::to_string(b.level);
    open_tag("<h" + level + ">");
    out_ += render_inline(joined(b.lines));
    close_tag("</h" + level + ">\n");
  }

  void code(const Block& b) {
    std::string open = "<pre><code";
    if (!b.info.empty()) {
      open += " class=\"language-";
      append_escaped(open, b.info);
      open += '"';
    }
    // markdown-it renders code with its own rule, without open_tag's line break.
    after_hidden_paragraph_ = false;
    out_ += open + ">";
    for (const std::string& line : b.lines) {
      append_escaped(out_, line);
      out_ += '\n';
    }
    close_tag("</code></pre>\n");
  }

  static std::string cell_open(std::string_view tag, Align align) {
    std::string open = "<" + std::string(tag);
    switch (align) {
      case Align::left: open += " class=\"align-left\""; break;
      case Align::right: open += " class=\"align-right\""; break;
      case Align::center: open += " class=\"align-center\""; break;
      case Align::none: break;
    }
    return open + ">";
  }

  void table_row(std::string_view row, std::string_view tag, const std::vector<Align>& aligns) {
    const std::vector<std::string> cells = table_cells(row);
    out_ += "<tr>\n";
    for (std::size_t i = 0; i < aligns.size(); ++i) {
      out_ += cell_open(tag, aligns[i]);
      if (i < cells.size()) out_ += render_inline(cells[i]);
      out_ += "</" + std::string(tag) + ">\n";
    }
    out_ += "</tr>\n";
  }

  void table(const Block& b) {
    open_tag("<table>\n<thead>\n");
    table_row(b.lines.front(), "th", b.aligns);
    out_ += "</thead>\n";
    if (b.lines.size() > 1) {
      out_ += "<tbody>\n";
      for (std::size_t i = 1; i < b.lines.size(); ++i) table_row(b.lines[i], "td", b.aligns);
      out_ += "</tbody>\n";
    }
    close_tag("</table>\n");
  }

  const std::vector<Block>& blocks_;
  std::string out_;
  bool after_hidden_paragraph_ = false;
};

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  BlockParser parser;
  while (!markdown.empty()) {
    const std::size_t end = markdown.find('\n');
    std::string_view line = markdown.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    parser.add_line(line);
    if (end == std::string_view::npos) break;
    markdown.remove_prefix(end + 1);
  }
  return HtmlRenderer(parser.finish()).render();
}

}  // namespace offercheck
