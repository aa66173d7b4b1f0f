#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

enum class SectionKind {
  preamble,   // text before the first titled section
  heading,    // "### Title"
  bold_line,  // a line that is only "**Title**" or "**Title:**"
  label,      // a paragraph opening with "**Title:** text" (or "> **Title:** text")
};

struct Section {
  std::string title;
  SectionKind kind = SectionKind::preamble;
  int level = 0;  // 1-6 for headings, 0 otherwise
  int line = 0;   // line of the title in the whole file
  std::string text;  // Markdown after the title, up to the next section
};

// Splits a Markdown body into titled sections; first_line is the file line
// the body starts on.
std::vector<Section> split_sections(std::string_view body, int first_line);

const char* section_kind_name(SectionKind kind);
void to_json(nlohmann::json& j, const Section& section);

}  // namespace offercheck
