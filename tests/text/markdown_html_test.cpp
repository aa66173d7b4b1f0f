// The guide text as inert HTML: each construct the guides use, hostile input
// (CommonMark's pathological cases among it), and every guide of the corpus
// sample (when it is beside the checkout). The CommonMark spec's own examples
// are in commonmark_spec_test.cpp.
#include "test_support.hpp"
#include "text/inert_html.hpp"

#include "offercheck/json_api.hpp"
#include "offercheck/markdown_html.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>

using namespace offercheck;
using test_support::inert;

namespace {

const std::string link_attributes = R"( rel="noopener noreferrer nofollow" target="_blank")";

std::string link(const std::string& href, const std::string& text) {
  return "<a href=\"" + href + "\"" + link_attributes + ">" + text + "</a>";
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the inertness check itself rejects active markup") {
  CHECK(inert("<p><a href=\"https://x\" rel=\"r\">x</a> &lt;b&gt;</p>\n"));
  CHECK_FALSE(inert("<img src=\"x\">"));
  CHECK_FALSE(inert("<p onclick=\"x\">"));
  CHECK_FALSE(inert("<a href=\"javascript:x\">"));
  CHECK_FALSE(inert("<p>a < b</p>"));
}

TEST_CASE("headings, paragraphs and rules") {
  CHECK(markdown_to_html("### DevOps | Guide\n") == "<h3>DevOps | Guide</h3>\n");
  CHECK(markdown_to_html("# One #\n###### Six\n####### seven") ==
        "<h1>One</h1>\n<h6>Six</h6>\n<p>####### seven</p>\n");
  CHECK(markdown_to_html("#hashtag") == "<p>#hashtag</p>\n");
  CHECK(markdown_to_html("Title\n===\nSub\n---") == "<h1>Title</h1>\n<h2>Sub</h2>\n");
  CHECK(markdown_to_html("one\ntwo\n\n\nthree") == "<p>one\ntwo</p>\n<p>three</p>\n");
  CHECK(markdown_to_html("a\n\n---\n\n***\n_ _ _") == "<p>a</p>\n<hr>\n<hr>\n<hr>\n");
  CHECK(markdown_to_html("") == "");
}

TEST_CASE("emphasis, strong and inline code") {
  CHECK(markdown_to_html("**Negotiation DNA:** *a* _b_ __c__") ==
        "<p><strong>Negotiation DNA:</strong> <em>a</em> <em>b</em> <strong>c</strong></p>\n");
  CHECK(markdown_to_html("***x*** *a **b** c*") ==
        "<p><em><strong>x</strong></em> <em>a <strong>b</strong> c</em></p>\n");
  CHECK(markdown_to_html("snake_case_name and 2*3*4") == "<p>snake_case_name and 2<em>3</em>4</p>\n");
  CHECK(markdown_to_html("a * b * c, **unclosed") == "<p>a * b * c, **unclosed</p>\n");
  CHECK(markdown_to_html("—**bold**— “*q*”") == "<p>—<strong>bold</strong>— “<em>q</em>”</p>\n");
  CHECK(markdown_to_html("`a < b` and `` x`y `` and `open") ==
        "<p><code>a &lt; b</code> and <code>x`y</code> and `open</p>\n");
  CHECK(markdown_to_html("`*not em*`") == "<p><code>*not em*</code></p>\n");
}

TEST_CASE("backslash escapes and line breaks") {
  CHECK(markdown_to_html("\\*a\\* \\_ \\[x\\] \\\\ \\q") == "<p>*a* _ [x] \\ \\q</p>\n");
  CHECK(markdown_to_html("1986\\. A year") == "<p>1986. A year</p>\n");
  CHECK(markdown_to_html("hard  \nbreak\\\nagain\nsoft") == "<p>hard<br>\nbreak<br>\nagain\nsoft</p>\n");
}

TEST_CASE("code blocks") {
  CHECK(markdown_to_html("```js\nif (a < b) {}\n\n```\nafter") ==
        "<pre><code class=\"language-js\">if (a &lt; b) {}\n\n</code></pre>\n<p>after</p>\n");
  CHECK(markdown_to_html("~~~\n**raw** <b>\n~~~") == "<pre><code>**raw** &lt;b&gt;\n</code></pre>\n");
  CHECK(markdown_to_html("    code\n\n      more\n\ntext") ==
        "<pre><code>code\n\n  more\n</code></pre>\n<p>text</p>\n");
  CHECK(markdown_to_html("para\n    not code") == "<p>para\nnot code</p>\n");
}

TEST_CASE("bullet and ordered lists, nested, loose and lazy") {
  CHECK(markdown_to_html("- a\n- b\n  - c\n    continued\n- d") ==
        "<ul>\n<li>a</li>\n<li>b\n<ul>\n<li>c\ncontinued</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n");
  CHECK(markdown_to_html("* a\n* b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
  CHECK(markdown_to_html("1. **Lever:** one\nlazy line\n2. two") ==
        "<ol>\n<li><strong>Lever:</strong> one\nlazy line</li>\n<li>two</li>\n</ol>\n");
  CHECK(markdown_to_html("3. x\n4. y") == "<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n");
  CHECK(markdown_to_html("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n");
  CHECK(markdown_to_html("- a\n\n  b") == "<ul>\n<li>\n<p>a</p>\n<p>b</p>\n</li>\n</ul>\n");
  CHECK(markdown_to_html("**Sources:**\n1. one\n- other") ==
        "<p><strong>Sources:</strong></p>\n<ol>\n<li>one</li>\n</ol>\n<ul>\n<li>other</li>\n</ul>\n");
  CHECK(markdown_to_html("a\n2. not a list") == "<p>a\n2. not a list</p>\n");
  CHECK(markdown_to_html("1. **Lever**\n   > \"quote\"\n2. next") ==
        "<ol>\n<li><strong>Lever</strong>\n<blockquote>\n<p>&quot;quote&quot;</p>\n</blockquote>\n</li>\n"
        "<li>next</li>\n</ol>\n");
}

TEST_CASE("block quotes") {
  CHECK(markdown_to_html("> **Negotiate Up Strategy:** ask\nlazy\n\nafter") ==
        "<blockquote>\n<p><strong>Negotiate Up Strategy:</strong> ask\nlazy</p>\n</blockquote>\n<p>after</p>\n");
  CHECK(markdown_to_html("> a\n>\n> - b\n> > c") ==
        "<blockquote>\n<p>a</p>\n<ul>\n<li>b</li>\n</ul>\n<blockquote>\n<p>c</p>\n</blockquote>\n</blockquote>\n");
}

TEST_CASE("tables with alignment as classes") {
  CHECK(markdown_to_html("| Region | Base | Note |\n|:--|--:|:-:|\n| Paris | €65K \\| €88K |\n") ==
        "<table>\n<thead>\n<tr>\n<th class=\"align-left\">Region</th>\n<th class=\"align-right\">Base</th>\n"
        "<th class=\"align-center\">Note</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td class=\"align-left\">Paris</td>\n<td class=\"align-right\">€65K | €88K</td>\n"
        "<td class=\"align-center\"></td>\n</tr>\n</tbody>\n</table>\n");
  CHECK(markdown_to_html("a | b\n---|---\n**x** | y | dropped") ==
        "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td><strong>x</strong></td>\n<td>y</td>\n</tr>\n</tbody>\n</table>\n");
  CHECK(markdown_to_html("| a |\n|---|") == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n");
  // md4c takes a table's width from its delimiter row; a longer header row is
  // cut to it (GFM would read no table: mity/md4c#137, kept by design).
  CHECK(markdown_to_html("| a | b |\n|---|\n") == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n");
  CHECK(markdown_to_html("| a |\n|---|\n| 1 |\n\n---\n") ==
        "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n"
        "</table>\n<hr>\n");
  CHECK(markdown_to_html("| a |\n|:-|").find("style") == std::string::npos);
}

TEST_CASE("links: only http(s), with rel and target") {
  CHECK(markdown_to_html("[Levels.fyi](https://www.levels.fyi/x?a=1&b=2)") ==
        "<p>" + link("https://www.levels.fyi/x?a=1&amp;b=2", "Levels.fyi") + "</p>\n");
  CHECK(markdown_to_html("[**t**](HTTP://x.org \"Ti\\\"tle\")") ==
        "<p><a href=\"HTTP://x.org\" title=\"Ti&quot;tle\"" + link_attributes +
            "><strong>t</strong></a></p>\n");
  CHECK(markdown_to_html("[a](<https://x.org/a b>) [u](https://x.org/ü)") ==
        "<p>" + link("https://x.org/a%20b", "a") + " " + link("https://x.org/%C3%BC", "u") + "</p>\n");
  CHECK(markdown_to_html("<https://x.org/p?q=1>") ==
        "<p>" + link("https://x.org/p?q=1", "https://x.org/p?q=1") + "</p>\n");
  CHECK(markdown_to_html("[a [b](https://c)](https://d)") == "<p>[a " + link("https://c", "b") + "](https://d)</p>\n");
  for (const char* text : {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](data:text/html,hi)",
                           "[x](/relative)", "[x](//example.org)", "[x]()", "<javascript:alert(1)>",
                           "<mailto:a@b.c>", "[x](vbscript:y)", "[x]"}) {
    const std::string html = markdown_to_html(text);
    CAPTURE(text);
    CHECK(html.find("<a") == std::string::npos);
    CHECK(inert(html));
  }
  // A link to anything but http(s) is its text, as an http(s) link's would be.
  CHECK(markdown_to_html("[x](javascript:alert(1))") == "<p>x</p>\n");
  CHECK(markdown_to_html("[*x*](mailto:a@b.c) <mailto:a@b.c> <a@b.c> <ftp://x.org>") ==
        "<p><em>x</em> mailto:a@b.c a@b.c ftp://x.org</p>\n");
  CHECK(markdown_to_html("[x](&#x6A;avascript:alert(1)) [y](java\tscript:z)").find("<a") == std::string::npos);
}

TEST_CASE("images are their alt text and load nothing") {
  CHECK(markdown_to_html("![tracker](https://example.org/pixel.png)") == "<p>tracker</p>\n");
  CHECK(markdown_to_html("![a *b*](javascript:x) ![c](data:image/png;base64,AA)") == "<p>a <em>b</em> c</p>\n");
  CHECK(markdown_to_html("[![logo](https://i.png)](https://site.org)") ==
        "<p>" + link("https://site.org", "logo") + "</p>\n");
}

TEST_CASE("raw HTML is text") {
  CHECK(markdown_to_html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  CHECK(markdown_to_html("x <img src=x onerror=\"alert('1')\"> & <iframe src=//evil>") ==
        "<p>x &lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &lt;iframe src=//evil&gt;</p>\n");
  CHECK(markdown_to_html("### <svg onload=alert(1)>") == "<h3>&lt;svg onload=alert(1)&gt;</h3>\n");
  // Character references are the characters they stand for, escaped again.
  CHECK(markdown_to_html("&amp; &#60;script&#x3E; &copy; &bogus;") ==
        "<p>&amp; &lt;script&gt; © &amp;bogus;</p>\n");
  const std::string xss = test_support::read_file(
      std::string(OFFERCHECK_REGRESSIONS_DIR) + "/guide/xss-everywhere.md");
  const std::string html = markdown_to_html(xss);
  CHECK(inert(html));
  CHECK(html.find("&lt;script&gt;steal()&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("UTF-8 passes through") {
  CHECK(markdown_to_html("€65K–€88K · 日本語 · 🙂") == "<p>€65K–€88K · 日本語 · 🙂</p>\n");
  CHECK(markdown_to_html("*é*") == "<p><em>é</em></p>\n");
}

TEST_CASE("hostile nesting is capped, not followed") {
  const std::string quotes = markdown_to_html(std::string(100000, '>') + " deep");
  CHECK(count(quotes, "<blockquote>") < 64);
  CHECK(count(quotes, "<blockquote>") == count(quotes, "</blockquote>"));
  CHECK(quotes.find("deep") != std::string::npos);
  CHECK(inert(quotes));

  std::string bullets;
  for (int i = 0; i < 100000; ++i) bullets += "- ";
  const std::string lists = markdown_to_html(bullets + "x");
  CHECK(count(lists, "<ul>") < 64);
  CHECK(count(lists, "<li>") == count(lists, "</li>"));

  std::string indented;
  for (int i = 0; i < 1000; ++i) indented += std::string(static_cast<std::size_t>(i) * 3, ' ') + "1. x\n";
  const std::string ordered = markdown_to_html(indented);
  CHECK(count(ordered, "<ol>") < 64);
  CHECK(count(ordered, "<ol>") == count(ordered, "</ol>"));
  CHECK(inert(ordered));
}

TEST_CASE("a megabyte of delimiters or brackets renders as text") {
  const std::size_t megabyte = 1 << 20;
  CHECK(markdown_to_html(std::string(megabyte, '*')) == "<hr>\n");
  CHECK(markdown_to_html("a" + std::string(megabyte, '*') + "a") == "<p>a" + std::string(megabyte, '*') + "a</p>\n");
  CHECK(markdown_to_html(std::string(megabyte, '[')) == "<p>" + std::string(megabyte, '[') + "</p>\n");
  CHECK(markdown_to_html(std::string(megabyte, '_') + "x") == "<p>" + std::string(megabyte, '_') + "x</p>\n");

  std::string alternating;
  for (std::size_t i = 0; i < megabyte / 2; ++i) alternating += "*a";
  const std::string emphasis = markdown_to_html(alternating);
  CHECK(count(emphasis, "<em>") == megabyte / 4);
  CHECK(count(emphasis, "<em>") == count(emphasis, "</em>"));

  std::string brackets;
  for (std::size_t i = 0; i < megabyte / 8; ++i) brackets += "[a](x \"";
  CHECK(inert(markdown_to_html(brackets)));

  const std::string links = markdown_to_html(std::string(100000, '[') + "a" + [] {
    std::string tails;
    for (int i = 0; i < 100000; ++i) tails += "](https://x.org)";
    return tails;
  }());
  CHECK(count(links, "<a ") == 1);
  CHECK(inert(links));
}

// CommonMark's pathological inputs (cmark's and md4c's test/pathological_tests.py),
// about a megabyte each: each renders as CommonMark says. That each takes time
// linear in its size is enforced in tests/hostile_guides_test.sh (CPU limit).
TEST_CASE("CommonMark's pathological inputs render as the spec says") {
  const auto times = [](const std::string& part, std::size_t n) {
    std::string out;
    out.reserve(part.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += part;
    return out;
  };
  const std::string nested = markdown_to_html(times("*a **a ", 65000) + "b" + times(" a** a*", 65000));
  CHECK(nested == "<p>" + times("<em>a <strong>a ", 65000) + "b" + times(" a</strong> a</em>", 65000) + "</p>\n");
  CHECK(markdown_to_html(times("a_ ", 65000)) == "<p>" + times("a_ ", 64999) + "a_</p>\n");
  CHECK(markdown_to_html(times("_a ", 65000)) == "<p>" + times("_a ", 64999) + "_a</p>\n");
  CHECK(markdown_to_html(times("a***", 65000)).find(times("a<em><strong>a</strong></em>", 32500)) != std::string::npos);
  CHECK(markdown_to_html(times("a]", 65000)) == "<p>" + times("a]", 65000) + "</p>\n");
  CHECK(markdown_to_html(times("[a", 65000)) == "<p>" + times("[a", 65000) + "</p>\n");
  CHECK(markdown_to_html(times("*a_ ", 50000)) == "<p>" + times("*a_ ", 49999) + "*a_</p>\n");
  CHECK(markdown_to_html("a**b" + times("c* ", 50000)) == "<p>a**b" + times("c* ", 49999) + "c*</p>\n");
  CHECK(markdown_to_html(times("[ a_", 50000)) == "<p>" + times("[ a_", 50000) + "</p>\n");
  CHECK(markdown_to_html(std::string(50000, '[') + "a" + std::string(50000, ']')) ==
        "<p>" + std::string(50000, '[') + "a" + std::string(50000, ']') + "</p>\n");
  CHECK(markdown_to_html(times("[a](<b", 50000)) == "<p>" + times("[a](&lt;b", 50000) + "</p>\n");
  CHECK(markdown_to_html(times("[a](b", 50000)) == "<p>" + times("[a](b", 50000) + "</p>\n");
  CHECK(markdown_to_html(times("[ (](", 50000)) == "<p>" + times("[ (](", 50000) + "</p>\n");
  CHECK(markdown_to_html(times("\\``", 50000)) == "<p>" + times("``", 50000) + "</p>\n");
  CHECK(markdown_to_html(times("<>", 50000)) == "<p>" + times("&lt;&gt;", 50000) + "</p>\n");
  CHECK(markdown_to_html("x" + times("<?", 50000)) == "<p>x" + times("&lt;?", 50000) + "</p>\n");
  CHECK(markdown_to_html("x" + times("<![CDATA[", 50000)) == "<p>x" + times("&lt;![CDATA[", 50000) + "</p>\n");
  CHECK(markdown_to_html(times("[t](https://u) ", 50000)) ==
        "<p>" + times(link("https://u", "t") + " ", 49999) + link("https://u", "t") + "</p>\n");

  std::string backticks, definitions;
  for (std::size_t x = 1; x < 1400; ++x) backticks += "e" + std::string(x, '`');
  CHECK(markdown_to_html(backticks) == "<p>" + backticks + "</p>\n");
  for (int i = 1; i < 50000; ++i) definitions += "[" + std::to_string(i) + "]: u\n";
  CHECK(markdown_to_html(definitions + times("[0] ", 50000)) == "<p>" + times("[0] ", 49999) + "[0]</p>\n");

  // Nesting: content kept, tags only to a depth of 48 containers.
  const std::string quotes = markdown_to_html(times("> ", 50000) + "a");
  CHECK(count(quotes, "<blockquote>") == 48);
  CHECK(quotes.find("<p>a</p>") != std::string::npos);
  std::string lists;
  for (std::size_t x = 0; x < 1000; ++x) lists += std::string(2 * x, ' ') + "* a\n";
  const std::string nested_lists = markdown_to_html(lists);
  CHECK(count(nested_lists, "<ul>") == 24);
  CHECK(count(nested_lists, "<li>") == 24);
  CHECK(count(nested_lists, "a") == 1000);
  CHECK(inert(nested_lists));
  const std::string broken_break = markdown_to_html(times("* ", 50000) + "a");
  CHECK(count(broken_break, "<ul>") == count(broken_break, "</ul>"));
  CHECK(broken_break.find("a</li>") != std::string::npos);
}

TEST_CASE("the output is valid UTF-8 whatever the bytes") {
  CHECK(markdown_to_html("*\xff\xfe*") == "<p><em>\xEF\xBF\xBD\xEF\xBF\xBD</em></p>\n");
  CHECK(markdown_to_html(std::string("a\0b `\0`", 7)) == "<p>a\xEF\xBF\xBD" "b <code>\xEF\xBF\xBD</code></p>\n");
  CHECK(markdown_to_html("&#0; &#xD800; &#x110000; &#9999999;") ==
        "<p>\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD</p>\n");
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (const std::string& text : std::vector<std::string>{bytes, bytes + "\n# " + bytes, "[" + bytes + "](https://x/" + bytes + " \"" + bytes + "\")",
                                  "```" + bytes + "\n" + bytes, "\xE2\x82 \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF"}) {
    CHECK(test_support::rendered_as_promised(markdown_to_html(text)));
  }
}

// md4c 0.4.8 reads a byte past a text that ends inside a link's destination
// (found by the guide fuzz target); the parse hands it a padded copy. Each
// text here sits in a buffer of exactly its size, so that AddressSanitizer
// (build/sanitized) sees any read past it.
TEST_CASE("text that ends inside a link is read within its bounds") {
  for (const std::string& text : {std::string("[a](b"), std::string("[a](<b>"), std::string("[a](b \"t\""),
                                  std::string("x [a](https://x.org"), std::string("[a]: b"), std::string("&amp")}) {
    const auto exact = std::make_unique<char[]>(text.size());
    std::copy(text.begin(), text.end(), exact.get());
    CAPTURE(text);
    CHECK(test_support::rendered_as_promised(markdown_to_html(std::string_view(exact.get(), text.size()))));
  }
}

TEST_CASE("reference links resolve; only http(s) ones are links") {
  CHECK(markdown_to_html("[Levels][l] and [x][j]\n\n[l]: https://levels.fyi \"T\"\n[j]: javascript:x") ==
        "<p><a href=\"https://levels.fyi\" title=\"T\"" + link_attributes + ">Levels</a> and x</p>\n");
  CHECK(markdown_to_html("[X commits/PRs] stays a placeholder") == "<p>[X commits/PRs] stays a placeholder</p>\n");
}

TEST_CASE("a wide table over many short rows stops padding cells") {
  std::string header, delimiter;
  for (int i = 0; i < 10000; ++i) {
    header += "|h";
    delimiter += "|---";
  }
  std::string rows;
  for (int i = 0; i < 10000; ++i) rows += "x\n";
  const std::string html = markdown_to_html(header + "\n" + delimiter + "\n" + rows);
  // md4c pads every row to the header's width: past a budget the text is
  // rendered without tables, in time linear in its size.
  CHECK(count(html, "<td>") < 100000);
  CHECK(count(html, "<tr>") == 0);
  CHECK(html.find("|h|h|h") != std::string::npos);
}

TEST_CASE("the JSON API answers {ok, html}, whatever the bytes") {
  const auto answer = nlohmann::json::parse(json_api::render_markdown("# A & B"));
  CHECK(answer == nlohmann::json{{"ok", true}, {"html", "<h1>A &amp; B</h1>\n"}});
  const auto invalid = nlohmann::json::parse(json_api::render_markdown("*\xff\xfe*"));
  CHECK(invalid["ok"] == true);
  CHECK(invalid["html"] == "<p><em>\xEF\xBF\xBD\xEF\xBF\xBD</em></p>\n");
}

TEST_CASE("every guide of the corpus sample renders inert") {
  const std::string dir = test_support::corpus_dir();
  if (!std::filesystem::is_directory(dir)) {
    MESSAGE("NOT RUN: the corpus sample is not at " << dir << " (set OFFERCHECK_CORPUS)");
    return;
  }
  int guides = 0, sections = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    ++guides;
    const std::string text = test_support::read_file(entry.path().string());
    CAPTURE(entry.path().string());
    CHECK(test_support::rendered_as_promised(markdown_to_html(text)));
    auto report = load_guide(text);
    if (!report.guide) continue;
    for (const auto& section : report.guide->sections) {
      ++sections;
      const std::string html = markdown_to_html(section.text);
      CHECK(test_support::rendered_as_promised(html));
    }
  }
  CHECK(guides == 1121);
  CHECK(sections > 1120);
}
