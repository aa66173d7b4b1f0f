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

// Issue 23: letters written the world's ways.

namespace {

const UnreadFigure* unread(const OfferLetter& letter, std::string_view text) {
  for (const UnreadFigure& figure : letter.unread) {
    if (figure.text == text) return &figure;
  }
  return nullptr;
}

const UnreadFigure& require_unread(const OfferLetter& letter, std::string_view text) {
  const UnreadFigure* figure = unread(letter, text);
  REQUIRE_MESSAGE(figure != nullptr, "'" << text << "' is not listed unread");
  return *figure;
}

}  // namespace

TEST_CASE("offer letter: a French letter, monthly pay over 13 months, BSPCE, a prime d'arrivée") {
  const OfferLetter letter = read_ok(letter_file("fr-cdi-mensuel.txt"));
  const LetterItem& base = require(letter, "base");
  CHECK(base.value == 4250 * 13);
  CHECK(base.currency == "EUR");
  CHECK(contains(base.note, "€4,250 a month × 13"));
  CHECK(contains(base.note, "13 mois"));
  CHECK(contains(base.sentence, "rémunération brute mensuelle sera de 4 250 €"));
  CHECK(base.at.line == 5);
  CHECK(require(letter, "options").value == 12000);
  CHECK(require(letter, "strike").value == doctest::Approx(1.2));
  CHECK(require(letter, "strike").currency == "EUR");
  CHECK(require(letter, "bonus_pct").value == 10);
  CHECK(require(letter, "sign_on").value == 5000);
  CHECK(letter.missing.empty());
  CHECK(letter.currency == "EUR");
  // The meal vouchers' face value is money of no part of the offer; the trial period is a duration.
  CHECK(contains(require_unread(letter, "9 €").reason, "no part of the offer"));
  CHECK(letter.unread.size() == 1);
}

TEST_CASE("offer letter: a German letter, Bruttomonatsgehalt, Zielbonus, Antrittsprämie, Aktienoptionen") {
  const OfferLetter letter = read_ok(letter_file("de-bruttomonatsgehalt.txt"));
  const LetterItem& base = require(letter, "base");
  CHECK(base.value == 6500 * 12);  // "in 12 Monatsraten ausgezahlt" is how it is paid
  CHECK(contains(base.note, "€6,500 a month × 12"));
  CHECK(require(letter, "bonus_pct").value == 15);
  CHECK(require(letter, "sign_on").value == 7500);
  CHECK(require(letter, "options").value == 8000);
  CHECK(require(letter, "strike").value == doctest::Approx(3.5));
  CHECK(letter.missing.empty());
  CHECK(letter.unread.empty());  // "30 Arbeitstage pro Jahr" is no money
}

TEST_CASE("offer letter: amounts grouped with a space, a no-break or a narrow no-break space") {
  for (const char* space : {" ", "\u00a0", "\u202f"}) {
    CAPTURE(space);
    const std::string s(space);
    const OfferLetter yearly = read_ok("Rémunération brute annuelle de 51" + s + "000" + s + "€.");
    CHECK(require(yearly, "base").value == 51000);
    CHECK(require(yearly, "base").currency == "EUR");
    const OfferLetter monthly = read_ok("Rémunération brute mensuelle de 4" + s + "250 €.");
    CHECK(require(monthly, "base").value == 4250 * 12);
    const OfferLetter before = read_ok("Salaire de base : €" + s + "51" + s + "000 par an.");
    CHECK(require(before, "base").value == 51000);
  }
  CHECK(require(read_ok("Rémunération brute mensuelle de 4 250,50 €."), "base").value == doctest::Approx(51006));
  // Indian grouping is kept.
  CHECK(require(read_ok("Your annual base salary will be ₹25,00,000."), "base").value == 2500000);
}

TEST_CASE("offer letter: naira, and every symbol the currency table knows, give the letter's currency") {
  struct Case {
    const char* text;
    const char* currency;
    double base;
  };
  for (const Case& c : {Case{"Your annual base salary will be ₦18,000,000.", "NGN", 18e6},
                        Case{"Your annual base salary will be ₹25,00,000.", "INR", 25e5},
                        Case{"Salário base anual: R$ 180.000,00.", "BRL", 180000},
                        Case{"Base salary: CHF 140,000 per year.", "CHF", 140000},
                        Case{"Base salary: £90,000 per annum.", "GBP", 90000},
                        Case{"Base salary: €90.000 per year.", "EUR", 90000},
                        Case{"Base salary: $150,000 per year.", "USD", 150000},
                        Case{"Base salary: CA$150,000 per year.", "CAD", 150000},
                        Case{"Base salary: ₴900,000 per year.", "UAH", 900000},
                        Case{"Base salary: R450 000 per year.", "ZAR", 450000},
                        Case{"Base salary: 540 000 kr SEK per year.", "SEK", 540000},
                        Case{"Base salary: ¥9,000,000 JPY per year.", "JPY", 9e6},
                        Case{"Base salary: 1 200 000 Kč per year.", "CZK", 1.2e6},
                        Case{"Base salary: 18 000 000 Ft per year.", "HUF", 18e6}}) {
    CAPTURE(c.text);
    const OfferLetter letter = read_ok(c.text);
    CHECK(require(letter, "base").currency == c.currency);
    CHECK(require(letter, "base").value == doctest::Approx(c.base));
    CHECK(letter.currency == c.currency);
    CHECK(letter.unread.empty());
  }
  // A letter in naira read with another default currency is still in naira.
  CHECK(read_ok("Your annual base salary will be ₦18,000,000.", "USD").currency == "NGN");
}

TEST_CASE("offer letter: a symbol several currencies share is the default's, or the one the letter names, or not read") {
  CHECK(require(read_ok("Base salary: ¥9,000,000 per year.", "JPY"), "base").currency == "JPY");
  CHECK(require(read_ok("Base salary: 45 000 kr per month.", "SEK"), "base").value == 540000);
  CHECK(require(read_ok("Pay in JPY. Base salary: ¥9,000,000 per year."), "base").currency == "JPY");
  CHECK(require(read_ok("Base salary: 100 000 $ par année.", "CAD"), "base").currency == "CAD");
  // Named nowhere: not read, and said why.
  const std::string text = "Base salary: ¥9,000,000 per year. Sign-on bonus: €5,000.";
  const OfferLetter letter = read_ok(text);
  CHECK(field(letter, "base") == nullptr);
  const UnreadFigure& yen = require_unread(letter, "¥9,000,000");
  CHECK(contains(yen.reason, "CNY or JPY"));
  CHECK(yen.sentence == "Base salary: ¥9,000,000 per year.");
  CHECK(yen.at.line == 1);
  CHECK(yen.at.column == 14);
  auto only_kr = read_offer_letter("Base salary: 45 000 kr per month.");
  REQUIRE_FALSE(only_kr.ok());
  CHECK(contains(only_kr.error().message, "kr is written for DKK, ISK, NOK or SEK"));
}

TEST_CASE("offer letter: French and German words for base, period, bonus and equity") {
  struct Case {
    const char* text;
    const char* field;
    double value;
  };
  for (const Case& c : {
           Case{"Salaire : 52 000 € brut annuel.", "base", 52000},
           Case{"Votre salaire sera de 4 000 € bruts par mois.", "base", 48000},
           Case{"Rémunération brute annuelle : 60 000 €.", "base", 60000},
           Case{"Jahresgehalt: 72.000 €", "base", 72000},
           Case{"Ihr Gehalt beträgt 6.000 € pro Monat.", "base", 72000},
           Case{"Ihr Gehalt beträgt 6.000 € brutto monatlich.", "base", 72000},
           Case{"Ihr Gehalt beträgt 80.000 € brutto jährlich.", "base", 80000},
           Case{"Bruttomonatsgehalt: 5.250,00 €", "base", 63000},
           Case{"Prime annuelle : 8 % du salaire fixe.", "bonus_pct", 8},
           Case{"Zielbonus: 10%", "bonus_pct", 10},
           Case{"Jahresbonus: 12 % des Grundgehalts.", "bonus_pct", 12},
           Case{"Rémunération variable cible : 15 %.", "bonus_pct", 15},
           Case{"Vous recevrez 10 000 BSPCE.", "options", 10000},
           Case{"Sie erhalten 5.000 Aktienoptionen.", "options", 5000},
           Case{"Actions gratuites d'une valeur de 40 000 €.", "stock", 40000},
           Case{"Une prime de bienvenue de 3 000 € sera versée.", "sign_on", 3000},
       }) {
    CAPTURE(c.text);
    const OfferLetter letter = read_ok(c.text);
    CHECK(require(letter, c.field).value == doctest::Approx(c.value));
  }
}

TEST_CASE("offer letter: a bonus word ends a German compound: Zielbonus as Bonus") {
  CHECK(require(read_ok("Bonus: 10%"), "bonus_pct").value == 10);
  CHECK(require(read_ok("Zielbonus: 10%"), "bonus_pct").value == 10);
  // A sign-on compound is no target bonus.
  const OfferLetter letter = read_ok("Einstiegsbonus: 5.000 €");
  CHECK(require(letter, "sign_on").value == 5000);
  CHECK(field(letter, "bonus_pct") == nullptr);
}

TEST_CASE("offer letter: actions gratuites are free shares, a grant, and counted without a value say so") {
  auto counted = read_offer_letter("Vous recevrez 2 000 actions gratuites.");
  REQUIRE_FALSE(counted.ok());
  CHECK(contains(counted.error().message, "2,000 RSUs or shares are given without a value"));
  const OfferLetter valued = read_ok("Vous recevrez 2 000 actions gratuites, d'une valeur de 30 000 €.");
  CHECK(require(valued, "stock").value == 30000);
  CHECK(field(valued, "options") == nullptr);
}

TEST_CASE("offer letter: a monthly figure stays monthly whatever follows it") {
  const OfferLetter letter = read_ok("Your gross monthly salary will be $8,500, payable monthly.");
  CHECK(require(letter, "base").value == 102000);
  CHECK(contains(require(letter, "base").note, "$8,500 a month × 12"));
  CHECK(require(read_ok("Your monthly salary of €5,000 will be reviewed annually."), "base").value == 60000);
  CHECK(require(read_ok("Your gross monthly salary is $8,500 paid monthly."), "base").value == 102000);
  // A yearly one stays yearly however it is paid.
  CHECK(require(read_ok("Your salary will be $150,000 a year, paid monthly."), "base").value == 150000);
  CHECK(require(read_ok("Salaire annuel brut de 51 000 €, versé mensuellement."), "base").value == 51000);
  CHECK(require(read_ok("Salaire annuel de 51 000 € payé en 12 mensualités."), "base").value == 51000);
}

TEST_CASE("offer letter: United States and United Kingdom are no units") {
  auto none = read_offer_letter("We employ 1,200 people in the United States and 3,000 in the United Kingdom.");
  REQUIRE_FALSE(none.ok());
  CHECK_FALSE(contains(none.error().message, "RSUs or shares"));
  const OfferLetter letter = read_ok("Base salary: $150,000. You join 1,500 colleagues across the United States.");
  CHECK(letter.notes.empty());
  // Units written as a word still are.
  auto units = read_offer_letter("You will be granted 1,500 units.");
  REQUIRE_FALSE(units.ok());
  CHECK(contains(units.error().message, "1,500 RSUs or shares are given without a value"));
}

TEST_CASE("offer letter: figures whose part or currency is unclear are listed unread with their sentence") {
  const OfferLetter letter = read_ok(
      "Base salary: $150,000 per year.\nYou will receive a relocation allowance of $8,000.\n"
      "Your base salary will then be $160,000.\n");
  CHECK(require(letter, "base").value == 150000);
  const UnreadFigure& relocation = require_unread(letter, "$8,000");
  CHECK(contains(relocation.reason, "no part of the offer is named"));
  CHECK(relocation.sentence == "You will receive a relocation allowance of $8,000.");
  CHECK(relocation.at.line == 2);
  const UnreadFigure& second = require_unread(letter, "$160,000");
  CHECK(contains(second.reason, "a second base salary: the first, $150,000 (line 1), is the one read"));
  // The same salary said twice is one.
  CHECK(read_ok("Base salary: €4.000 per month, i.e. €48.000 per year.").unread.empty());
  // A bare figure without a default currency.
  const OfferLetter bare = read_ok("Base salary: £90,000. Signing bonus: 10,000.");
  CHECK(contains(require_unread(bare, "10,000").reason, "no currency is written"));
  CHECK(field(bare, "sign_on") == nullptr);
}

TEST_CASE("offer letter: the months' pay of a year, when the letter says 13 or 14") {
  struct Case {
    const char* text;
    int months;
  };
  for (const Case& c : {Case{"Salaire brut mensuel : 4 000 €, versé sur 13 mois.", 13},
                        Case{"Salaire brut mensuel : 4 000 €. Un 13e mois est versé en décembre.", 13},
                        Case{"Bruttomonatsgehalt: 4.000 €, 13 Monatsgehälter.", 13},
                        Case{"Bruttomonatsgehalt: 4.000 €. Sie erhalten 14 Gehälter im Jahr.", 14},
                        Case{"Monthly salary: €4,000, plus a 13th month salary in December.", 13},
                        Case{"Salario bruto: 4.000 € al mes en 14 pagas.", 14},
                        // A duration is no 13th month.
                        Case{"Monthly salary: €4,000. If you leave within 13 months you repay the bonus.", 12}}) {
    CAPTURE(c.text);
    const OfferLetter letter = read_ok(c.text);  // kept: the item is a reference into it
    const LetterItem& base = require(letter, "base");
    CHECK(base.value == 4000 * c.months);
    CHECK(contains(base.note, "× " + std::to_string(c.months)));
  }
  // A yearly salary is not multiplied.
  CHECK(require(read_ok("Salaire annuel brut : 52 000 €, versé sur 13 mois."), "base").value == 52000);
}

TEST_CASE("offer letter: one long sentence of figures is read in time, its unread figures bounded") {
  // Each figure used to quote its sentence and count its line from the
  // letter's start: minutes for such a letter, and memory for each copy.
  std::string text = "Base salary: $150,000 per year";
  for (int i = 0; i < 30000; ++i) text += ", zielbonus 10 %, miete ¥" + std::to_string(i);
  const OfferLetter letter = read_ok(text);
  CHECK(require(letter, "base").value == 150000);
  CHECK(require(letter, "bonus_pct").value == 10);
  CHECK(letter.unread.size() == 20);
  REQUIRE_FALSE(letter.notes.empty());
  CHECK(contains(letter.notes.back(), "more figures are not read"));
  // Positions counted on from figure to figure are the ones counted from the start.
  const OfferLetter lines = read_ok("Base salary: $150,000.\nRelocation: $5,000.\n\nAnd then €7,000, ₦9 — and ¥3.\n");
  REQUIRE(lines.unread.size() == 4);
  CHECK(lines.unread[2].at.line == 4);
  CHECK(lines.unread[2].at.column == 18);
  CHECK(lines.unread[3].at.column == 27);
}

TEST_CASE("offer letter: figures too long or too large to be pay are not read") {
  const OfferLetter letter = read_ok("Base salary: $150,000. Sign-on bonus: $" + std::string(400, '9') +
                                     ". Equity: $5,000,000,000,000.");
  CHECK(field(letter, "sign_on") == nullptr);
  CHECK(contains(require_unread(letter, "$5,000,000,000,000").reason, "larger than any pay"));
}

TEST_CASE("offer letter: a monthly salary too large to be pay is not read, and not formatted") {
  const OfferLetter letter = read_ok("Base salary: $150,000. Your monthly salary: €" + std::string(24, '6') + ".");
  CHECK(require(letter, "base").value == 150000);
  REQUIRE(letter.unread.size() == 1);
  CHECK(contains(letter.unread[0].reason, "larger than any pay"));
  // Under the limit a month, over it a year.
  const OfferLetter year = read_ok("Base salary: $150,000. Your monthly salary: €900,000,000,000.");
  REQUIRE(year.unread.size() == 1);
  CHECK(contains(year.unread[0].reason, "larger than any pay"));
}

TEST_CASE("offer letter: counts and percents over 10^12 are no figures of an offer") {
  auto units = read_offer_letter("You will be granted " + std::string(43, '6') + " RSUs.");
  REQUIRE_FALSE(units.ok());
  CHECK_FALSE(contains(units.error().message, "RSUs or shares are given"));
  const OfferLetter options = read_ok("Base salary: $150,000. An option to buy " + std::string(30, '4') +
                                      " shares at $1.00 per share.");
  CHECK(field(options, "options") == nullptr);
  CHECK(require(options, "strike").value == 1);
}
