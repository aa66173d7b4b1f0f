#include "arguments.hpp"
#include "commands.hpp"
#include "findings.hpp"
#include "guide_files.hpp"
#include "parallel.hpp"
#include "today.hpp"

#include "offercheck/guide_loader.hpp"

#include <iostream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck validate PATH... [--today YYYY-MM-DD] [--errors-only] [--jobs N]\n"
    "\n"
    "Checks guide files (directories are searched for *.md) and prints one line\n"
    "per finding:\n"
    "  FILE:LINE:COL: error: message [code]\n"
    "  FILE:LINE:COL: warning: message [code]\n"
    "then a summary. Staleness is judged against --today (default: today).\n"
    "Files are checked on --jobs threads (default: one per core).\n"
    "Exit status: 0 without errors, 1 with any, 2 for a usage error.\n";

}  // namespace

int run_validate(const std::vector<std::string>& args) {
  Arguments parsed =
      parse_arguments(args, {{"--help"}, {"--today", true}, {"--errors-only"}, {"--jobs", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (parsed.positional.empty()) throw UsageError("name at least one guide file or directory");
  const ValidationOptions options{today_from_option(parsed.value("--today"))};
  const bool errors_only = parsed.has("--errors-only");
  const unsigned jobs = jobs_from_option(parsed.value("--jobs"));

  const std::vector<std::string> files = collect_guide_files(parsed.positional);
  // The findings alone: validate never calculates with a guide.
  std::vector<std::vector<Diagnostic>> findings(files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    try {
      findings[i] = check_guide(read_file(files[i]), options);
    } catch (const std::runtime_error& e) {
      findings[i].push_back(make_error("unreadable", e.what()));
    }
  });

  std::size_t failed_files = 0, errors = 0, warnings = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (has_errors(findings[i])) ++failed_files;
    for (const Diagnostic& d : findings[i]) {
      (d.severity == Severity::error ? errors : warnings)++;
      if (errors_only && d.severity != Severity::error) continue;
      print_finding(std::cout, files[i], d);
    }
  }
  std::cout << plural(files.size(), "file") << " checked: " << plural(errors, "error") << " in "
            << plural(failed_files, "file") << ", " << plural(warnings, "warning") << "\n";
  return errors > 0 ? 1 : 0;
}

}  // namespace offercheck::cli
