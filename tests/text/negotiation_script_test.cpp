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
  // "It" leans on the sentence left out, and goes with it.
  FilledText none = fill_placeholders(text, {{"[project]", ""}});
  CHECK(none.text == "");
  CHECK(none.omitted_sentences == 3);
}

// Global Levers item 3 of the Hugging Face PM guide, as plain text.
const std::string kLevers =
    "1. Pre-IPO Equity Maximization: \"I'm targeting €165K+ / $275K+ in pre-IPO equity over four years. As a PM "
    "at Hugging Face, I own the product strategy for [Hub / Enterprise Hub / Inference Endpoints] — my decisions "
    "directly drive revenue and user growth. The equity should reflect the P&L impact of this role.\"\n"
    "2. Competing Offer Framing (NYC): \"My competing offer from [Anthropic / OpenAI / Stripe] is $235K base with "
    "$175K/year RSUs. That's $935K over four years. I'm choosing HF for the product scope and pre-IPO upside, but "
    "the equity must be $280K+ to make the math work.\"\n"
    "3. Revenue Impact Premium: \"At [previous company], I led products that generated $[X]M in ARR. This is "
    "why I ask.\"\n"
    "4. Refresh: \"I'd like a refresh at Year 2.\"";

TEST_CASE("a sentence leaning on one left out goes with it; an item left empty goes, the rest renumbered") {
  FilledText filled = fill_placeholders(kLevers, {});
  CHECK(filled.text ==
        "1. Pre-IPO Equity Maximization: \"I'm targeting €165K+ / $275K+ in pre-IPO equity over four years. The "
        "equity should reflect the P&L impact of this role.\"\n"
        "2. Competing Offer Framing (NYC): \"I'm choosing HF for the product scope and pre-IPO upside, but the "
        "equity must be $280K+ to make the math work.\"\n"
        "3. Refresh: \"I'd like a refresh at Year 2.\"");
  CHECK(filled.text.find("That's") == std::string::npos);
  CHECK(filled.omitted_sentences == 5);  // one in item 1, two in item 2, both of item 3

  FilledText full = fill_placeholders(kLevers, {{"[Hub / Enterprise Hub / Inference Endpoints]", "the Hub"},
                                                {"[Anthropic / OpenAI / Stripe]", "Stripe"},
                                                {"[previous company]", "Acme"},
                                                {"[X]", "12"}});
  CHECK(full.omitted_sentences == 0);
  CHECK(full.text.find("2. Competing Offer Framing (NYC): \"My competing offer from Stripe is $235K base with "
                       "$175K/year RSUs. That's $935K over four years. I'm choosing HF") != std::string::npos);
  CHECK(full.text.find("3. Revenue Impact Premium: \"At Acme, I led products that generated $12M in ARR. This is "
                       "why I ask.\"\n4. Refresh:") != std::string::npos);
}

TEST_CASE("when nothing leans on the sentence left out, nothing more goes") {
  const std::string text =
      "\"I've contributed [X commits/PRs] to [library]. My open source track record isn't just a resume bullet. "
      "Items like these drive Hub engagement. Thatcher-style austerity is not my ask.\"";
  FilledText filled = fill_placeholders(text, {});
  CHECK(filled.text ==
        "\"My open source track record isn't just a resume bullet. Items like these drive Hub engagement. "
        "Thatcher-style austerity is not my ask.\"");
  CHECK(filled.omitted_sentences == 1);
  // A word pointing back after a sentence kept stays.
  CHECK(fill_placeholders("I led Hub search. That grew revenue.", {}).text == "I led Hub search. That grew revenue.");
}

TEST_CASE("a chain of sentences pointing back goes together; the next one standing alone stays") {
  FilledText filled = fill_placeholders(
      "I have an offer from [Google / Meta] at $290K. That\u2019s $1.19M over four years. And it vests fast. "
      "I'm choosing HF for the mission.\nThis line stands on its own line after a kept one.",
      {});
  CHECK(filled.text == "I'm choosing HF for the mission.\nThis line stands on its own line after a kept one.");
  CHECK(filled.omitted_sentences == 3);
}

TEST_CASE("a concession pointing back (While those…) goes with the sentence it answers; one standing alone stays") {
  // Micron's data engineer guide, Global Levers item 3.
  const std::string text =
      "3. Competing DE Offers: \"I have offers from [Databricks/Snowflake] at $[X] total comp. While those are "
      "excellent platforms, Micron's manufacturing data challenges are more complex and mission-critical. I'd like "
      "the offer to reflect that.\"";
  CHECK(fill_placeholders(text, {}).text ==
        "3. Competing DE Offers: \"I'd like the offer to reflect that.\"");
  CHECK(fill_placeholders("I hold an offer from [Google]. While Micron's mission excites me more, the gap needs "
                          "to narrow.",
                          {})
            .text == "While Micron's mission excites me more, the gap needs to narrow.");
}

TEST_CASE("an item left out takes its nested items; blank lines stay single; separate lists number apart") {
  const std::string text =
      "Intro paragraph.\n"
      "\n"
      "Use [tool] here. It helps.\n"
      "\n"
      "1. Ask for [thing].\n"
      "  - Mention [detail].\n"
      "  - Keep this nested point.\n"
      "2. Ask for a refresh.\n"
      "  1. Year 2.\n"
      "  2. Year [N].\n"
      "  3. Year 4.\n"
      "3. Close warmly.\n"
      "\n"
      "1) Another list.\n"
      "2) Its second item.";
  FilledText filled = fill_placeholders(text, {});
  CHECK(filled.text ==
        "Intro paragraph.\n"
        "\n"
        "1. Ask for a refresh.\n"
        "  1. Year 2.\n"
        "  2. Year 4.\n"
        "2. Close warmly.\n"
        "\n"
        "1) Another list.\n"
        "2) Its second item.");
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

TEST_CASE("the seed's Global Levers read whole with no field filled") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest r;
  r.region = "Paris";
  r.offer.base = 75000;
  NegotiationScript script = negotiation_script(guide, evaluate(guide, r).value(), {});
  const ScriptPassage* levers = nullptr;
  for (const auto& passage : script.passages) {
    if (passage.title == "Global Levers") levers = &passage;
  }
  REQUIRE(levers != nullptr);
  CHECK(levers->filled.text.find("That's $935K") == std::string::npos);
  CHECK(levers->filled.text.find("3. Competing Offer Framing (NYC): \"I'm choosing HF for the product scope") !=
        std::string::npos);
  CHECK(levers->filled.text.find("4. Revenue Impact Premium: \"At Hugging Face, I'll apply") != std::string::npos);
}
