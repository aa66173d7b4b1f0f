#pragma once

#include <string>
#include <vector>

namespace offercheck::cli {

// Each returns the exit status: 0 fine, 1 a problem with a guide, 2 a usage error.
int run_list(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);
int run_index(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_bundle(const std::vector<std::string>& args);
int run_asks(const std::vector<std::string>& args);
int run_read_letter(const std::vector<std::string>& args);

}  // namespace offercheck::cli
