#pragma once

// A guide's Markdown as inert HTML for the page: CommonMark with GFM tables,
// parsed by md4c (Debian's 0.4.8, built from source) and written by the
// core's own callbacks in the layout of the CommonMark spec's examples, which
// it passes bar the one listed in tests/text/commonmark_spec_test.cpp.
// Nothing in the input becomes markup of its own: raw HTML is text, only
// http(s) URLs become links (any other link, autolinks included, is its
// text), images are their description as text, table alignment is a class.
// Character references are decoded. Hostile input is bounded: any input
// renders in time linear in its size; block quotes and lists nested deeper
// than 48 keep their content but lose their tags; a table that would pad too
// many empty cells makes the text render without tables. The output is valid
// UTF-8 whatever the bytes (NUL and invalid bytes become U+FFFD).
//
// Left out on purpose: raw HTML, images, strikethrough, task lists, bare-URL
// linkifying, smart quotes. md4c's tables differ from GFM's: a delimiter
// cell needs three characters ("---", ":-:"), and the delimiter row alone
// sets the number of columns.

#include <string>
#include <string_view>

namespace offercheck {

std::string markdown_to_html(std::string_view markdown);

}  // namespace offercheck
