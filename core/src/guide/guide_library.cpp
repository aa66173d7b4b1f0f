#include "offercheck/guide_library.hpp"

namespace offercheck {

GuideReport GuideLibrary::add(std::string_view text, const ValidationOptions& options) {
  GuideReport report = load_guide(text, options);
  if (report.guide) put(*report.guide);
  return report;
}

std::string GuideLibrary::put(Guide guide) {
  std::string id = guide_id(guide);
  for (Guide& existing : guides_) {
    if (guide_id(existing) == id) {
      existing = std::move(guide);
      return id;
    }
  }
  guides_.push_back(std::move(guide));
  return id;
}

const Guide* GuideLibrary::find(std::string_view id) const {
  for (const Guide& guide : guides_) {
    if (guide_id(guide) == id) return &guide;
  }
  return nullptr;
}

}  // namespace offercheck
