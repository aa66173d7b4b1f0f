#include "findings.hpp"

#include "arguments.hpp"
#include "parallel.hpp"

#include <cctype>

namespace offercheck::cli {

void print_finding(std::ostream& out, const std::string& file, const Diagnostic& finding) {
  out << file;
  if (finding.at.known()) out << ":" << finding.at.line << ":" << finding.at.column;
  out << ": " << severity_name(finding.severity) << ": " << finding.message << " [" << finding.code << "]\n";
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

unsigned jobs_from_option(const std::string& value) {
  if (value.empty()) return default_jobs();
  unsigned jobs = 0;
  for (char c : value) {
    if (!std::isdigit(static_cast<unsigned char>(c)) || jobs > 256) {
      throw UsageError("--jobs: expected a number of threads from 1 to 256, got '" + value + "'");
    }
    jobs = jobs * 10 + static_cast<unsigned>(c - '0');
  }
  if (jobs < 1 || jobs > 256) throw UsageError("--jobs: expected a number of threads from 1 to 256, got '" + value + "'");
  return jobs;
}

}  // namespace offercheck::cli
