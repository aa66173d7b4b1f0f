#include "common/trim.hpp"

#include <doctest/doctest.h>

using offercheck::trim;

TEST_CASE("one trim: ASCII blanks and the no-break spaces people paste") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("\xC2\xA0" "80 000\xE2\x80\xAF") == "80 000");
  CHECK(trim("") == "");
  CHECK(trim(" \xC2\xA0 ") == "");
  CHECK(trim("\xC2") == "\xC2");  // half a no-break space is not a space
}
