#include "letter/words.hpp"

#include <algorithm>

namespace offercheck {

namespace {

bool ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The letter whose UTF-8 encoding holds the byte at `at`: ASCII, or Latin-1
// and Latin Extended-A (lead bytes C3 to C5: "é", "ü", "ł"), as letters are
// written in the letters read. Other characters (spaces, quotes, dashes) part words.
bool letter_at(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  if (at >= text.size()) return false;
  if (byte(at) < 0x80) return ascii_letter(byte(at));
  std::size_t lead = at;
  while (lead > 0 && (byte(lead) & 0xC0) == 0x80) --lead;
  const unsigned char c = byte(lead);
  if (c < 0xC3 || c > 0xC5) return false;
  // × and ÷ are the Latin-1 block's two signs.
  return !(c == 0xC3 && lead + 1 < text.size() && (byte(lead + 1) == 0x97 || byte(lead + 1) == 0xB7));
}

}  // namespace

std::string folded(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // À..Þ (but ×) are à..þ less 0x20 in their second byte.
      const unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

std::size_t find_word(std::string_view text, Word word, std::size_t from) {
  if (word.text.empty()) return std::string_view::npos;
  for (std::size_t at = text.find(word.text, from); at != std::string_view::npos;
       at = text.find(word.text, at + 1)) {
    if (word.inside) return at;
    // A word that starts or ends with a sign ("/month", "p.a.") is parted by it.
    const bool starts = at == 0 || !letter_at(text, at - 1) || !letter_at(text, at);
    if (!starts) continue;
    std::size_t end = at + word.text.size();
    if (end > 0 && !letter_at(text, end - 1)) return at;
    if (text.compare(end, 2, "es") == 0 && !letter_at(text, end + 2)) return at;
    if (text.compare(end, 1, "s") == 0) ++end;
    if (!letter_at(text, end)) return at;
  }
  return std::string_view::npos;
}

std::size_t first_of(std::string_view text, std::initializer_list<Word> words) {
  std::size_t first = std::string_view::npos;
  for (const Word& word : words) first = std::min(first, find_word(text, word));
  return first;
}

std::size_t last_of(std::string_view text, std::initializer_list<Word> words) {
  std::size_t last = std::string_view::npos;
  for (const Word& word : words) {
    for (std::size_t at = find_word(text, word); at != std::string_view::npos; at = find_word(text, word, at + 1)) {
      if (last == std::string_view::npos || at > last) last = at;
    }
  }
  return last;
}

}  // namespace offercheck
