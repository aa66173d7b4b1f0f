// dist/index.html with its assets, from a local static server.
import assert from "node:assert/strict";
import { test } from "node:test";
import { choose, dist, openPage, useServedBrowser } from "./harness.mjs";

const served = useServedBrowser(dist);

test("the hosted page loads only its own files and computes in the browser", async () => {
  const { page, context, seen } = await openPage(served.browser, `${served.origin}/index.html`);
  assert.equal(await page.getAttribute("html", "data-ready"), "true");
  await choose(page, "Hugging Face Enterprise", "Software Engineer", "San Francisco");
  await page.getByLabel("Base salary").fill("170000");
  await page.getByLabel("Bonus (%)").fill("5");
  assert.equal(await page.locator("[data-ask=base]").textContent(), "$215,000");
  assert.equal(await page.locator("[data-component=bonus] .status").getAttribute("data-status"), "within");
  const paths = seen.requests.map((url) => new URL(url)).map((u) => `${u.origin}${u.pathname}`);
  assert.deepEqual(paths.sort(), [`${served.origin}/assets/offercheck.css`, `${served.origin}/assets/offercheck.js`, `${served.origin}/index.html`]);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
