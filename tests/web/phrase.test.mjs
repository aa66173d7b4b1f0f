// Sentences the core words with their values apart, filled in the reader's locale.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { formatMoney, formatPercent } from "../../web/lib/money.js";
import { messageText, phraseText } from "../../web/lib/phrase.js";

// As the core writes a proposal's reason_parts.base (docs/json.md, "Phrase").
const reason = {
  template: "{0} into the Paris base band ({1}–{2}); your offer of {3} sits at {4}",
  values: [
    { kind: "percent", value: 0.85, currency: null },
    { kind: "money", value: 75000, currency: "EUR" },
    { kind: "money", value: 102000, currency: "EUR" },
    { kind: "money", value: 80000, currency: "EUR" },
    { kind: "percent", value: 0.185, currency: null },
  ],
};

test("a phrase is its template with each value formatted as the page formats amounts", () => {
  const expected = `${formatPercent(0.85)} into the Paris base band (${formatMoney(75000, "EUR")}–${formatMoney(102000, "EUR")}); ` +
    `your offer of ${formatMoney(80000, "EUR")} sits at ${formatPercent(0.185)}`;
  assert.equal(phraseText(reason), expected);
  assert.equal(phraseText({ template: "Lyon has no base band", values: [] }), "Lyon has no base band");
  // Text from a guide or a person (an offer's name) keeps its braces: the core doubles them.
  assert.equal(phraseText({ template: "raised toward {{0}} Corp, worth {0}", values: [{ kind: "money", value: 5, currency: "USD" }] }),
    `raised toward {0} Corp, worth ${formatMoney(5, "USD")}`);
});

test("a diagnostic shows its parts when it has amounts, else its message", () => {
  const parts = { template: "in year one the floor pays {0}", values: [{ kind: "money", value: 1000, currency: "USD" }] };
  assert.equal(messageText({ message: "in year one the floor pays $1,000", message_parts: parts }),
    `in year one the floor pays ${formatMoney(1000, "USD")}`);
  assert.equal(messageText({ message: "Remote Global has no pay data", message_parts: null }), "Remote Global has no pay data");
});

test("in German a reason reads 80.000 €, not €80,000", () => {
  const script = `
    import { phraseText } from ${JSON.stringify(new URL("../../web/lib/phrase.js", import.meta.url).href)};
    process.stdout.write(phraseText(${JSON.stringify(reason)}));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script],
    { encoding: "utf8", env: { ...process.env, LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" } });
  assert.equal(run.status, 0, run.stderr);
  const text = run.stdout.replace(/\u00a0|\u202f/g, " ");
  assert.equal(text, "85 % into the Paris base band (75.000 €–102.000 €); your offer of 80.000 € sits at 19 %");
  assert.doesNotMatch(text, /€80,000/);
});

// As the core words a decision note and a leave note (docs/json.md, "decision", "Leave").
const breakeven = {
  template: "This offer beats {0} only if the company exits above {1} today's share price, after {2} dilution.",
  values: [{ kind: "multiple", value: 1.25, currency: null }, { kind: "percent", value: 0.2, currency: null }],
};

test("exit multiples read as multiples and option counts as grouped whole numbers", () => {
  const note = { ...breakeven, template: "This offer beats Google only if the company exits above {0} today's share price, after {1} dilution." };
  assert.equal(phraseText(note), "This offer beats Google only if the company exits above 1.25× today's share price, after 20% dilution.");
  const leave = { template: "Leaving after 18 months vests {0} of the grant: {1} options, worth {2} at today's price.",
    values: [{ kind: "percent", value: 0.375, currency: null }, { kind: "count", value: 15000, currency: null },
      { kind: "money", value: 120000, currency: "USD" }] };
  assert.equal(phraseText(leave), "Leaving after 18 months vests 38% of the grant: 15,000 options, worth $120,000 at today's price.");
  assert.equal(phraseText({ template: "{0}", values: [{ kind: "multiple", value: 3, currency: null }] }), "3×");
  assert.equal(phraseText({ template: "{0}", values: [{ kind: "multiple", value: 0.333333, currency: null }] }), "0.33×");
});

test("in German a multiple has a decimal comma and a count a dot", () => {
  const script = `
    import { phraseText } from ${JSON.stringify(new URL("../../web/lib/phrase.js", import.meta.url).href)};
    process.stdout.write(phraseText(${JSON.stringify({ template: "{0} / {1}", values: [
      { kind: "multiple", value: 1.25, currency: null }, { kind: "count", value: 40000, currency: null }] })}));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script],
    { encoding: "utf8", env: { ...process.env, LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" } });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, "1,25× / 40.000");
});
