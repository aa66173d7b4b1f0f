#include "offercheck/section.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

static const char* kBody =
    "### Product Manager | Acme Global Negotiation Guide\n"
    "\n"
    "**Negotiation DNA:** Pre-IPO Equity | AI Hub\n"
    "\n"
    "**Negotiation DNA**\n"
    "Managers own the strategy.\n"
    "\n"
    "**Global Levers**\n"
    "1. **Equity Maximization:** \"I'm targeting more.\"\n"
    "2. **Competing Offer Framing:** \"I have an offer.\"\n"
    "\n"
    "> **Negotiate Up Strategy:** \"My ask is €98K base.\"\n"
    "\n"
    "```\n"
    "### not a heading inside code\n"
    "```\n"
    "#### Evidence & Sources\n"
    "- Levels.fyi\n";

TEST_CASE("a body splits into its titled sections with file lines") {
  auto sections = split_sections(kBody, 40);
  REQUIRE(sections.size() == 6);

  CHECK(sections[0].title == "Product Manager | Acme Global Negotiation Guide");
  CHECK(sections[0].kind == SectionKind::heading);
  CHECK(sections[0].level == 3);
  CHECK(sections[0].line == 40);

  CHECK(sections[1].title == "Negotiation DNA");
  CHECK(sections[1].kind == SectionKind::label);
  CHECK(sections[1].text == "Pre-IPO Equity | AI Hub");
  CHECK(sections[1].line == 42);

  CHECK(sections[2].title == "Negotiation DNA");
  CHECK(sections[2].kind == SectionKind::bold_line);
  CHECK(sections[2].text == "Managers own the strategy.");

  CHECK(sections[3].title == "Global Levers");
  CHECK(sections[3].text.find("2. **Competing Offer Framing:**") != std::string::npos);

  CHECK(sections[4].title == "Negotiate Up Strategy");
  CHECK(sections[4].kind == SectionKind::label);
  CHECK(sections[4].line == 51);
  CHECK(sections[4].text.find("\"My ask is €98K base.\"") == 0);
  CHECK(sections[4].text.find("### not a heading inside code") != std::string::npos);

  CHECK(sections[5].title == "Evidence & Sources");
  CHECK(sections[5].level == 4);
  CHECK(sections[5].text == "- Levels.fyi");
}

TEST_CASE("a colon outside the bold label also opens a section") {
  auto sections = split_sections("> **Negotiate Up Strategy**: \"Ask high.\"\n", 1);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].title == "Negotiate Up Strategy");
  CHECK(sections[0].text == "\"Ask high.\"");
}

TEST_CASE("text before the first title is a preamble; emphasis is not a title") {
  auto sections = split_sections("Intro line.\n**Important** not a title.\n\n## Next\nx\n", 10);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].kind == SectionKind::preamble);
  CHECK(sections[0].title.empty());
  CHECK(sections[0].text == "Intro line.\n**Important** not a title.");
  CHECK(sections[1].title == "Next");
  CHECK(sections[1].line == 13);
}

TEST_CASE("a label mid-paragraph does not open a section") {
  auto sections = split_sections("## A\nfirst line\n**Label:** continues the paragraph\n", 1);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].text == "first line\n**Label:** continues the paragraph");
}

TEST_CASE("headings need a space and lose closing hashes") {
  auto sections = split_sections("#hashtag\n## Title ##\n", 1);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].kind == SectionKind::preamble);
  CHECK(sections[1].title == "Title");
}

TEST_CASE("an empty body has no sections") {
  CHECK(split_sections("", 5).empty());
  CHECK(split_sections("\n\n  \n", 5).empty());
}

// md4c's parse decides what is a heading or a paragraph, as the renderer sees it.
TEST_CASE("sections follow CommonMark's blocks") {
  auto setext = split_sections("Intro\n\nTitle\n=====\ntext\n\nSub\n---\nmore\n", 1);
  REQUIRE(setext.size() == 3);
  CHECK(setext[1].title == "Title");
  CHECK(setext[1].level == 1);
  CHECK(setext[1].line == 3);
  CHECK(setext[1].text == "text");
  CHECK(setext[2].title == "Sub");
  CHECK(setext[2].level == 2);
  CHECK(setext[2].text == "more");

  // Not headings: indented code, a heading in a block quote or a list, "#" alone.
  auto not_headings = split_sections("## A\n    ## code\n> ## quoted\n- ## listed\n\n##\n", 1);
  REQUIRE(not_headings.size() == 1);
  CHECK(not_headings[0].text == "    ## code\n> ## quoted\n- ## listed\n\n##");

  // A title is the heading's text: no emphasis marks, references decoded.
  auto titled = split_sections("### **Bold** &amp; `code` ###\n", 1);
  REQUIRE(titled.size() == 1);
  CHECK(titled[0].title == "Bold & code");

  // "**Title:**text" is no strong emphasis in CommonMark, so no title.
  auto glued = split_sections("**Title:**text\n", 1);
  REQUIRE(glued.size() == 1);
  CHECK(glued[0].kind == SectionKind::preamble);

  // A label opens a section wherever a paragraph of a top-level block quote starts.
  auto quoted = split_sections("> intro\n>\n> **Label:** text\n", 1);
  REQUIRE(quoted.size() == 2);
  CHECK(quoted[1].title == "Label");
  CHECK(quoted[1].line == 3);
  CHECK(quoted[1].text == "text");
}

TEST_CASE("each section carries its text as plain words, for scripts") {
  const auto sections = split_sections("### Script\n\n> **Say:** \"I'd like *$[X]* base.\"\n\n1. One\n2. Two\n", 10);
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].plain == "");
  CHECK(sections[1].title == "Say");
  CHECK(sections[1].plain == "\"I'd like $[X] base.\"\n\n1. One\n2. Two");
}

TEST_CASE("plain text of lists nested 100,000 deep stays linear in size") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "* ";
  deep += "a\n";
  const auto sections = split_sections(deep, 1);
  REQUIRE(sections.size() == 1);
  // Two spaces a level up to eight levels, a marker each: bounded by the input's size times a constant.
  CHECK(sections[0].plain.size() < 20 * deep.size());
  CHECK(sections[0].plain.back() == 'a');
}
