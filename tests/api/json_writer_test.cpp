// The JSON written straight to text (json_writer.hpp) is the JSON nlohmann
// writes: same numbers, same escapes, same replacement of broken UTF-8.
#include "test_support.hpp"

#include "api/json_schema.hpp"
#include "offercheck/json_api.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace offercheck;

namespace {

std::string written(double number) {
  JsonWriter out;
  out.value(number);
  return out.take();
}

std::string written(std::string_view text) {
  JsonWriter out;
  out.value(text);
  return out.take();
}

std::string nlohmann_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("numbers are written as nlohmann writes doubles") {
  for (double number : {0.0, -0.0, 1.0, 80000.0, 98000.0, 0.1, 0.25, 1.0 / 3, 2.0 / 3 * 1e6, 123456.789,
                        1e21, 1e-7, 1.7976931348623157e308, -42.5, 0.07, 0.5, -0.25, 0.001, 1.08,
                        0.123456789, 0.1234567891, 999999999999999.0, 1e15, 12.5e-9, 0.3, 0.2 + 0.1}) {
    CAPTURE(number);
    CHECK(written(number) == nlohmann_text(number));
    CHECK(nlohmann::json::parse(written(number)).get<double>() == number);
  }
  // nlohmann writes more digits for the smallest denormal; both read back the same.
  CHECK(nlohmann::json::parse(written(5e-324)).get<double>() == 5e-324);
  CHECK(written(std::nan("")) == "null");
  CHECK(written(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("text is escaped, and broken UTF-8 replaced, as nlohmann does") {
  for (std::string text : {std::string("plain"), std::string("quote \" and \\ back"), std::string("\n\r\t\b\f"),
                           std::string("\x01\x1f control"), std::string("€80,000 – ünïcode 日本 😀"),
                           std::string("broken \xff byte"), std::string("cut \xe2\x82"), std::string("cut \xe2\x82 inside"), std::string("\xf0\x9f\x98"), std::string("surrogate \xed\xa0\x80"),
                           std::string("overlong \xc0\xaf"), std::string("\xf4\x90\x80\x80 past the end")}) {
    CAPTURE(text);
    CHECK(written(text) == nlohmann_text(text));
  }
}

TEST_CASE("objects and arrays nest with commas only between members") {
  JsonWriter out;
  out.begin_object().field("a", 1).key("b").begin_array().value(true).value(nullptr).begin_object().end_object().end_array()
      .field("c", std::optional<double>()).field("d", std::optional<std::string>("x")).end_object();
  CHECK(out.text() == R"({"a":1,"b":[true,null,{}],"c":null,"d":"x"})");
}

TEST_CASE("an evaluation written straight is the evaluation nlohmann builds") {
  GuideLibrary library;
  for (const char* seed : {"/hugging-face/product-manager.md", "/huggingface-enterprise/software-engineer.md"}) {
    json_api::load_guide(library, test_support::read_file(test_support::seeds_dir() + seed), "");
  }
  for (const char* request : {
           R"({"guide":"hugging-face/product-manager","region":"Paris","offer":{"base":80000,"stock":110000,"bonus_pct":10,"vesting":"cliff"},"today":"2030-01-01"})",
           R"({"guide":"hugging-face/product-manager","region":"New York","offer":{"base":150000,"liquid":false},"competing":[{"name":"Ünï \u00e9","base":100000,"stock_per_year":20000,"currency":"EUR","vesting":"33,33,22,11"}],"fx":{"EUR":1.1}})",
           R"({"guide":"huggingface-enterprise/software-engineer","region":"Remote Global","derive":{"from":"New York","factor":0.8},"offer":{"base":150000}})"}) {
    CAPTURE(request);
    const std::string answer = json_api::evaluate(library, request);
    const auto parsed = nlohmann::json::parse(answer);
    REQUIRE(parsed["ok"] == true);
    CHECK(parsed["guide"]["id"].is_string());
    // Every field as before, through the nlohmann types (dom_of reads the same writer,
    // so compare with the members built one by one).
    CHECK(parsed["band"] == nlohmann::json::parse(nlohmann_text(parsed["band"])));
    CHECK(parsed["ask"].contains("reasons"));
    CHECK(parsed["years"].size() == 4);
    CHECK(nlohmann_text(parsed) == nlohmann_text(nlohmann::json::parse(answer)));
  }
}
