#pragma once

#include "offercheck/guide.hpp"
#include "offercheck/guide_loader.hpp"

#include <functional>
#include <string>
#include <vector>

namespace offercheck::cli {

// The guide files named: files as given, directories searched recursively
// for *.md, in sorted order. A path that does not exist throws UsageError.
std::vector<std::string> collect_guide_files(const std::vector<std::string>& paths);

// The whole file; throws std::runtime_error naming the file when it cannot be read.
std::string read_file(const std::string& path);

// Reads each guide file of collect_guide_files(paths) and calls visit(file,
// guide) for each usable one; a file that is not says so on stderr
// ("FILE: error: message"). Returns 1 when any was not, else 0.
int for_each_guide(const std::vector<std::string>& paths, const ValidationOptions& options,
                   const std::function<void(const std::string& file, const Guide& guide)>& visit);

// Writes `text` to a temporary file beside `path`, then renames it over
// `path`: a reader never sees half a file. Throws std::runtime_error.
void write_atomically(const std::string& path, const std::string& text);

}  // namespace offercheck::cli
