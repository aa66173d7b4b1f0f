#include "offercheck/guide_library.hpp"

namespace offercheck {

GuideReport GuideLibrary::add(std::string_view text, const ValidationOptions& options) {
  GuideReport report = load_guide(text, options);
  if (!report.guide) return report;
  const std::string id = guide_id(*report.guide);
  for (Guide& existing : guides_) {
    if (guide_id(existing) == id) {
      existing = *report.guide;
      return report;
    }
  }
  guides_.push_back(*report.guide);
  return report;
}

const Guide* GuideLibrary::find(std::string_view id) const {
  for (const Guide& guide : guides_) {
    if (guide_id(guide) == id) return &guide;
  }
  return nullptr;
}

}  // namespace offercheck
