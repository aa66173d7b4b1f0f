// Per keystroke, only what changed: the result is updated in place, the
// guide text and the far-away script panel are left alone, and a widget far
// down a page starts only when it comes near.
import assert from "node:assert/strict";
import { mkdtempSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { choose, dist, launchBrowser, offlineCopy, openPage, serve } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("a keystroke rewrites text and marks of the result, and builds no element", async () => {
  const { page, context } = await openPage(browser, offlineCopy(), { viewport: { width: 1280, height: 800 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");
  const offerX = () => page.locator("[data-component=base] circle.offer").getAttribute("cx");
  const before = await offerX();
  await page.evaluate(() => {
    window.__added = [];
    window.__touched = new Set();
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) if (node.nodeType === 1) window.__added.push(node.tagName);
        const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (target.closest(".guide-text")) window.__touched.add("guide-text");
        if (target.closest(".script")) window.__touched.add("script");
        if (target.closest(".freshness, .levels")) window.__touched.add("guide info");
      }
    }).observe(document.getElementById("app"), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.getByLabel("Base salary").focus();
  await page.keyboard.press("End");
  await page.keyboard.type("1");
  await page.waitForFunction(() => document.querySelector("[data-ask=base]") &&
    /Your offer: €750,001/.test(document.querySelector("[data-component=base]").textContent));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  assert.deepEqual(await page.evaluate(() => window.__added), [], "no element built");
  assert.deepEqual(await page.evaluate(() => [...window.__touched]), [], "guide text, guide info and the far script panel untouched");
  assert.notEqual(await offerX(), before, "the offer's mark moved");

  // The script panel catches up when it comes near.
  await page.locator(".script").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector(".script-text").textContent.includes("€"));
  await context.close();
});

test("a widget far down a page starts only when it comes near", async () => {
  const site = mkdtempSync(join(tmpdir(), "offercheck-long-post-"));
  copyFileSync(join(dist, "offercheck-widget.js"), join(site, "offercheck-widget.js"));
  writeFileSync(join(site, "post.html"), `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'unsafe-inline'">
<script src="offercheck-widget.js" defer></script></head><body>
<div id="top" style="height: 5000px">A long post.</div>
<offer-check id="far" company="hugging-face" role="product-manager" region="Paris"></offer-check>
</body></html>`);
  const server = await serve(site);
  after(() => server.close());
  const { page, context, seen } = await openPage(browser, `${server.origin}/post.html`, { ready: "#top" });
  await page.waitForTimeout(500);
  const waiting = await page.evaluate(() => ({
    form: Boolean(document.getElementById("far").shadowRoot?.querySelector("form")),
    ready: document.getElementById("far").getAttribute("data-ready"),
    global: typeof OfferCheck,
  }));
  assert.deepEqual(waiting, { form: false, ready: null, global: "object" }, "nothing built or started while far");
  await page.evaluate(() => window.scrollTo(0, 4500));
  await page.waitForSelector("#far[data-ready=true]");
  await page.locator("#far").getByLabel("Base salary").fill("75000");
  await page.locator("#far").getByLabel("Equity grant (4 years)").fill("95000");
  assert.equal(await page.locator("#far [data-verdict-ask=base]").textContent(), "€98,000");  // the guide's own ask (line 78)
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the form, the guide picker and the default band show before the module is ready", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__atParse = {
        ready: document.documentElement.getAttribute("data-ready"),
        company: document.querySelector("[id$=-company]")?.selectedOptions[0]?.textContent ?? null,
        regions: [...(document.querySelector("[id$=-region]")?.options ?? [])].map((o) => o.textContent),
        base: Boolean(document.querySelector("[id$=-base]")),
        bands: [...document.querySelectorAll(".band-range")].map((p) => p.textContent),
      };
    });
  });
  await page.goto(offlineCopy());
  await page.waitForSelector("html[data-ready=true]");
  const atParse = await page.evaluate(() => window.__atParse);
  assert.equal(atParse.ready, null, "the module is not ready yet");
  assert.equal(atParse.company, "Hugging Face");
  assert.ok(atParse.regions.length > 0, "regions from the bundled summaries");
  assert.equal(atParse.base, true);
  // The default guide's band, from the bundled data, before any Wasm runs.
  assert.deepEqual(atParse.bands.slice(0, 2), ["Band: €65,000 – €88,000", "Band: €70,000 – €135,000"]);
  await context.close();
});
