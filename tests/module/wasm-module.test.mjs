// The two Wasm modules themselves under Node: the guide reader reads guide
// files and renders Markdown, the calculation module takes what it read;
// every bad call answers an error value and both keep answering correctly.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "build", "wasm", "bin");
let core, reader;
// The calculation module answers with a view of its answer's UTF-8 bytes; the reader with strings.
const utf8 = new TextDecoder();
const text = (value) => (typeof value === "string" ? value : utf8.decode(value));

// Node 20 cannot fetch the .wasm beside the glue: hand it the bytes, as the page does.
const start = (name) => createRequire(import.meta.url)(join(bin, `${name}.js`))({
  wasmBinary: readFileSync(join(bin, `${name}.wasm`)) });

before(async () => {
  [core, reader] = await Promise.all([start("offercheck-core"), start("offercheck-reader")]);
  for (const company of readdirSync(join(root, "seeds"))) {
    for (const file of readdirSync(join(root, "seeds", company))) {
      const answer = JSON.parse(reader.readGuide(readFileSync(join(root, "seeds", company, file), "utf8"), "2026-11-22"));
      assert.equal(answer.ok, true, `${company}/${file} reads`);
      assert.equal(answer.html.length, answer.guide.sections.length);
      const loaded = JSON.parse(text(core.loadCompiledGuide(answer.compiled)));
      assert.deepEqual(loaded, { ok: true, id: answer.id });
    }
  }
});

const good = JSON.stringify({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: 75000, stock: 95000 } });

test("the module computes what the CLI computes", () => {
  const result = JSON.parse(text(core.evaluate(good)));
  assert.equal(result.ok, true);
  assert.equal(result.ask.base, 98000);  // the guide's own ask (line 78)
  assert.equal(result.floor.stock, 135000);  // the guide's own floor
  assert.equal(result.floor.band_rule.stock, 140000);
  assert.deepEqual(JSON.parse(text(core.listGuides())).guides.map((g) => g.id),
    ["hugging-face/devops-engineer", "hugging-face/product-manager", "huggingface-enterprise/software-engineer"]);
  assert.equal(core.version(), "0.1.0");
  assert.equal(reader.version(), core.version());
});

test("the calculation module carries no guide reader", () => {
  assert.equal(typeof core.loadGuide, "undefined");
  assert.equal(typeof core.renderMarkdown, "undefined");
  assert.ok(readFileSync(join(bin, "offercheck-core.wasm")).length < readFileSync(join(bin, "offercheck-reader.wasm")).length);
});

test("the module renders a guide's Markdown as inert HTML", () => {
  const answer = JSON.parse(reader.renderMarkdown("**Ask** [x](javascript:alert(1)) <script>y</script>\n\n| a |\n|--:|\n| 1 |\n"));
  assert.equal(answer.ok, true);
  // A link to anything but http(s) is its text.
  assert.equal(answer.html, "<p><strong>Ask</strong> x &lt;script&gt;y&lt;/script&gt;</p>\n" +
    "<table>\n<thead>\n<tr>\n<th class=\"align-right\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n" +
    "<td class=\"align-right\">1</td>\n</tr>\n</tbody>\n</table>\n");
  assert.equal(JSON.parse(reader.renderMarkdown("\ud800 lone *surrogate*")).ok, true);
});

test("bad calls answer errors and the module keeps answering", () => {
  const bad = [
    () => core.evaluate("{"),
    () => core.evaluate("null"),
    () => core.evaluate(JSON.stringify({ guide: "hugging-face/product-manager", region: "Mars", offer: { base: 1 } })),
    () => core.evaluate(JSON.stringify({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: -1 } })),
    () => reader.readGuide("---\ncompany: [\n---\n", ""),
    () => reader.readGuide("\u0000\u0001 binary", ""),
    () => reader.readGuide("---\ncompany: a\nrole: b\ncompensation: " + "[".repeat(100000) + "\n---\n", ""),
    () => reader.readGuide("---\na: &a [*a]\n---\n", "not a date"),
    () => core.loadCompiledGuide("{}"),
    () => core.loadCompiledGuide("not a guide"),
    () => core.getGuide("nobody/nothing", ""),
    () => core.getGuide("hugging-face/product-manager", "someday"),
    () => core.findRegion("hugging-face/product-manager", "Mars"),
    () => core.parseMoney("1e309", "", ""),
    () => core.parseMultiple("lots"),
    () => core.parseMonths("1.5"),
    () => core.evaluate(JSON.stringify({ guide: "hugging-face/product-manager", region: "Paris",
      offer: { base: 1, options: 40000, strike: 2, share_price: 10, dilution_pct: 100 } })),
    () => core.evaluate("\ud800 lone surrogate"),
  ];
  for (const call of bad) {
    const answer = JSON.parse(text(call()));
    assert.equal(answer.ok, false);
    assert.equal(typeof answer.error.message, "string");
    assert.ok(answer.error.message.length > 0);
  }
  assert.equal(JSON.parse(text(core.evaluate(good))).ask.base, 98000);
  assert.deepEqual(JSON.parse(text(core.parseMultiple("3x"))), { ok: true, value: 3 });
  assert.deepEqual(JSON.parse(text(core.parseMonths("-3"))), { ok: true, value: -3 });
  assert.equal(JSON.parse(reader.renderMarkdown("*still*")).html, "<p><em>still</em></p>\n");
});

test("the guide reader reads an offer letter, and says what a text without one lacks", () => {
  const letter = readFileSync(join(root, "tests", "letter", "letters", "us-startup-options.txt"), "utf8");
  const answer = JSON.parse(text(reader.readOfferLetter(letter, "")));
  assert.equal(answer.ok, true);
  const by = Object.fromEntries(answer.found.map((item) => [item.field, item]));
  assert.deepEqual(answer.found.map((item) => item.field), ["base", "options", "strike", "bonus_pct", "sign_on"]);
  assert.deepEqual([by.base.value, by.base.currency, by.base.line], [165000, "USD", 5]);
  assert.match(by.base.sentence, /^Your annual base salary will be \$165,000/);
  assert.deepEqual([by.options.value, by.options.currency, by.strike.value], [40000, null, 2.15]);
  assert.deepEqual(answer.missing, []);
  // A wrapped line, a European monthly salary and a lone "$" read in the currency given.
  const eu = JSON.parse(text(reader.readOfferLetter("Ihr monatliches Gehalt: 6.200 € brutto pro Monat.", "")));
  assert.deepEqual([eu.found[0].value, eu.found[0].currency, eu.found[0].note], [74400, "EUR", "€6,200 a month × 12"]);
  assert.equal(JSON.parse(text(reader.readOfferLetter("Base salary: $140,000.", "CAD"))).found[0].currency, "CAD");

  const none = JSON.parse(text(reader.readOfferLetter("Thanks for meeting the team!", "")));
  assert.equal(none.ok, false);
  assert.match(none.error.message, /could not find a base salary/);
  assert.deepEqual(none.missing, ["base", "equity", "bonus", "sign_on"]);
  for (const bad of ["", "\u0000\u0001", "x".repeat(2 ** 20 + 1), "\ud800"]) {
    assert.equal(JSON.parse(text(reader.readOfferLetter(bad, ""))).ok, false);
  }
  assert.equal(JSON.parse(text(reader.readOfferLetter("Base: $1", "NOPE"))).ok, false);
  assert.equal(JSON.parse(text(reader.readOfferLetter(letter, ""))).found[0].value, 165000);
});
