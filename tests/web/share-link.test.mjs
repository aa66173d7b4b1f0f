// Share links: round trip, tamper and truncation detection, compact amounts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checksum, compactAmount, decodeLink, encodeLink, fullLink, parseCompact, redactedLink, redactedNotice }
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
