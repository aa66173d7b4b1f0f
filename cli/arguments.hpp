#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace offercheck::cli {

// A mistake in how the command was called: exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string name;  // "--guide", "-o"
  bool takes_value = false;
  bool repeatable = false;
};

struct Arguments {
  std::map<std::string, std::vector<std::string>> values;  // options with values
  std::map<std::string, bool> flags;                       // options without one
  std::vector<std::string> positional;

  bool has(const std::string& name) const { return values.count(name) || flags.count(name); }
  std::string value(const std::string& name) const;  // "" when absent
  std::vector<std::string> all(const std::string& name) const;  // every value of a repeatable option
};

// The file named by -o or --output (one of them, not both); `what` names it
// in the UsageError when neither is given: "name the WHAT to write with -o FILE".
std::string output_file(const Arguments& parsed, const std::string& what);

// "--name value", "--name=value" and "-n value"; an option given twice (unless
// repeatable), an unknown option or a missing value throws UsageError.
Arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<OptionSpec>& specs);

}  // namespace offercheck::cli
