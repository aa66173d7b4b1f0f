// Keyboard alone: Tab reaches every control of the page in order, each with
// a visible focus ring, and Enter or Space operates the folding panels and
// the widget's More.
import assert from "node:assert/strict";
import { test } from "node:test";
import { choose, dist, offlineCopy, openPage, useServedBrowser } from "./harness.mjs";

const shared = useServedBrowser(dist);

// Tabs through `count` stops; answers what had focus at each, with whether its focus shows.
async function tabThrough(page, count) {
  const stops = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      const style = getComputedStyle(el);
      const labelled = el.labels && el.labels[0] ? el.labels[0].textContent : "";
      return { name: (labelled || el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40), tag: el.tagName,
        ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    }));
  }
  return stops;
}

test("Tab reaches every control of the page with its focus shown, and Enter folds a panel", async () => {
  const { page, context } = await openPage(shared.browser, offlineCopy(), { viewport: { width: 1280, height: 800 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary", { exact: true }).fill("95000");
  await page.getByLabel("Equity grant (4 years)", { exact: true }).fill("80000");
  await page.locator(".verdict-line:not([hidden])").waitFor();
  await page.locator(".masthead h1").click();  // Tab starts from the top
  const all = await tabThrough(page, 50);
  // Past the last control, focus leaves the document (the body has it).
  const end = all.findIndex((s) => s.tag === "BODY");
  const stops = end === -1 ? all : all.slice(0, end);
  const names = stops.map((s) => s.name);
  for (const wanted of ["Company", "Base salary", "Equity grant (4 years)", "Vesting, refreshes and liquidity", "Copy sentence",
    "Where it sits, and why", "Year by year", "Leave at month", "Add a competing offer"]) {
    assert.ok(names.includes(wanted), `${wanted} is reached: ${names.join(" | ")}`);
  }
  const hidden = stops.filter((s) => !s.ring);
  assert.deepEqual(hidden, [], "every stop shows its focus");
  // Enter on a panel's heading folds it, and again opens it.
  await page.locator(".oc details.years > summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".oc details.years").getAttribute("open"), null);
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".oc details.years").getAttribute("open"), "");
  await context.close();
});

test("the widget's card is operated by keyboard: its fields, then More opens the rest", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.origin}/embed-example.html`, { ready: "offer-check[data-ready]" });
  const widget = page.locator("offer-check").first();
  await widget.getByLabel("Base salary", { exact: true }).focus();
  await page.keyboard.type("95000");
  const stops = [];
  while (stops.length < 8 && !/^More/.test(stops.at(-1)?.name || "")) stops.push(...await tabThrough(page, 1));
  assert.match(stops.at(-1).name, /^More/, `More is reached: ${stops.map((s) => s.name).join(" | ")}`);
  assert.deepEqual(stops.filter((s) => !s.ring), []);
  await page.keyboard.press("Enter");
  assert.equal(await widget.getAttribute("open"), "");
  assert.equal(await widget.getByLabel("Bonus (%)").isVisible(), true);
  await context.close();
});
