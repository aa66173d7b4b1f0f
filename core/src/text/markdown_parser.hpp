#pragma once

// The one way the core parses Markdown: md4c (CommonMark, plus GFM tables),
// with raw HTML off, for the renderer and the scanners alike, so the whole
// project agrees on what a heading, a paragraph or a list is.

#include <md4c.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>
#include <string>
#include <string_view>

namespace offercheck::markdown {

// Raw HTML is never recognized (it stays text); tables are on.
constexpr unsigned parse_flags = MD_FLAG_NOHTML | MD_FLAG_TABLES;

// Where a piece of text md4c reported starts in the parsed text: md4c hands
// over most text in place, but some (a line break, a space for a code span's
// line end) from a buffer of its own, which has no place.
inline std::optional<std::size_t> offset_in(std::string_view parsed, std::string_view piece) {
  const auto begin = reinterpret_cast<std::uintptr_t>(parsed.data());
  const auto at = reinterpret_cast<std::uintptr_t>(piece.data());
  if (at < begin || at - begin >= parsed.size()) return std::nullopt;
  return static_cast<std::size_t>(at - begin);
}

namespace detail {

// md4c pads every table row to the delimiter row's width, so a wide table
// over many short rows costs rows × columns: past this many cells beyond the
// text's size, a parse gives tables up.
constexpr std::size_t spare_table_cells = 65536;
// Negative: md4c 0.4.8 carries only negative answers out of a table row (and
// -1 is its own, out of memory).
constexpr int table_too_large = -2;

// md4c 0.4.8 may read a byte past the text's end (md_is_inline_link_spec, at
// a link destination that ends the text without a line break: found by the
// guide fuzz target). It parses a copy followed by NUL bytes, which end
// nothing; the text it reports is pointed back into the caller's.
constexpr std::size_t padding = 16;

template <class Handler>
struct Run {
  Handler* handler;
  std::size_t cells_left;
  std::string_view copy;
  const char* original;
};

template <class Handler>
int run(std::string_view text, Handler& handler, unsigned flags) {
  if (static_cast<MD_SIZE>(text.size()) != text.size()) return -1;  // past md4c's 32-bit offsets
  std::string padded;
  padded.reserve(text.size() + padding);
  padded.append(text);
  padded.append(padding, '\0');
  Run<Handler> run{&handler, text.size() + spare_table_cells, std::string_view(padded.data(), text.size()),
                   text.data()};
  MD_PARSER parser{};
  parser.flags = flags;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    auto* run = static_cast<Run<Handler>*>(self);
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
      if (run->cells_left == 0) return table_too_large;
      --run->cells_left;
    }
    run->handler->enter(type, detail);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    static_cast<Run<Handler>*>(self)->handler->leave(type, detail);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
    static_cast<Run<Handler>*>(self)->handler->enter(type, detail);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) {
    static_cast<Run<Handler>*>(self)->handler->leave(type, detail);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* self) {
    auto* run = static_cast<Run<Handler>*>(self);
    if (auto at = offset_in(run->copy, std::string_view(chars, size))) chars = run->original + *at;
    run->handler->text(type, std::string_view(chars, size));
    return 0;
  };
  return md_parse(padded.data(), static_cast<MD_SIZE>(text.size()), &parser, &run);
}

}  // namespace detail

// Parses `text`, calling the handler's
//   enter(MD_BLOCKTYPE, void* detail), leave(MD_BLOCKTYPE, void* detail),
//   enter(MD_SPANTYPE, void* detail), leave(MD_SPANTYPE, void* detail),
//   text(MD_TEXTTYPE, std::string_view)
// in document order. Every parse takes time linear in the text's size: when
// tables would pad more cells than the text's size plus 65,536, the handler
// starts again as it was and the text is parsed without tables. Throws
// std::bad_alloc when md4c runs out of memory (or the text is longer than its
// 32-bit offsets reach).
template <class Handler>
void parse(std::string_view text, Handler& handler) {
  const Handler fresh = handler;
  int result = detail::run(text, handler, parse_flags);
  if (result == detail::table_too_large) {
    handler = fresh;
    result = detail::run(text, handler, parse_flags & ~static_cast<unsigned>(MD_FLAG_TABLES));
  }
  if (result != 0) throw std::bad_alloc();
}

// U+FFFD, for NUL, invalid bytes and references to no character.
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// A character reference md4c reported (MD_TEXT_ENTITY: "&amp;", "&#38;",
// "&#x26;", always well-formed) as the UTF-8 it stands for, decoded with
// md4c's table of HTML's names; a name HTML does not define stays as written.
std::string decoded_entity(std::string_view entity);

// An attribute md4c reported (a link's destination or title, a code block's
// language) as the text it stands for: md4c has removed the backslash
// escapes; character references are decoded here.
std::string decoded_attribute(const MD_ATTRIBUTE& attribute);

}  // namespace offercheck::markdown
