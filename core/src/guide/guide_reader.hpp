#pragma once

#include "offercheck/diagnostic.hpp"
#include "offercheck/guide.hpp"

#include "guide/yaml_tree.hpp"

#include <vector>

namespace offercheck {

// Turns parsed front matter into a Guide, reporting each missing field,
// wrong type, negative or non-finite number and unknown field. It reads
// only the shapes the format defines, so aliases and cycles are never
// expanded.
Guide read_guide_fields(const YamlTree& tree, int first_line,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace offercheck
