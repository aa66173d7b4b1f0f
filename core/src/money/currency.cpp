#include "money/currency.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace offercheck {

namespace {

// Rough units per US dollar are orders of magnitude for plausibility checks
// only (late 2025); 0 where no check is made.
const CurrencyInfo kCurrencies[] = {
    {"AED", "", 3.7},     {"AFN", "", 0},       {"ALL", "", 0},       {"AMD", "", 0},
    {"ANG", "", 0},       {"AOA", "", 0},       {"ARS", "", 0},       {"AUD", "A$", 1.5},
    {"AWG", "", 0},       {"AZN", "₼", 0},      {"BAM", "", 0},       {"BBD", "", 0},
    {"BDT", "৳", 0},      {"BGN", "", 1.8},     {"BHD", "", 0},       {"BIF", "", 0},
    {"BMD", "", 0},       {"BND", "", 0},       {"BOB", "", 0},       {"BRL", "R$", 5.5},
    {"BSD", "", 0},       {"BTN", "", 0},       {"BWP", "", 0},       {"BYN", "", 0},
    {"BZD", "", 0},       {"CAD", "CA$", 1.4},  {"CDF", "", 0},       {"CHF", "", 0.85},
    {"CLP", "", 0},       {"CNY", "CN¥", 7.2},  {"COP", "", 0},       {"CRC", "₡", 0},
    {"CUP", "", 0},       {"CVE", "", 0},       {"CZK", "", 23},      {"DJF", "", 0},
    {"DKK", "", 6.8},     {"DOP", "", 0},       {"DZD", "", 0},       {"EGP", "", 0},
    {"ERN", "", 0},       {"ETB", "", 0},       {"EUR", "€", 0.9},    {"FJD", "", 0},
    {"FKP", "", 0},       {"GBP", "£", 0.78},   {"GEL", "₾", 0},      {"GHS", "₵", 0},
    {"GIP", "", 0},       {"GMD", "", 0},       {"GNF", "", 0},       {"GTQ", "", 0},
    {"GYD", "", 0},       {"HKD", "HK$", 7.8},  {"HNL", "", 0},       {"HTG", "", 0},
    {"HUF", "", 360},     {"IDR", "", 16000},   {"ILS", "₪", 3.6},    {"INR", "₹", 85},
    {"IQD", "", 0},       {"IRR", "", 0},       {"ISK", "", 0},       {"JMD", "", 0},
    {"JOD", "", 0},       {"JPY", "¥", 150},    {"KES", "", 0},       {"KGS", "", 0},
    {"KHR", "៛", 0},      {"KMF", "", 0},       {"KPW", "", 0},       {"KRW", "₩", 1400},
    {"KWD", "", 0},       {"KYD", "", 0},       {"KZT", "₸", 0},      {"LAK", "₭", 0},
    {"LBP", "", 0},       {"LKR", "", 0},       {"LRD", "", 0},       {"LSL", "", 0},
    {"LYD", "", 0},       {"MAD", "", 0},       {"MDL", "", 0},       {"MGA", "", 0},
    {"MKD", "", 0},       {"MMK", "", 0},       {"MNT", "₮", 0},      {"MOP", "", 0},
    {"MRU", "", 0},       {"MUR", "", 0},       {"MVR", "", 0},       {"MWK", "", 0},
    {"MXN", "MX$", 18},   {"MYR", "", 4.5},     {"MZN", "", 0},       {"NAD", "", 0},
    {"NGN", "₦", 1500},   {"NIO", "", 0},       {"NOK", "", 10.5},    {"NPR", "", 0},
    {"NZD", "NZ$", 1.7},  {"OMR", "", 0},       {"PAB", "", 0},       {"PEN", "", 0},
    {"PGK", "", 0},       {"PHP", "₱", 57},     {"PKR", "", 280},     {"PLN", "zł", 3.9},
    {"PYG", "₲", 0},      {"QAR", "", 3.6},     {"RON", "", 4.5},     {"RSD", "", 0},
    {"RUB", "₽", 0},      {"RWF", "", 0},       {"SAR", "", 3.75},    {"SBD", "", 0},
    {"SCR", "", 0},       {"SDG", "", 0},       {"SEK", "", 10.5},    {"SGD", "S$", 1.3},
    {"SHP", "", 0},       {"SLE", "", 0},       {"SOS", "", 0},       {"SRD", "", 0},
    {"SSP", "", 0},       {"STN", "", 0},       {"SVC", "", 0},       {"SYP", "", 0},
    {"SZL", "", 0},       {"THB", "฿", 34},     {"TJS", "", 0},       {"TMT", "", 0},
    {"TND", "", 0},       {"TOP", "", 0},       {"TRY", "₺", 40},     {"TTD", "", 0},
    {"TWD", "NT$", 31},   {"TZS", "", 0},       {"UAH", "₴", 41},     {"UGX", "", 0},
    {"USD", "$", 1},      {"UYU", "", 0},       {"UZS", "", 0},       {"VES", "", 0},
    {"VND", "₫", 25000},  {"VUV", "", 0},       {"WST", "", 0},       {"XAF", "", 0},
    {"XCD", "", 0},       {"XOF", "", 0},       {"XPF", "", 0},       {"YER", "", 0},
    {"ZAR", "R", 18},     {"ZMW", "", 0},       {"ZWL", "", 0},
};

// Other ways prose and offer letters write a currency: read as the currency,
// never used to format it (its table symbol is). Nordic crowns, rupees and
// pesos share theirs; the others name one currency.
const CurrencyInfo kReadOnlySymbols[] = {
    {"CAD", "C$", 0},  {"ARS", "$", 0},  {"CLP", "$", 0},   {"COP", "$", 0},  {"CZK", "Kč", 0},
    {"DKK", "kr", 0},  {"HUF", "Ft", 0}, {"IDR", "Rp", 0},  {"INR", "Rs", 0}, {"INR", "₨", 0},
    {"ISK", "kr", 0},  {"KES", "KSh", 0}, {"LKR", "Rs", 0}, {"LKR", "₨", 0},  {"MYR", "RM", 0},
    {"NOK", "kr", 0},  {"NPR", "Rs", 0}, {"NPR", "₨", 0},   {"PKR", "Rs", 0}, {"PKR", "₨", 0},
    {"SEK", "kr", 0},
};

// Symbols shared by several currencies: they are formatted for the one the
// table gives them, but name none when read.
constexpr std::string_view kSharedSymbols[] = {"$", "¥", "kr", "Rs", "₨"};

bool is_shared(std::string_view symbol) {
  return std::find(std::begin(kSharedSymbols), std::end(kSharedSymbols), symbol) != std::end(kSharedSymbols);
}

std::optional<SymbolMatch> match_of(const CurrencyInfo& c) {
  const bool letters = std::all_of(c.symbol.begin(), c.symbol.end(),
                                   [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
  return SymbolMatch{c.symbol.size(), is_shared(c.symbol) ? std::string_view() : c.code, letters};
}

// The longest symbol for which `fits` holds.
template <class Fits>
std::optional<SymbolMatch> longest_symbol(Fits fits) {
  const CurrencyInfo* best = nullptr;
  for (const CurrencyInfo& c : kCurrencies) {
    if (!c.symbol.empty() && fits(c.symbol) && (!best || c.symbol.size() > best->symbol.size())) best = &c;
  }
  for (const CurrencyInfo& c : kReadOnlySymbols) {
    if (fits(c.symbol) && (!best || c.symbol.size() > best->symbol.size())) best = &c;
  }
  if (!best) return std::nullopt;
  return match_of(*best);
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

const CurrencyInfo* find_currency(std::string_view code) {
  auto end = std::end(kCurrencies);
  auto it = std::lower_bound(std::begin(kCurrencies), end, code,
                             [](const CurrencyInfo& c, std::string_view k) { return c.code < k; });
  return it != end && it->code == code ? &*it : nullptr;
}

std::vector<std::string> currencies_named_in(std::string_view text) {
  std::vector<std::string> named;
  auto add = [&](std::string_view code) {
    if (std::find(named.begin(), named.end(), code) == named.end()) named.emplace_back(code);
  };
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
    bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]));
    bool word_end = i + 3 == text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 3]));
    if (word_start && word_end && is_upper(text[i]) && is_upper(text[i + 1]) &&
        is_upper(text[i + 2]) && find_currency(text.substr(i, 3))) {
      add(text.substr(i, 3));
    }
  }
  for (std::size_t i = 0; i < text.size();) {
    auto symbol = symbol_at(text, i);
    if (!symbol) {
      ++i;
      continue;
    }
    if (!symbol->code.empty() && !symbol->letters) add(symbol->code);
    i += symbol->length;
  }
  return named;
}

std::vector<std::string_view> currencies_sharing(std::string_view symbol) {
  std::vector<std::string_view> codes;
  if (!is_shared(symbol)) return codes;
  const auto add = [&](const CurrencyInfo& c) {
    const bool written_with = c.symbol.size() >= symbol.size() &&
                              c.symbol.substr(c.symbol.size() - symbol.size()) == symbol;
    if (written_with && std::find(codes.begin(), codes.end(), c.code) == codes.end()) codes.push_back(c.code);
  };
  for (const CurrencyInfo& c : kCurrencies) add(c);
  for (const CurrencyInfo& c : kReadOnlySymbols) add(c);
  std::sort(codes.begin(), codes.end());
  return codes;
}

namespace {

// The bytes symbols start with: most of a text starts none, and the tables
// are not searched there (labels and letters are read byte by byte).
bool starts_symbol(unsigned char byte) {
  static const std::array<bool, 256> starts = [] {
    std::array<bool, 256> table{};
    for (const CurrencyInfo& c : kCurrencies) {
      if (!c.symbol.empty()) table[static_cast<unsigned char>(c.symbol.front())] = true;
    }
    for (const CurrencyInfo& c : kReadOnlySymbols) table[static_cast<unsigned char>(c.symbol.front())] = true;
    return table;
  }();
  return starts[byte];
}

}  // namespace

std::optional<SymbolMatch> symbol_at(std::string_view text, std::size_t at) {
  if (at >= text.size() || !starts_symbol(static_cast<unsigned char>(text[at]))) return std::nullopt;
  const std::string_view rest = text.substr(at);
  return longest_symbol([&](std::string_view symbol) { return rest.substr(0, symbol.size()) == symbol; });
}

std::optional<SymbolMatch> symbol_ending(std::string_view text) {
  return longest_symbol([&](std::string_view symbol) {
    return text.size() >= symbol.size() && text.substr(text.size() - symbol.size()) == symbol;
  });
}

}  // namespace offercheck
