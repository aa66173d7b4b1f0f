// The verdict's words: where the offer sits, and the sentence to send.
import assert from "node:assert/strict";
import { test } from "node:test";
import { positionWords } from "../../web/lib/position.js";
import { askSentence, sourceWords, verdictLine } from "../../web/calculator/verdict.js";

const money = (n) => new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(n);
const result = (stock, ask = {}) => ({
  guide: { currency: "EUR", region: "Paris", role_display: "Product Manager", company_display: "Hugging Face" },
  components: [
    { name: "base", offer: 95000, low: 75000, high: 102000, position: 0.74, status: "within" },
    { name: "stock", low: 95000, high: 180000, ...stock },
  ],
  ask: { base: 99000, stock: 175000, sign_on: null, ...ask },
});

test("an equity field left empty reads as not entered, never as a position", () => {
  const r = result({ offer: null, position: null, status: "not_entered" });
  assert.equal(positionWords(r.components[1]), "not entered");
  assert.match(verdictLine(r), /equity not entered\.$/);
  assert.doesNotMatch(verdictLine(r), /below/);
});

test("the line says where base and equity sit, with their amounts", () => {
  const r = result({ offer: 80000, position: -0.18, status: "below", outside: { amount: 15000, fraction: 15000 / 95000 } });
  assert.equal(verdictLine(r), `Base ${money(95000)} is 74% into the band, in the upper half; ` +
    `equity ${money(80000)} is ${money(15000)} (16%) below the bottom of the band.`);
});

test("an offer above the band says by how much in money and share of the top, never in band widths", () => {
  const r = result({ offer: 80000, position: -0.18, status: "below", outside: { amount: 15000, fraction: 15000 / 95000 } });
  r.components[0] = { name: "base", offer: 150000, low: 75000, high: 102000, position: 75000 / 27000, status: "above",
    outside: { amount: 48000, fraction: 48000 / 102000 } };
  assert.match(verdictLine(r), new RegExp(`^Base ${money(150000)} is ${money(48000)} \\(47%\\) above the top of the band;`));
  assert.doesNotMatch(verdictLine(r), /278%/);
});

test("the sentence asks for base and equity, and a sign-on only where the guide has one to ask", () => {
  const plain = askSentence(result({ offer: 80000, position: -0.18, status: "below" }));
  assert.match(plain, new RegExp(`Product Manager at Hugging Face in Paris \\(base band ${money(75000)}–${money(102000)}\\)`));
  assert.match(plain, new RegExp(`ask for a base salary of ${money(99000)} and an equity grant worth ${money(175000)} over four years\\.$`));
  const withSignOn = askSentence(result({ offer: 80000, status: "below" }, { sign_on: 20000 }));
  assert.match(withSignOn, new RegExp(`${money(99000)}, an equity grant worth ${money(175000)} over four years and a sign-on bonus of ${money(20000)}\\.$`));
});

test("the counter-offer and floor say where they come from: the guide's own line, the band rule, the offer", () => {
  const sources = (ask, floor) => ({ stated: { line: 78 }, ask: { sources: { base: ask } }, floor: { sources: { base: floor } } });
  assert.equal(sourceWords(sources("guide", "guide"), "base"), "Both: the guide's own (line 78)");
  assert.equal(sourceWords(sources("offer", "guide"), "base"), "Counter-offer: from your offer; floor: the guide's own (line 78)");
  assert.equal(sourceWords({ stated: null, ask: { sources: { base: "band" } }, floor: { sources: { base: "band" } } }, "base"),
    "Both: the band rule");
  assert.equal(sourceWords(sources("competing", "none"), "base"), "Counter-offer: raised by a competing offer");
  assert.equal(sourceWords(sources("none", "none"), "base"), "");
});
