// The guide text as inert HTML: each construct the guides use, hostile input,
// and every guide of the corpus sample (when it is beside the checkout).
#include "test_support.hpp"

#include "offercheck/json_api.hpp"
#include "offercheck/markdown_html.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <cctype>
#include <set>

using namespace offercheck;

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

bool is_known_tag(const std::string& name) {
  static const std::set<std::string> known = {
      "a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol",
      "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul"};
  return known.count(name) == 1;
}

bool is_known_attribute(const std::string& name, const std::string& value) {
  if (name == "href") return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
  return name == "title" || name == "rel" || name == "target" || name == "class" || name == "start";
}

// Every "<" opens a tag the renderer writes, with only its own attributes, and
// every href is http(s). (By hand: std::regex recurses on long input.)
bool only_known_markup(const std::string& html) {
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at)) {
    std::size_t end = at + 1;
    if (end < html.size() && html[end] == '/') ++end;
    const std::size_t name_start = end;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (!is_known_tag(html.substr(name_start, end - name_start))) return false;
    while (end < html.size() && html[end] == ' ') {
      const std::size_t equals = html.find("=\"", end);
      const std::size_t close = equals == std::string::npos ? equals : html.find('"', equals + 2);
      if (close == std::string::npos) return false;
      const std::string name = html.substr(end + 1, equals - end - 1);
      const std::string value = html.substr(equals + 2, close - equals - 2);
      if (value.find_first_of("<>") != std::string::npos || !is_known_attribute(name, value)) return false;
      end = close + 1;
    }
    if (end >= html.size() || html[end] != '>') return false;
    at = end;
  }
  return true;
}

bool inert(const std::string& html) {
  return only_known_markup(html) && html.find("<script") == std::string::npos &&
         html.find("<img") == std::string::npos && html.find("<iframe") == std::string::npos &&
         html.find("href=\"javascript:") == std::string::npos;
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
  CHECK(markdown_to_html("| a | b |\n|---|\n") == "<p>| a | b |\n|---|</p>\n");
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
  CHECK(markdown_to_html("[x](javascript:alert(1))") == "<p>[x](javascript:alert(1))</p>\n");
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
  CHECK(markdown_to_html("&amp; &#60;") == "<p>&amp;amp; &amp;#60;</p>\n");
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
  CHECK(quotes.find("&gt;&gt;&gt; deep") != std::string::npos);
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

TEST_CASE("a wide table over many short rows stops padding cells") {
  std::string header, delimiter;
  for (int i = 0; i < 10000; ++i) {
    header += "|h";
    delimiter += "|-";
  }
  std::string rows;
  for (int i = 0; i < 10000; ++i) rows += "x\n";
  const std::string html = markdown_to_html(header + "\n" + delimiter + "\n" + rows);
  CHECK(count(html, "<td>") < 100000);
  CHECK(count(html, "<tr>") == 1 + 6);
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
    CHECK(inert(markdown_to_html(text)));
    auto report = load_guide(text);
    if (!report.guide) continue;
    for (const auto& section : report.guide->sections) {
      ++sections;
      const std::string html = markdown_to_html(section.text);
      CHECK(inert(html));
    }
  }
  CHECK(guides == 1121);
  CHECK(sections > 1120);
}
