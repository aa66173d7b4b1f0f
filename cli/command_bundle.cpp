#include "arguments.hpp"
#include "commands.hpp"
#include "findings.hpp"
#include "guide_files.hpp"
#include "parallel.hpp"

#include "offercheck/guide_index.hpp"
#include "offercheck/json_api.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck bundle INDEX -o FILE [--jobs N]\n"
    "\n"
    "Prepares an index's guides for the page (docs/json.md, \"Page bundle\"):\n"
    "one JSON line per accepted guide, in the index's order, with the guide\n"
    "read and validated (the form the page's calculation module loads without\n"
    "a YAML parser) and each section's text rendered to inert HTML. The page\n"
    "then parses no YAML and renders no Markdown when it starts.\n"
    "Exit status: 0 when FILE is written, 1 when INDEX is damaged or a guide in\n"
    "it no longer reads, 2 for a usage error.\n";

}  // namespace

int run_bundle(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(args, {{"--help"}, {"-o", true}, {"--output", true}, {"--jobs", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  const std::string output = output_file(parsed, "bundle file");
  if (parsed.positional.size() != 1) throw UsageError("name one index file (offercheck index PATH... -o INDEX)");
  const std::string& index_path = parsed.positional.front();
  const unsigned jobs = jobs_from_option(parsed.value("--jobs"));

  std::ifstream in(index_path, std::ios::binary);
  if (!in) throw UsageError("cannot read " + index_path);
  std::string first_line, second_line;
  std::getline(in, first_line);
  if (!read_index_header(first_line).ok()) throw UsageError(index_path + " is not an offercheck index");
  std::getline(in, second_line);
  auto guides = read_index_guides(second_line);
  if (!guides.ok()) {
    std::cerr << "offercheck bundle: " << index_path << ": " << guides.error().message << "\n";
    return 1;
  }
  std::vector<std::string> lines(guides.value().size());
  for (std::string& line : lines) {
    if (!std::getline(in, line)) {
      std::cerr << "offercheck bundle: " << index_path << " is cut short: fewer texts than guides\n";
      return 1;
    }
  }
  std::vector<std::optional<std::string>> entries(lines.size());
  parallel_for(lines.size(), jobs, [&](std::size_t i) {
    const nlohmann::json text = nlohmann::json::parse(lines[i], nullptr, false);
    if (text.is_string()) entries[i] = json_api::bundle_entry(text.get<std::string>());
  });
  std::string bundle;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i]) {
      std::cerr << "offercheck bundle: " << guides.value()[i].path << " in " << index_path
                << " no longer reads as a guide; index it again\n";
      return 1;
    }
    bundle += *entries[i];
    bundle += '\n';
  }
  write_atomically(output, bundle);
  std::cout << entries.size() << " guides bundled -> " << output << "\n";
  return 0;
}

}  // namespace offercheck::cli
