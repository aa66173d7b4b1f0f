// Every guide of the public corpus sample (read at test time, never copied
// into the repository) loads; the one dossier without front matter is an error.
#include "test_support.hpp"

#include "offercheck/guide_loader.hpp"

#include <cstdlib>
#include <filesystem>

using namespace offercheck;

TEST_CASE("every guide of the corpus sample loads") {
  const std::string dir = test_support::corpus_dir();
  if (!test_support::corpus_present(dir)) return;
  int guides = 0, loaded = 0, with_strategy = 0;
  std::vector<std::string> failed;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    ++guides;
    auto report = load_guide(test_support::read_file(entry.path().string()),
                             ValidationOptions{parse_date("2026-11-22")});
    if (!report.ok()) {
      failed.push_back(std::filesystem::relative(entry.path(), dir).string() + ": " +
                       first_error(report.diagnostics)->message);
      continue;
    }
    ++loaded;
    for (const auto& section : report.guide->sections) {
      if (section.title == "Negotiate Up Strategy") {
        ++with_strategy;
        break;
      }
    }
  }
  CHECK(guides == 1121);
  REQUIRE(failed.size() == 1);
  CHECK(failed[0].find("google-research-dossier.md: no front matter") == 0);
  CHECK(loaded == 1120);
  // Every guide has a Negotiate Up Strategy paragraph; the section rules find each one.
  CHECK(with_strategy == 1120);
}
