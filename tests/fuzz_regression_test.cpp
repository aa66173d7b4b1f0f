// Every input the fuzzers ever found (tests/fuzz_regressions/<target>/) and
// every fuzz seed (fuzz/seeds/<target>/, and for the letter reader the
// sample letters it is seeded with, tests/letter/letters/), replayed through
// the same target bodies scripts/fuzz runs. A broken promise aborts the test run.
#include "test_support.hpp"

#ifdef OFFERCHECK_FUZZ_TARGETS
#include "fuzz_targets.hpp"

#include <filesystem>
#include <functional>

namespace {

int replay(const std::string& target, const std::function<void(std::string_view)>& body) {
  int replayed = 0;
  std::vector<std::filesystem::path> dirs = {std::filesystem::path(OFFERCHECK_REGRESSIONS_DIR) / target,
                                             std::filesystem::path(OFFERCHECK_FUZZ_DIR) / "seeds" / target};
  if (target == "offer_letter") dirs.push_back(OFFERCHECK_LETTERS_DIR);  // as scripts/fuzz seeds it
  for (const std::filesystem::path& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      CAPTURE(entry.path().string());
      body(test_support::read_file(entry.path().string()));
      ++replayed;
    }
  }
  return replayed;
}

}  // namespace

TEST_CASE("saved fuzz findings and seeds replay cleanly") {
  CHECK(replay("guide", offercheck::fuzz::guide_target) >= 1);
  CHECK(replay("money_input", offercheck::fuzz::money_input_target) >= 5);
  CHECK(replay("evaluate", offercheck::fuzz::evaluate_target) >= 2);
  CHECK(replay("offer_letter", offercheck::fuzz::offer_letter_target) >= 8);
  CHECK(replay("prose_amounts", offercheck::fuzz::prose_amounts_target) >= 5);
  // The seed guides go through the guide target too.
  offercheck::fuzz::guide_target(test_support::read_file(test_support::seeds_dir() + "/hugging-face/product-manager.md"));
}
#endif
