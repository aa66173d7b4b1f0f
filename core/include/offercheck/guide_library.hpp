#pragma once

#include "offercheck/guide.hpp"
#include "offercheck/guide_loader.hpp"
#include "offercheck/guide_summary.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// The guides a front end has loaded, in load order. Loading a guide with the
// id of one already there replaces it.
class GuideLibrary {
 public:
  // Loads and validates a guide; it joins the library only without errors.
  GuideReport add(std::string_view text, const ValidationOptions& options = {});
  // Adds a guide already read and validated (a compiled one); answers its id.
  std::string put(Guide guide);
  const Guide* find(std::string_view id) const;
  const std::vector<Guide>& guides() const { return guides_; }

 private:
  std::vector<Guide> guides_;
};

}  // namespace offercheck
