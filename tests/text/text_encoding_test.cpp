#include "text/text_encoding.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("UTF-8 text passes, including multibyte characters") {
  CHECK_FALSE(check_text_encoding("Paris €75K–€102K — 日本 🎯").has_value());
}

TEST_CASE("NUL bytes and invalid UTF-8 are errors at their position") {
  std::string with_nul = std::string("---\nab") + '\0' + "c\n";
  auto nul = check_text_encoding(with_nul);
  REQUIRE(nul.has_value());
  CHECK(nul->code == "binary_data");
  CHECK(nul->at.line == 2);
  CHECK(nul->at.column == 3);

  auto invalid = check_text_encoding("---\n€ ok\nbad \xC3\x28 here");
  REQUIRE(invalid.has_value());
  CHECK(invalid->code == "invalid_utf8");
  CHECK(invalid->at.line == 3);
  CHECK(invalid->at.column == 5);

  CHECK(check_text_encoding("\xC0\xAF").has_value());          // overlong
  CHECK(check_text_encoding("\xED\xA0\x80").has_value());      // surrogate
  CHECK(check_text_encoding("\xF4\x90\x80\x80").has_value());  // above U+10FFFF
  CHECK(check_text_encoding("\xE2\x82").has_value());          // truncated
}

TEST_CASE("positions count lines and characters") {
  SourcePosition p = position_at("ab\n€x", 6);
  CHECK(p.line == 2);
  CHECK(p.column == 2);
}
