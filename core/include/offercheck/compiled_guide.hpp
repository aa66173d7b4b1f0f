#pragma once

// A guide already read and validated, in the form the calculation module
// loads without a YAML parser: the page bundles its guides this way (built
// natively by `offercheck bundle`), and the guide reader module hands a guide
// opened in the browser over this way. It is internal to offercheck (no
// contract for other readers) and versioned: a different version is refused.
// Sections are not stored: they are split from the body again on loading,
// so they are the same as from the file.

#include "offercheck/guide.hpp"
#include "offercheck/result.hpp"

#include <string>
#include <string_view>

namespace offercheck {

// The guide as compact JSON text.
std::string compiled_guide(const Guide& guide);

// The guide back from compiled_guide's text; an Error for anything else.
Result<Guide> guide_from_compiled(std::string_view text);

}  // namespace offercheck
