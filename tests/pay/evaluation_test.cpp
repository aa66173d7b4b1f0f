#include "test_support.hpp"

#include "offercheck/evaluation.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;
using test_support::has_code;

static EvaluateRequest request_for(const std::string& region, double base) {
  EvaluateRequest request;
  request.region = region;
  request.offer.base = base;
  return request;
}

TEST_CASE("evaluate compares, asks and warns for one region") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("PARIS", 75000);
  request.offer.stock = 95000;
  request.today = parse_date("2026-11-22");
  auto result = evaluate(guide, request);
  REQUIRE(result.ok());
  const Evaluation& e = result.value();
  CHECK(e.band.region == "Paris");
  CHECK(e.band.currency == "EUR");
  CHECK(e.guide.stale);
  CHECK(e.comparison.components[0].status == Status::within);
  CHECK(*e.asks.ask.base == 98000);  // the guide's own ask (line 78)
  CHECK(*e.asks.ask.band_rule.base == 99000);
  CHECK(has_code(e.warnings, "stale"));
  CHECK(has_code(e.warnings, "no_data"));  // Paris has no bonus band

  request.today = parse_date("2026-03-01");
  CHECK_FALSE(evaluate(guide, request).value().guide.stale);
}

TEST_CASE("an unknown region is an error listing the guide's regions") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  auto result = evaluate(guide, request_for("Mars", 1));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message ==
        "unknown region 'Mars'; this guide has: Paris, New York, Remote Global");
}

TEST_CASE("null-band regions report no data and can be derived from a reference") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  auto plain = evaluate(guide, request_for("Remote Global", 150000));
  REQUIRE(plain.ok());
  for (const auto& c : plain.value().comparison.components) CHECK(c.status == Status::no_data);
  CHECK(has_code(plain.value().warnings, "no_band_data"));
  CHECK_FALSE(plain.value().asks.ask.base.has_value());

  EvaluateRequest derived = request_for("remote global", 150000);
  derived.derive = DerivedFrom{"New York", 0.8};
  auto result = evaluate(guide, derived);
  REQUIRE(result.ok());
  const Band& band = result.value().band;
  CHECK(band.region == "Remote Global");
  REQUIRE(band.derived_from.has_value());
  CHECK(band.derived_from->region == "New York");
  CHECK(*band.base.low == doctest::Approx(172000 * 0.8));
  CHECK(*band.base.high == doctest::Approx(215000 * 0.8));
  CHECK(result.value().comparison.components[0].status == Status::within);
  CHECK(has_code(result.value().warnings, "derived_band"));
  nlohmann::json j = result.value();
  CHECK(j["band"]["derived_from"]["region"] == "New York");

  derived.derive = DerivedFrom{"Atlantis", 0.8};
  CHECK(evaluate(guide, derived).error().message.find("cannot derive from unknown region") == 0);
  derived.derive = DerivedFrom{"Paris", 0};
  CHECK(evaluate(guide, derived).error().message.find("factor") != std::string::npos);
  derived.derive = DerivedFrom{"Remote Global", 0.8};
  CHECK(evaluate(guide, derived).error().message.find("it has no base band") != std::string::npos);
}

TEST_CASE("bad offers are errors") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("Paris", -1);
  CHECK(evaluate(guide, request).error().message == "offer base must not be negative");
  request = request_for("Paris", 80000);
  request.offer.bonus = 1000;
  request.offer.bonus_pct = 10;
  CHECK(evaluate(guide, request).error().message ==
        "offer: give the bonus as a percent (bonus_pct) or as an amount (bonus), not both");
}

TEST_CASE("the result JSON has the documented fields") {
  Guide guide = test_support::load_seed("huggingface-enterprise", "software-engineer");
  EvaluateRequest request = request_for("san francisco", 170000);
  request.offer.stock = 140000;
  request.offer.bonus_pct = 5;
  request.today = parse_date("2026-11-22");
  nlohmann::json j = evaluate(guide, request).value();
  CHECK(j["ok"] == true);
  for (const char* key : {"company", "role", "region", "currency", "stale"}) {
    CAPTURE(key);
    CHECK(j["guide"].contains(key));
  }
  CHECK(j["guide"]["currency"] == "USD");
  CHECK(j["guide"]["stale"] == true);
  REQUIRE(j["components"].size() == 4);
  const char* names[] = {"base", "stock", "bonus", "total_comp"};
  for (int i = 0; i < 4; ++i) {
    CHECK(j["components"][i]["name"] == names[i]);
    for (const char* key : {"offer", "low", "high", "position", "status"}) {
      CHECK(j["components"][i].contains(key));
    }
  }
  CHECK(j["ask"]["base"].is_number());
  CHECK(j["ask"]["stock"].is_number());
  CHECK(j["ask"]["reasons"]["base"].is_string());
  CHECK(j["floor"]["base"].is_number());
  CHECK(j["floor"]["stock"].is_number());
  CHECK(j["warnings"].is_array());
  CHECK(j["warnings"][0]["code"] == "stale");
  CHECK(j["warnings"][0]["message"].is_string());
  CHECK(j["totals"]["year_one"] == j["totals"]["annual_average"]);
}

TEST_CASE("requests are read from JSON with errors naming the field") {
  auto good = evaluate_request_from_json(nlohmann::json::parse(R"({
    "region": "Paris", "today": "2026-11-22",
    "offer": {"base": 80000, "stock": 100000, "bonus_pct": 10, "sign_on": null},
    "parameters": {"ask_base_position": 0.9},
    "derive": {"from": "New York", "factor": 0.8}})"));
  REQUIRE(good.ok());
  CHECK(good.value().region == "Paris");
  CHECK(good.value().offer.base == 80000);
  CHECK(*good.value().offer.stock == 100000);
  CHECK_FALSE(good.value().offer.sign_on.has_value());
  CHECK(good.value().parameters.ask_base_position == 0.9);
  CHECK(good.value().today->to_string() == "2026-11-22");
  CHECK(good.value().derive->factor == 0.8);

  auto message = [](const char* text) {
    auto r = evaluate_request_from_json(nlohmann::json::parse(text));
    REQUIRE_FALSE(r.ok());
    return r.error().message;
  };
  CHECK(message("[]") == "the request must be a JSON object");
  CHECK(message(R"({"offer": {"base": 1}})") == "region is required");
  CHECK(message(R"({"region": "Paris"})").find("offer is required") == 0);
  CHECK(message(R"({"region": "Paris", "offer": {}})") == "offer.base is required");
  CHECK(message(R"({"region": "Paris", "offer": {"base": "80k"}})") ==
        "offer.base: expected a number, got text");
  CHECK(message(R"({"region": "Paris", "offer": {"base": 1, "bonus_percent": 5}})")
            .find("offer.bonus_percent: unknown field") == 0);
  CHECK(message(R"({"region": "Paris", "offer": {"base": -1}})") ==
        "offer base must not be negative");
  CHECK(message(R"({"region": "Paris", "offer": {"base": 1}, "today": "soon"})") ==
        "today: expected a date like 2026-11-22");
  CHECK(message(R"({"region": 5, "offer": {"base": 1}})") == "region: expected text, got number");
  CHECK(message(R"({"region": "Paris", "offer": {"base": 1}, "extra": 1})")
            .find("extra: unknown field") == 0);
}

TEST_CASE("a region is named as evaluate matches it: ignoring case and surrounding spaces") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  auto band = band_named(guide, "  new YORK ");
  REQUIRE(band.ok());
  CHECK(band.value()->region == "New York");
  auto unknown = band_named(guide, "Mars");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message == evaluate(guide, request_for("Mars", 1)).error().message);
}

TEST_CASE("the risk-adjusted note names the packages whose equity it discounted, and is empty when none") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("Paris", 75000);
  request.parameters.illiquid_discount = 0.4;
  const auto note = [&](const EvaluateRequest& r) { return nlohmann::json(evaluate(guide, r).value()); };

  request.offer.liquid = false;  // pre-IPO, but no equity entered: nothing to discount
  nlohmann::json none = note(request);
  CHECK(none["risk_note"] == "");
  CHECK(none["risk_note_parts"]["template"] == "");
  CHECK(none["risk_note_parts"]["values"].empty());
  CHECK(none["four_year_risk_adjusted"] == none["four_year_total"]);

  request.offer.stock = 95000;
  nlohmann::json own = note(request);
  CHECK(own["risk_note"] == "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer at 60% of its value.");
  CHECK(own["risk_note_parts"]["template"] ==
        "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer at {0} of its value.");
  CHECK(own["risk_note_parts"]["values"][0]["value"] == doctest::Approx(0.6));
  CHECK(own["risk_note_parts"]["values"][0]["kind"] == "percent");

  CompetingOffer google;  // liquid RSUs: not discounted
  google.name = "Google Paris";
  google.base = 115000;
  google.stock_per_year = 85000;
  CompetingOffer mistral;
  mistral.name = "Mistral {AI}";
  mistral.base = 90000;
  mistral.stock = 120000;
  mistral.liquid = false;
  CompetingOffer cash_only = mistral;  // pre-IPO, no equity
  cash_only.name = "Cash Co";
  cash_only.stock.reset();
  request.competing = {google, mistral, cash_only};
  nlohmann::json both = note(request);
  CHECK(both["risk_note"] ==
        "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer and of Mistral {AI} at 60% of its value.");
  CHECK(both["risk_note_parts"]["template"] ==
        "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer and of Mistral {{AI}} at {0} of its value.");

  CompetingOffer seed = mistral;
  seed.name = "Seedling";
  request.competing.push_back(seed);
  CHECK(note(request)["risk_note"] == "Risk-adjusted counts the illiquid (pre-IPO) equity of this offer, of "
                                      "Mistral {AI} and of Seedling at 60% of its value.");

  request.offer.liquid = true;
  request.competing = {google, mistral};
  CHECK(note(request)["risk_note"] == "Risk-adjusted counts the illiquid (pre-IPO) equity of Mistral {AI} at 60% of its value.");

  request.competing = {google};
  CHECK(note(request)["risk_note"] == "");
  request.offer.liquid = false;
  request.parameters.illiquid_discount = 0;  // discounted by nothing
  CHECK(note(request)["risk_note"] == "");
  CHECK(note(request)["risk_note_parts"]["values"].empty());
}

TEST_CASE("an equity or bonus field left out of the request is not entered; a 0 is") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  const auto components = [&](const char* offer) {
    auto request = evaluate_request_from_json(
        nlohmann::json::parse(std::string(R"({"region": "Paris", "offer": )") + offer + "}"));
    REQUIRE(request.ok());
    nlohmann::json j = evaluate(guide, request.value()).value();
    return j["components"];
  };
  nlohmann::json absent = components(R"({"base": 75000})");
  CHECK(absent[1]["status"] == "not_entered");
  CHECK(absent[1]["offer"].is_null());
  CHECK(absent[1]["position"].is_null());
  CHECK(absent[3]["not_entered"] == nlohmann::json::array({"stock", "bonus"}));
  CHECK(components(R"({"base": 75000, "stock": null})")[1]["status"] == "not_entered");
  nlohmann::json zero = components(R"({"base": 75000, "stock": 0})");
  CHECK(zero[1]["status"] == "below");
  CHECK(zero[1]["offer"] == 0);
  CHECK(zero[1]["position"].get<double>() < 0);
  CHECK(zero[3]["not_entered"] == nlohmann::json::array({"bonus"}));
  CHECK(zero[3]["offer"] == absent[3]["offer"]);  // the totals count a part not entered as 0
}

TEST_CASE("the result keeps its warnings' amounts apart") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("Remote Global", 150000);
  request.derive = DerivedFrom{"New York", 0.8};
  auto result = evaluate(guide, request);
  REQUIRE(result.ok());
  nlohmann::json j = result.value();
  CHECK(j["band"]["has_data"] == true);
  bool derived = false;
  for (const auto& w : j["warnings"]) {
    if (w["code"] != "derived_band") continue;
    derived = true;
    CHECK(w["message"] == "Remote Global is compared with New York's band scaled to 80%, not with its own data");
    CHECK(w["message_parts"]["template"] == "Remote Global is compared with New York's band scaled to {0}, not with its own data");
  }
  CHECK(derived);
}
