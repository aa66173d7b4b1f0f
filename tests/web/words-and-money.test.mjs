// Position words and money formatting.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatMoney, formatPrice } from "../../web/lib/money.js";
import { percent, positionWords } from "../../web/lib/position.js";

test("a position in its band, in words", () => {
  assert.equal(percent(0.137), "14%");
  assert.equal(positionWords({ status: "within", position: 0 }), "0% into the band, in the bottom quarter");
  assert.equal(positionWords({ status: "within", position: 0.3 }), "30% into the band, in the lower half");
  assert.equal(positionWords({ status: "within", position: 0.5 }), "50% into the band, in the upper half");
  assert.equal(positionWords({ status: "within", position: 0.75 }), "75% into the band, in the top quarter");
  assert.equal(positionWords({ status: "within", position: null }), "at the band's single point");
  assert.equal(positionWords({ status: "no_data", position: null }), "the guide has no band for this");
});

test("outside the band: by how much from its nearest end, in the band's money and as a share of that end", () => {
  const eur = (n) => formatMoney(n, "EUR");
  // Paris base €150,000 against €65,000–€88,000: position 3.7 band widths, said as money.
  assert.equal(positionWords({ status: "above", position: 3.7, outside: { amount: 62000, fraction: 0.7045 } }, "EUR"),
    `${eur(62000)} (70%) above the top of the band`);
  assert.equal(positionWords({ status: "below", position: -0.2, outside: { amount: 5000, fraction: 0.0588 } }, "EUR"),
    `${eur(5000)} (6%) below the bottom of the band`);
  assert.doesNotMatch(positionWords({ status: "above", position: 3.7, outside: { amount: 62000, fraction: 0.7 } }, "EUR"), /370/);
  // A top of 0 has no share of it; a result without the distance still says the side.
  assert.equal(positionWords({ status: "above", position: null, outside: { amount: 500, fraction: null } }, "EUR"),
    `${eur(500)} above the top of the band`);
  assert.equal(positionWords({ status: "above", position: null }), "above the band");
  // A share that rounds to 0% is left out.
  assert.equal(positionWords({ status: "below", position: -0.005, outside: { amount: 250, fraction: 250 / 99000 } }, "EUR"),
    `${eur(250)} below the bottom of the band`);
});

test("money in whole units of the band's currency; a missing amount is a dash", () => {
  const usd = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(1234567.6);
  assert.equal(formatMoney(1234567.6, "USD"), usd);
  assert.equal(formatMoney(1234567.6, "USD"), usd, "the cached formatter answers the same");
  assert.equal(formatMoney(null, "EUR"), "—");
  assert.equal(formatMoney(undefined, "EUR"), "—");
  const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(80000);
  assert.equal(formatMoney(80000, "not a currency"), `not a currency ${plain}`);
});

test("a price per share keeps its cents, and up to four decimals below one unit", () => {
  assert.equal(formatPrice(2, "USD"), "$2");
  assert.equal(formatPrice(2.5, "USD"), "$2.50");
  assert.equal(formatPrice(10.125, "USD"), "$10.13");
  assert.equal(formatPrice(0.0125, "USD"), "$0.0125");
  assert.equal(formatPrice(0.5, "USD"), "$0.50");
  assert.equal(formatPrice(null, "USD"), "—");
  assert.equal(formatPrice(1.5, "XBT").replace(/\u00a0/g, " "), "XBT 1.50");
});
