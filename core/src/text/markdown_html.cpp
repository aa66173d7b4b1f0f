// Guide text to inert HTML: md4c parses (text/markdown_parser.hpp), these
// callbacks write the HTML, in cmark's layout (the CommonMark spec's).
#include "offercheck/markdown_html.hpp"

#include "text/markdown_parser.hpp"
#include "text/text_encoding.hpp"

#include <string>
#include <vector>

namespace offercheck {

namespace {

// Block quotes and lists nested deeper than this keep their content but lose
// their tags: no page gets deeper than this, whatever the input.
constexpr int max_container_depth = 48;

using markdown::decoded_attribute;
using markdown::decoded_entity;
using markdown::replacement_character;

// ---------------------------------------------------------------- text

// Text as HTML: the five special characters escaped, NUL and each byte that is
// not part of valid UTF-8 replaced by U+FFFD (md4c passes bytes through, NUL
// in code too).
void append_escaped(std::string& out, std::string_view text) {
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::string_view replacement;
    std::size_t length = 1;
    switch (c) {
      case '&': replacement = "&amp;"; break;
      case '<': replacement = "&lt;"; break;
      case '>': replacement = "&gt;"; break;
      case '"': replacement = "&quot;"; break;
      case '\'': replacement = "&#39;"; break;
      case '\0': replacement = replacement_character; break;
      default:
        if (c >= 0x80) {
          length = utf8_sequence_length(text, i);
          if (length == 0) {
            replacement = replacement_character;
            length = 1;
          }
        }
    }
    if (!replacement.empty()) {
      out.append(text, plain_from, i - plain_from);
      out += replacement;
      plain_from = i + length;
    }
    i += length;
  }
  out.append(text, plain_from, text.size() - plain_from);
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
  return starts_with_ignoring_case(url, "http://") || starts_with_ignoring_case(url, "https://");
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Percent-encodes what a URL may not hold (as markdown-it's normalizeLink
// does), keeping existing %XX escapes, and escapes the result for an attribute.
void append_url(std::string& out, std::string_view url) {
  static constexpr std::string_view kept = ";/?:@&=+$,-_.!~*'()#";
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string encoded;
  for (std::size_t i = 0; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool escape = c == '%' && i + 2 < url.size() && is_hex_digit(url[i + 1]) && is_hex_digit(url[i + 2]);
    if (alnum || kept.find(static_cast<char>(c)) != std::string_view::npos || escape) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 0xF];
    }
  }
  append_escaped(out, encoded);
}

// ---------------------------------------------------------------- HTML

class HtmlWriter {
 public:
  std::string take() { return std::move(out_); }

  void enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE: open_container("<blockquote>"); break;
      case MD_BLOCK_UL: open_container("<ul>"); break;
      case MD_BLOCK_OL: {
        const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start;
        open_container(start == 1 ? std::string("<ol>") : "<ol start=\"" + std::to_string(start) + "\">");
        break;
      }
      case MD_BLOCK_LI:
        line_start();
        if (++container_depth_ <= max_container_depth) out_ += "<li>";
        break;
      case MD_BLOCK_HR: block_tag("<hr>"); break;
      case MD_BLOCK_H:
        line_start();
        out_ += "<h" + std::to_string(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level) + ">";
        heading_start_ = trim_floor_ = out_.size();
        break;
      case MD_BLOCK_CODE: {
        const std::string language = decoded_attribute(static_cast<const MD_BLOCK_CODE_DETAIL*>(detail)->lang);
        line_start();
        out_ += "<pre><code";
        if (!language.empty()) {
          out_ += " class=\"language-";
          append_escaped(out_, language);
          out_ += '"';
        }
        out_ += '>';
        break;
      }
      case MD_BLOCK_HTML: break;  // never: raw HTML is off
      case MD_BLOCK_P:
        line_start();
        out_ += "<p>";
        break;
      case MD_BLOCK_TABLE: block_tag("<table>"); break;
      case MD_BLOCK_THEAD: block_tag("<thead>"); break;
      case MD_BLOCK_TBODY: block_tag("<tbody>"); break;
      case MD_BLOCK_TR: block_tag("<tr>"); break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        cell(type == MD_BLOCK_TH ? "th" : "td", static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align);
        break;
    }
  }

  void leave(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_DOC: break;
      case MD_BLOCK_QUOTE: close_container("</blockquote>"); break;
      case MD_BLOCK_UL: close_container("</ul>"); break;
      case MD_BLOCK_OL: close_container("</ol>"); break;
      case MD_BLOCK_LI:
        if (container_depth_-- <= max_container_depth) out_ += "</li>\n";
        break;
      case MD_BLOCK_HR: break;
      case MD_BLOCK_H:
        trim_heading_end();
        heading_start_ = std::string::npos;
        out_ += "</h" + std::to_string(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level) + ">\n";
        break;
      case MD_BLOCK_CODE: out_ += "</code></pre>\n"; break;
      case MD_BLOCK_HTML: break;
      case MD_BLOCK_P: out_ += "</p>\n"; break;
      case MD_BLOCK_TABLE: block_tag("</table>"); break;
      case MD_BLOCK_THEAD: block_tag("</thead>"); break;
      case MD_BLOCK_TBODY: block_tag("</tbody>"); break;
      case MD_BLOCK_TR: block_tag("</tr>"); break;
      case MD_BLOCK_TH: out_ += "</th>\n"; break;
      case MD_BLOCK_TD: out_ += "</td>\n"; break;
    }
  }

  void enter(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_EM: out_ += "<em>"; break;
      case MD_SPAN_STRONG: out_ += "<strong>"; break;
      case MD_SPAN_CODE: out_ += "<code>"; break;
      case MD_SPAN_A: open_link(*static_cast<const MD_SPAN_A_DETAIL*>(detail)); break;
      // Never an <img>: the description stays as text and nothing is loaded.
      case MD_SPAN_IMG: break;
      default: break;  // the extensions left off
    }
    trim_floor_ = out_.size();
  }

  void leave(MD_SPANTYPE type, void*) {
    switch (type) {
      case MD_SPAN_EM: out_ += "</em>"; break;
      case MD_SPAN_STRONG: out_ += "</strong>"; break;
      case MD_SPAN_CODE: out_ += "</code>"; break;
      case MD_SPAN_A:
        if (links_.back()) out_ += "</a>";
        links_.pop_back();
        break;
      default: break;
    }
    trim_floor_ = out_.size();
  }

  void text(MD_TEXTTYPE type, std::string_view text) {
    switch (type) {
      case MD_TEXT_NULLCHAR: out_ += replacement_character; break;
      case MD_TEXT_BR: out_ += "<br>\n"; break;
      case MD_TEXT_SOFTBR: out_ += '\n'; break;
      case MD_TEXT_ENTITY: append_escaped(out_, decoded_entity(text)); break;
      case MD_TEXT_NORMAL:
        trim_heading_start(text);
        append_escaped(out_, text);
        return;
      default: append_escaped(out_, text);  // code, and never raw HTML
    }
    trim_floor_ = out_.size();
  }

 private:
  // A line break unless the output is at the start of a line: the layout
  // cmark gives blocks.
  void line_start() {
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }

  void block_tag(std::string_view tag) {
    line_start();
    out_ += tag;
    out_ += '\n';
  }

  void open_container(std::string_view tag) {
    if (++container_depth_ <= max_container_depth) block_tag(tag);
  }

  void close_container(std::string_view tag) {
    if (container_depth_-- <= max_container_depth) block_tag(tag);
  }

  void cell(std::string_view tag, MD_ALIGN align) {
    line_start();
    out_ += '<';
    out_ += tag;
    switch (align) {
      case MD_ALIGN_LEFT: out_ += " class=\"align-left\""; break;
      case MD_ALIGN_CENTER: out_ += " class=\"align-center\""; break;
      case MD_ALIGN_RIGHT: out_ += " class=\"align-right\""; break;
      case MD_ALIGN_DEFAULT: break;
    }
    out_ += '>';
  }

  // Only http(s) links become links; any other keeps just its text.
  void open_link(const MD_SPAN_A_DETAIL& link) {
    const std::string href = decoded_attribute(link.href);
    const bool written = is_http_url(href);
    links_.push_back(written);
    if (!written) return;
    out_ += "<a href=\"";
    append_url(out_, href);
    out_ += '"';
    if (link.title.text != nullptr) {
      out_ += " title=\"";
      append_escaped(out_, decoded_attribute(link.title));
      out_ += '"';
    }
    out_ += " rel=\"noopener noreferrer nofollow\" target=\"_blank\">";
  }

  // md4c 0.4.8 leaves a tab at either end of a heading's text (CommonMark
  // spec examples 10 and 82), which the spec strips. Only plain text is
  // trimmed: trim_floor_ keeps tags, code and entities ("&#9;").
  void trim_heading_start(std::string_view& text) const {
    if (out_.size() != heading_start_) return;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  }

  void trim_heading_end() {
    while (out_.size() > trim_floor_ && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
  }

  std::string out_;
  int container_depth_ = 0;
  std::vector<bool> links_;  // for each open link: written as <a>?
  std::size_t heading_start_ = std::string::npos;  // just past "<hN>" while in a heading
  std::size_t trim_floor_ = 0;                     // just past the last tag, code or entity
};

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  HtmlWriter writer;
  markdown::parse(markdown, writer);
  return writer.take();
}

}  // namespace offercheck
