// Sentences with their amounts apart: the CLI's text and the page's parts.
#include "test_support.hpp"

#include "api/json_writer.hpp"
#include "offercheck/diagnostic.hpp"
#include "offercheck/phrase.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;

TEST_CASE("a phrase's text writes its values as format_money and format_percent do") {
  Phrase p = Phrase("Ask ") + money_value(98000, "EUR") + " base, " + percent_value(0.85) +
             " into the band; the band tops out at " + money_value(1250000, "USD");
  CHECK(p.pattern() == "Ask {0} base, {1} into the band; the band tops out at {2}");
  REQUIRE(p.values().size() == 3);
  CHECK(p.values()[1].kind == PhraseValue::Kind::percent);
  CHECK(p.text() == "Ask €98,000 base, 85% into the band; the band tops out at $1,250,000");
  CHECK(Phrase("no amounts").text() == "no amounts");
  CHECK(Phrase().text().empty());
}

TEST_CASE("braces from names stay text, and phrases joined are renumbered") {
  // An offer's name is typed by a person: "{0}" in it is not a value.
  Phrase named = Phrase("raised toward {0} Corp}, worth ") + money_value(5000, "GBP");
  CHECK(named.pattern() == "raised toward {{0}} Corp}}, worth {0}");
  CHECK(named.text() == "raised toward {0} Corp}, worth £5,000");
  Phrase joined = Phrase() + percent_value(0.3) + " of " + named + " and " + money_value(7, "CHF");
  CHECK(joined.pattern() == "{0} of raised toward {{0}} Corp}}, worth {1} and {2}");
  CHECK(joined.text() == "30% of raised toward {0} Corp}, worth £5,000 and CHF 7");
}

TEST_CASE("a phrase's JSON: template and values, read back the same") {
  Phrase p = Phrase("{x} ") + money_value(80000, "EUR") + " at " + percent_value(-0.12);
  nlohmann::json j = p;
  CHECK(j == nlohmann::json::parse(R"({"template": "{{x}} {0} at {1}", "values": [
      {"kind": "money", "value": 80000.0, "currency": "EUR"},
      {"kind": "percent", "value": -0.12, "currency": null}]})"));
  Phrase back;
  REQUIRE(Phrase::from_json(j, back));
  CHECK(back == p);
  CHECK_FALSE(Phrase::from_json(nlohmann::json("text"), back));
}

TEST_CASE("a diagnostic worded as a phrase carries its message and its parts") {
  Diagnostic d = make_warning("floor_below_competing", Phrase("the floor is worth ") + money_value(1000, "USD"));
  CHECK(d.message == "the floor is worth $1,000");
  REQUIRE(d.message_parts.has_value());
  nlohmann::json j = d;
  CHECK(j["message"] == "the floor is worth $1,000");
  CHECK(j["message_parts"]["template"] == "the floor is worth {0}");
  CHECK(nlohmann::json(make_warning("no_data", "Lyon has no stock band"))["message_parts"].is_null());
}

TEST_CASE("multiples and counts: written by format_multiple and format_count, kept apart for the page") {
  Phrase p = Phrase("beats it above ") + multiple_value(1.25) + " with " + count_value(15000) + " options";
  CHECK(p.text() == "beats it above 1.25\u00d7 with 15,000 options");
  CHECK((Phrase() + multiple_value(1)).text() == "1\u00d7");
  CHECK((Phrase() + multiple_value(1.8)).text() == "1.8\u00d7");
  CHECK((Phrase() + multiple_value(2.3456)).text() == "2.35\u00d7");
  nlohmann::json j = p;
  CHECK(j["values"][0]["kind"] == "multiple");
  CHECK(j["values"][1]["kind"] == "count");
  CHECK(j["values"][1]["currency"].is_null());
  Phrase back;
  REQUIRE(Phrase::from_json(j, back));
  CHECK(back == p);
}
