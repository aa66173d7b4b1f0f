#include "guide/front_matter.hpp"

#include <doctest/doctest.h>

using namespace offercheck;

TEST_CASE("front matter and body are split with their file lines") {
  auto split = split_front_matter("---\na: 1\nb: 2\n---\n# Body\ntext\n");
  REQUIRE(split.ok());
  CHECK(split.value().front_matter == "a: 1\nb: 2\n");
  CHECK(split.value().front_matter_line == 2);
  CHECK(split.value().body == "# Body\ntext\n");
  CHECK(split.value().body_line == 5);
}

TEST_CASE("fences may carry trailing spaces and the body may be absent") {
  auto split = split_front_matter("---  \na: 1\n--- \t");
  REQUIRE(split.ok());
  CHECK(split.value().front_matter == "a: 1\n");
  CHECK(split.value().body.empty());
}

TEST_CASE("a BOM and CRLF line endings are normalized") {
  CHECK(normalize_text("\xEF\xBB\xBF---\r\na: 1\r\n---\r\n") == "---\na: 1\n---\n");
  CHECK(normalize_text("a\rb") == "a\rb");
}

TEST_CASE("missing, unterminated and empty front matter are errors") {
  auto empty = split_front_matter(" \n\n");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message.find("the file is empty") == 0);

  auto none = split_front_matter("# Just markdown\n");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message.find("no front matter") == 0);
  CHECK(none.error().at.line == 1);

  auto open = split_front_matter("---\ncompany: acme\n");
  REQUIRE_FALSE(open.ok());
  CHECK(open.error().message.find("never closed") != std::string::npos);

  auto only_fence = split_front_matter("---");
  REQUIRE_FALSE(only_fence.ok());
  CHECK(only_fence.error().message.find("never closed") != std::string::npos);
}
