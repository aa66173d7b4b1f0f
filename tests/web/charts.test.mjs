// The geometry of the band chart and of the year chart.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bandScale } from "../../web/calculator/band-chart.js";
import { packagesOf, yearBars } from "../../web/calculator/years.js";

test("the band scale holds every finite value with 8% room each side", () => {
  const x = bandScale([100, 200, null, undefined, NaN], 0, 100);
  const unit = 100 / (100 * 1.16);
  assert.ok(Math.abs(x(100) - 8 * unit) < 1e-9);
  assert.ok(Math.abs(x(200) - 108 * unit) < 1e-9);
  assert.ok(x(100) > 0 && x(200) < 100, "the extremes stay inside");
  assert.ok(x(150) > x(100) && x(150) < x(200));
});

test("a single value sits in the middle; no value, no scale", () => {
  assert.equal(bandScale([5000, 5000], 0, 100)(5000), 50);
  assert.equal(bandScale([null, undefined, Infinity]), null);
});

test("year bars: one group a year, heights to the largest total, at least 1", () => {
  const years = (totals) => totals.map((total, i) => ({ year: i + 1, total }));
  const packages = [{ years: years([100, 200, 300, 400]) }, { years: years([400, 0, 100, 50]) }];
  const geometry = { width: 400, left: 8, bottom: 130, top: 12 };
  const bars = yearBars(packages, geometry);
  assert.equal(bars.length, 2);
  assert.equal(bars[0].length, 4);
  assert.equal(bars[0][3].height, 118, "the largest total fills the chart");
  assert.equal(bars[1][0].height, 118);
  assert.equal(bars[0][0].height, 29.5);
  assert.equal(bars[1][1].height, 1, "a zero year still shows");
  assert.equal(bars[0][3].y + bars[0][3].height, 130, "bars stand on the bottom");
  const group = (400 - 16) / 4;
  assert.equal(bars[0][1].x, 8 + group + 5);
  assert.equal(bars[1][0].x - bars[0][0].x, Math.min(22, (group - 10) / 2), "side by side");
});

test("packages: this offer first, competing offers with their rate when in another currency", () => {
  const result = {
    guide: { currency: "EUR" }, years: [], four_year_total: 1, four_year_risk_adjusted: 2,
    competing: [
      { name: "Google Paris", currency: "EUR", years: [], four_year_total: 3, four_year_risk_adjusted: 4, rate: 1 },
      { name: "Stripe NYC", currency: "USD", years: [], four_year_total: 5, four_year_risk_adjusted: 6, rate: 0.960523 },
    ],
  };
  assert.deepEqual(packagesOf(result).map((p) => [p.name, p.total, p.adjusted, p.note]),
    [["This offer", 1, 2, undefined], ["Google Paris", 3, 4, ""], ["Stripe NYC", 5, 6, "USD at 0.9605"]]);
});
