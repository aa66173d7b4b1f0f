// The band pictures' labels (the band's ends, the offer, the ask and the
// floor) never overlap one another nor leave the picture, however the marks
// crowd: measured as drawn (every visible <text>'s box in each band chart),
// in the verdict and in "Where it sits", in the page and in the widget, at
// 320, 390, 760 and 1,280 px wide.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { artifacts, choose, dist, offlineCopy, openPage, useServedBrowser } from "./harness.mjs";

const shared = useServedBrowser(dist);
const WIDTHS = [320, 390, 760, 1280];

// Each with the labels it must draw in the verdict's base chart.
const CASES = [
  // Paris DevOps base €65,000–€88,000: offer = floor = €150,000 and ask €160,000, all three past the top;
  // the equity's three past its top too.
  { name: "crowded-above", role: "DevOps Engineer", base: "150000", equity: "1000000",
    base_labels: ["offer €150K", "floor €150K", "ask €160K", "€65K", "€88K"] },
  // The offer far below the band, alone at the left edge; equity of 0 below its band.
  { name: "far-below", role: "Product Manager", base: "20000", equity: "0",
    base_labels: ["offer €20K", "floor €82K", "ask €98K", "€75K", "€102K"] },  // the guide's own ask and floor
  // The offer exactly at the floor, inside the band (base and equity).
  { name: "offer-at-floor", role: "Product Manager", base: "95000", equity: "140000",
    base_labels: ["offer €95K", "floor €95K", "ask €98K", "€75K", "€102K"] },
  // Marks far above: the band squeezed at the left edge, its two ends crowding each other.
  { name: "band-squeezed", role: "Product Manager", base: "1000000", equity: "10000000",
    base_labels: ["offer €1M", "floor €1M", "ask €1.05M", "€75K", "€102K"] },
];

// Run in the page: every drawn band chart under `node` (the page's body, or
// a widget's shadow root), its visible labels' boxes, and what is wrong with them.
function measureLabels(node) {
  const root = node.shadowRoot ?? node;
  const charts = [];
  for (const svg of root.querySelectorAll("svg.band-chart")) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const where = svg.closest("[data-part]") ? `verdict ${svg.closest("[data-part]").dataset.part}`
      : `results ${svg.closest("[data-component]").dataset.component}`;
    const labels = [...svg.querySelectorAll("text")]
      .filter((t) => t.getAttribute("display") !== "none" && t.textContent.trim() !== "")
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect(), bbox: t.getBBox() }));
    const problems = [];
    const EPS = 0.01;
    for (const [i, a] of labels.entries()) {
      if (a.box.width <= 0 || a.bbox.width <= 0) problems.push(`"${a.text}" has no box`);
      if (a.box.left < box.left - EPS || a.box.right > box.right + EPS || a.box.top < box.top - EPS || a.box.bottom > box.bottom + EPS) {
        problems.push(`"${a.text}" leaves the picture: [${a.box.left}, ${a.box.right}] × [${a.box.top}, ${a.box.bottom}] `
          + `in [${box.left}, ${box.right}] × [${box.top}, ${box.bottom}]`);
      }
      for (const b of labels.slice(i + 1)) {
        const apart = a.box.right <= b.box.left + EPS || b.box.right <= a.box.left + EPS
          || a.box.bottom <= b.box.top + EPS || b.box.bottom <= a.box.top + EPS;
        if (!apart) problems.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    charts.push({ where, texts: labels.map((l) => l.text), problems });
  }
  return charts;
}

function assertApart(charts, label) {
  for (const chart of charts) assert.deepEqual(chart.problems, [], `${label}, ${chart.where}: ${chart.texts.join(" | ")}`);
}

// Every label expected in the verdict's base chart is drawn there.
function assertLabels(charts, expected, label) {
  const base = charts.find((c) => c.where === "verdict base");
  assert.ok(base, `${label}: the verdict's base chart is drawn`);
  for (const text of expected) assert.ok(base.texts.includes(text), `${label}: "${text}" in ${base.texts.join(" | ")}`);
}

// Every band picture brought into view in turn: a picture is drawn as it
// comes near the viewport (on a phone the verdict stands below the form).
async function bringChartsIntoView(scope) {
  const charts = scope.locator("svg.band-chart");
  for (let i = 0; i < await charts.count(); i++) {
    await charts.nth(i).evaluate(async (svg) => {
      svg.scrollIntoView({ block: "center" });
      for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    });
  }
}

async function typeCase(scope, c) {
  await scope.getByLabel("Base salary", { exact: true }).fill(c.base);
  await scope.getByLabel("Equity grant (4 years)", { exact: true }).fill(c.equity);
  await scope.locator(".verdict-line:not([hidden])").waitFor();
  await bringChartsIntoView(scope);
  await scope.locator(".verdict [data-part=base] .offer-label").filter({ hasText: /offer/ }).waitFor();
}

for (const c of CASES) {
  test(`the page, ${c.name}: no label overlaps another or leaves its band picture, at ${WIDTHS.join(", ")} px`, async () => {
    const { page, context, seen } = await openPage(shared.browser, offlineCopy(), { viewport: { width: WIDTHS[0], height: 900 } });
    await choose(page, "Hugging Face", c.role, "Paris");
    await typeCase(page, c);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const charts = await page.locator("body").evaluate(measureLabels);
      const label = `page ${c.name} at ${width} px`;
      assert.ok(charts.length >= 5, `${label}: the verdict's 2 and the results' charts are drawn (${charts.length})`);
      assertLabels(charts, c.base_labels, label);
      assertApart(charts, label);
      await page.locator(".verdict").screenshot({ path: join(artifacts, `band-labels-${c.name}-${width}-verdict.png`) });
      await page.locator(".results").screenshot({ path: join(artifacts, `band-labels-${c.name}-${width}-results.png`) });
    }
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}

test(`the widget in the example post: no label overlaps another or leaves its band picture, card and opened, at ${WIDTHS.join(", ")} px`, async () => {
  const { page, context, seen } = await openPage(shared.browser, `${shared.origin}/embed-example.html`,
    { ready: "offer-check[data-ready]", viewport: { width: WIDTHS[0], height: 900 } });
  const widget = page.locator("offer-check").first();
  await widget.scrollIntoViewIfNeeded();
  const setOpen = (open) => widget.evaluate((e, o) => e.toggleAttribute("open", o), open);
  for (const c of CASES) {
    // The role is chosen in the opened widget; the amounts typed in the card, "Where it sits" hidden.
    await setOpen(true);
    await widget.getByLabel("Role", { exact: true }).selectOption({ label: c.role });
    await widget.getByLabel("Region", { exact: true }).selectOption({ label: "Paris" });
    await setOpen(false);
    await typeCase(widget, c);
    for (const open of [false, true]) {
      await setOpen(open);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const charts = await widget.evaluate(measureLabels);
        const label = `widget ${c.name}${open ? " opened" : ""} at ${width} px`;
        assert.ok(charts.length >= (open ? 5 : 2), `${label}: its charts are drawn (${charts.length})`);
        assertLabels(charts, c.base_labels, label);
        assertApart(charts, label);
        if (!open) await widget.screenshot({ path: join(artifacts, `band-labels-widget-${c.name}-${width}.png`) });
      }
    }
  }
  assert.deepEqual(seen.errors, []);
  await context.close();
});
