#include "offercheck/negotiation_script.hpp"

#include "offercheck/money.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

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

std::string money(const std::optional<double>& amount, const std::string& currency) {
  return amount ? format_money(*amount, currency) : std::string();
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
  for (const std::string& sentence : sentences_of(text)) {
    std::string out = sentence;
    bool missing = false;
    for (const std::string& placeholder : placeholders_in(sentence)) {
      auto value = values.find(placeholder);
      if (value == values.end() || value->second.empty()) {
        missing = true;
        if (std::find(filled.unfilled.begin(), filled.unfilled.end(), placeholder) == filled.unfilled.end()) {
          filled.unfilled.push_back(placeholder);
        }
        continue;
      }
      for (std::size_t p; (p = out.find(placeholder)) != std::string::npos;) {
        out.replace(p, placeholder.size(), value->second);
      }
    }
    if (missing) {
      ++filled.omitted_sentences;
      if (!sentence.empty() && sentence.back() == '\n') filled.text += '\n';
    } else {
      if (filled.text.empty() || filled.text.back() == '\n') out.erase(0, out.find_first_not_of(' '));
      filled.text += out;
    }
  }
  while (!filled.text.empty() && (filled.text.back() == ' ' || filled.text.back() == '\n')) filled.text.pop_back();
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
  if (ask.sign_on) asked.push_back("a " + money(ask.sign_on, currency) + " signing bonus");
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

void to_json(nlohmann::json& j, const NegotiationScript& s) {
  nlohmann::json passages = nlohmann::json::array();
  for (const auto& p : s.passages) {
    passages.push_back({{"title", p.title},
                        {"original", p.original},
                        {"text", p.filled.text},
                        {"unfilled", p.filled.unfilled},
                        {"omitted_sentences", p.filled.omitted_sentences}});
  }
  j = {{"counter", s.counter},
       {"email", s.email},
       {"passages", passages},
       {"placeholders", s.placeholders},
       {"text", script_text(s)}};
}

}  // namespace offercheck
