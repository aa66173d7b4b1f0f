// The Wasm module itself under Node: every bad call answers an error value
// and the module keeps answering correctly afterwards.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "build", "wasm", "bin");
let core;

before(async () => {
  const createOfferCheckCore = createRequire(import.meta.url)(join(bin, "offercheck-core.js"));
  // Node 20 cannot fetch the .wasm beside the glue: hand it the bytes, as the page does.
  core = await createOfferCheckCore({ wasmBinary: readFileSync(join(bin, "offercheck-core.wasm")) });
  for (const company of readdirSync(join(root, "seeds"))) {
    for (const file of readdirSync(join(root, "seeds", company))) {
      const answer = JSON.parse(core.loadGuide(readFileSync(join(root, "seeds", company, file), "utf8"), "2026-11-22"));
      assert.equal(answer.ok, true, `${company}/${file} loads`);
    }
  }
});

const good = JSON.stringify({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: 75000, stock: 95000 } });

test("the module computes what the CLI computes", () => {
  const result = JSON.parse(core.evaluate(good));
  assert.equal(result.ok, true);
  assert.equal(result.ask.base, 98000);
  assert.equal(result.floor.stock, 135000);
  assert.deepEqual(JSON.parse(core.listGuides()).guides.map((g) => g.id),
    ["hugging-face/devops-engineer", "hugging-face/product-manager", "huggingface-enterprise/software-engineer"]);
  assert.equal(core.version(), "0.1.0");
});

test("the module renders a guide's Markdown as inert HTML", () => {
  const answer = JSON.parse(core.renderMarkdown("**Ask** [x](javascript:alert(1)) <script>y</script>\n\n| a |\n|--:|\n| 1 |\n"));
  assert.equal(answer.ok, true);
  assert.equal(answer.html, "<p><strong>Ask</strong> [x](javascript:alert(1)) &lt;script&gt;y&lt;/script&gt;</p>\n" +
    "<table>\n<thead>\n<tr>\n<th class=\"align-right\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n" +
    "<td class=\"align-right\">1</td>\n</tr>\n</tbody>\n</table>\n");
  assert.equal(JSON.parse(core.renderMarkdown("\ud800 lone *surrogate*")).ok, true);
});

test("bad calls answer errors and the module keeps answering", () => {
  const bad = [
    () => core.evaluate("{"),
    () => core.evaluate("null"),
    () => core.evaluate(JSON.stringify({ guide: "hugging-face/product-manager", region: "Mars", offer: { base: 1 } })),
    () => core.evaluate(JSON.stringify({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: -1 } })),
    () => core.loadGuide("---\ncompany: [\n---\n", ""),
    () => core.loadGuide("\u0000\u0001 binary", ""),
    () => core.loadGuide("---\ncompany: a\nrole: b\ncompensation: " + "[".repeat(100000) + "\n---\n", ""),
    () => core.loadGuide("---\na: &a [*a]\n---\n", "not a date"),
    () => core.getGuide("nobody/nothing"),
    () => core.parseMoney("1e309"),
    () => core.evaluate("\ud800 lone surrogate"),
  ];
  for (const call of bad) {
    const answer = JSON.parse(call());
    assert.equal(answer.ok, false);
    assert.equal(typeof answer.error.message, "string");
    assert.ok(answer.error.message.length > 0);
  }
  assert.equal(JSON.parse(core.evaluate(good)).ask.base, 98000);
});
