#include "arguments.hpp"

#include <algorithm>
#include <cctype>

namespace offercheck::cli {

std::string Arguments::value(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::string() : it->second.back();
}

std::vector<std::string> Arguments::all(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>() : it->second;
}

Arguments parse_arguments(const std::vector<std::string>& args,
                          const std::vector<OptionSpec>& specs) {
  Arguments parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool long_option = arg.size() > 2 && arg.compare(0, 2, "--") == 0;
    const bool short_option = arg.size() == 2 && arg[0] == '-' && std::isalpha(static_cast<unsigned char>(arg[1]));
    if (!long_option && !short_option) {
      parsed.positional.push_back(arg);
      continue;
    }
    std::string name = arg, value;
    bool inline_value = false;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    auto spec = std::find_if(specs.begin(), specs.end(),
                             [&](const OptionSpec& s) { return s.name == name; });
    if (spec == specs.end()) throw UsageError("unknown option " + name);
    if (parsed.has(name) && !spec->repeatable) throw UsageError(name + " is given twice");
    if (!spec->takes_value) {
      if (inline_value) throw UsageError(name + " takes no value");
      parsed.flags[name] = true;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError(name + " needs a value");
      value = args[++i];
    }
    parsed.values[name].push_back(value);
  }
  return parsed;
}

std::string output_file(const Arguments& parsed, const std::string& what) {
  if (parsed.has("-o") && parsed.has("--output")) throw UsageError("-o and --output name the same file; give one");
  const std::string output = parsed.has("-o") ? parsed.value("-o") : parsed.value("--output");
  if (output.empty()) throw UsageError("name the " + what + " to write with -o FILE");
  return output;
}

}  // namespace offercheck::cli
