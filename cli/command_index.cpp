#include "arguments.hpp"
#include "commands.hpp"
#include "findings.hpp"
#include "guide_files.hpp"
#include "parallel.hpp"

#include "offercheck/guide_index.hpp"

#include <fstream>
#include <iostream>
#include <map>

namespace offercheck::cli {

namespace {

const char* kHelp =
    "usage: offercheck index PATH... -o FILE [--warnings] [--jobs N]\n"
    "\n"
    "Compiles guide files (directories are searched for *.md) into one index\n"
    "(docs/json.md, \"Guide index\"): a header, then every guide's summary and\n"
    "bands, then each guide's text on a line of its own, for loading on demand.\n"
    "Files with errors are left out and listed as rejected; their findings are\n"
    "printed as validate prints them (warnings too with --warnings). Staleness\n"
    "is not judged: the index keeps each guide's dates for its reader.\n"
    "\n"
    "When FILE is already an index, files whose content is unchanged are taken\n"
    "from it instead of being parsed again, and an index that is up to date is\n"
    "left alone. Files are parsed on --jobs threads (default: one per core).\n"
    "Exit status: 0 when FILE is written or up to date, 1 when no guide could be\n"
    "indexed or FILE cannot be written, 2 for a usage error.\n";

// The index at `path`, when there is one that this version can reuse. A file
// there that is not an index is never overwritten.
struct PreviousIndex {
  std::ifstream in;
  std::optional<IndexHeader> header;
};

void open_previous(const std::string& path, PreviousIndex& previous) {
  previous.in.open(path, std::ios::binary);
  if (!previous.in) return;
  std::string first_line;
  std::getline(previous.in, first_line);
  auto header = read_index_header(first_line);
  if (!header.ok()) throw UsageError(path + " exists and is not an offercheck index; it is not overwritten");
  if (!reusable(header.value())) {
    std::cerr << "offercheck index: " << path << " is damaged or was written by another build of offercheck; "
              << "rebuilding it\n";
    return;
  }
  previous.header = std::move(header.value());
}

// Every file the previous index knows, accepted ones read from its second line.
std::vector<IndexedFile> previous_files(const std::string& path, PreviousIndex& previous) {
  std::string second_line;
  std::getline(previous.in, second_line);
  auto guides = read_index_guides(second_line);
  if (!guides.ok()) {
    std::cerr << "offercheck index: " << path << ": " << guides.error().message << "; rebuilding it\n";
    return {};
  }
  std::vector<IndexedFile> files = std::move(guides.value());
  for (IndexedFile& file : previous.header->rejected) files.push_back(std::move(file));
  return files;
}

// Takes each file whose content an earlier index has seen from it; answers how many.
std::size_t reuse(std::vector<IndexedFile>& files, std::vector<IndexedFile>& known) {
  std::map<std::string, std::size_t> by_hash;
  for (std::size_t k = 0; k < known.size(); ++k) {
    // Being a duplicate depends on the other files, not on the content.
    const bool duplicate = !known[k].diagnostics.empty() && known[k].diagnostics.front().code == "duplicate_id";
    if (!duplicate) by_hash.emplace(known[k].hash, k);
  }
  std::size_t reused = 0;
  for (IndexedFile& file : files) {
    auto hit = by_hash.find(file.hash);
    if (file.hash.empty() || hit == by_hash.end()) continue;
    std::string path = std::move(file.path);
    file = std::move(known[hit->second]);
    file.path = std::move(path);
    by_hash.erase(hit);  // moved from: a second file with the same content is parsed
    ++reused;
  }
  return reused;
}

void print_findings(const std::vector<IndexedFile>& files, bool with_warnings) {
  for (const IndexedFile& file : files) {
    for (const Diagnostic& d : file.diagnostics) {
      if (d.severity == Severity::error || with_warnings) print_finding(std::cout, file.path, d);
    }
  }
}

void print_summary(std::size_t files, std::size_t rejected, std::size_t warnings) {
  std::cout << plural(files, "file") << ": " << plural(files - rejected, "guide") << " indexed, " << rejected
            << " rejected, " << plural(warnings, "warning");
}

}  // namespace

int run_index(const std::vector<std::string>& args) {
  Arguments parsed = parse_arguments(
      args, {{"--help"}, {"-o", true}, {"--output", true}, {"--warnings"}, {"--jobs", true}});
  if (parsed.has("--help")) {
    std::cout << kHelp;
    return 0;
  }
  const std::string output = output_file(parsed, "index file");
  if (parsed.positional.empty()) throw UsageError("name at least one guide file or directory");
  const unsigned jobs = jobs_from_option(parsed.value("--jobs"));
  const bool with_warnings = parsed.has("--warnings");

  const std::vector<std::string> paths = collect_guide_files(parsed.positional);
  std::vector<std::string> texts(paths.size());
  std::vector<IndexedFile> files(paths.size());
  parallel_for(paths.size(), jobs, [&](std::size_t i) {
    files[i].path = paths[i];
    try {
      texts[i] = read_file(paths[i]);
      files[i].hash = content_hash(texts[i]);
      files[i].bytes = texts[i].size();
    } catch (const std::runtime_error& e) {
      files[i].diagnostics.push_back(make_error("unreadable", e.what()));
    }
  });

  PreviousIndex previous;
  open_previous(output, previous);
  if (previous.header && previous.header->stamp == corpus_stamp(files)) {
    print_findings(with_warnings ? previous_files(output, previous) : previous.header->rejected, with_warnings);
    print_summary(previous.header->files, previous.header->rejected.size(), previous.header->warnings);
    std::cout << "; " << output << " is up to date\n";
    return 0;
  }
  std::vector<IndexedFile> known;
  if (previous.header) known = previous_files(output, previous);
  const std::size_t reused = reuse(files, known);
  parallel_for(paths.size(), jobs, [&](std::size_t i) {
    if (!files[i].hash.empty() && !files[i].head && files[i].diagnostics.empty()) {
      files[i] = index_file(paths[i], texts[i]);
    }
  });
  reject_duplicate_ids(files);

  std::size_t rejected = 0, warnings = 0;
  for (const IndexedFile& file : files) {
    if (!file.accepted()) ++rejected;
    for (const Diagnostic& d : file.diagnostics) warnings += d.severity == Severity::warning;
  }
  print_findings(files, with_warnings);
  print_summary(files.size(), rejected, warnings);
  if (rejected == files.size()) {
    std::cout << "; nothing to write\n";
    return 1;
  }
  std::vector<std::string> text_lines(files.size());
  parallel_for(files.size(), jobs, [&](std::size_t i) {
    if (files[i].accepted()) text_lines[i] = index_text_line(texts[i]);
  });
  write_atomically(output, index_text(files, text_lines));
  std::cout << "; " << reused << " unchanged since the last index -> " << output << "\n";
  return 0;
}

}  // namespace offercheck::cli
