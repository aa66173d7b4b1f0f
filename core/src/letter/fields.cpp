#include "letter/fields.hpp"

#include "letter/words.hpp"

namespace offercheck {

namespace {

struct Keyword {
  Word word;
  Field field;
};

constexpr bool kInside = true;

// The words that name a field. Where two end at the same place the longer
// wins: "signing bonus" is a sign-on bonus, not a target bonus; "rémunération
// variable" a bonus, not a base. German compounds are found inside words
// ("Zielbonus", "Bruttomonatsgehalt", "Aktienoptionen").
const Keyword kKeywords[] = {
    {{"sign-on"}, Field::sign_on},
    {{"sign on"}, Field::sign_on},
    {{"signon"}, Field::sign_on},
    {{"signing"}, Field::sign_on},
    {{"signing bonus"}, Field::sign_on},
    {{"sign-on bonus"}, Field::sign_on},
    {{"sign-on-bonus", kInside}, Field::sign_on},
    {{"sign on bonus"}, Field::sign_on},
    {{"joining bonus"}, Field::sign_on},
    {{"welcome bonus"}, Field::sign_on},
    {{"hiring bonus"}, Field::sign_on},
    {{"prime d'arrivée"}, Field::sign_on},
    {{"prime d\u2019arrivée"}, Field::sign_on},
    {{"prime de bienvenue"}, Field::sign_on},
    {{"prime de signature"}, Field::sign_on},
    {{"prime à la signature"}, Field::sign_on},
    {{"prime d'embauche"}, Field::sign_on},
    {{"prime d\u2019embauche"}, Field::sign_on},
    {{"antrittsprämie", kInside}, Field::sign_on},
    {{"antrittsbonus", kInside}, Field::sign_on},
    {{"einstiegsbonus", kInside}, Field::sign_on},
    {{"willkommensbonus", kInside}, Field::sign_on},
    {{"einmalzahlung", kInside}, Field::sign_on},
    {{"exercise price"}, Field::strike},
    {{"strike price"}, Field::strike},
    {{"exercise"}, Field::strike},
    {{"strike"}, Field::strike},
    {{"per share"}, Field::strike},
    {{"prix d'exercice"}, Field::strike},
    {{"prix d\u2019exercice"}, Field::strike},
    {{"prix de souscription"}, Field::strike},
    {{"ausübungspreis", kInside}, Field::strike},
    {{"basispreis", kInside}, Field::strike},
    {{"bonus", kInside}, Field::bonus},
    {{"incentive"}, Field::bonus},
    {{"variable"}, Field::bonus},
    {{"variable pay"}, Field::bonus},
    {{"variable compensation"}, Field::bonus},
    {{"prime"}, Field::bonus},
    {{"prämie", kInside}, Field::bonus},
    {{"tantieme", kInside}, Field::bonus},
    {{"variable vergütung", kInside}, Field::bonus},
    {{"variablen vergütung", kInside}, Field::bonus},
    {{"rsu"}, Field::equity},
    {{"restricted stock"}, Field::equity},
    {{"stock unit"}, Field::equity},
    {{"equity"}, Field::equity},
    {{"shares"}, Field::equity},
    {{"stock"}, Field::equity},
    {{"option"}, Field::equity},
    {{"grant"}, Field::equity},
    {{"bspce"}, Field::equity},
    {{"actions"}, Field::equity},
    {{"actions gratuites"}, Field::equity},
    {{"aktien", kInside}, Field::equity},
    {{"optionen", kInside}, Field::equity},
    {{"anteile", kInside}, Field::equity},
    {{"salary"}, Field::base},
    {{"base"}, Field::base},
    {{"per annum"}, Field::base},
    {{"gross"}, Field::base},
    {{"wage"}, Field::base},
    {{"salaire"}, Field::base},
    {{"rémunération"}, Field::base},
    {{"remuneration"}, Field::base},
    {{"brut"}, Field::base},
    {{"brute"}, Field::base},
    {{"bruts"}, Field::base},
    {{"brutes"}, Field::base},
    {{"brutto", kInside}, Field::base},
    {{"gehalt", kInside}, Field::base},
    {{"salario"}, Field::base},
    {{"salário"}, Field::base},
    {{"sueldo"}, Field::base},
    {{"vergütung", kInside}, Field::base},
};

}  // namespace

Field field_near(std::string_view before, std::string_view after) {
  Field field = Field::none;
  std::size_t best_end = 0, best_length = 0;
  for (const Keyword& k : kKeywords) {
    for (std::size_t at = find_word(before, k.word); at != std::string_view::npos;
         at = find_word(before, k.word, at + 1)) {
      const std::size_t end = at + k.word.text.size();
      if (end > best_end || (end == best_end && k.word.text.size() > best_length)) {
        field = k.field, best_end = end, best_length = k.word.text.size();
      }
    }
  }
  if (field != Field::none) return field;
  std::size_t best_begin = std::string_view::npos;
  for (const Keyword& k : kKeywords) {
    const std::size_t at = find_word(after, k.word);
    if (at == std::string_view::npos) continue;
    if (at < best_begin || (at == best_begin && k.word.text.size() > best_length)) {
      field = k.field, best_begin = at, best_length = k.word.text.size();
    }
  }
  return field;
}

bool price_per_share(std::string_view after) {
  return first_of(after.substr(0, 16), {{"per share"}, {"a share"}, {"/share"}, {"par action"}, {"pro aktie"},
                                        {"je aktie"}}) != std::string_view::npos;
}

bool names_options(std::string_view sentence) {
  return first_of(sentence, {{"option"}, {"bspce"}, {"optionen", kInside}, {"vsop"}, {"esop"}}) !=
         std::string_view::npos;
}

bool names_units(std::string_view sentence) {
  return first_of(sentence, {{"rsu"}, {"restricted stock"}, {"unit"}, {"share"}, {"actions"}, {"aktien", kInside},
                             {"anteile", kInside}}) != std::string_view::npos;
}

bool counts_shares(std::string_view after) {
  after = after.substr(0, 20);
  return names_options(after) || names_units(after) || first_of(after, {{"stock"}}) != std::string_view::npos;
}

}  // namespace offercheck
