#include "arguments.hpp"
#include "commands.hpp"
#include "guide_files.hpp"

#include "offercheck/ask.hpp"
#include "offercheck/guide_asks.hpp"
#include "offercheck/guide_loader.hpp"
#include "offercheck/guide_summary.hpp"
#include "offercheck/money.hpp"
#include "offercheck/stated_comparison.hpp"
#include "offercheck/stated_targets.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck asks PATH... [--json] [--parameters JSON]\n"
    "\n"
    "The ask and floor each guide states in its Negotiate Up Strategy, per\n"
    "region and part (base, stock as a 4-year grant, sign-on, bonus, total\n"
    "comp), with the line they are on, and the amounts that look like a target\n"
    "but could not be placed (and why). PATH is a guide file or a directory\n"
    "searched for *.md.\n"
    "\n"
    "  --json               one object per guide (docs/json.md, \"asks\"), with the\n"
    "                       computed ask and floor for an offer at the band's bottom\n"
    "                       and how far they are from the guide's figures, and the\n"
    "                       answer an evaluation gives for an offer below every figure\n"
    "                       (base 0, no equity, the band's bonus percent): the guide's\n"
    "                       own figure where it is\n"
    "                       usable, with the source of each part\n"
    "  --parameters JSON    the ask model's parameters, as in an evaluation request,\n"
    "                       like '{\"ask_base_position\": 0.8}'\n"
    "\n"
    "Exit status: 0 done, 1 a guide has errors, 2 a usage error.\n";

AskParameters parameters_option(const Arguments& parsed) {
  if (!parsed.has("--parameters")) return {};
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(parsed.value("--parameters"));
  } catch (const nlohmann::json::exception&) {
    throw UsageError("--parameters: not JSON; expected an object like '{\"ask_base_position\": 0.8}'");
  }
  auto read = ask_parameters_from_json(j);
  if (!read.ok()) throw UsageError("--parameters: " + read.error().message);
  return read.value();
}

std::string parts_text(const StatedParts& p, const std::string& currency) {
  std::string out;
  auto add = [&](const char* name, const std::optional<double>& v) {
    if (v) out += (out.empty() ? "" : ", ") + std::string(name) + " " + format_money(*v, currency);
  };
  add("base", p.base);
  add("stock", p.stock);
  add("sign-on", p.sign_on);
  add("bonus", p.bonus);
  add("total comp", p.total_comp);
  return out.empty() ? "—" : out;
}

// The computed ask and floor for an offer at the band's bottom, beside the
// guide's figures; null when the band has no base range.
nlohmann::json model_json(const Band* band, const StatedBand& stated, const AskParameters& parameters,
                          nlohmann::json& comparison) {
  comparison = nullptr;
  if (!band || !band->base.low) return nullptr;
  Offer offer;
  offer.base = *band->base.low;
  if (band->stock.low) offer.stock = *band->stock.low;
  const Asks asks = compute_asks(offer, *band, parameters);
  comparison = compare_with_stated(asks, stated);
  return {{"offer", {{"base", offer.base}, {"stock", offer.stock ? nlohmann::json(*offer.stock) : nlohmann::json(nullptr)}}},
          {"ask", asks.ask},
          {"floor", asks.floor}};
}

// What evaluate answers for an offer below every figure (base 0, no equity
// entered, the band's bonus percent), so each part shows the rule that
// answers it: the guide's own figure where usable (docs/ask-model.md, "Which
// rule answers").
nlohmann::json answer_json(const Band* band, const StatedBand& stated, const AskParameters& parameters) {
  if (!band) return nullptr;
  Offer offer;
  offer.bonus_pct = band->bonus_pct;
  Asks asks = compute_asks(offer, *band, parameters);
  answer_with_stated(asks, offer, *band, stated, parameters);
  const auto number = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  return {{"offer", {{"base", 0}, {"stock", nullptr}, {"bonus_pct", number(offer.bonus_pct)}}},
          {"ask", asks.ask},
          {"floor", asks.floor}};
}

}  // namespace

int run_asks(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(args, {{"--help"}, {"--json"}, {"--parameters", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (parsed.positional.empty()) throw UsageError("name guide files or directories to read");
  const AskParameters parameters = parameters_option(parsed);
  const bool json = parsed.has("--json");

  int read = 0, stating = 0, with_unread = 0, unread_amounts = 0;
  nlohmann::json all = nlohmann::json::array();
  const int status = for_each_guide(parsed.positional, ValidationOptions{}, [&](const std::string& file,
                                                                                const Guide& guide) {
    const StatedTargets& targets = guide.stated;  // read with the guide
    ++read;
    stating += !targets.bands.empty();
    with_unread += !targets.unread.empty();
    unread_amounts += static_cast<int>(targets.unread.size());
    if (json) {
      nlohmann::json bands = nlohmann::json::array();
      for (const StatedBand& stated : targets.bands) {
        const Band* band = guide.find_band(stated.region);
        nlohmann::json item = stated, comparison;
        item["model"] = model_json(band, stated, parameters, comparison);
        item["answer"] = answer_json(band, stated, parameters);
        item["comparison"] = comparison;
        item["band"] = band ? nlohmann::json{{"base", band->base}, {"stock", band->stock}} : nlohmann::json(nullptr);
        bands.push_back(item);
      }
      all.push_back({{"id", guide_id(guide)}, {"path", file}, {"targets", bands}, {"unread", targets.unread}});
      return;
    }
    if (targets.bands.empty() && targets.unread.empty()) return;
    std::cout << guide_id(guide) << " (" << file << ")\n";
    for (const StatedBand& b : targets.bands) {
      std::cout << "  " << b.region << " (" << b.currency << (b.region_inferred ? ", region inferred" : "")
                << "), line " << b.line << "\n"
                << "    ask:   " << parts_text(b.ask, b.currency) << "\n"
                << "    floor: " << parts_text(b.floor, b.currency) << "\n";
      for (const Phrase& note : b.notes) std::cout << "    note: " << note.text() << "\n";
    }
    for (const UnreadAmount& u : targets.unread) {
      std::cout << "  not read, line " << u.line << ": " << u.text << " — " << u.reason << "\n";
    }
  });
  if (json) {
    std::cout << all.dump(2) << "\n";
  } else {
    std::cout << read << " guides read, " << stating << " state an ask or floor, " << with_unread
              << " have amounts not read (" << unread_amounts << " amounts)\n";
  }
  return status;
}

}  // namespace offercheck::cli
