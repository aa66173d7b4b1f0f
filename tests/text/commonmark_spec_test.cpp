// The renderer against the CommonMark spec's own examples, read at test time
// from the pinned commonmark-spec npm package (node_modules/, see
// package.json), natively and under Node (Wasm).
//
// Every example runs except those that need raw HTML (their expected HTML
// holds a tag written verbatim in their Markdown: our raw HTML is text) or an
// image (ours is its description as text). The spec's HTML is then turned into
// what our promises make of it, never the other way round:
//   - a link to anything but http(s) is its text (the <a> tags go);
//   - an http(s) link gains rel="noopener noreferrer nofollow" target="_blank";
//   - "<hr />" and "<br />" are "<hr>" and "<br>"; "'" is written "&#39;".
// and must equal our HTML exactly. The one known difference is listed below.
#include "test_support.hpp"
#include "text/inert_html.hpp"

#include "offercheck/markdown_html.hpp"

#include <cctype>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace offercheck;

namespace {

struct Example {
  int number = 0;
  std::string section;
  std::string markdown;
  std::string html;
};

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The examples of spec.txt, as the package's own index.js reads them: a fence
// of 32 backticks and "example", the Markdown, a line ".", the HTML; "→" is a tab.
std::vector<Example> read_examples(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path << ": run scripts/setup (npm ci installs commonmark-spec)");
  const std::string fence(32, '`');
  std::vector<Example> examples;
  std::string line, section;
  while (std::getline(in, line) && line != "<!-- END TESTS -->") {
    if (line == fence + " example") {
      Example example;
      example.number = static_cast<int>(examples.size()) + 1;
      example.section = section;
      std::string* part = &example.markdown;
      while (std::getline(in, line) && line != fence) {
        if (line == ".") {
          part = &example.html;
        } else {
          *part += line + "\n";
        }
      }
      example.markdown = replace_all(example.markdown, "\u2192", "\t");
      example.html = replace_all(example.html, "\u2192", "\t");
      examples.push_back(std::move(example));
    } else if (line.rfind("#", 0) == 0 && line.find_first_not_of("# ") != std::string::npos) {
      section = line.substr(line.find_first_not_of("# "));
    }
  }
  return examples;
}

// A tag (to its '>' or the line's end) of the spec's HTML written verbatim in
// the Markdown: raw HTML.
bool needs_raw_html(const Example& example) {
  for (std::size_t at = example.html.find('<'); at != std::string::npos; at = example.html.find('<', at + 1)) {
    const std::size_t end = example.html.find_first_of(">\n", at);
    if (end == std::string::npos) break;
    if (example.markdown.find(example.html.substr(at, end - at + 1)) != std::string::npos) return true;
  }
  return false;
}

bool is_http(const std::string& href) {
  std::string scheme = href.substr(0, 8);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme.rfind("http://", 0) == 0 || scheme.rfind("https://", 0) == 0;
}

// The spec's HTML as our promises make it (see the top of the file).
std::string as_promised(std::string html) {
  html = replace_all(html, "<hr />", "<hr>");
  html = replace_all(html, "<br />", "<br>");
  html = replace_all(html, "'", "&#39;");
  std::string out;
  std::vector<bool> links;  // links do not nest, but keep count anyway
  for (std::size_t at = 0; at < html.size();) {
    if (html.compare(at, 9, "<a href=\"") == 0) {
      const std::size_t end = html.find('>', at);
      const bool http = is_http(html.substr(at + 9));
      if (http) out += html.substr(at, end - at) + " rel=\"noopener noreferrer nofollow\" target=\"_blank\">";
      links.push_back(http);
      at = end + 1;
    } else if (html.compare(at, 4, "</a>") == 0 && !links.empty()) {
      if (links.back()) out += "</a>";
      links.pop_back();
      at += 4;
    } else {
      out += html[at++];
    }
  }
  return out;
}

// Known differences, by example number, each with its reason.
const std::map<int, const char*> known_differences = {
    // CommonMark 0.31 counts symbols (Unicode S*, here £ and €) as punctuation
    // beside a delimiter run; md4c 0.4.8 implements 0.29, which counts only
    // punctuation (P*), and reads "*£*bravo" as emphasis.
    {354, "md4c 0.4.8 implements CommonMark 0.29's Unicode punctuation"},
};

}  // namespace

TEST_CASE("the CommonMark spec's examples render as the spec says, but inert") {
  const std::vector<Example> examples = read_examples(OFFERCHECK_COMMONMARK_SPEC);
  REQUIRE(examples.size() == 652);  // commonmark-spec 0.31.2
  int run = 0, passed = 0, raw_html = 0, images = 0;
  for (const Example& example : examples) {
    CAPTURE(example.number);
    CAPTURE(example.section);
    CAPTURE(example.markdown);
    const std::string html = markdown_to_html(example.markdown);
    CHECK(test_support::rendered_as_promised(html));  // every example, those left out below too
    if (needs_raw_html(example)) {
      ++raw_html;
      continue;
    }
    if (example.html.find("<img") != std::string::npos) {
      ++images;
      continue;
    }
    ++run;
    const auto known = known_differences.find(example.number);
    if (known != known_differences.end()) {
      CHECK_MESSAGE(html != as_promised(example.html), "example " << example.number << " now passes: "
                                                                  << "take it off the known differences");
      continue;
    }
    CHECK(html == as_promised(example.html));
    if (html == as_promised(example.html)) ++passed;
  }
  MESSAGE(run << " examples run (" << raw_html << " need raw HTML, " << images << " an image), " << passed
              << " as the spec says, " << known_differences.size() << " known difference");
  CHECK(raw_html == 72);
  CHECK(images == 22);
  CHECK(run == 558);
}
