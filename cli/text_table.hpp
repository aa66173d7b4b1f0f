#pragma once

#include <string>
#include <vector>

namespace offercheck::cli {

// Left-aligned columns padded to their widest cell, counting UTF-8 characters.
std::string render_table(const std::vector<std::vector<std::string>>& rows);

}  // namespace offercheck::cli
