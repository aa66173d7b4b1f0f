// The JSON-text API the Wasm module exposes, tested natively and under Node.
#include "test_support.hpp"

#include "offercheck/json_api.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;
using nlohmann::json;

static json call(const std::string& answer) {
  json j = json::parse(answer);
  REQUIRE(j.contains("ok"));
  return j;
}

static GuideLibrary seeded() {
  GuideLibrary library;
  for (const char* path : {"/hugging-face/product-manager.md", "/hugging-face/devops-engineer.md",
                           "/huggingface-enterprise/software-engineer.md"}) {
    json loaded = call(json_api::load_guide(
        library, test_support::read_file(test_support::seeds_dir() + path), "2026-11-22"));
    REQUIRE(loaded["ok"] == true);
  }
  return library;
}

TEST_CASE("guides load into a library and are listed with their regions") {
  GuideLibrary library = seeded();
  json list = call(json_api::list_guides(library));
  REQUIRE(list["guides"].size() == 3);
  json pm = list["guides"][0];
  CHECK(pm["id"] == "hugging-face/product-manager");
  CHECK(pm["company_display"] == "Hugging Face");
  CHECK(pm["regions"][2]["region"] == "Remote Global");
  CHECK(pm["regions"][2]["has_data"] == false);
  CHECK(pm["next_review_due"] == "2026-05-23");

  json guide = call(json_api::get_guide(library, "hugging-face/devops-engineer"));
  CHECK(guide["guide"]["sections"].size() > 3);
  CHECK(call(json_api::get_guide(library, "nobody/none"))["error"]["message"] ==
        "no guide 'nobody/none' is loaded");
}

TEST_CASE("a broken guide answers its error with a position and is not kept") {
  GuideLibrary library;
  json answer = call(json_api::load_guide(library, "---\ncompany: a\nrole: x\n  bad: : :\n---\n", ""));
  CHECK(answer["ok"] == false);
  CHECK(answer["error"]["line"] == 4);
  CHECK(answer["diagnostics"][0]["code"] == "yaml_syntax");
  CHECK(call(json_api::list_guides(library))["guides"].empty());
  CHECK(call(json_api::load_guide(library, test_support::guide_text(), "someday"))["error"]
            ["message"] == "today: expected a date like 2026-11-22");
}

TEST_CASE("loading a guide with the same id replaces it") {
  GuideLibrary library;
  call(json_api::load_guide(library, test_support::guide_text(), ""));
  std::string changed = test_support::guide_text(
      "  - region: Lyon\n    base_low: 50000\n    base_high: 60000\n    currency: EUR\n");
  call(json_api::load_guide(library, changed, ""));
  json list = call(json_api::list_guides(library));
  REQUIRE(list["guides"].size() == 1);
  CHECK(list["guides"][0]["regions"][0]["region"] == "Lyon");
}

TEST_CASE("evaluate takes a guide id and the request of docs/json.md") {
  GuideLibrary library = seeded();
  json result = call(json_api::evaluate(library, R"({
      "guide": "hugging-face/product-manager", "region": "paris", "today": "2026-11-22",
      "offer": {"base": 75000, "stock": 95000}})"));
  REQUIRE(result["ok"] == true);
  CHECK(result["guide"]["id"] == "hugging-face/product-manager");
  // The guide's own figures answer; the band rule's stand beside them.
  CHECK(result["ask"]["base"] == 98000);
  CHECK(result["ask"]["sources"]["base"] == "guide");
  CHECK(result["ask"]["band_rule"]["base"] == 99000);
  CHECK(result["floor"]["stock"] == 135000);
  CHECK(result["floor"]["band_rule"]["stock"] == 140000);
  CHECK(result["stated"]["ask"]["base"] == 98000);
  CHECK(result["guide"]["stale"] == true);
}

TEST_CASE("every bad call answers an error value") {
  GuideLibrary library = seeded();
  auto message = [&](const std::string& request) {
    json answer = call(json_api::evaluate(library, request));
    CHECK(answer["ok"] == false);
    return answer["error"]["message"].get<std::string>();
  };
  CHECK(message("not json") == "the request is not valid JSON: expected a value at line 1, column 1");
  CHECK(message("{\"guide\": \n  \"x\",}") ==
        "the request is not valid JSON: expected a member name in quotes at line 2, column 7");
  CHECK(message("[1]") == "the request must be a JSON object");
  CHECK(message("{}") == "guide is required: the id (company/role) of a loaded guide");
  CHECK(message(R"({"guide": "x/y", "region": "a", "offer": {"base": 1}})") ==
        "no guide 'x/y' is loaded");
  CHECK(message(R"({"guide": "hugging-face/product-manager", "region": "Mars", "offer": {"base": 1}})")
            .find("unknown region 'Mars'") == 0);
  // A number past a double's range is read as infinite, and refused as such.
  CHECK(message(R"({"guide": "hugging-face/product-manager", "region": "Paris", "offer": {"base": 1e999}})") ==
        "offer.base: must be a finite number");
  CHECK(message(R"({"guide": "hugging-face/product-manager", "region": "Paris", "offer": {"base": 1}, "fx": {"XYZ": 1}})") ==
        "fx.XYZ: 'XYZ' is not an ISO 4217 currency code, like EUR");
  CHECK(message(R"({"guide": "hugging-face/product-manager", "region": "Paris", "offer": {"base": 1}, "fx": {"USD": -1}})") ==
        "fx.USD: the rate must be a positive number, like 1.08");
  CHECK(message("\xFF\xFE") == "the request is not valid JSON: expected a value at line 1, column 1");
  // The library still answers after all of that.
  CHECK(call(json_api::evaluate(library, R"({"guide": "hugging-face/product-manager",
      "region": "Paris", "offer": {"base": 80000}})"))["ok"] == true);
}

TEST_CASE("amounts typed into the page parse like the CLI's") {
  json good = call(json_api::parse_money("€80,000"));
  CHECK(good["amount"] == 80000);
  CHECK(good["currency"] == "EUR");
  json bad = call(json_api::parse_money("lots"));
  CHECK(bad["ok"] == false);
  CHECK(bad["error"]["message"].get<std::string>().find("'lots' is not an amount") == 0);
  CHECK(call(json_api::parse_money("\xFF"))["ok"] == false);
}

TEST_CASE("an amount typed in another currency than the band's gets the core's warning") {
  json other = call(json_api::parse_money("£80k", "EUR", "Base salary"));
  CHECK(other["amount"] == 80000);
  CHECK(other["warning"]["code"] == "typed_currency");
  CHECK(other["warning"]["message"] ==
        "Base salary was typed in GBP but the band is in EUR; the amount is taken as EUR, not converted");
  CHECK(call(json_api::parse_money("€80k", "EUR", "Base salary"))["warning"].is_null());
  CHECK(call(json_api::parse_money("80k", "EUR", "Base salary"))["warning"].is_null());
  CHECK(call(json_api::parse_money("£80k"))["warning"].is_null());  // no band to compare with
}

TEST_CASE("a guide answers its id, whether it is stale today, and which bands have data") {
  GuideLibrary library = seeded();
  json stale = call(json_api::get_guide(library, "hugging-face/product-manager", "2026-11-22"));
  CHECK(stale["id"] == "hugging-face/product-manager");
  CHECK(stale["stale"] == true);
  CHECK(stale["stale_warning"]["code"] == "stale");
  CHECK(stale["stale_warning"]["message"].get<std::string>().find("its next review was due 2026-05-23") !=
        std::string::npos);
  json fresh = call(json_api::get_guide(library, "hugging-face/product-manager", "2026-05-23"));
  CHECK(fresh["stale"] == false);
  CHECK(fresh["stale_warning"].is_null());
  CHECK(call(json_api::get_guide(library, "hugging-face/product-manager"))["stale"] == false);
  CHECK(call(json_api::get_guide(library, "hugging-face/product-manager", "someday"))["error"]["message"] ==
        "today: expected a date like 2026-11-22");
  // has_data on each band is the summaries' has_data.
  json list = call(json_api::list_guides(library));
  const json& bands = stale["guide"]["compensation"];
  REQUIRE(bands.size() == list["guides"][0]["regions"].size());
  for (std::size_t i = 0; i < bands.size(); ++i) CHECK(bands[i]["has_data"] == list["guides"][0]["regions"][i]["has_data"]);
  CHECK(bands[2]["has_data"] == false);
}

TEST_CASE("a region named as a person typed it is the guide's, as evaluate matches it") {
  GuideLibrary library = seeded();
  json found = call(json_api::find_region(library, "huggingface-enterprise/software-engineer", " new york"));
  CHECK(found["ok"] == true);
  CHECK(found["region"] == "New York");
  json unknown = call(json_api::find_region(library, "hugging-face/product-manager", "Mars"));
  CHECK(unknown["error"]["message"] == "unknown region 'Mars'; this guide has: Paris, New York, Remote Global");
  CHECK(call(json_api::find_region(library, "x/y", "Paris"))["error"]["message"] == "no guide 'x/y' is loaded");
}

TEST_CASE("percents typed into the page parse like the CLI's") {
  json good = call(json_api::parse_percent("7.5 %"));
  CHECK(good["ok"] == true);
  CHECK(good["value"] == 7.5);
  json bad = call(json_api::parse_percent("ten"));
  CHECK(bad["ok"] == false);
  CHECK(bad["error"]["message"] == "'ten' is not a percent (a number like 15)");
}

TEST_CASE("equity as granted through the JSON API: options, a competing offer, leaving early") {
  GuideLibrary library = seeded();
  json result = call(json_api::evaluate(library, R"({
    "guide": "huggingface-enterprise/software-engineer", "region": "San Francisco",
    "offer": {"base": 150000, "options": 40000, "strike": 2, "share_price": 10, "dilution_pct": 20,
              "vesting": "monthly", "cliff_months": 12},
    "competing": [{"name": "BigCo", "base": 170000, "stock_per_year": 60000, "currency": "USD"}],
    "leave_after_months": 18})"));
  REQUIRE(result["ok"] == true);
  CHECK(result["equity"]["kind"] == "options");
  CHECK(result["equity"]["four_year_value"] == 240000.0);
  CHECK(result["equity"]["dilution"] == 0.2);
  CHECK(result["components"][1]["offer"] == 320000.0);  // the band compares today's value
  CHECK(result["decision"]["breakeven_exit_multiple"] == 1.25);
  CHECK(result["decision"]["compared_with"] == "BigCo");
  CHECK(result["if_you_leave"]["vested_shares"] == 15000.0);
  CHECK(result["if_you_leave"]["vested_value"] == 15000.0 * 6);
  CHECK(result["offer"]["vesting"]["cadence"] == "monthly");
  CHECK(result["competing"][0]["equity"]["kind"] == "grant");

  json plain = call(json_api::evaluate(library, R"({"guide": "huggingface-enterprise/software-engineer",
    "region": "San Francisco", "offer": {"base": 150000}})"));
  CHECK(plain["decision"].is_null());
  CHECK(plain["if_you_leave"].is_null());
  CHECK(plain["equity"]["kind"] == "none");

  json bad = call(json_api::evaluate(library, R"({"guide": "huggingface-enterprise/software-engineer",
    "region": "San Francisco", "offer": {"base": 1}, "leave_after_months": 2.5})"));
  CHECK(bad["error"]["message"] == "leave_after_months: expected a whole number of months from 0 to 600");
  json no_price = call(json_api::evaluate(library, R"({"guide": "huggingface-enterprise/software-engineer",
    "region": "San Francisco", "offer": {"base": 1, "options": 10}})"));
  CHECK(no_price["error"]["message"] == "offer share_price is required with options: today's price per share");
}

TEST_CASE("multiples and months typed into the page parse like the CLI's") {
  CHECK(call(json_api::parse_multiple("2.5x"))["value"] == 2.5);
  CHECK(call(json_api::parse_multiple("lots"))["error"]["message"] == "'lots' is not a multiple (a number like 2, 0.5 or 3x)");
  CHECK(call(json_api::parse_months("18"))["value"] == 18);
  CHECK(call(json_api::parse_months("1.5"))["ok"] == false);
}
