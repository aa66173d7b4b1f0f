#include "arguments.hpp"
#include "commands.hpp"
#include "guide_files.hpp"
#include "today.hpp"

#include "offercheck/guide_loader.hpp"

#include <algorithm>
#include <iostream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck list [PATH...] [--today YYYY-MM-DD]\n"
    "\n"
    "One line per guide: company, role, regions, currencies, last_updated, and\n"
    "whether its data is stale (next_review_due before today). PATH is a guide\n"
    "file or a directory searched for *.md; the default is seeds/.\n"
    "Guides with errors are reported on stderr and make the exit status 1.\n";

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

}  // namespace

int run_list(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(args, {{"--help"}, {"--today", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  const Date today = today_from_option(parsed.value("--today"));
  std::vector<std::string> paths = parsed.positional;
  if (paths.empty()) paths.push_back("seeds");

  return for_each_guide(paths, ValidationOptions{today}, [&](const std::string&, const Guide& guide) {
    std::vector<std::string> regions, currencies;
    for (const Band& band : guide.compensation) {
      regions.push_back(band.region);
      if (!band.currency.empty() &&
          std::find(currencies.begin(), currencies.end(), band.currency) == currencies.end()) {
        currencies.push_back(band.currency);
      }
    }
    std::cout << guide.company << "  " << guide.role << "  regions: " << joined(regions)
              << "  currencies: " << joined(currencies) << "  last_updated: "
              << (guide.last_updated ? guide.last_updated->to_string() : "unknown") << "  "
              << (guide.is_stale(today) ? "stale (review was due " +
                                              guide.next_review_due->to_string() + ")"
                                        : "fresh")
              << "\n";
  });
}

}  // namespace offercheck::cli
