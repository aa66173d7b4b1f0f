#pragma once

// An offer letter cut into sentences, the unit its figures are read in.
// Internal to the core.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

struct Sentence {
  std::size_t begin = 0, end = 0;  // byte offsets in the letter
};

// The letter's sentences, in order. A sentence ends at ".", "!", "?" or ";"
// before a space and a capital (not "approx. $5" or "p.a. brutto"), at a
// blank line, and at a line break unless the next line carries on the
// sentence (starts in lower case, with a figure or a currency symbol: pasted
// mail wraps "base salary of\n$150,000"). Blank sentences are left out.
std::vector<Sentence> sentences_of(std::string_view text);

// The sentence as it is quoted: its spaces and line breaks collapsed to one space.
std::string quoted(std::string_view sentence);

}  // namespace offercheck
