#pragma once

#include <string>
#include <string_view>

namespace offercheck {

// Markdown to plain text, as md4c parses it: the words of paragraphs and
// headings, each line where it was; list items with their markers ("1. ",
// "- "); code as written; table rows with " | " between cells; no emphasis,
// quote or heading marks; links and images as their text. Sections carry it
// (Section::plain), read when the guide is read, so the calculation module,
// which quotes it in scripts, needs no Markdown parser.
std::string plain_text(std::string_view markdown);

}  // namespace offercheck
