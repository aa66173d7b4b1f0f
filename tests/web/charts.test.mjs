// The geometry of the band chart and of the year chart.
import assert from "node:assert/strict";
import { test } from "node:test";
import { bandScale, chartRows, layoutLabels, rowsOf } from "../../web/calculator/band-chart.js";
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

// Every pair of labels in a row at least `gap` apart, every label inside [inset, width - inset].
function assertApartAndInside(labels, places, width = 400, gap = 6, inset = 2) {
  assert.equal(places.length, labels.length);
  const boxes = places.map((p, i) => ({ row: p.row, left: p.x - labels[i].width / 2, right: p.x + labels[i].width / 2 }));
  for (const [i, a] of boxes.entries()) {
    assert.ok(Number.isInteger(a.row) && a.row >= 0, `label ${i} has a row`);
    assert.ok(a.left >= inset - 1e-9 && a.right <= width - inset + 1e-9, `label ${i} [${a.left}, ${a.right}] inside [0, ${width}]`);
    for (const [j, b] of boxes.entries()) {
      if (j <= i || a.row !== b.row) continue;
      assert.ok(a.right + gap <= b.left + 1e-9 || b.right + gap <= a.left + 1e-9, `labels ${i} and ${j} overlap in row ${a.row}`);
    }
  }
}

test("band labels: centred on their mark when they fit, on another row when they would overlap, never outside", () => {
  assert.deepEqual(layoutLabels([{ x: 100, width: 40 }, { x: 300, width: 40 }], 400), [{ row: 0, x: 100 }, { row: 0, x: 300 }]);
  const close = layoutLabels([{ x: 200, width: 60 }, { x: 210, width: 60 }], 400);
  assert.deepEqual(close.map((p) => p.row), [0, 1]);
  assert.deepEqual(close.map((p) => p.x), [200, 210], "each stays on its mark");
  const edge = layoutLabels([{ x: 2, width: 50 }, { x: 399, width: 50 }], 400);
  assert.deepEqual(edge.map((p) => p.x), [27, 373], "pulled just inside the chart");
  assert.deepEqual(edge.map((p) => p.row), [0, 0]);
  assert.deepEqual(layoutLabels([]), []);
});

test("band labels: marks that coincide each get a row, all on the mark", () => {
  const labels = [{ x: 200, width: 76 }, { x: 200, width: 76 }, { x: 200, width: 70 }];
  const places = layoutLabels(labels, 400);
  assertApartAndInside(labels, places);
  assert.deepEqual(places.map((p) => p.row), [0, 1, 2], "in the order given: the offer, given first, nearest the bar");
  assert.deepEqual(places.map((p) => p.x), [200, 200, 200]);
  // Two ends pulled to one edge: the low end nearest the bar, whatever their widths.
  const ends = layoutLabels([{ x: 12, width: 28 }, { x: 13, width: 36 }], 400);
  assert.deepEqual(ends, [{ row: 0, x: 16 }, { row: 1, x: 20 }]);
  assert.equal(rowsOf(places), 3);
});

test("band labels: three crowded at the right edge (offer = floor, ask just past them) never overlap", () => {
  // Paris base €150,000, floor €150,000, ask €160,000, band €75,000–€102,000: all three near 388.
  const labels = [{ x: 357, width: 78 }, { x: 388, width: 60 }, { x: 357, width: 80 }];
  const places = layoutLabels(labels, 400);
  assertApartAndInside(labels, places);
  assert.equal(rowsOf(places), 3, "two rows are not enough here");
  // Clamped to the edge, but no further than needed.
  assert.equal(places[1].x, 400 - 2 - 30);
});

test("band labels: crowded at the left edge, and a pair at each edge, never overlap nor leave the chart", () => {
  const left = [{ x: 12, width: 78 }, { x: 14, width: 70 }, { x: 30, width: 80 }];
  const leftPlaces = layoutLabels(left, 400);
  assertApartAndInside(left, leftPlaces);
  assert.equal(leftPlaces[0].x, 2 + 39);
  const both = [{ x: 12, width: 78 }, { x: 20, width: 70 }, { x: 380, width: 80 }, { x: 388, width: 60 }];
  const bothPlaces = layoutLabels(both, 400);
  assertApartAndInside(both, bothPlaces);
  assert.equal(rowsOf(bothPlaces), 2, "one edge's crowd does not push the other's into more rows");
});

test("band labels: many labels packed in as few rows as their overlaps need", () => {
  // Ten labels 50 wide every 30 units overlap only their neighbours: two rows hold them.
  const labels = Array.from({ length: 10 }, (_, i) => ({ x: 50 + i * 30, width: 50 }));
  const places = layoutLabels(labels, 400, { gap: 4 });
  assertApartAndInside(labels, places, 400, 4);
  assert.equal(rowsOf(places), 2);
  // Labels wider than the chart sit in its middle, a row each.
  const wide = [{ x: 10, width: 500 }, { x: 390, width: 500 }];
  assert.deepEqual(layoutLabels(wide, 400), [{ row: 0, x: 200 }, { row: 1, x: 200 }]);
});

test("the chart grows a row of height per row of labels, the marks' above the bar and the ends' below", () => {
  const two = chartRows(0, 0), three = chartRows(3, 1), ends = chartRows(2, 2);
  assert.deepEqual([two.y, two.height], [chartRows(2, 1).y, chartRows(2, 1).height], "two mark rows and one end row at least");
  assert.equal(three.y - two.y, 16);
  assert.equal(three.height - two.height, 16);
  assert.equal(ends.height - two.height, 16);
  assert.ok(two.markY(0) <= two.y - 12 - 4, "the nearest row clears the marks' tops");
  assert.ok(three.markY(2) >= 12, "the farthest row's text stays inside the top");
  assert.ok(two.endY(0) - 12 >= two.y + 12, "the ends' row clears the marks' bottoms");
  assert.ok(ends.endY(1) + 4 <= ends.height, "the last row's text stays inside the bottom");
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
