#include "offercheck/offer_letter.hpp"

#include "money/prose_amounts.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace offercheck;

namespace {

std::string letter_file(const std::string& name) {
  return test_support::read_file(std::string(OFFERCHECK_LETTERS_DIR) + "/" + name);
}

OfferLetter read_ok(std::string_view text, std::string_view currency = {}) {
  auto letter = read_offer_letter(text, currency);
  REQUIRE_MESSAGE(letter.ok(), (letter.ok() ? "" : letter.error().message));
  return letter.value();
}

const LetterItem* field(const OfferLetter& letter, std::string_view name) {
  for (const LetterItem& item : letter.found) {
    if (item.field == name) return &item;
  }
  return nullptr;
}

const LetterItem& require(const OfferLetter& letter, std::string_view name) {
  const LetterItem* item = field(letter, name);
  REQUIRE_MESSAGE(item != nullptr, "no " << name << " found");
  return *item;
}

bool missing(const OfferLetter& letter, std::string_view name) {
  return std::find(letter.missing.begin(), letter.missing.end(), name) != letter.missing.end();
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

TEST_CASE("offer letter: a US start-up's options with their exercise price") {
  const std::string text = letter_file("us-startup-options.txt");
  const OfferLetter letter = read_ok(text);
  const LetterItem& base = require(letter, "base");
  CHECK(base.value == 165000);
  CHECK(base.currency == "USD");
  CHECK(base.note.empty());
  CHECK(contains(base.sentence, "Your annual base salary will be $165,000"));
  CHECK(base.at.line == 5);
  CHECK(base.at.column == 47);
  CHECK(require(letter, "options").value == 40000);
  CHECK(require(letter, "options").currency.empty());
  CHECK(require(letter, "strike").value == doctest::Approx(2.15));
  CHECK(require(letter, "strike").currency == "USD");
  CHECK(require(letter, "bonus_pct").value == 10);
  CHECK(require(letter, "sign_on").value == 15000);
  CHECK(contains(require(letter, "sign_on").sentence, "one-time signing bonus"));
  CHECK(field(letter, "stock") == nullptr);
  CHECK(letter.missing.empty());
}

TEST_CASE("offer letter: RSUs with a value, and a bonus as an amount made a percent of the base") {
  const OfferLetter letter = read_ok(letter_file("us-bigtech-rsu.txt"));
  CHECK(require(letter, "base").value == 182000);
  CHECK(require(letter, "sign_on").value == 25000);
  CHECK(require(letter, "stock").value == 240000);
  CHECK(contains(require(letter, "stock").sentence, "RSUs with a value of $240,000"));
  const LetterItem& bonus = require(letter, "bonus_pct");
  CHECK(bonus.value == doctest::Approx(15));
  CHECK(bonus.currency.empty());
  CHECK(contains(bonus.note, "$27,300"));
  CHECK(contains(bonus.note, "15%"));
  // The 401(k) match's percentages are not a bonus.
  CHECK(letter.missing.empty());
  // Found items come in the order of the form's fields, and each at its line.
  REQUIRE(letter.found.size() == 4);
  CHECK(letter.found[0].field == "base");
  CHECK(letter.found[0].at.line == 5);
  CHECK(letter.found[0].at.column == 14);
}

TEST_CASE("offer letter: a UK letter per annum, and RSUs counted without a value") {
  const OfferLetter letter = read_ok(letter_file("uk-per-annum.txt"));
  const LetterItem& base = require(letter, "base");
  CHECK(base.value == 92000);
  CHECK(base.currency == "GBP");
  CHECK(base.note.empty());  // "payable monthly" is how a yearly salary is paid
  CHECK(require(letter, "bonus_pct").value == 15);
  CHECK(field(letter, "stock") == nullptr);
  CHECK(missing(letter, "equity"));
  CHECK(missing(letter, "sign_on"));
  REQUIRE(letter.notes.size() == 1);
  CHECK(contains(letter.notes[0], "1,200"));
  CHECK(contains(letter.notes[0], "without a value"));
}

TEST_CASE("offer letter: European figures, brutto, a joining bonus, a percent with a space") {
  const OfferLetter letter = read_ok(letter_file("eu-brutto.txt"));
  CHECK(require(letter, "base").value == 78500);
  CHECK(require(letter, "base").currency == "EUR");
  CHECK(require(letter, "base").note.empty());
  CHECK(require(letter, "sign_on").value == 5000);
  CHECK(require(letter, "bonus_pct").value == 12);
  CHECK(missing(letter, "equity"));
}

TEST_CASE("offer letter: a monthly salary is read as twelve months, and says so") {
  const OfferLetter letter = read_ok(letter_file("eu-monthly.txt"));
  const LetterItem& base = require(letter, "base");
  CHECK(base.value == 74400);
  CHECK(contains(base.note, "a month × 12"));
  CHECK(contains(base.note, "6,200"));
  CHECK(require(letter, "stock").value == 40000);
  CHECK(require(letter, "stock").currency == "EUR");
  CHECK(missing(letter, "bonus"));  // the holiday allowance is not a bonus
  CHECK(missing(letter, "sign_on"));
}

TEST_CASE("offer letter: the default currency for bare figures and for a dollar that is not the US one") {
  const OfferLetter bare = read_ok("Your base salary will be 120,000 per year.", "CHF");
  CHECK(require(bare, "base").value == 120000);
  CHECK(require(bare, "base").currency == "CHF");
  CHECK(contains(require(bare, "base").note, "no currency written"));
  CHECK(require(read_ok("Base salary: $140,000.", "cad"), "base").currency == "CAD");
  CHECK(require(read_ok("Base salary: $140,000."), "base").currency == "USD");
  CHECK(require(read_ok("RSUs valued at $90,000 USD.", "CAD"), "stock").currency == "USD");
  CHECK(require(read_ok("Base salary: 95.000 EUR brutto.", "USD"), "base").currency == "EUR");
  // Without a default, a bare figure is no amount.
  CHECK_FALSE(read_offer_letter("Your base salary will be 120,000 per year.").ok());
}

TEST_CASE("offer letter: German words and compounds name the base") {
  const OfferLetter letter = read_ok("Jahresbruttogehalt: 72.000 EUR\nBonus: 10 % vom Grundgehalt\n");
  CHECK(require(letter, "base").value == 72000);
  CHECK(require(letter, "base").currency == "EUR");
  CHECK(require(letter, "bonus_pct").value == 10);
}

TEST_CASE("offer letter: a sentence wrapped across lines is one sentence") {
  const OfferLetter letter = read_ok("We offer an annual base salary of\n$150,000 and a signing bonus of\n$10,000.\n");
  CHECK(require(letter, "base").value == 150000);
  CHECK(require(letter, "sign_on").value == 10000);
  CHECK(require(letter, "sign_on").at.line == 3);
  CHECK(require(letter, "base").sentence == "We offer an annual base salary of $150,000 and a signing bonus of $10,000.");
}

TEST_CASE("offer letter: text without an offer is an error naming what was not found") {
  auto none = read_offer_letter(letter_file("unreadable.txt"));
  REQUIRE_FALSE(none.ok());
  CHECK(contains(none.error().message, "could not find a base salary"));
  CHECK(contains(none.error().message, "sign-on bonus"));
  auto count_only = read_offer_letter("You will be granted 5,000 RSUs.");
  REQUIRE_FALSE(count_only.ok());
  CHECK(contains(count_only.error().message, "5,000 RSUs or shares are given without a value"));
}

TEST_CASE("offer letter: empty, binary, oversized text and an unknown currency are errors, never crashes") {
  CHECK_FALSE(read_offer_letter("").ok());
  CHECK_FALSE(read_offer_letter("   \n\n  ").ok());
  auto binary = read_offer_letter(std::string("Base salary $100,000\0\xff\xfe", 23));
  REQUIRE_FALSE(binary.ok());
  CHECK(contains(binary.error().message, "not text"));
  auto huge = read_offer_letter(std::string(kMaxLetterBytes + 1, 'a'));
  REQUIRE_FALSE(huge.ok());
  CHECK(contains(huge.error().message, "longer than"));
  auto currency = read_offer_letter("Base salary: $100,000.", "XYZ");
  REQUIRE_FALSE(currency.ok());
  CHECK(contains(currency.error().message, "XYZ"));
  // Figures everywhere, no words: nothing to read, no crash.
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise += "$1,0.5%, 1.000.000,- € 9 ";
  CHECK_FALSE(read_offer_letter(noise).ok());
  std::string all_bytes;
  for (int c = 1; c < 256; ++c) all_bytes += static_cast<char>(c);
  CHECK_FALSE(read_offer_letter(all_bytes).ok());
}

TEST_CASE("prose amounts: European figures and currencies after the figure") {
  ProseStyle european{true, true};
  auto amounts = prose_amounts("€78.500 brutto, 5.000 € bonus, strike EUR 1,50", european);
  REQUIRE(amounts.size() == 3);
  CHECK(amounts[0].low == 78500);
  CHECK(amounts[1].low == 5000);
  CHECK(amounts[1].currency == "EUR");
  CHECK(amounts[2].low == doctest::Approx(1.5));
  CHECK(prose_amounts("120,000 CHF per year", ProseStyle{false, true})[0].currency == "CHF");
  // Guides' style is unchanged: "€85.000" is not a European figure there.
  CHECK(prose_amounts("€85.5K")[0].low == 85500);
  CHECK(prose_amounts("2026 ALL HANDS", ProseStyle{false, true}).empty());
  CHECK(writes_european_numbers("€78.500 brutto"));
  CHECK_FALSE(writes_european_numbers("$150,000 and $2.500"));
  auto numbers = prose_numbers("40,000 shares, 10% target, $2.15 strike");
  REQUIRE(numbers.size() == 2);
  CHECK(numbers[0].value == 40000);
  CHECK(numbers[1].percent);
}
