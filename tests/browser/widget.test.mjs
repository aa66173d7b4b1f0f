// <offer-check> on a host page with a strict CSP and hostile global CSS.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifacts, dist, launchBrowser, openPage, serve } from "./harness.mjs";

let browser, server, origin;
before(async () => {
  const site = mkdtempSync(join(tmpdir(), "offercheck-host-"));
  // The two files a host serves side by side (docs/embedding.md).
  for (const name of ["offercheck-widget.js", "offercheck-reader.js"]) copyFileSync(join(dist, name), join(site, name));
  writeFileSync(join(site, "hostile.css"), `
    * { color: rgb(255, 0, 0) !important; font-size: 40px !important; letter-spacing: 9px !important; }
    offer-check { display: none !important; opacity: 0 !important; }
    select, input, svg, table { display: none !important; }
    .panel, .hint, .oc { border: 9px solid lime; background: rgb(0, 255, 0); }
  `);
  writeFileSync(join(site, "host.html"), `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<link rel="stylesheet" href="hostile.css">
<script src="offercheck-widget.js" defer></script>
</head><body>
<p class="hint" id="host-hint">The host's own paragraph.</p>
<div class="panel" id="host-panel">The host's own panel.</div>
<offer-check id="first" company="hugging-face" role="product-manager" region="Paris"></offer-check>
<offer-check id="second" company="huggingface-enterprise" role="software-engineer" region="new york" compact locked theme="dark"></offer-check>
</body></html>`);
  browser = await launchBrowser();
  server = await serve(site);
  origin = server.origin;
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("two widgets work independently under a strict CSP, untouched by the host's CSS", async () => {
  const { page, context, seen } = await openPage(browser, `${origin}/host.html`, { ready: "#first[data-ready]" });
  await page.waitForSelector("#second[data-ready=true]");
  const first = page.locator("#first");
  const second = page.locator("#second");

  assert.equal(await first.getByLabel("Company").inputValue(), "hugging-face");
  assert.equal(await first.getByLabel("Region").inputValue(), "Paris");
  assert.equal(await second.getByLabel("Region").inputValue(), "New York");
  assert.equal(await second.getByLabel("Company").isDisabled(), true, "locked");
  assert.equal(await first.getByLabel("Company").isDisabled(), false);

  await first.getByLabel("Base salary").fill("75000");
  await first.getByLabel("Equity grant (4 years)").fill("95000");
  // A card: its verdict shows the ask ("Where it sits" is folded away until "More").
  assert.equal(await first.locator("[data-verdict-ask=base]").textContent(), "€98,000");  // the guide's own ask (line 78)
  assert.equal(await second.locator("[data-verdict-ask=base]").textContent(), "", "the second widget is untouched");
  await second.getByLabel("Base salary").fill("165000");
  assert.equal(await second.locator("[data-verdict-ask=base]").textContent(), "$210,000");
  assert.equal(await first.getByLabel("Base salary").inputValue(), "75000");
  assert.equal(await second.locator(".guide-text").count(), 0, "compact has no guide text");
  assert.equal(await first.locator(".guide-text").count(), 1);
  assert.match(await second.locator(".oc").getAttribute("class"), /\bcompact\b.*\btheme-dark\b/);
  const backgrounds = await Promise.all([first, second].map((w) =>
    w.locator(".panel").first().evaluate((panel) => getComputedStyle(panel).backgroundColor)));
  assert.notEqual(backgrounds[0], backgrounds[1], "the dark theme differs from the light one");
  await second.evaluate((widget) => widget.setAttribute("theme", "light"));
  assert.doesNotMatch(await second.locator(".oc").getAttribute("class"), /theme-dark/);
  assert.match(await second.locator(".oc").getAttribute("class"), /theme-light/);

  // The host's CSS does not reach in...
  const inside = await first.getByLabel("Base salary").evaluate((input) => {
    const style = getComputedStyle(input);
    return { display: style.display, color: style.color, fontSize: style.fontSize };
  });
  assert.notEqual(inside.display, "none");
  assert.notEqual(inside.color, "rgb(255, 0, 0)");
  assert.notEqual(inside.fontSize, "40px");
  assert.equal(await first.evaluate((host) => getComputedStyle(host).display), "block");
  assert.ok((await first.boundingBox()).height > 200, "the widget sizes itself to its content");
  // ...and the widget's CSS does not reach out.
  const outside = await page.evaluate(() => ({
    panel: getComputedStyle(document.getElementById("host-panel")).borderTopWidth,
    hint: getComputedStyle(document.getElementById("host-hint")).fontSize,
  }));
  assert.deepEqual(outside, { panel: "9px", hint: "40px" });

  // One module for the page, the documented API on the global.
  const api = await page.evaluate(async () => {
    const [a, b] = await Promise.all([OfferCheck.init(), OfferCheck.init()]);
    const result = a.evaluate({ guide: "hugging-face/devops-engineer", region: "paris", offer: { base: 65000, stock: 70000 } });
    return { same: a === b, guides: a.guides().guides.length, ask: result.ask.base, bad: a.evaluate({ region: "x" }).ok };
  });
  assert.deepEqual(api, { same: true, guides: 3, ask: 85000, bad: false });

  await page.screenshot({ path: join(artifacts, "widgets-strict-csp.png"), fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  for (const url of seen.requests) assert.ok(url.startsWith(origin), `request ${url} stays on the page's origin`);
  await context.close();
});

test("the example page shows two working widgets", async () => {
  const exampleServer = await serve(dist);
  const exampleOrigin = exampleServer.origin;
  const { page, context, seen } = await openPage(browser, `${exampleOrigin}/embed-example.html`, { ready: "offer-check[data-ready]" });
  const widgets = page.locator("offer-check");
  assert.equal(await widgets.count(), 2);
  await page.waitForSelector("offer-check:nth-of-type(2)[data-ready=true]");
  for (const [index, base, ask] of [[0, "80000", "€98,000"], [1, "170000", "$215,000"]]) {
    const widget = widgets.nth(index);
    await widget.waitFor();
    await page.waitForFunction((i) => document.querySelectorAll("offer-check")[i].getAttribute("data-ready") === "true", index);
    await widget.getByLabel("Base salary").fill(base);
    assert.equal(await widget.locator("[data-verdict-ask=base]").textContent(), ask);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  for (const url of seen.requests) assert.ok(url.startsWith(exampleOrigin), `request ${url} stays on the origin`);
  await page.screenshot({ path: join(artifacts, "embed-example.png"), fullPage: true });
  await context.close();
  exampleServer.close();
});
