// axe-core audits of what people open: the page (desktop and phone, after
// typing an offer), the widget's example post, and the iframe embed. No
// serious or critical violation may stand; the rest are printed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { choose, dist, offlineCopy, openPage, useServedBrowser } from "./harness.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const shared = useServedBrowser(dist);

// Runs axe in the page (through the DevTools protocol, so the page's CSP
// need not allow it) over the whole document, open shadow roots included.
async function audit(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of results.violations) {
    console.log(`axe ${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" > ")).join(" | ")}`);
  }
  return serious.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" > ")).join(" | ")}`);
}

async function typeOffer(page) {
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary", { exact: true }).fill("120000");
  await page.getByLabel("Equity grant (4 years)", { exact: true }).fill("80000");
  await page.getByLabel("Bonus (%)", { exact: true }).fill("10");
  await page.locator("[data-ask='base']").first().waitFor();
}

for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
  test(`the page on a ${name}, after typing an offer, has no serious violation`, async () => {
    const { page, context } = await openPage(shared.browser, offlineCopy(), { viewport });
    await typeOffer(page);
    assert.deepEqual(await audit(page), []);
    await context.close();
  });
}

test("the example post with its widgets has no serious violation", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.origin}/embed-example.html`, { ready: "offer-check[data-ready]" });
  await page.waitForFunction(() => [...document.querySelectorAll("offer-check")].every((e) => e.dataset.ready));
  assert.deepEqual(await audit(page), []);
  await context.close();
});

test("the iframe embed has no serious violation", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.origin}/embed.html#company=hugging-face&role=product-manager&region=Paris`);
  assert.deepEqual(await audit(page), []);
  await context.close();
});

test("the Scenarios panel, two saved and compared, the question to forget open, has no serious violation", async () => {
  const { page, context } = await openPage(shared.browser, offlineCopy());
  await typeOffer(page);
  for (const name of ["First", "Second"]) {
    await page.getByLabel("Scenario name").fill(name);
    await page.getByRole("button", { name: "Save this scenario" }).click();
    await page.getByLabel(`Compare ${name}`).check();
  }
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.locator("#scenario-comparison table").waitFor();
  await page.getByRole("button", { name: "Forget everything" }).click();
  assert.deepEqual(await audit(page), []);
  await context.close();
});
