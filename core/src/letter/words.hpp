#pragma once

// The words of an offer letter as its reader matches them, in English, French
// and German: lower case, whole words, and the German compounds found inside
// other words. Internal to the core.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace offercheck {

// `text` in lower case, byte for byte (offsets stay valid): ASCII letters and
// the capitals of Latin-1 ("RÉMUNÉRATION", "Überstunden").
std::string folded(std::string_view text);

struct Word {
  std::string_view text;  // folded
  bool inside = false;    // found inside other words too: "bonus" in "Zielbonus", "monats" in "Bruttomonatsgehalt"
};

// Where `word` is first written in folded `text` from `from`, npos when not:
// at a word's start, and ending one or followed by a plural "s" or "es"
// ("options", "bonuses", not "United" for "unit"), or anywhere when `inside`.
std::size_t find_word(std::string_view text, Word word, std::size_t from = 0);

// The first of `words` in folded `text`, and where the last one written
// starts; npos when none is.
std::size_t first_of(std::string_view text, std::initializer_list<Word> words);
std::size_t last_of(std::string_view text, std::initializer_list<Word> words);

}  // namespace offercheck
