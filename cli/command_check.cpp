#include "arguments.hpp"
#include "check_report.hpp"
#include "competing_spec.hpp"
#include "commands.hpp"
#include "guide_files.hpp"
#include "today.hpp"

#include "offercheck/evaluation.hpp"
#include "offercheck/guide_insights.hpp"
#include "offercheck/guide_loader.hpp"
#include "offercheck/money_input.hpp"
#include "offercheck/negotiation_script.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck check --guide FILE --region NAME --base N [options]\n"
    "\n"
    "Compares an offer with one region's band of a guide and computes a\n"
    "counter-offer (ask) and an accept-at floor in the band's currency.\n"
    "\n"
    "  --guide FILE         the guide (Markdown with YAML front matter)\n"
    "  --region NAME        the region, matched ignoring case\n"
    "  --base N             yearly base salary\n"
    "  --stock N            equity grant over 4 years (total)\n"
    "  --options SHARES     stock options instead of --stock: the number of shares\n"
    "  --strike PRICE       the options' strike price per share (default 0)\n"
    "  --share-price PRICE  today's price per share (preferred or 409A, your choice),\n"
    "                       required with --options\n"
    "  --exit-multiple X    the exit price as a multiple of today's (default 1)\n"
    "  --dilution PCT       total dilution until the exit, percent (default 0)\n"
    "  --raise PCT          a yearly raise, compounding on base from year 2\n"
    "  --bonus-payout PCT   the share of the bonus target you expect paid (default 100)\n"
    "  --bonus-pct N        yearly bonus target as a percent of base, like 15\n"
    "  --bonus N            yearly bonus as an amount (instead of --bonus-pct)\n"
    "  --sign-on N          one-time sign-on bonus\n"
    "  --vesting V          the grant's vesting: even (25,25,25,25 a year, the default),\n"
    "                       monthly, quarterly, cliff (monthly with a 12-month cliff),\n"
    "                       5,15,40,40, 33,33,22,11 or any yearly percents summing to 100\n"
    "  --cliff-months N     the cliff of a monthly or quarterly schedule (default 12)\n"
    "  --vesting-start-months N  months after joining when vesting starts (default 0)\n"
    "  --leave-after-months N    what has vested if you leave after N months\n"
    "  --refresh N          a yearly refresh grant of N, from year 2\n"
    "  --illiquid           the offer's equity is pre-IPO (counted at a discount)\n"
    "  --discount P         the discount on illiquid equity, percent (default 50)\n"
    "  --competing SPEC     another offer you hold (repeatable), like\n"
    "                       name=Google Paris,base=115000,stock_per_year=85000,currency=EUR,liquid=yes\n"
    "                       keys: name base stock stock_per_year bonus_pct bonus sign_on refresh\n"
    "                       currency liquid(yes/no) vesting(5/15/40/40|cliff|monthly|quarterly)\n"
    "                       cliff_months vesting_start_months options strike share_price\n"
    "                       exit_multiple dilution_pct raise_pct bonus_payout_pct\n"
    "  --fx CUR=RATE        override an exchange rate: one CUR in the guide's currency (repeatable)\n"
    "  --derive-from NAME   compare with NAME's band scaled by --factor instead\n"
    "  --factor F           the scale for --derive-from, like 0.8\n"
    "  --script             print the negotiation script and email with your numbers\n"
    "  --fill KEY=TEXT      fill a script placeholder, like '[library]=Transformers' (repeatable)\n"
    "  --today YYYY-MM-DD   the date staleness is judged against (default: today)\n"
    "  --json               print the result as JSON (docs/json.md)\n"
    "\n"
    "Amounts: 80000, 80k, 80K, €80,000, 1.2M. Exit status: 0 done, 1 the guide\n"
    "has errors, 2 a usage error (bad amount, unknown region).\n";

struct TypedAmount {
  std::string option;
  MoneyInput input;
};

std::optional<TypedAmount> money_option(const Arguments& parsed, const std::string& option) {
  if (!parsed.has(option)) return std::nullopt;
  auto amount = parse_money(parsed.value(option));
  if (!amount.ok()) throw UsageError(option + ": " + amount.error().message);
  return TypedAmount{option, amount.value()};
}

// A percent as the core reads it (parse_percent), at most `max`.
double percent_option(const Arguments& parsed, const std::string& option, double max) {
  auto value = parse_percent(parsed.value(option));
  if (!value.ok()) throw UsageError(option + ": " + value.error().message);
  if (value.value() > max) throw UsageError(option + ": at most " + std::to_string(static_cast<int>(max)));
  return value.value();
}

// A flag's value read by a core parser; its error names the flag.
template <class Parse>
auto parsed_option(const Arguments& parsed, const std::string& option, Parse parse) {
  auto value = parse(parsed.value(option));
  if (!value.ok()) throw UsageError(option + ": " + value.error().message);
  return value.value();
}

// The flag that sets each field of the terms, for check_terms' messages.
std::string flag_of(std::string_view key) {
  static const std::map<std::string_view, std::string> flags = {
      {"base", "--base"},           {"stock", "--stock"},
      {"bonus_pct", "--bonus-pct"}, {"bonus", "--bonus"},
      {"sign_on", "--sign-on"},     {"refresh", "--refresh"},
      {"options", "--options"},     {"strike", "--strike"},
      {"share_price", "--share-price"}, {"exit_multiple", "--exit-multiple"},
      {"dilution_pct", "--dilution"},   {"raise_pct", "--raise"},
      {"bonus_payout_pct", "--bonus-payout"}, {"cliff_months", "--cliff-months"},
      {"vesting_start_months", "--vesting-start-months"}};
  auto it = flags.find(key);
  return it != flags.end() ? it->second : "offer " + std::string(key);
}

void print_json_error(const Error& error) {
  std::cout << nlohmann::json{{"ok", false}, {"error", error}}.dump(2) << "\n";
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(
      args, {{"--help"}, {"--guide", true}, {"--region", true}, {"--base", true},
             {"--stock", true}, {"--bonus-pct", true}, {"--bonus", true}, {"--sign-on", true},
             {"--vesting", true}, {"--refresh", true}, {"--illiquid"}, {"--discount", true},
             {"--competing", true, true}, {"--fx", true, true}, {"--derive-from", true},
             {"--factor", true}, {"--script"}, {"--fill", true, true}, {"--today", true},
             {"--json"}, {"--options", true}, {"--strike", true}, {"--share-price", true},
             {"--exit-multiple", true}, {"--dilution", true}, {"--raise", true}, {"--bonus-payout", true},
             {"--cliff-months", true}, {"--vesting-start-months", true}, {"--leave-after-months", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  for (const char* required : {"--guide", "--region", "--base"}) {
    if (!parsed.has(required)) throw UsageError(std::string(required) + " is required");
  }
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional.front() + "'");
  }
  if (parsed.has("--bonus-pct") && parsed.has("--bonus")) {
    throw UsageError("give --bonus-pct or --bonus, not both");
  }
  if (parsed.has("--stock") && parsed.has("--options")) {
    throw UsageError("give --stock (a grant value) or --options, not both");
  }
  if (parsed.has("--derive-from") != parsed.has("--factor")) {
    throw UsageError("--derive-from and --factor go together");
  }
  const bool json = parsed.has("--json");

  EvaluateRequest request;
  request.region = parsed.value("--region");
  request.today = today_from_option(parsed.value("--today"));
  std::vector<TypedAmount> typed;
  auto take = [&](const std::string& option, auto assign) {
    if (auto amount = money_option(parsed, option)) {
      assign(amount->input.amount);
      typed.push_back(*amount);
    }
  };
  take("--base", [&](double v) { request.offer.base = v; });
  take("--stock", [&](double v) { request.offer.stock = v; });
  take("--bonus", [&](double v) { request.offer.bonus = v; });
  take("--sign-on", [&](double v) { request.offer.sign_on = v; });
  take("--refresh", [&](double v) { request.offer.refresh = v; });
  take("--strike", [&](double v) { request.offer.strike = v; });
  take("--share-price", [&](double v) { request.offer.share_price = v; });
  if (parsed.has("--options")) {
    request.offer.options = parsed_option(parsed, "--options", parse_money).amount;
  }
  if (parsed.has("--exit-multiple")) {
    request.offer.exit_multiple = parsed_option(parsed, "--exit-multiple", parse_multiple);
  }
  const std::pair<const char*, std::optional<double>*> percents[] = {
      {"--dilution", &request.offer.dilution_pct},
      {"--raise", &request.offer.raise_pct},
      {"--bonus-payout", &request.offer.bonus_payout_pct}};
  for (const auto& [option, into] : percents) {
    if (parsed.has(option)) *into = parsed_option(parsed, option, parse_percent);
  }
  if (parsed.has("--vesting")) {
    auto vesting = parse_vesting(parsed.value("--vesting"));
    if (!vesting.ok()) throw UsageError("--vesting: " + vesting.error().message);
    request.offer.vesting = vesting.value();
  }
  if (parsed.has("--cliff-months")) {
    request.offer.vesting.cliff_months = parsed_option(parsed, "--cliff-months", parse_months);
  }
  if (parsed.has("--vesting-start-months")) {
    request.offer.vesting.start_months = parsed_option(parsed, "--vesting-start-months", parse_months);
  }
  if (parsed.has("--leave-after-months")) {
    const int months = parsed_option(parsed, "--leave-after-months", parse_months);
    if (months < 0 || months > kMaxLeaveMonths) {
      throw UsageError("--leave-after-months: between 0 and " + std::to_string(kMaxLeaveMonths) + " months");
    }
    request.leave_after_months = months;
  }
  request.offer.liquid = !parsed.has("--illiquid");
  if (parsed.has("--discount")) {
    request.parameters.illiquid_discount = percent_option(parsed, "--discount", 100) / 100;
  }
  for (const std::string& spec : parsed.all("--competing")) {
    request.competing.push_back(parse_competing_spec(spec));
  }
  for (const std::string& text : parsed.all("--fx")) {
    auto rate = parse_fx_override(text);
    if (!rate.ok()) throw UsageError("--fx: " + rate.error().message);
    request.fx[rate.value().first] = rate.value().second;
  }
  std::map<std::string, std::string> fills;
  for (const std::string& text : parsed.all("--fill")) {
    auto eq = text.find('=');
    if (eq == std::string::npos) throw UsageError("--fill: '" + text + "' is not KEY=TEXT");
    fills[text.substr(0, eq)] = text.substr(eq + 1);
  }
  if (parsed.has("--bonus-pct")) request.offer.bonus_pct = percent_option(parsed, "--bonus-pct", 1000);
  if (auto error = check_terms(request.offer, "offer", flag_of)) throw UsageError(error->message);
  if (parsed.has("--derive-from")) {
    char* end = nullptr;
    const std::string factor = parsed.value("--factor");
    double value = std::strtod(factor.c_str(), &end);
    if (factor.empty() || *end != '\0') {
      throw UsageError("--factor: '" + factor + "' is not a number like 0.8");
    }
    request.derive = DerivedFrom{parsed.value("--derive-from"), value};
  }

  const std::string file = collect_guide_files({parsed.value("--guide")}).front();
  GuideReport report = load_guide(read_file(file), ValidationOptions{request.today});
  if (!report.ok()) {
    if (json) {
      std::cout << nlohmann::json(report).dump(2) << "\n";
    } else {
      for (const Diagnostic& d : report.diagnostics) {
        if (d.severity != Severity::error) continue;
        std::cerr << file;
        if (d.at.known()) std::cerr << ":" << d.at.line << ":" << d.at.column;
        std::cerr << ": error: " << d.message << "\n";
      }
    }
    return 1;
  }

  auto evaluation = evaluate(*report.guide, request);
  if (!evaluation.ok()) {
    if (json) print_json_error(evaluation.error());
    throw UsageError(evaluation.error().message);
  }
  for (const TypedAmount& amount : typed) {
    if (auto warning = typed_currency_warning(amount.option, amount.input,
                                              evaluation.value().band.currency)) {
      evaluation.value().warnings.push_back(*warning);
    }
  }
  const Guide& guide = *report.guide;
  std::optional<NegotiationScript> script;
  if (parsed.has("--script")) script = negotiation_script(guide, evaluation.value(), fills);
  if (json) {
    nlohmann::json out = evaluation.value();
    out["insights"] = insights_json(guide);
    if (script) out["script"] = *script;
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << render_check_report(evaluation.value(), guide);
    if (script) std::cout << "\n" << script_text(*script);
  }
  return 0;
}

}  // namespace offercheck::cli
