#include "arguments.hpp"
#include "commands.hpp"

#include "offercheck/json_api.hpp"
#include "offercheck/money.hpp"
#include "offercheck/offer_letter.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck read-letter [FILE|-] [--currency CODE] [--json]\n"
    "\n"
    "What an offer letter gives: base salary (yearly), equity (a grant's value,\n"
    "or stock options and their strike price), target bonus (percent of base)\n"
    "and sign-on bonus, each with the sentence it came from, what it does not\n"
    "give, its currency, and the figures not read (their part or currency\n"
    "unclear). Letters in English, French and German are read. FILE is the\n"
    "letter as text; '-' or none reads standard input.\n"
    "\n"
    "  --currency CODE      the currency of figures written without one (and of\n"
    "                       a shared symbol when CODE is written so: '$' for\n"
    "                       CAD, 'kr' for SEK, '¥' for JPY)\n"
    "  --json               the answer as JSON (docs/json.md, \"read-letter\")\n"
    "\n"
    "Exit status: 0 something found, 1 nothing found or unreadable, 2 a usage error.\n";

// Bytes past the longest letter read are not kept: the core refuses it anyway.
std::string read_input(const std::string& name) {
  std::ifstream file;
  if (name != "-") {
    file.open(name, std::ios::binary);
    if (!file) throw UsageError("cannot read '" + name + "'");
  }
  std::istream& in = name == "-" ? std::cin : file;
  std::string text;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxLetterBytes) break;
  }
  return text;
}

const char* label_of(const std::string& field) {
  if (field == "base") return "Base salary";
  if (field == "stock") return "Equity grant";
  if (field == "options") return "Options (shares)";
  if (field == "strike") return "Strike price";
  if (field == "bonus_pct") return "Bonus (%)";
  if (field == "sign_on") return "Sign-on bonus";
  return "?";
}

std::string value_text(const LetterItem& item) {
  if (item.field == "options") return format_count(item.value);
  if (item.field == "strike") return format_price(item.value, item.currency);
  if (item.field == "bonus_pct") {
    std::ostringstream out;
    out << item.value << "%";
    return out.str();
  }
  return format_money(item.value, item.currency);
}

}  // namespace

int run_read_letter(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(args, {{"--help"}, {"--json"}, {"--currency", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (parsed.positional.size() > 1) throw UsageError("name one letter file (or '-')");
  const std::string text = read_input(parsed.positional.empty() ? "-" : parsed.positional.front());
  const std::string currency = parsed.value("--currency");
  if (parsed.has("--json")) {
    const std::string answer = json_api::read_offer_letter(text, currency);
    std::cout << answer << "\n";
    return nlohmann::json::parse(answer).value("ok", false) ? 0 : 1;
  }
  auto letter = read_offer_letter(text, currency);
  if (!letter.ok()) {
    std::cerr << "offercheck read-letter: " << letter.error().message << "\n";
    return 1;
  }
  // The letter's currency, said; and when it is not the one given, that its amounts are as written.
  if (const std::string& in = letter.value().currency; !in.empty()) {
    std::string given = currency;
    for (char& c : given) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::cout << "Currency: " << in;
    if (!given.empty() && given != in) std::cout << " (not " << given << ", the --currency given: amounts are as written, unconverted)";
    std::cout << "\n";
  }
  for (const LetterItem& item : letter.value().found) {
    std::cout << label_of(item.field) << ": " << value_text(item) << "  (line " << item.at.line << ", column "
              << item.at.column << ")\n"
              << "  \"" << item.sentence << "\"\n";
    if (!item.note.empty()) std::cout << "  note: " << item.note << "\n";
  }
  if (!letter.value().missing.empty()) {
    std::cout << "not found:";
    for (const std::string& name : letter.value().missing) std::cout << " " << name;
    std::cout << "\n";
  }
  for (const std::string& note : letter.value().notes) std::cout << "note: " << note << "\n";
  for (const UnreadFigure& figure : letter.value().unread) {
    std::cout << "not read: " << figure.text << "  (line " << figure.at.line << ", column " << figure.at.column
              << "): " << figure.reason << "\n"
              << "  \"" << figure.sentence << "\"\n";
  }
  return 0;
}

}  // namespace offercheck::cli
