#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// What a body's blocks are is md4c's parse, as for rendering
// (markdown_html.hpp): headings in code, in block quotes or in lists, and
// bold text that CommonMark does not read as strong emphasis open nothing.
enum class SectionKind {
  preamble,   // text before the first titled section
  heading,    // a heading of the body: "### Title", or "Title" underlined "==="
  bold_line,  // a paragraph whose first line is only "**Title**" or "**Title:**"
  label,      // a paragraph opening with "**Title:** text" (or "> **Title:** text")
};

struct Section {
  std::string title;  // the heading's or the bold text's words: no marks, references decoded
  SectionKind kind = SectionKind::preamble;
  int level = 0;  // 1-6 for headings, 0 otherwise
  int line = 0;   // line of the title in the whole file
  std::string text;  // Markdown after the title, up to the next section
  // The text as plain words (negotiation scripts quote it), made when the
  // guide is read; not in the guide's JSON (docs/json.md).
  std::string plain;
};

// Splits a Markdown body into titled sections; first_line is the file line
// the body starts on. Bold lines and labels open sections in paragraphs of
// the body or of a block quote in it; a heading without text ("##") opens
// none. Linear in the body's size.
std::vector<Section> split_sections(std::string_view body, int first_line);

const char* section_kind_name(SectionKind kind);
void to_json(nlohmann::json& j, const Section& section);

}  // namespace offercheck
