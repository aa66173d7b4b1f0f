#include "arguments.hpp"
#include "commands.hpp"

#include <iostream>

namespace {

const char* kUsage =
    "usage: offercheck <command> [options]\n"
    "\n"
    "Compare a job offer with a negotiation guide's pay bands, privately.\n"
    "\n"
    "commands:\n"
    "  list [PATH...]       one line per guide (default: seeds/)\n"
    "  validate PATH...     check guide files or directories for errors and warnings\n"
    "  index PATH... -o FILE\n"
    "                       compile guides into one index: summaries and bands, texts on demand\n"
    "  bundle INDEX -o FILE an index's guides read and rendered for the page\n"
    "  check --guide FILE --region NAME --base N [...]\n"
    "                       compare an offer with a region's band; counter-offer and floor\n"
    "  asks PATH... [--json] the ask and floor each guide states in its own words\n"
    "  read-letter [FILE|-] [--currency CODE] [--json]\n"
    "                       what an offer letter gives: base, equity, bonus, sign-on\n"
    "\n"
    "Run 'offercheck <command> --help' for a command's options.\n"
    "options: --help, --version\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return 0;
    }
    if (command == "--version") {
      std::cout << "offercheck " << OFFERCHECK_VERSION << "\n";
      return 0;
    }
    if (command == "list") return offercheck::cli::run_list(rest);
    if (command == "validate") return offercheck::cli::run_validate(rest);
    if (command == "index") return offercheck::cli::run_index(rest);
    if (command == "bundle") return offercheck::cli::run_bundle(rest);
    if (command == "check") return offercheck::cli::run_check(rest);
    if (command == "asks") return offercheck::cli::run_asks(rest);
    if (command == "read-letter") return offercheck::cli::run_read_letter(rest);
    std::cerr << "offercheck: unknown command '" << command << "'\n\n" << kUsage;
    return 2;
  } catch (const offercheck::cli::UsageError& e) {
    std::cerr << "offercheck " << command << ": " << e.what() << "\n"
              << "Run 'offercheck " << command << " --help' for usage.\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "offercheck " << command << ": " << e.what() << "\n";
    return 1;
  }
}
