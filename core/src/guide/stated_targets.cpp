#include "offercheck/stated_targets.hpp"

#include "common/trim.hpp"
#include "money/prose_amounts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>

// Our own reader, not a library's: the guides state their figures in free
// prose with the corpus's own phrasings ("Accept at $225K+ base", "€98K /
// $210K base"), and what matters is which words stand beside an amount, read
// in one linear pass per sentence. No NLP or pattern library we keep does
// that, and a general one would weigh more than this module. The phrasings it
// covers are the corpus sample's (docs/ask-model.md, "Calibration"); what it
// cannot place it reports (UnreadAmount) rather than guesses.

namespace offercheck {

namespace {

const char* kStrategyTitle = "negotiate up strategy";

// What the words before an amount in its sentence make of it.
enum class Mode { none, ask, floor, ignore };
enum class Part { none, base, stock, sign_on, bonus, total_comp };

struct Keyword {
  std::string_view words;  // lower case, matched at the start of a word
  Mode mode;
};

// Checked in order at each word; a match is skipped whole ("counter-offer" is
// not "offer"). The last keyword before an amount in its sentence decides.
const Keyword kKeywords[] = {
    {"counter-offer", Mode::ask},   {"counteroffer", Mode::ask},  {"counter with", Mode::ask},
    {"will counter", Mode::ignore}, {"may counter", Mode::ignore}, {"might counter", Mode::ignore},
    {"likely counter", Mode::ignore}, {"typically counter", Mode::ignore},
    {"offer", Mode::ignore},        {"competing", Mode::ignore},  {"competitor", Mode::ignore},
    {"holding", Mode::ignore},      {"currently", Mode::ignore},  {"market", Mode::ignore},
    {"typically", Mode::ignore},    {"median", Mode::ignore},     {"average", Mode::ignore},
    {"comes in", Mode::ignore},     {"levels.fyi", Mode::ignore},
    {"accept", Mode::floor},        {"floor", Mode::floor},       {"walk-away", Mode::floor},
    {"walk away", Mode::floor},     {"walkaway", Mode::floor},    {"minimum", Mode::floor},
    {"no less than", Mode::floor},  {"bottom line", Mode::floor},
    {"target", Mode::ask},          {"open at", Mode::ask},       {"open with", Mode::ask},
    {"opening", Mode::ask},         {"anchor", Mode::ask},        {"ask", Mode::ask},
    {"push for", Mode::ask},        {"push to", Mode::ask},       {"need", Mode::ask},
    {"looking for", Mode::ask},     {"i'd like", Mode::ask},      {"i would like", Mode::ask},
    {"i\xE2\x80\x99" "d like", Mode::ask}, {"request", Mode::ask}, {"propose", Mode::ask},
    {"seeking", Mode::ask},         {"aim for", Mode::ask},       {"i want", Mode::ask},
};

struct PartWord {
  std::string_view words;
  Part part;
  bool whole_word;  // must end a word too ("tc", not "tcp")
};

const PartWord kPartWords[] = {
    {"total compensation", Part::total_comp, false}, {"total comp", Part::total_comp, false},
    {"total", Part::total_comp, true},               {"tc", Part::total_comp, true},
    {"signing bonus", Part::sign_on, false},         {"sign-on bonus", Part::sign_on, false},
    {"sign on bonus", Part::sign_on, false},         {"sign-on", Part::sign_on, false},               {"sign on", Part::sign_on, false},
    {"signing", Part::sign_on, false},               {"signon", Part::sign_on, false},
    {"bonus", Part::bonus, false},                   {"base", Part::base, false},
    {"salary", Part::base, false},                   {"rsu", Part::stock, false},
    {"equity", Part::stock, false},                  {"stock", Part::stock, false},
    {"shares", Part::stock, true},                   {"grant", Part::stock, false},
    {"options", Part::stock, true},
};

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool word_start(const std::string& s, std::size_t i) { return i == 0 || !is_word_char(s[i - 1]); }
bool word_end(const std::string& s, std::size_t i) { return i >= s.size() || !is_word_char(s[i]); }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with_at(const std::string& s, std::size_t at, std::string_view words) {
  return at < s.size() && s[at] == words[0] && std::string_view(s).substr(at, words.size()) == words;
}

// The part a word at `at` names, and its length; {none, 0} when none.
std::pair<Part, std::size_t> part_word_at(const std::string& low, std::size_t at) {
  if (!word_start(low, at)) return {Part::none, 0};
  for (const PartWord& w : kPartWords) {
    const std::size_t n = w.words.size();
    if (starts_with_at(low, at, w.words) && (!w.whole_word || word_end(low, at + n))) return {w.part, n};
  }
  return {Part::none, 0};
}

// Text without its parentheticals ("(SF)") and spaces: what joins two amounts.
std::string joining_text(const std::string& text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0 && c != ' ') out += c;
  }
  return out;
}

bool joins_list(const std::string& joining) {
  return joining == "/" || joining == "or" || joining == "," || joining == ",or" || joining == "|";
}

// The first part named in the first `max_words` words of low[from, to),
// skipping parentheticals; sets `word_end_at` past the word.
Part part_after(const std::string& low, std::size_t from, std::size_t to, std::size_t& word_end_at) {
  int words = 0, depth = 0;
  for (std::size_t i = from; i < to && words < 3; ++i) {
    const char c = low[i];
    if (c == '(') ++depth;
    if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    if (depth > 0 || !is_word_char(c) || !word_start(low, i)) continue;
    auto [part, length] = part_word_at(low, i);
    if (part != Part::none && i + length <= to) {
      word_end_at = i + length;
      return part;
    }
    ++words;
  }
  return Part::none;
}

// The last part named in the last six words of low[from, to).
Part part_before(const std::string& low, std::size_t from, std::size_t to) {
  Part found = Part::none;
  std::size_t found_at = 0;
  for (std::size_t i = from; i < to; ++i) {
    auto [part, length] = part_word_at(low, i);
    if (part != Part::none && i + length <= to) found = part, found_at = i, i += length - 1;
  }
  if (found == Part::none) return found;
  // "RSUs and a housing allowance of £8K": another item of a list stands between.
  const std::string between = low.substr(found_at, to - found_at);
  if (between.find(" and ") != std::string::npos || between.find_first_of(",;") != std::string::npos) {
    return Part::none;
  }
  int words = 0;
  for (std::size_t i = found_at; i < to; ++i) {
    if (is_word_char(low[i]) && word_start(low, i)) ++words;
  }
  return words <= 6 ? found : Part::none;
}

// "$14K-$22K base lift", "$20K more equity": a change to a figure, not a target.
bool names_a_change(const std::string& low, std::size_t at) {
  while (at < low.size() && (low[at] == ' ' || low[at] == '+')) ++at;
  for (const char* word : {"lift", "uplift", "bump", "increase", "raise", "boost", "more", "premium", "gap",
                           "difference", "delta"}) {
    if (starts_with_at(low, at, word) && word_end(low, at + std::strlen(word))) return true;
  }
  return false;
}

bool per_year_after(const std::string& low, std::size_t at) {
  for (const char* words : {"/year", "/yr", " per year", " a year", "/annually", " annually", " annual"}) {
    if (starts_with_at(low, at, words)) return true;
  }
  return false;
}

// How a region of the guide may be written in prose.
struct RegionName {
  std::size_t band = 0;
  std::string key;  // lower case
};

void add_key(std::vector<RegionName>& names, std::size_t band, std::string key) {
  key = std::string(trim(key));
  if (key.size() < 2) return;
  for (const RegionName& n : names) {
    if (n.band == band && n.key == key) return;
  }
  names.push_back({band, key});
}

std::vector<RegionName> region_names(const Guide& guide) {
  std::vector<RegionName> names;
  for (std::size_t b = 0; b < guide.compensation.size(); ++b) {
    const std::string full = lower(guide.compensation[b].region);
    add_key(names, b, full);
    std::string bare = full.substr(0, full.find('('));
    add_key(names, b, bare);
    std::size_t at = 0;
    while (at <= bare.size()) {
      std::size_t next = bare.find_first_of("/,", at);
      add_key(names, b, bare.substr(at, next == std::string::npos ? std::string::npos : next - at));
      if (next == std::string::npos) break;
      at = next + 1;
    }
    const bool new_york = full.find("new york") != std::string::npos || trim(bare) == "nyc";
    const bool bay = full.find("san francisco") != std::string::npos || full.find("bay area") != std::string::npos ||
                     trim(bare) == "sf";
    if (new_york) {
      for (const char* alias : {"new york", "nyc", "ny"}) add_key(names, b, alias);
    }
    if (bay) {
      for (const char* alias : {"san francisco", "sf", "bay area"}) add_key(names, b, alias);
    }
  }
  return names;
}

struct Mention {
  std::size_t begin = 0, end = 0;
  std::size_t band = 0;
};

// Region names in `low`, longest first where they overlap.
std::vector<Mention> mentions_in(const std::string& low, const std::vector<RegionName>& names) {
  std::vector<Mention> found;
  for (std::size_t i = 0; i < low.size(); ++i) {
    if (!word_start(low, i)) continue;
    const RegionName* best = nullptr;
    for (const RegionName& n : names) {
      if (starts_with_at(low, i, n.key) && word_end(low, i + n.key.size()) &&
          (!best || n.key.size() > best->key.size())) {
        best = &n;
      }
    }
    if (best) {
      found.push_back({i, i + best->key.size(), best->band});
      i += best->key.size() - 1;
    }
  }
  return found;
}

struct Sentence {
  std::size_t begin = 0, end = 0;
};

// Sentences of the plain text: ".", "!", "?" (with closing quotes) before a
// space, ";" and line ends.
std::vector<Sentence> sentences_of(const std::string& text) {
  std::vector<Sentence> out;
  std::size_t begin = 0;
  auto close = [&](std::size_t end) {
    if (trim(std::string_view(text).substr(begin, end - begin)).size() > 0) out.push_back({begin, end});
    begin = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ';' || c == '\n') {
      close(i + 1);
    } else if (c == '.' || c == '!' || c == '?') {
      std::size_t j = i + 1;
      while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
      if (text.compare(j, 3, "\xE2\x80\x9D") == 0) j += 3;
      if (j >= text.size() || text[j] == ' ' || text[j] == '\n') close(j);
    }
  }
  close(text.size());
  return out;
}

// One amount of an ask or floor sentence, being placed.
struct Candidate {
  ProseAmount amount;  // offsets in the whole text
  Mode mode = Mode::none;
  Part part = Part::none;
  std::size_t consumed = 0;  // past the amount and the part word after it
  std::optional<std::size_t> band;
  std::size_t group = 0;  // amounts joined by "/" share a group
  bool per_year = false;
  bool after_equals = false;
};

// A sentence as shown: without the spaces and quotation marks around it.
std::string sentence_text(const std::string& text, std::size_t begin, std::size_t end) {
  std::string_view v = trim(std::string_view(text).substr(begin, end - begin));
  for (bool changed = true; changed && !v.empty();) {
    changed = false;
    for (std::string_view quote : {std::string_view("\""), std::string_view("\xE2\x80\x9C"), std::string_view("\xE2\x80\x9D")}) {
      if (v.size() >= quote.size() && v.substr(0, quote.size()) == quote) v.remove_prefix(quote.size()), changed = true;
      if (v.size() >= quote.size() && v.substr(v.size() - quote.size()) == quote) v.remove_suffix(quote.size()), changed = true;
    }
  }
  return std::string(trim(v));
}

std::string written(const std::string& text, const ProseAmount& a) { return text.substr(a.begin, a.end - a.begin); }

struct Reader {
  const Guide& guide;
  const std::string& text;  // the strategy's plain text
  std::string low;
  int first_line = 0;
  std::vector<RegionName> names;
  std::vector<Mention> mentions;
  StatedTargets result;
  std::vector<StatedBand> by_band;  // one per guide band
  std::vector<bool> named;          // whether a band's figures came with its region named

  Reader(const Guide& g, const std::string& t, int line)
      : guide(g), text(t), low(lower(t)), first_line(line), names(region_names(g)),
        mentions(mentions_in(low, names)), by_band(g.compensation.size()), named(g.compensation.size(), false) {}

  std::vector<std::size_t> newlines = [&] {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') at.push_back(i);
    }
    return at;
  }();

  int line_of(std::size_t at) const {
    return first_line + static_cast<int>(std::lower_bound(newlines.begin(), newlines.end(), at) - newlines.begin());
  }

  struct KeywordHit {
    std::size_t end = 0;
    Mode mode = Mode::none;
  };

  // The keywords of a sentence, in order.
  std::vector<KeywordHit> keywords_of(const Sentence& s) const {
    std::vector<KeywordHit> hits;
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (!is_word_char(low[i]) || !word_start(low, i)) continue;
      for (const Keyword& k : kKeywords) {
        if (i + k.words.size() <= s.end && starts_with_at(low, i, k.words)) {
          hits.push_back({i + k.words.size(), k.mode});
          i += k.words.size() - 1;
          break;
        }
      }
    }
    return hits;
  }

  std::optional<std::size_t> first_band_in(const std::string& currency, int* count) const {
    std::optional<std::size_t> first;
    *count = 0;
    for (std::size_t b = 0; b < guide.compensation.size(); ++b) {
      if (guide.compensation[b].currency != currency) continue;
      if (!first) first = b;
      ++*count;
    }
    return first;
  }

  // The first mention starting at or after `from` (mentions are in text order).
  std::vector<Mention>::const_iterator mention_from(std::size_t from) const {
    return std::lower_bound(mentions.begin(), mentions.end(), from,
                            [](const Mention& m, std::size_t at) { return m.begin < at; });
  }

  // The region named in low[from, to), the first one.
  std::optional<std::size_t> region_in(std::size_t from, std::size_t to) const {
    for (auto m = mention_from(from); m != mentions.end() && m->begin < to; ++m) {
      if (m->end <= to) return m->band;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> last_region_in(std::size_t from, std::size_t to) const {
    std::optional<std::size_t> found;
    for (auto m = mention_from(from); m != mentions.end() && m->begin < to; ++m) {
      if (m->end <= to) found = m->band;
    }
    return found;
  }

  void unread(const Candidate& c, const Sentence& s, std::string reason) {
    result.unread.push_back({written(text, c.amount),
                             sentence_text(text, s.begin, s.end),
                             line_of(c.amount.begin), std::move(reason)});
  }

  void read_sentence(const Sentence& s) {
    std::vector<Candidate> all;
    const std::vector<KeywordHit> hits = keywords_of(s);
    std::size_t hit = 0;
    Mode mode = Mode::none;
    for (ProseAmount a : prose_amounts(std::string_view(text).substr(s.begin, s.end - s.begin))) {
      a.begin += s.begin;
      a.end += s.begin;
      Candidate c;
      c.amount = a;
      // The last keyword before the amount decides (amounts come in order).
      for (; hit < hits.size() && hits[hit].end <= a.begin; ++hit) mode = hits[hit].mode;
      c.mode = mode;
      all.push_back(c);
    }
    if (all.empty()) return;
    // Groups: "€98K / $210K", "CHF 264K / $300K (Zurich)".
    for (std::size_t i = 1; i < all.size(); ++i) {
      const std::string between = low.substr(all[i - 1].amount.end, all[i].amount.begin - all[i - 1].amount.end);
      const std::string joining = joining_text(between);
      all[i].group = joining == "/" || joining == "or" ? all[i - 1].group : i;
    }
    // Parts: the words after the amount, else (for a group) after its last
    // amount, else the words before it, else the part of the list it continues.
    for (std::size_t i = 0; i < all.size(); ++i) {
      Candidate& c = all[i];
      const std::size_t next = i + 1 < all.size() ? all[i + 1].amount.begin : s.end;
      c.consumed = c.amount.end;
      c.part = part_after(low, c.amount.end, next, c.consumed);
      c.per_year = per_year_after(low, c.amount.end);
      if (names_a_change(low, c.amount.end) || names_a_change(low, c.consumed)) c.mode = Mode::ignore;
      const std::size_t previous_end = i > 0 ? all[i - 1].consumed : s.begin;
      c.after_equals = low.substr(previous_end, c.amount.begin - previous_end).find('=') != std::string::npos;
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
      Candidate& c = all[i];
      if (c.part != Part::none) continue;
      std::size_t last = i;
      while (last + 1 < all.size() && all[last + 1].group == c.group) ++last;
      // "€98K / $210K base": one figure in two currencies, the part named once.
      // "$200,000 / $120,000 RSU": base, then stock.
      if (last > i) {
        const Candidate& partner = all[i + 1];
        Part inherited = partner.part;
        if (inherited == Part::none && last > i + 1) inherited = all[last].part;
        if (partner.amount.currency != c.amount.currency && inherited != Part::none) {
          c.part = inherited;
          c.per_year = partner.per_year;
          continue;
        }
        if (partner.amount.currency == c.amount.currency && partner.part == Part::stock) {
          c.part = Part::base;
          continue;
        }
      }
      std::size_t first = c.group;
      const std::size_t before_from = first > 0 ? all[first - 1].consumed : s.begin;
      if (c.after_equals || all[first].after_equals) {
        c.part = Part::total_comp;
      } else if (Part part = part_before(low, before_from, all[first].amount.begin); part != Part::none) {
        c.part = part;
      } else if (first > 0 && all[first - 1].part != Part::none &&
                 joins_list(joining_text(low.substr(before_from, all[first].amount.begin - before_from)))) {
        c.part = all[first - 1].part;
      }
    }
    // Regions: named right after the amount (or its group), else the last
    // named before it in the sentence (not one named after an earlier amount).
    std::vector<std::optional<std::size_t>> named_band(all.size());
    std::vector<std::size_t> window_end(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      const std::size_t next = i + 1 < all.size() ? all[i + 1].amount.begin : s.end;
      window_end[i] = std::min(next, all[i].amount.end + 48);
      named_band[i] = region_in(all[i].amount.end, window_end[i]);
    }
    // "£102,000 base / £60,000 RSU (London)": the region named after the
    // last of amounts joined by "/" is all of theirs.
    auto slash_joined = [&](std::size_t i) {
      const std::string joining =
          joining_text(low.substr(all[i].amount.end, all[i + 1].amount.begin - all[i].amount.end));
      return joining.find('/') != std::string::npos && joining.size() <= 12;
    };
    for (std::size_t i = all.size(); i-- > 0;) {
      if (!named_band[i] && i + 1 < all.size() && named_band[i + 1] && slash_joined(i)) {
        named_band[i] = named_band[i + 1];
      }
    }
    std::size_t free_from = s.begin;
    for (std::size_t i = 0; i < all.size(); ++i) {
      const bool own = region_in(all[i].amount.end, window_end[i]).has_value();
      if (!named_band[i]) named_band[i] = last_region_in(free_from, all[i].amount.begin);
      if (own) free_from = window_end[i];
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
      Candidate& c = all[i];
      if (c.mode != Mode::ask && c.mode != Mode::floor) continue;
      bool group_of_many = (i > 0 && all[i - 1].group == c.group) || (i + 1 < all.size() && all[i + 1].group == c.group);
      if (c.part == Part::none) {
        unread(c, s, "no part named");
        continue;
      }
      if (named_band[i]) {
        const Band& band = guide.compensation[*named_band[i]];
        if (band.currency != c.amount.currency) {
          if (!group_of_many) {
            unread(c, s, "currency " + c.amount.currency + " does not match " + band.region + "'s band (" +
                             (band.currency.empty() ? std::string("no currency") : band.currency) + ")");
          }
          continue;
        }
        place(c, *named_band[i], false, s);
        continue;
      }
      int count = 0;
      auto band = first_band_in(c.amount.currency, &count);
      if (!band) {
        if (!group_of_many) unread(c, s, "currency " + c.amount.currency + " matches no region of this guide");
        continue;
      }
      place(c, *band, !(group_of_many && count == 1), s);
    }
  }

  void place(const Candidate& c, std::size_t b, bool inferred, const Sentence& s) {
    StatedBand& band = by_band[b];
    StatedParts& parts = c.mode == Mode::ask ? band.ask : band.floor;
    std::optional<double>* slot = nullptr;
    switch (c.part) {
      case Part::base: slot = &parts.base; break;
      case Part::stock: slot = &parts.stock; break;
      case Part::sign_on: slot = &parts.sign_on; break;
      case Part::bonus: slot = &parts.bonus; break;
      case Part::total_comp: slot = &parts.total_comp; break;
      case Part::none: return;
    }
    if (*slot) return;  // the first figure for a part stands ("$430K RSUs ($108K/yr vest)")
    const std::string currency = c.amount.currency;
    double value = c.mode == Mode::floor ? c.amount.low : c.amount.midpoint();
    const char* which = c.mode == Mode::floor ? "floor" : "ask";
    const std::string part_name = c.part == Part::base ? "base" : c.part == Part::stock ? "stock"
                                  : c.part == Part::sign_on ? "sign-on" : c.part == Part::bonus ? "bonus" : "total comp";
    if (c.amount.is_range()) {
      band.notes.push_back(Phrase(std::string("the ") + which + " for " + part_name + " is the " +
                                  (c.mode == Mode::floor ? "low end" : "midpoint") + " of ") +
                           money_value(c.amount.low, currency) + "–" + money_value(c.amount.high, currency));
    }
    if (c.part == Part::stock && c.per_year) {
      band.notes.push_back(Phrase(std::string("the ") + which + " for stock is ") + money_value(value, currency) +
                           " a year × 4 = " + money_value(4 * value, currency) + " over the 4-year grant");
      value *= 4;
    }
    *slot = value;
    const std::string sentence = sentence_text(text, s.begin, s.end);
    if (band.text.empty()) {
      band.line = line_of(s.begin);
      band.text = sentence;
    } else if (band.text.find(sentence) == std::string::npos) {
      band.text += " " + sentence;
    }
    if (!inferred) named[b] = true;
  }
};

}  // namespace

namespace {

bool is_strategy(const Section& section) {
  if (section.kind != SectionKind::label) return false;
  const std::string_view title = trim(section.title);
  const std::string_view wanted = kStrategyTitle;
  if (title.size() != wanted.size()) return false;
  for (std::size_t i = 0; i < title.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(title[i])) != wanted[i]) return false;
  }
  return true;
}

const Section* strategy_of(const Guide& guide) {
  for (const Section& section : guide.sections) {
    if (is_strategy(section)) return &section;
  }
  return nullptr;
}

StatedTargets read_strategy(const Guide& guide, const Section* strategy) {
  if (!strategy) return {};
  Reader reader(guide, strategy->plain, strategy->line);
  reader.result.has_strategy = true;
  for (const Sentence& s : sentences_of(strategy->plain)) reader.read_sentence(s);
  for (std::size_t b = 0; b < guide.compensation.size(); ++b) {
    StatedBand& band = reader.by_band[b];
    if (band.ask.empty() && band.floor.empty()) continue;
    band.region = guide.compensation[b].region;
    band.currency = guide.compensation[b].currency;
    band.region_inferred = !reader.named[b];
    reader.result.bands.push_back(std::move(band));
  }
  return std::move(reader.result);
}

}  // namespace

StatedTargets stated_targets(const Guide& guide) { return read_strategy(guide, strategy_of(guide)); }


}  // namespace offercheck
