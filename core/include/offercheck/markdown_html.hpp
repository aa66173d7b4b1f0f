#pragma once

// A guide's Markdown as inert HTML for the page: the subset the guides use
// (headings, paragraphs, emphasis, code, lists, block quotes, rules, GFM
// tables, http(s) links), close to markdown-it's output for it. Nothing in the
// input becomes markup of its own: raw HTML is text, only http(s) URLs become
// links, images become their alt text, table alignment is a class. Hostile
// input is bounded: nesting is capped and no construct is worse than
// O(n log n). Valid UTF-8 in, valid UTF-8 out.
//
// Left out on purpose (none is in the guides): reference links and their
// definitions (shown as text), entities ("&amp;" stays those five
// characters), strikethrough, raw HTML blocks, e-mail and non-http
// autolinks, bare-URL linkifying, smart quotes. Tabs count as spaces to the
// next multiple of four.

#include <string>
#include <string_view>

namespace offercheck {

std::string markdown_to_html(std::string_view markdown);

}  // namespace offercheck
