#include "letter/sentences.hpp"

#include "common/trim.hpp"
#include "money/currency.hpp"

#include <cctype>

namespace offercheck {

namespace {

bool lower_or_figure(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (std::islower(c) || std::isdigit(c)) return true;
  auto symbol = symbol_at(text, at);
  return symbol && !symbol->letters;
}

// The first byte after the spaces (not line breaks) from `at`.
std::size_t skip_blanks(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r')) ++at;
  return at;
}

// Whether the sentence ends with the terminator at `at`.
bool ends_at_terminator(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c != '.' && c != '!' && c != '?' && c != ';') return false;
  if (at + 1 >= text.size()) return true;
  const std::size_t space = space_length(text, at + 1);
  if (space == 0) return false;
  std::size_t next = at + 1;
  while (std::size_t n = space_length(text, next)) next += n;
  return !lower_or_figure(text, next);
}

// Whether the line break at `at` ends the sentence.
bool ends_at_line_break(std::string_view text, std::size_t at) {
  const std::size_t next = skip_blanks(text, at + 1);
  if (next >= text.size() || text[next] == '\n') return true;  // a blank line
  return !lower_or_figure(text, next);
}

}  // namespace

std::vector<Sentence> sentences_of(std::string_view text) {
  std::vector<Sentence> sentences;
  std::size_t begin = 0;
  const auto close = [&](std::size_t end) {
    if (!trim(text.substr(begin, end - begin)).empty()) sentences.push_back({begin, end});
    begin = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      if (ends_at_line_break(text, i)) close(i + 1);
    } else if (ends_at_terminator(text, i)) {
      close(i + 1);
    }
  }
  close(text.size());
  return sentences;
}

std::string quoted(std::string_view sentence) {
  sentence = trim(sentence);
  std::string out;
  out.reserve(sentence.size());
  for (std::size_t i = 0; i < sentence.size();) {
    if (space_length(sentence, i) > 0) {
      while (std::size_t n = space_length(sentence, i)) i += n;
      out += ' ';
      continue;
    }
    out += sentence[i++];
  }
  return out;
}

}  // namespace offercheck
