// JsonValue and parse_json: what the calculation module reads requests and
// compiled guides with (core/src/common/json_value.cpp).
#include "offercheck/json_value.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using offercheck::JsonValue;
using offercheck::parse_json;

namespace {

std::string error_of(const std::string& text) {
  auto read = parse_json(text);
  return read.ok() ? "(read)" : read.error().message;
}

}  // namespace

TEST_CASE("values of every type, in order, with their members") {
  auto read = parse_json(R"( {"b": true, "n": -12.5e1, "s": "x", "a": [1, null, false], "o": {}, "z": 0} )");
  REQUIRE(read.ok());
  const JsonValue& j = read.value();
  CHECK(j.is_object());
  CHECK(j.size() == 6);
  CHECK(j.at("b").get<bool>());
  CHECK(j.at("n").get<double>() == -125.0);
  CHECK(j.at("s").get<std::string>() == "x");
  CHECK(j.at("a").is_array());
  CHECK(j.at("a").at(1).is_null());
  CHECK(j["a"][2].get<bool>() == false);
  CHECK(j.at("o").is_object());
  CHECK(j.at("z").get<int>() == 0);
  std::string keys;
  for (const auto& member : j.items()) keys += member.key();
  CHECK(keys == "bnsaoz");
  CHECK(j.find("missing") == j.end());
  CHECK_FALSE(j.contains("missing"));
  CHECK(j.value("missing", 7) == 7);
  CHECK(j.value("s", "fallback") == "x");
  CHECK(j.at("a").find("s") == j.at("a").end());  // not an object
}

TEST_CASE("numbers as JSON writes them, read as a double rounds them") {
  CHECK(parse_json("0.1").value().get<double>() == 0.1);
  CHECK(parse_json("95000").value().get<int>() == 95000);
  CHECK(parse_json("1E+2").value().get<double>() == 100.0);
  CHECK(parse_json("-0").value().get<double>() == 0.0);
  CHECK(error_of("01") == "unexpected text after the JSON value at line 1, column 2");
  CHECK(error_of("1.") == "expected digits after '.' at line 1, column 3");
  CHECK(error_of("1e") == "expected digits in an exponent at line 1, column 3");
  CHECK(error_of("-") == "expected digits at line 1, column 2");
  CHECK(error_of("+1") == "expected a value at line 1, column 1");
  CHECK_THROWS_AS((void)parse_json("1.5").value().get<int>(), std::invalid_argument);
  CHECK_THROWS_AS((void)parse_json("3e9").value().get<int>(), std::invalid_argument);
}

TEST_CASE("texts with every escape, surrogate pairs and lone surrogates") {
  auto read = parse_json(R"("a\"\\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00|\ud800|\udc00x")");
  REQUIRE(read.ok());
  CHECK(read.value().get<std::string>() == "a\"\\/\b\f\n\r\t\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80|\xEF\xBF\xBD|\xEF\xBF\xBDx");
  CHECK(parse_json("\"caf\xC3\xA9\"").value().get<std::string>() == "caf\xC3\xA9");  // UTF-8 as it is
  CHECK(error_of("\"open") == "a text without its closing quote at line 1, column 6");
  CHECK(error_of("\"a\nb\"") == "a control character in a text (escape it) at line 1, column 3");
  CHECK(error_of(R"("\x")") == "an unknown escape \\x at line 1, column 4");
  CHECK(error_of(R"("\u12")") == "expected four hex digits after \\u at line 1, column 4");
}

TEST_CASE("broken documents say what was expected and where") {
  CHECK(error_of("") == "expected a value, found the end at line 1, column 1");
  CHECK(error_of("{\n  \"a\" 1}") == "expected ':' after a member name at line 2, column 7");
  CHECK(error_of("{\"a\": 1 \"b\": 2}") == "expected ',' or '}' in an object at line 1, column 9");
  CHECK(error_of("[1 2]") == "expected ',' or ']' in a list at line 1, column 4");
  CHECK(error_of("{1: 2}") == "expected a member name in quotes at line 1, column 2");
  CHECK(error_of("[1,]") == "expected a value at line 1, column 4");
  CHECK(error_of("tru") == "expected a value at line 1, column 1");
  CHECK(error_of("{} {}") == "unexpected text after the JSON value at line 1, column 4");
  // Deep nesting is refused, not recursed into until the stack runs out.
  CHECK(error_of(std::string(100000, '[')) == "nested too deeply at line 1, column 514");
}

TEST_CASE("wrong types and missing members throw naming them") {
  const JsonValue j = parse_json(R"({"a": "text", "list": ["x", 1]})").value();
  CHECK_THROWS_WITH_AS((void)j.at("a").get<double>(), "expected number, got string", std::invalid_argument);
  CHECK_THROWS_WITH_AS((void)j.at("b"), "no member 'b'", std::out_of_range);
  CHECK_THROWS_WITH_AS((void)j.at("list").at(5), "no element 5", std::out_of_range);
  CHECK_THROWS_AS((void)j.at("list").get<std::vector<std::string>>(), std::invalid_argument);
}

TEST_CASE("an nlohmann value arrives through its text, the same") {
  const nlohmann::json dom = {{"base", 150000}, {"name", "Ünïcode"}, {"list", {1, 2}}};
  const JsonValue value = dom;
  CHECK(value.at("base").get<double>() == 150000);
  CHECK(value.at("name").get<std::string>() == "Ünïcode");
  CHECK(value.at("list").size() == 2);
}
