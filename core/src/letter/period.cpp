#include "letter/period.hpp"

#include "letter/sentences.hpp"
#include "letter/words.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace offercheck {

namespace {

constexpr bool kInside = true;

const std::initializer_list<Word> kMonthly = {
    {"per month"}, {"a month"},   {"/month"},   {"monthly"},      {"each month"}, {"/mo"},
    {"pro monat"}, {"im monat"},  {"monatlich"}, {"monats", kInside}, {"mensuel"}, {"mensuelle"},
    {"mensuels"},  {"mensuelles"}, {"par mois"}, {"/mois"},
    // Spanish and Portuguese, so that their monthly figures are not read as a year's.
    {"por mes"},   {"al mes"},    {"mensual"},  {"por mês"},      {"ao mês"},     {"mensal"}};
const std::initializer_list<Word> kYearly = {
    {"per year"}, {"a year"},   {"/year"},     {"per annum"}, {"annual"},  {"annually"}, {"yearly"},
    {"p.a."},     {"/yr"},      {"pro jahr"},  {"im jahr"},   {"jährlich"}, {"jahres", kInside},
    {"annuel"},   {"annuelle"}, {"annuels"},   {"annuelles"}, {"par an"},  {"/an"},      {"par année"},
    {"por año"},  {"al año"},   {"anual"},     {"por ano"},   {"ao ano"}};

// Words that say how pay is paid or reviewed: a period after them, or
// followed by instalments, is a schedule, not what a figure is for.
const std::initializer_list<Word> kSchedule = {
    {"paid"},     {"payable"}, {"payment"},     {"instal", kInside}, {"reviewed"},  {"versé"},     {"versée"},
    {"payé"},     {"payée"},   {"mensualité"},  {"zahlbar"},          {"ausgezahlt"}, {"ausbezahlt"}, {"raten", kInside},
    {"überprüft"}, {"révisé"}, {"révisée"}};

// Where a period word starts in `words` that is no schedule, the first
// (`last` false) or the last; npos when none.
std::size_t period_word(std::string_view words, const std::initializer_list<Word>& period, bool last) {
  std::size_t found = std::string_view::npos;
  for (const Word& word : period) {
    for (std::size_t at = find_word(words, word); at != std::string_view::npos; at = find_word(words, word, at + 1)) {
      const std::size_t from = at > 24 ? at - 24 : 0;
      const std::string_view around = words.substr(from, at - from + word.text.size() + 16);
      if (first_of(around, kSchedule) != std::string_view::npos) continue;
      if (found == std::string_view::npos || (last ? at > found : at < found)) found = at;
    }
  }
  return found;
}

Period nearest(std::string_view words, bool last) {
  const std::size_t month = period_word(words, kMonthly, last);
  const std::size_t year = period_word(words, kYearly, last);
  if (month == year) return Period::unsaid;  // both npos
  if (month == std::string_view::npos) return Period::year;
  if (year == std::string_view::npos) return Period::month;
  return (last ? month > year : month < year) ? Period::month : Period::year;
}

}  // namespace

Period period_of(std::string_view before, std::string_view after) {
  const std::size_t clause = std::min<std::size_t>({after.find(','), after.find(';'), 40});
  if (Period said = nearest(after.substr(0, clause), false); said != Period::unsaid) return said;
  return nearest(before.size() > 60 ? before.substr(before.size() - 60) : before, true);
}

MonthsPaid months_paid(std::string_view text) {
  const std::string words = folded(quoted(text));
  struct Extra {
    int months;
    std::string_view french, german, english;  // the ordinals
  };
  for (const Extra& extra : {Extra{13, "treizième", "dreizehntes", "thirteenth"},
                             Extra{14, "quatorzième", "vierzehntes", "fourteenth"}}) {
    const std::string n = std::to_string(extra.months);
    const std::string french(extra.french), german(extra.german), english(extra.english);
    // Each with whether it goes on inside a word ("13 Monatsgehälter", "13 Gehältern").
    const std::pair<std::string, bool> phrases[] = {
        {"sur " + n + " mois", false},   {n + "e mois", false},          {n + "ème mois", false},
        {n + "eme mois", false},         {french + " mois", false},      {n + " mensualités", false},
        {n + " mois de salaire", false}, {n + " monatsgehält", true},    {n + ". monatsgehalt", false},
        {n + " gehält", true},           {german + " monatsgehalt", false}, {n + "th month", false},
        {n + "th-month", false},         {english + " month", false},    {n + " monthly salaries", false},
        {n + " monthly payments", false}, {n + " salaries", false},      {n + " pagas", false}};
    for (const auto& [phrase, inside] : phrases) {
      const std::size_t at = find_word(words, {phrase, inside});
      // A figure before it is another one: "113 mois" is no 13th month.
      if (at != std::string::npos && (at == 0 || !std::isdigit(static_cast<unsigned char>(words[at - 1])))) {
        return {extra.months, phrase};
      }
    }
  }
  return {};
}

}  // namespace offercheck
