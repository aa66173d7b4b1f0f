#pragma once

#include "offercheck/evaluation.hpp"
#include "offercheck/guide.hpp"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>
#include <vector>

namespace offercheck {

// "[X commits/PRs]", "[library]", "$[X]M": the guide's fill-in fields, each
// once, in order. Markdown links ("[text](url)") are not placeholders.
std::vector<std::string> placeholders_in(const std::string& text);

struct FilledText {
  std::string text;
  std::vector<std::string> unfilled;  // placeholders nobody filled
  int omitted_sentences = 0;          // left out: they held one, or leaned on one that did
};

// Replaces each placeholder with its value (keyed by the placeholder's text,
// brackets included). A sentence still holding an unfilled placeholder is
// left out, so no placeholder survives into the text, and with it the
// sentences that lean on it ("That's $935K over four years.": they open with
// a word pointing back, see refers_back). A list item whose every sentence is
// left out goes, its nested items with it, and the items kept are numbered
// again without gaps; a label before a quotation ("Competing Offer Framing:")
// stays with what is left of it, and a quotation cut open is closed again.
FilledText fill_placeholders(const std::string& text, const std::map<std::string, std::string>& values);

struct ScriptPassage {
  std::string title;     // the guide's section
  std::string original;  // its text, as plain text
  FilledText filled;
};

struct NegotiationScript {
  std::string counter;  // the counter-offer in the user's numbers
  std::string email;    // a short counter-offer email
  std::vector<ScriptPassage> passages;  // the guide's strategy and scripts, filled
  std::vector<std::string> placeholders;  // every field the passages ask for
};

// `values` fills placeholders; "recipient" and "sender" name the email's ends.
NegotiationScript negotiation_script(const Guide& guide, const Evaluation& evaluation,
                                     const std::map<std::string, std::string>& values);

// Everything, as text to copy, print or show in a terminal.
std::string script_text(const NegotiationScript& script);

void to_json(nlohmann::json& j, const NegotiationScript& script);

}  // namespace offercheck
