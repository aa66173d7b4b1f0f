#include "guide_files.hpp"

#include "arguments.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace offercheck::cli {

namespace fs = std::filesystem;

std::vector<std::string> collect_guide_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file(error) && it->path().extension() == ".md") {
          found.push_back(it->path().string());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.push_back(path);
    } else {
      throw UsageError("no such file or directory: " + path);
    }
  }
  return files;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  // One read into a string of the file's size: a stream copy of a large
  // guide costs several copies and most of the time to validate it.
  std::string text;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), size);
    text.resize(static_cast<std::size_t>(in.gcount()));
  }
  // Not a regular file (a pipe): read to the end.
  if (size <= 0 || in.peek() != std::ifstream::traits_type::eof()) {
    in.clear();
    std::ostringstream rest;
    rest << in.rdbuf();
    text += rest.str();
  }
  if (in.bad()) throw std::runtime_error(path + ": cannot be read");
  return text;
}

int for_each_guide(const std::vector<std::string>& paths, const ValidationOptions& options,
                   const std::function<void(const std::string& file, const Guide& guide)>& visit) {
  int status = 0;
  for (const std::string& file : collect_guide_files(paths)) {
    GuideReport report = load_guide(read_file(file), options);
    if (!report.ok()) {
      const Diagnostic* error = first_error(report.diagnostics);
      std::cerr << file << ": error: " << (error ? error->message : "unusable guide") << "\n";
      status = 1;
      continue;
    }
    visit(file, *report.guide);
  }
  return status;
}

void write_atomically(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + temporary);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    throw std::runtime_error("cannot replace " + path);
  }
}

}  // namespace offercheck::cli
