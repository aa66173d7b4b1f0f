#include "test_support.hpp"

#include "offercheck/negotiation_script.hpp"
#include "offercheck/section.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;

TEST_CASE("placeholders are found once each; links are not placeholders") {
  CHECK(placeholders_in("I've contributed [X commits/PRs] to [library], [library] again, $[X]M, "
                        "see [the docs](https://x.org)") ==
        std::vector<std::string>{"[X commits/PRs]", "[library]", "[X]"});
}

TEST_CASE("filling leaves no placeholder: unfilled sentences are left out") {
  const std::string text = "I led [project] at [previous company]. It grew revenue. I maintain [library].";
  FilledText partly = fill_placeholders(text, {{"[project]", "Hub search"}, {"[previous company]", "Acme"}});
  CHECK(partly.text == "I led Hub search at Acme. It grew revenue.");
  CHECK(partly.unfilled == std::vector<std::string>{"[library]"});
  CHECK(partly.omitted_sentences == 1);
  FilledText all = fill_placeholders(text, {{"[project]", "Hub"}, {"[previous company]", "Acme"},
                                            {"[library]", "Transformers"}});
  CHECK(all.text == "I led Hub at Acme. It grew revenue. I maintain Transformers.");
  CHECK(all.unfilled.empty());
  CHECK(fill_placeholders(text, {{"[project]", ""}}).text == "It grew revenue.");
}

TEST_CASE("the script carries the user's numbers and offers, and no leftover placeholder") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest r = test_support::paris_offer_with_google();
  Evaluation e = evaluate(guide, r).value();
  NegotiationScript script = negotiation_script(guide, e, {{"recipient", "Sam"}, {"sender", "Alex"}});
  CHECK(script.counter.find("my ask is €102,000 base") != std::string::npos);
  CHECK(script.counter.find("Google Paris (€800,000 over four years)") != std::string::npos);
  CHECK(script.counter.find("accept-at floor") != std::string::npos);
  CHECK(script.email.find("Hello Sam,") != std::string::npos);
  CHECK(script.email.find("€102,000 base") != std::string::npos);
  CHECK(script.email.substr(script.email.size() - 4) == "Alex");
  REQUIRE(script.passages.size() >= 3);
  CHECK(script.passages.back().title == "Negotiate Up Strategy");
  CHECK(std::find(script.placeholders.begin(), script.placeholders.end(), "[X commits/PRs]") !=
        script.placeholders.end());
  const std::string text = script_text(script);
  CHECK(placeholders_in(text).empty());
  CHECK(text.find("€102,000") != std::string::npos);

  std::map<std::string, std::string> everything;
  for (const auto& p : script.placeholders) everything[p] = "FILLED";
  NegotiationScript full = negotiation_script(guide, e, everything);
  for (const auto& passage : full.passages) {
    CHECK(passage.filled.omitted_sentences == 0);
    CHECK(passage.filled.unfilled.empty());
  }
  CHECK(script_text(full).find("I've contributed FILLED to FILLED") != std::string::npos);
  nlohmann::json j = full;
  CHECK(j["text"].get<std::string>() == script_text(full));
  CHECK(j["placeholders"].size() == script.placeholders.size());
}

TEST_CASE("a passage is its Markdown's plain text, as md4c parses it") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  guide.sections = split_sections(
      "**Negotiation Script**\n"
      "> \"I led *[project]* at [Acme](https://acme.example) &amp; grew it.\"\n"
      "\n"
      "1. **Equity:** ask for more\n"
      "1. **Base:** `€98K`\n"
      "   - nested\n"
      "\n"
      "---\n",
      1);
  EvaluateRequest r;
  r.region = "Paris";
  r.offer.base = 75000;
  Evaluation e = evaluate(guide, r).value();
  NegotiationScript script = negotiation_script(guide, e, {{"[project]", "Hub"}});
  REQUIRE(script.passages.size() == 1);
  CHECK(script.passages[0].original ==
        "\"I led [project] at Acme & grew it.\"\n"
        "\n"
        "1. Equity: ask for more\n"
        "2. Base: €98K\n"
        "  - nested");
  CHECK(script.passages[0].filled.text.find("I led Hub at Acme & grew it.") != std::string::npos);
}
