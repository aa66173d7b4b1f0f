#include "arguments.hpp"
#include "commands.hpp"
#include "guide_files.hpp"
#include "today.hpp"

#include "offercheck/guide_loader.hpp"

#include <iostream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck validate PATH... [--today YYYY-MM-DD] [--errors-only]\n"
    "\n"
    "Checks guide files (directories are searched for *.md) and prints one line\n"
    "per finding:\n"
    "  FILE:LINE:COL: error: message [code]\n"
    "  FILE:LINE:COL: warning: message [code]\n"
    "then a summary. Staleness is judged against --today (default: today).\n"
    "Exit status: 0 without errors, 1 with any, 2 for a usage error.\n";

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int run_validate(const std::vector<std::string>& args) {
  Arguments parsed =
      parse_arguments(args, {{"--help"}, {"--today", true}, {"--errors-only"}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  if (parsed.positional.empty()) throw UsageError("name at least one guide file or directory");
  const ValidationOptions options{today_from_option(parsed.value("--today"))};
  const bool errors_only = parsed.has("--errors-only");

  std::size_t files = 0, failed_files = 0, errors = 0, warnings = 0;
  for (const std::string& file : collect_guide_files(parsed.positional)) {
    ++files;
    GuideReport report;
    try {
      report = load_guide(read_file(file), options);
    } catch (const std::runtime_error& e) {
      report.diagnostics.push_back(make_error("unreadable", e.what()));
    }
    if (!report.ok()) ++failed_files;
    for (const Diagnostic& d : report.diagnostics) {
      (d.severity == Severity::error ? errors : warnings)++;
      if (errors_only && d.severity != Severity::error) continue;
      std::cout << file;
      if (d.at.known()) std::cout << ":" << d.at.line << ":" << d.at.column;
      std::cout << ": " << severity_name(d.severity) << ": " << d.message << " [" << d.code
                << "]\n";
    }
  }
  std::cout << plural(files, "file") << " checked: " << plural(errors, "error") << " in "
            << plural(failed_files, "file") << ", " << plural(warnings, "warning") << "\n";
  return errors > 0 ? 1 : 0;
}

}  // namespace offercheck::cli
