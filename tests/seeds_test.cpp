#include "test_support.hpp"

#include "offercheck/guide_loader.hpp"

#include <filesystem>

using namespace offercheck;

TEST_CASE("every seed loads without errors and sits at seeds/<company>/<role>.md") {
  int seeds = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(test_support::seeds_dir())) {
    if (entry.path().extension() != ".md") continue;
    ++seeds;
    CAPTURE(entry.path().string());
    auto report = load_guide(test_support::read_file(entry.path().string()));
    REQUIRE(report.ok());
    const Guide& guide = *report.guide;
    CHECK(entry.path().stem() == guide.role);
    CHECK(entry.path().parent_path().filename() == guide.company);
    CHECK(guide.compensation.size() == 3);
    CHECK(guide.last_updated.has_value());
    CHECK(guide.next_review_due.has_value());
    bool has_strategy = false;
    for (const auto& section : guide.sections) {
      has_strategy |= section.title == "Negotiate Up Strategy";
    }
    CHECK(has_strategy);
  }
  CHECK(seeds == 3);
}

TEST_CASE("the product manager seed's bands are read exactly") {
  Guide guide = test_support::load_seed("hugging-face", "product-manager");
  const Band& paris = *guide.find_band("Paris");
  CHECK(paris.currency == "EUR");
  CHECK(*paris.base.low == 75000);
  CHECK(*paris.base.high == 102000);
  CHECK(*paris.stock.low == 95000);
  CHECK(*paris.stock.high == 180000);
  CHECK_FALSE(paris.bonus_pct.has_value());
  CHECK(*paris.total_comp.high == 147000);
  CHECK_FALSE(guide.find_band("Remote Global")->has_any_number());
  CHECK(guide.data_sources.size() == 5);
  CHECK(guide.level_mapping.raw->find("HF Product Manager = Google L4–L5 PM") == 0);
}
