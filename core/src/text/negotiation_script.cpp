#include "offercheck/negotiation_script.hpp"

#include "api/json_schema.hpp"
#include "offercheck/money.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cctype>
#include <optional>
#include <set>

namespace offercheck {

namespace {

bool contains(const std::string& text, const char* word) {
  return text.find(word) != std::string::npos;
}

// Sentence ends: ". ", "! ", "? " (a closing quote may follow), or a line break.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> sentences;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end = text[i] == '\n';
    if (!end && (text[i] == '.' || text[i] == '!' || text[i] == '?')) {
      std::size_t next = i + 1;
      if (next < text.size() && text[next] == '"') current += text[++i], next = i + 1;
      end = next >= text.size() || text[next] == ' ';
    }
    if (end) {
      sentences.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) sentences.push_back(current);
  return sentences;
}

// A list item's marker as plain_text writes it: its indent, then "N. ",
// "N) " or "- ".
struct ListMarker {
  std::size_t indent = 0;
  std::optional<unsigned> number;  // none for "- "
  char delimiter = '.';
};

// The marker opening `line`, and its length; none for a line that is not an item.
std::optional<ListMarker> list_marker(const std::string& line, std::size_t& length) {
  ListMarker marker;
  marker.indent = line.find_first_not_of(' ');
  const std::size_t i = marker.indent;
  if (i == std::string::npos) return std::nullopt;
  if (line.compare(i, 2, "- ") == 0) {
    length = i + 2;
    return marker;
  }
  std::size_t digits = i;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits == i || digits - i > 6 || digits + 1 >= line.size()) return std::nullopt;
  if ((line[digits] != '.' && line[digits] != ')') || line[digits + 1] != ' ') return std::nullopt;
  marker.number = static_cast<unsigned>(std::stoul(line.substr(i, digits - i)));
  marker.delimiter = line[digits];
  length = digits + 2;
  return marker;
}

// A paragraph or a list item (its marker apart, its lines joined by "\n"),
// or a blank line (an empty body) between them.
struct Block {
  std::optional<ListMarker> marker;
  std::string body;
};

std::vector<Block> blocks_of(const std::string& text) {
  std::vector<Block> blocks;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    std::size_t length = 0;
    if (line.find_first_not_of(' ') == std::string::npos) {
      blocks.emplace_back();
    } else if (auto marker = list_marker(line, length)) {
      blocks.push_back({marker, line.substr(length)});
    } else if (!blocks.empty() && !blocks.back().body.empty()) {
      blocks.back().body += "\n" + line;  // the same paragraph or item, on its next line
    } else {
      blocks.push_back({std::nullopt, line});
    }
  }
  return blocks;
}

// The label a block opens with before its quotation ("Competing Offer
// Framing (NYC): " before "\"My competing offer…"), taken off the sentence:
// it stays when the sentence is left out (a label alone is no text, though).
std::string take_label(std::string& sentence) {
  constexpr std::size_t kLongestLabel = 80;
  const std::size_t colon = sentence.find(": \"");
  if (colon == std::string::npos || colon > kLongestLabel) return {};
  std::string label = sentence.substr(0, colon + 2);
  if (!placeholders_in(label).empty() || label.find('\n') != std::string::npos) return {};
  sentence.erase(0, colon + 2);
  return label;
}

// Whether a sentence opens with a word leaning on the sentence before it
// ("That's $935K over four years."): such a sentence is left out with it.
// Calibrated on the scripts of the corpus sample's guides, on the sentences
// right after one holding a placeholder: there the openers pointing back are
// This (83 times), That and That's (24), These (6), They (2), Those (1),
// Additionally (3), And and But (1 each), and While followed by those (3:
// "While those are excellent platforms, …"). It, It's, Which, So and Also
// point back the same way, and Plus ("Plus a $18K signing bonus."), Both
// ("Both are liquid equity."), Combined, Instead, Then, Furthermore and
// Moreover open the guides' sentences that lean on the one before. Left out
// as openers the guides also use for sentences standing alone: Each ("Each
// percentage point of yield…"), Here ("Here is what you need to know:"),
// Given ("Given that HBM capacity is sold out…"), As, With, Without, Below,
// and While or Although before anything but these, those or they.
bool refers_back(const std::string& sentence) {
  static const std::set<std::string> kWords = {
      "This", "That", "That's", "These", "Those", "It",   "It's",     "They",   "Which",       "So",
      "Also", "And",  "But",    "Plus",  "Both",  "Additionally", "Combined", "Instead", "Then",
      "Furthermore", "Moreover"};
  static const std::set<std::string> kConcessions = {"While", "Although", "Though"};
  static const std::set<std::string> kPointingBack = {"these", "those", "they"};
  const char* const kOpeningQuotes[] = {"\xE2\x80\x9C", "\xE2\x80\x98"};  // “ ‘
  std::size_t i = 0;
  for (bool skipped = true; skipped && i < sentence.size();) {
    skipped = false;
    if (sentence[i] == ' ' || sentence[i] == '"' || sentence[i] == '\'' || sentence[i] == '(') {
      ++i, skipped = true;
    }
    for (const char* quote : kOpeningQuotes) {
      if (sentence.compare(i, 3, quote) == 0) i += 3, skipped = true;
    }
  }
  // The word at i (letters and apostrophes, ’ read as '), and i past it.
  const auto next_word = [&] {
    std::string word;
    while (i < sentence.size()) {
      if (std::isalpha(static_cast<unsigned char>(sentence[i])) || sentence[i] == '\'') {
        word += sentence[i++];
      } else if (sentence.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
        word += '\'';
        i += 3;
      } else {
        break;
      }
    }
    return word;
  };
  const std::string first = next_word();
  if (kWords.count(first)) return true;
  if (!kConcessions.count(first) || i >= sentence.size() || sentence[i] != ' ') return false;
  ++i;
  return kPointingBack.count(next_word()) > 0;
}

std::string money(const std::optional<double>& amount, const std::string& currency) {
  return amount ? format_money(*amount, currency) : std::string();
}

// "a" or "an" before an amount, as it is read aloud, number first ("an
// eight thousand euro signing bonus", "an 18,000", "a $25,000").
const char* article_for(double amount) {
  const std::string digits = std::to_string(static_cast<long long>(std::fabs(std::round(amount))));
  const bool eight = digits[0] == '8';
  const bool eleven_or_eighteen = digits.size() % 3 == 2 && (digits.rfind("11", 0) == 0 || digits.rfind("18", 0) == 0);
  return eight || eleven_or_eighteen ? "an " : "a ";
}

std::string value_or(const std::map<std::string, std::string>& values, const char* key) {
  auto it = values.find(key);
  return it == values.end() ? std::string() : it->second;
}

}  // namespace

std::vector<std::string> placeholders_in(const std::string& text) {
  std::vector<std::string> found;
  for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
    std::size_t close = text.find(']', open);
    if (close == std::string::npos) break;
    std::string inner = text.substr(open + 1, close - open - 1);
    bool link = close + 1 < text.size() && text[close + 1] == '(';
    if (inner.empty() || inner.size() > 80 || contains(inner, "\n") || contains(inner, "[") || link) continue;
    std::string placeholder = text.substr(open, close - open + 1);
    if (std::find(found.begin(), found.end(), placeholder) == found.end()) found.push_back(placeholder);
  }
  return found;
}

FilledText fill_placeholders(const std::string& text, const std::map<std::string, std::string>& values) {
  FilledText filled;
  // One sentence: filled, or left out (returns false) when it holds a
  // placeholder without a value.
  const auto fill = [&](const std::string& sentence, std::string& out) {
    out = sentence;
    bool complete = true;
    for (const std::string& placeholder : placeholders_in(sentence)) {
      auto value = values.find(placeholder);
      if (value == values.end() || value->second.empty()) {
        complete = false;
        if (std::find(filled.unfilled.begin(), filled.unfilled.end(), placeholder) == filled.unfilled.end()) {
          filled.unfilled.push_back(placeholder);
        }
        continue;
      }
      for (std::size_t p; (p = out.find(placeholder)) != std::string::npos;) {
        out.replace(p, placeholder.size(), value->second);
      }
    }
    return complete;
  };

  std::vector<std::string> kept_blocks;  // "" for a blank line between blocks
  // Per list indent: the last item number read there and how many items of
  // that list were left out, to number the items kept 1..n without gaps.
  struct Numbering {
    unsigned last = 0;
    unsigned left_out = 0;
  };
  std::map<std::size_t, Numbering> numbering;
  // The indent of a dropped list item, whose nested items go with it (a flag
  // beside a number: GCC 12 misreads an optional here as maybe uninitialized).
  bool dropping_items = false;
  std::size_t dropped_item_indent = 0;
  for (const Block& block : blocks_of(text)) {
    if (block.body.empty()) {
      kept_blocks.emplace_back();
      continue;
    }
    const std::size_t indent = block.marker ? block.marker->indent : 0;
    if (block.marker) {
      for (auto it = numbering.upper_bound(indent); it != numbering.end();) it = numbering.erase(it);
    }
    const bool under_dropped = block.marker && dropping_items && indent > dropped_item_indent;
    if (!under_dropped) dropping_items = false;

    std::vector<std::string> sentences = sentences_of(block.body);
    const std::string label = take_label(sentences.front());
    std::string kept;
    bool previous_left_out = false;
    bool quote_open = false;  // in the text as written, before the sentence
    int left_out = 0;
    const auto quotes = [](const std::string& text) { return std::count(text.begin(), text.end(), '"'); };
    for (const std::string& sentence : sentences) {
      const bool open_before = quote_open;
      if (quotes(sentence) % 2 == 1) quote_open = !quote_open;
      std::string out;
      const bool keep = !under_dropped && fill(sentence, out) && !(previous_left_out && refers_back(sentence));
      previous_left_out = !keep;
      if (!keep) {
        ++left_out;
        if (sentence.back() == '\n' && !kept.empty() && kept.back() != '\n') kept += '\n';
        continue;
      }
      if (kept.empty() || kept.back() == '\n') out.erase(0, out.find_first_not_of(' '));
      // A quotation opened by a sentence left out opens again here.
      if (open_before && left_out > 0 && quotes(kept) % 2 == 0) out.insert(out.find_first_not_of(' '), "\"");
      kept += out;
    }
    filled.omitted_sentences += left_out;
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == '\n')) kept.pop_back();
    // ... and one closed by a sentence left out closes at the end.
    if (!kept.empty() && left_out > 0 && !quote_open && quotes(kept) % 2 == 1) kept += '"';
    if (!kept.empty()) kept.insert(0, label);

    std::string marker;
    if (block.marker) {
      const ListMarker& m = *block.marker;
      marker = std::string(m.indent, ' ');
      if (m.number) {
        Numbering& n = numbering[indent];
        if (*m.number != n.last + 1) n.left_out = 0;  // a new list
        n.last = *m.number;
        if (kept.empty()) ++n.left_out;
        marker += std::to_string(*m.number - n.left_out) + m.delimiter + " ";
      } else {
        marker += "- ";
      }
    }
    if (kept.empty()) {
      // Every sentence left out: the item or paragraph goes, and an item's
      // nested items with it.
      if (block.marker && !under_dropped) {
        dropping_items = true;
        dropped_item_indent = indent;
      }
      continue;
    }
    kept_blocks.push_back(marker + kept);
  }
  // A blank line once between blocks where the text had one, none at the ends.
  bool blank = false;
  for (const std::string& block : kept_blocks) {
    if (block.empty()) {
      blank = !filled.text.empty();
      continue;
    }
    if (!filled.text.empty()) filled.text += blank ? "\n\n" : "\n";
    filled.text += block;
    blank = false;
  }
  return filled;
}

NegotiationScript negotiation_script(const Guide& guide, const Evaluation& e,
                                     const std::map<std::string, std::string>& values) {
  NegotiationScript script;
  const std::string& currency = e.band.currency;
  const Proposal& ask = e.asks.ask;
  const Proposal& floor = e.asks.floor;

  std::vector<std::string> asked;
  if (ask.base) asked.push_back(money(ask.base, currency) + " base");
  if (ask.stock) asked.push_back(money(ask.stock, currency) + " in equity over four years");
  if (ask.sign_on) asked.push_back(article_for(*ask.sign_on) + money(ask.sign_on, currency) + " signing bonus");
  auto join = [](const std::vector<std::string>& parts) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    return text;
  };
  std::vector<std::string> others;
  for (const auto& c : e.competing) {
    others.push_back(c.offer.name + " (" + format_money(c.view.four_year_total, currency) + " over four years)");
  }
  script.counter = "I'm excited about the " + guide.role_display + " role at " + guide.company_display + ".";
  if (!asked.empty()) {
    script.counter += " Based on the " + e.band.region + " market for this role, my ask is " + join(asked) + ".";
  }
  if (!others.empty()) script.counter += " I'm also holding " + join(others) + ".";
  std::vector<std::string> floor_parts;
  if (floor.base) floor_parts.push_back(money(floor.base, currency) + " base");
  if (floor.stock) floor_parts.push_back(money(floor.stock, currency) + " in equity");
  if (!floor_parts.empty()) {
    script.counter += " (Your accept-at floor, for you only: " + join(floor_parts) + ".)";
  }

  const std::string recipient = value_or(values, "recipient");
  const std::string sender = value_or(values, "sender");
  script.email = "Subject: " + guide.role_display + " offer\n\n" +
                 (recipient.empty() ? "Hello," : "Hello " + recipient + ",") + "\n\n" +
                 "Thank you for the offer to join " + guide.company_display + " as " + guide.role_display +
                 ". I'm excited about the role and would like to make it work.\n\n";
  if (!asked.empty()) {
    script.email += "Having looked at the " + e.band.region + " market for this position" +
                    (others.empty() ? std::string() : " and at the other offer" + std::string(others.size() > 1 ? "s" : "") + " I hold") +
                    ", I would like to ask for " + join(asked) + ".\n\n";
  }
  script.email += "I'm confident we can find terms that work for both of us, and I look forward to your reply.\n\n"
                  "Best regards," + (sender.empty() ? std::string() : "\n" + sender);

  for (const Section& section : guide.sections) {
    const std::string& title = section.title;
    bool wanted = contains(title, "Negotiate Up Strategy") || contains(title, "Script") ||
                  contains(title, "Global Levers");
    if (!wanted || section.text.empty()) continue;
    ScriptPassage passage;
    passage.title = title;
    passage.original = section.plain;
    passage.filled = fill_placeholders(passage.original, values);
    for (const std::string& p : placeholders_in(passage.original)) {
      if (std::find(script.placeholders.begin(), script.placeholders.end(), p) == script.placeholders.end()) {
        script.placeholders.push_back(p);
      }
    }
    script.passages.push_back(std::move(passage));
  }
  return script;
}

std::string script_text(const NegotiationScript& script) {
  std::string text = "Your counter-offer\n\n" + script.counter + "\n\nEmail\n\n" + script.email + "\n";
  for (const auto& passage : script.passages) {
    if (passage.filled.text.empty()) continue;
    text += "\n" + passage.title + " (from the guide";
    if (passage.filled.omitted_sentences > 0) {
      text += "; " + std::to_string(passage.filled.omitted_sentences) + " sentence" +
              (passage.filled.omitted_sentences == 1 ? "" : "s") + " left out until you fill in " +
              std::to_string(passage.filled.unfilled.size()) + " field" +
              (passage.filled.unfilled.size() == 1 ? "" : "s");
    }
    text += ")\n\n" + passage.filled.text + "\n";
  }
  return text;
}

void write_json(JsonWriter& out, const NegotiationScript& s) {
  out.begin_object();
  write_script_fields(out, s);
  out.end_object();
}

void write_script_fields(JsonWriter& out, const NegotiationScript& s) {
  const auto texts = [&out](const std::vector<std::string>& list) {
    out.begin_array();
    for (const std::string& text : list) out.value(text);
    out.end_array();
  };
  out.field("counter", s.counter).field("email", s.email).key("passages").begin_array();
  for (const auto& p : s.passages) {
    out.begin_object().field("title", p.title).field("original", p.original).field("text", p.filled.text).key("unfilled");
    texts(p.filled.unfilled);
    out.field("omitted_sentences", p.filled.omitted_sentences).end_object();
  }
  out.end_array().key("placeholders");
  texts(s.placeholders);
  out.field("text", script_text(s));
}

void to_json(nlohmann::json& j, const NegotiationScript& s) { j = dom_of(s); }

}  // namespace offercheck
