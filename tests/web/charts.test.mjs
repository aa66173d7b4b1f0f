// The geometry of the band chart and of the year chart.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bandScale, layoutLabels } from "../../web/calculator/band-chart.js";
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

test("year bars: a cluster of four years per package, each year stacked by part to the largest total", () => {
  const year = (base, stock_vested, bonus = 0, sign_on = 0) => ({ base, stock_vested, bonus, sign_on, total: base + stock_vested + bonus + sign_on });
  const packages = [
    { years: [year(100, 20, 10, 30), year(100, 20, 10), year(100, 20, 10), year(100, 20, 10)] },
    { years: [year(120, 40), year(120, 40), year(120, 40), year(120, 40)] },
  ];
  const geometry = { width: 400, left: 6, bottom: 134, top: 16 };
  const bars = yearBars(packages, geometry);
  assert.equal(bars.length, 2);
  assert.equal(bars[0].length, 4);
  const scale = (134 - 16) / 160;  // the largest total (this offer's first year, 160) fills the chart
  const [base, stock, bonus, signOn] = bars[0][0].segments;
  assert.deepEqual(bars[0][0].segments.map((s) => s.part), ["base", "stock_vested", "bonus", "sign_on"]);
  assert.ok(Math.abs(base.height - 100 * scale) < 1e-9);
  assert.ok(Math.abs(base.y + base.height - 134) < 1e-9, "the base stands on the bottom");
  assert.ok(Math.abs(stock.y + stock.height - base.y) < 1e-9, "equity on the base");
  assert.ok(Math.abs(signOn.y + signOn.height - bonus.y) < 1e-9, "sign-on on the bonus");
  assert.ok(Math.abs(bars[0][0].top - 16) < 1e-9, "the largest year reaches the top");
  assert.equal(bars[1][0].segments[2].height, 0, "no bonus, no height");
  const cluster = (400 - 12) / 2;
  assert.ok(bars[0][3].x + bars[0][3].width < 6 + cluster, "this offer's years stay in its cluster");
  assert.ok(bars[1][0].x > 6 + cluster, "the competing offer's years in the next");
  assert.ok(bars[0][1].x > bars[0][0].x + bars[0][0].width, "years side by side, apart");
});

test("band labels: centred on their mark when they fit, on a second row when they would overlap, never outside", () => {
  assert.deepEqual(layoutLabels([{ x: 100, width: 40 }, { x: 300, width: 40 }], 400, 2), [{ row: 0, x: 100 }, { row: 0, x: 300 }]);
  const close = layoutLabels([{ x: 200, width: 60 }, { x: 210, width: 60 }], 400, 2);
  assert.deepEqual(close.map((p) => p.row), [0, 1]);
  assert.deepEqual(close.map((p) => p.x), [200, 210]);
  const three = layoutLabels([{ x: 200, width: 60 }, { x: 205, width: 60 }, { x: 210, width: 60 }], 400, 2);
  const rows = [0, 1].map((r) => three.map((p, i) => ({ ...p, width: 60, i })).filter((p) => p.row === r).sort((a, b) => a.x - b.x));
  for (const row of rows) for (let i = 1; i < row.length; i++) assert.ok(row[i].x - row[i - 1].x >= 60, "no overlap in a row");
  const edge = layoutLabels([{ x: 2, width: 50 }, { x: 399, width: 50 }], 400, 1);
  assert.deepEqual(edge.map((p) => p.x), [25, 375], "pulled inside the chart");
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
