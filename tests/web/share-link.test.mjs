// Share links: round trip, tamper and truncation detection, compact amounts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checksum, compactAmount, decodeLink, encodeLink, fullLink, linkInputs, parseCompact, redactedLink, redactedNotice }
  from "../../web/page/share-link.js";

const state = {
  guide: "hugging-face/devops-engineer", region: "New York",
  inputs: { base: " 163750 ", stock: "131,313", "bonus-pct": "7", "sign-on": "" },
  result: {
    components: [{ name: "base", position: 0.137 }, { name: "stock", position: null }, { name: "bonus", position: 1.25 }],
    ask: { base: 190000, stock: 1250000, sign_on: null },
  },
};

test("a full link round-trips the guide, region and amounts as typed (trimmed, empty ones left out)", () => {
  const link = decodeLink(`#${fullLink(state)}`);
  assert.ok(link.params, JSON.stringify(link));
  assert.deepEqual(Object.fromEntries(link.params), {
    oc: "1", guide: "hugging-face/devops-engineer", region: "New York", base: "163750", stock: "131,313", bonus: "7",
  });
});

test("an edited, cut or foreign link is refused with the reason, no link is null", () => {
  const link = fullLink(state);
  assert.deepEqual(decodeLink(`#${link.replace("163750", "999999")}`), { problem: "it looks edited or cut short" });
  assert.deepEqual(decodeLink(`#${link.slice(0, -3)}`), { problem: "it looks edited or cut short" });
  assert.deepEqual(decodeLink("#garbage%%%"), { problem: "it looks cut short" });
  assert.deepEqual(decodeLink(`#${encodeLink([["oc", "2"], ["guide", "x"]])}`), { problem: "it was made by another version of offercheck" });
  assert.equal(decodeLink(""), null);
  assert.equal(decodeLink("#"), null);
});

test("the checksum is eight letters, no digits, and changes with any byte", () => {
  assert.match(checksum("oc=1&guide=a"), /^[a-p]{8}$/);
  assert.notEqual(checksum("oc=1&guide=a"), checksum("oc=1&guide=b"));
  assert.equal(checksum("é"), checksum("é"));
});

test("a redacted link has positions and asks, none of the amounts typed", () => {
  const link = redactedLink(state);
  for (const typed of ["163750", "131313", "131,313", "131%2C313"]) assert.ok(!link.includes(typed), typed);
  const { params } = decodeLink(`#${link}`);
  assert.equal(params.get("redacted"), "1");
  assert.equal(params.get("position.base"), "14");
  assert.equal(params.has("position.stock"), false, "no position for a component without one");
  assert.equal(params.get("position.bonus"), "125");
  assert.equal(params.get("ask.base"), "190k");
  assert.equal(params.get("ask.stock"), "1.25M");
  assert.equal(params.has("ask.sign_on"), false);
  assert.equal(redactedNotice(params, (n) => `$${n}`),
    "Shared without amounts: New York — base 14% into the band, bonus 125% into the band; asks: base $190000, equity $1250000.");
});

test("compact amounts and back", () => {
  assert.equal(compactAmount(98000), "98k");
  assert.equal(compactAmount(1250000), "1.25M");
  assert.equal(compactAmount(999), "999");
  assert.equal(compactAmount(98765.4321), "98.765k");
  for (const amount of [0, 5, 98000, 101500, 1250000, 3e6]) assert.equal(parseCompact(compactAmount(amount)), amount);
  for (const bad of ["", null, "1.2.3k", "k", "12K", "-5k", "1e3"]) assert.equal(parseCompact(bad), null, String(bad));
});

// The worked example of issue 14: options, an exit, dilution, a cliff, a month to leave at.
const optionsState = {
  guide: "hugging-face/devops-engineer", region: "New York",
  inputs: {
    base: "150000", "equity-kind": "options", stock: "", options: "40,000", strike: "2", "share-price": "10.50",
    "bonus-pct": "", "sign-on": "", vesting: "cliff", "vesting-custom": "", "cliff-months": "12", "vesting-start": "",
    refresh: "", "exit-multiple": "3x", dilution: "20", raise: "5", "bonus-payout": "", "leave-months": "18",
  },
  result: {
    components: [{ name: "base", position: 0.2 }],
    ask: { base: 170000, stock: null, sign_on: null },
    equity: { kind: "options" },
    decision: { breakeven_exit_multiple: 1.25, crossover_year: 3 },
    if_you_leave: { months: 18, vested_fraction: 0.375 },
  },
};

test("a full link carries the equity terms as typed, and a plain one leaves the default choices out", () => {
  const { params } = decodeLink(`#${fullLink(optionsState)}`);
  assert.deepEqual(linkInputs(params), { ...optionsState.inputs });
  const plain = decodeLink(`#${fullLink({ ...optionsState, inputs: { ...optionsState.inputs, "equity-kind": "grant", vesting: "even", "leave-months": "12" } })}`);
  for (const key of ["equity", "vesting", "leave"]) assert.equal(plain.params.has(key), false, key);
});

test("a link made before the equity terms restores their defaults (empty fields)", () => {
  const { params } = decodeLink(`#${fullLink(state)}`);
  const inputs = linkInputs(params);
  assert.equal(inputs.base, "163750");
  for (const field of ["equity-kind", "options", "share-price", "exit-multiple", "dilution", "leave-months"]) assert.equal(inputs[field], "", field);
});

test("a redacted link keeps the terms and the decision, and drops share counts and prices", () => {
  const link = redactedLink(optionsState);
  for (const typed of ["150000", "40000", "40%2C000", "10.5", "share-price", "strike", "options="]) assert.ok(!link.includes(typed), typed);
  const { params } = decodeLink(`#${link}`);
  assert.deepEqual(linkInputs(params, { redacted: true }), {
    "equity-kind": "options", vesting: "cliff", "vesting-custom": "", "cliff-months": "12", "vesting-start": "",
    "exit-multiple": "3x", dilution: "20", raise: "5", "bonus-payout": "", "leave-months": "18",
  });
  assert.equal(linkInputs(params, { redacted: true }).base, undefined, "no amount is restored from a redacted link");
  assert.equal(redactedNotice(params, (n) => `$${n}`),
    "Shared without amounts: New York — base 20% into the band; asks: base $170000; " +
    "it beats the best competing offer only above a 1.25× exit; the lead changes in year 3; leaving at month 18 keeps 38% of the grant.");
});
