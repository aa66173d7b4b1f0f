#pragma once

// A compiled guide corpus, in JSON Lines (docs/json.md, "Guide index"):
//   line 1: the header: format, versions, a stamp of the files, counts and
//           the files that were rejected;
//   line 2: the guides: each one's summary, bands, source and warnings, and
//           where its text is;
//   then each guide's whole text as a JSON string, one a line, in the order
//           of line 2.
// An index is also the cache of the next ingest: when the stamp matches, the
// index is up to date; otherwise a file whose content hash is unchanged is
// taken from it instead of being parsed again.

#include "offercheck/diagnostic.hpp"
#include "offercheck/result.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offercheck {

// FNV-1a over the bytes, 64 bits, as 16 hex digits.
std::string content_hash(std::string_view text);

struct IndexedFile {
  std::string path;
  std::string hash;
  std::size_t bytes = 0;
  // Judged without a date: whether a guide is stale is for its reader to say.
  std::vector<Diagnostic> diagnostics;
  // The guide's summary (see guide_summary) plus "compensation", its bands;
  // absent when the file has errors.
  std::optional<nlohmann::json> head;

  bool accepted() const { return head.has_value(); }
};

// Parses and validates one guide file.
IndexedFile index_file(std::string path, std::string_view text);

// A file whose guide has the id of an earlier accepted one is rejected with a
// "duplicate_id" error naming that file.
void reject_duplicate_ids(std::vector<IndexedFile>& files);

// What identifies an index's input: this build of the core (its version and
// a digest of its sources) and every file's path and content hash, in order.
std::string corpus_stamp(const std::vector<IndexedFile>& files);

// A guide's text as its line of the index: a JSON string.
std::string index_text_line(std::string_view text);

// The whole index: `text_lines[i]` is index_text_line of `files[i]`'s text
// (unused for a rejected file).
std::string index_text(const std::vector<IndexedFile>& files, const std::vector<std::string>& text_lines);

struct IndexHeader {
  std::string written_by;  // the offercheck version
  std::string core;        // the digest of the core's sources that wrote it
  std::string stamp;
  std::size_t files = 0;
  std::size_t warnings = 0;
  std::vector<IndexedFile> rejected;
};

// An index's first line. Anything but an index of this format version is an
// Error ("not an offercheck index"); a damaged one reads as an empty header
// that is not reusable.
Result<IndexHeader> read_index_header(std::string_view first_line);

// Whether this build of the core may reuse the index's parsed guides: only
// when the same core (version and sources) wrote them.
bool reusable(const IndexHeader& header);

// An index's second line: its accepted guides, texts aside.
Result<std::vector<IndexedFile>> read_index_guides(std::string_view second_line);

}  // namespace offercheck
