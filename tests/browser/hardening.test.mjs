// Hostile guides from disk, hostile typing, a module hammered with random
// calls, and a full visit that must not leave the device.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { choose, dist, errorOf, launchBrowser, offlineCopy, openPage, root, serve } from "./harness.mjs";

const xss = readFileSync(join(root, "tests", "fuzz_regressions", "guide", "xss-everywhere.md"));
let browser, url;
before(async () => {
  browser = await launchBrowser();
  url = offlineCopy();
});
after(async () => { await browser?.close(); });

async function assertInert(scope, page) {
  const found = await scope.evaluate((node) => {
    const all = [...node.querySelectorAll("*")];
    return {
      scripts: all.filter((e) => ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "IMG"].includes(e.tagName)).length,
      svgInGuide: [...node.querySelectorAll(".guide-text svg")].length,
      handlers: all.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
      links: [...node.querySelectorAll("a")].map((a) => a.getAttribute("href")).filter((h) => !/^https?:\/\//.test(h || "")),
    };
  });
  assert.deepEqual(found, { scripts: 0, svgInGuide: 0, handlers: [], links: [] });
  assert.equal(await page.evaluate(() => window.__pwned || null), null);
}

test("a malicious guide opened from disk renders inert in the page", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await page.addInitScript(() => { window.alert = () => { window.__pwned = "alert"; }; });
  await page.evaluate(() => { window.alert = () => { window.__pwned = "alert"; }; });
  await page.getByLabel("Open guide file").setInputFiles({ name: "evil.md", mimeType: "text/markdown", buffer: xss });
  await page.locator(".guide-loaded").waitFor();
  assert.equal(await page.getByLabel("Company").inputValue(), "<script>alert(1)</script>");
  await page.getByLabel("Base salary").fill("80000");
  assert.match(await page.locator(".guide-text").textContent(), /<script>steal\(\)<\/script>/);
  await page.locator(".oc").hover();
  await assertInert(page.locator("#app"), page);
  assert.deepEqual(seen.requests, [url]);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test("a malicious guide renders inert inside a widget", async () => {
  const site = mkdtempSync(join(tmpdir(), "offercheck-evil-host-"));
  // The widget and the guide reader it fetches to read the file (docs/embedding.md).
  for (const name of ["offercheck-widget.js", "offercheck-reader.js"]) copyFileSync(join(dist, name), join(site, name));
  writeFileSync(join(site, "host.html"), `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'">
<script src="offercheck-widget.js" defer></script></head><body><offer-check open></offer-check></body></html>`);
  const server = await serve(site);
  const { page, context, seen } = await openPage(browser, `${server.origin}/host.html`, { ready: "offer-check[data-ready]" });
  const widget = page.locator("offer-check");
  await widget.getByLabel("Open guide file").setInputFiles({ name: "evil.md", mimeType: "text/markdown", buffer: xss });
  await widget.locator(".guide-loaded").waitFor();
  await widget.getByLabel("Base salary").fill("80000");
  const shadow = await page.evaluateHandle(() => document.querySelector("offer-check").shadowRoot);
  const inShadow = await shadow.evaluate((root) => ({
    scripts: root.querySelectorAll("script, iframe, img").length,
    handlers: [...root.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")),
    links: [...root.querySelectorAll("a")].map((a) => a.getAttribute("href")).filter((h) => !/^https?:\/\//.test(h || "")),
  }));
  assert.deepEqual(inShadow, { scripts: 0, handlers: [], links: [] });
  assert.equal(await page.evaluate(() => window.__pwned || null), null);
  for (const request of seen.requests) assert.ok(request.startsWith(server.origin));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
  server.close();
});

test("hostile typing gets an inline message and never breaks the page", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  const base = page.getByLabel("Base salary");
  const cases = [
    ["-5000", /must not be negative/],
    ["abc", /'abc' is not an amount/],
    ["1e309", /'1e309' is not an amount/],
    ["123456789012345678901234567890", /larger than any salary/],
    ["€80,000 per year", /is not an amount: unexpected 'per year'/],
    ["80,00", /three digits/],
  ];
  for (const [typed, message] of cases) {
    await base.fill(typed);
    assert.match(await (await errorOf(page, "Base salary")).textContent(), message, typed);
    assert.equal(await base.inputValue(), typed, "what was typed stays");
    assert.equal(await page.locator("[data-ask=base]").count(), 0);
  }
  await base.fill("");
  assert.match(await page.locator(".verdict .prompt").textContent(), /Type your base salary/);
  await base.fill("80000");
  await page.getByLabel("Equity grant (4 years)").fill("  $ 1,000,000.5 ");
  assert.equal(await (await errorOf(page, "Equity grant (4 years)")).textContent(), "");
  assert.equal(await page.locator("[data-ask=base]").textContent(), "€98,000");  // the guide's own ask (line 78)
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("10,000 random calls leave the module answering correctly with flat memory", async () => {
  const { page, context } = await openPage(browser, url);
  const outcome = await page.evaluate(async () => {
    const api = await OfferCheck.init();
    // loadGuide and renderMarkdown answer at once only with the guide reader running.
    if (!(await api.startReader()).ok) return { startReader: false };
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (list) => list[Math.floor(random() * list.length)];
    const junk = () => Array.from({ length: Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 0x2fff))).join("");
    const values = [0, -1, 1e309, NaN, "80k", null, {}, [], 1e12, 75000, 3.5, true];
    const call = () => {
      const kind = random();
      if (kind < 0.45) {
        return api.evaluate({
          guide: pick(["hugging-face/product-manager", "nope/none", 5]),
          region: pick(["Paris", "paris", "New York", "Mars", "", null]),
          offer: { base: pick(values), stock: pick(values), bonus_pct: pick([null, 10, -3, "x"]) },
          competing: random() < 0.3 ? [{ name: "X", base: pick(values), currency: pick(["USD", "EUR", "XXX", 7]) }] : undefined,
          parameters: random() < 0.2 ? { ask_base_position: pick(values) } : undefined,
        });
      }
      if (kind < 0.8) {
        const text = random() < 0.5 ? junk() : `---\ncompany: hugging-face\nrole: product-manager\ncompensation:\n  - region: Paris\n    base_low: ${Math.floor(random() * 1e5)}\n    base_high: ${pick(["90000", "x", "-1", "1e309"])}\n    currency: ${pick(["EUR", "ZZZ"])}\n---\n${junk()}`;
        return api.loadGuide(text);
      }
      if (kind < 0.85) return api.parseMoney(junk());
      if (kind < 0.9) return api.renderMarkdown(junk());
      return api.script({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: pick(values) }, fills: { "[library]": junk() } });
    };
    for (let i = 0; i < 1000; i++) call();
    const warm = api.memoryBytes();
    let notObjects = 0;
    for (let i = 0; i < 10000; i++) {
      const answer = call();
      if (!answer || typeof answer.ok !== "boolean") notObjects++;
    }
    const check = api.evaluate({ guide: "hugging-face/devops-engineer", region: "Paris", offer: { base: 65000, stock: 70000 } });
    return { warm, after: api.memoryBytes(), notObjects, ask: check.ask && check.ask.base };
  });
  assert.equal(outcome.notObjects, 0, "every call answered an object with ok");
  assert.equal(outcome.ask, 85000, "the module still computes correctly");
  assert.ok(outcome.after <= outcome.warm + 2 * 1024 * 1024,
    `memory stays flat (${outcome.warm} bytes after warm-up, ${outcome.after} after 10,000 calls)`);
  await context.close();
});

test("a full visit sends nothing and stores nothing", async () => {
  const { page, context, seen } = await openPage(browser, url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /connect-src 'none'/);
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("170000");
  await page.getByLabel("Equity grant (4 years)").fill("150k");
  await page.getByLabel("Bonus (%)").fill("10");
  await page.getByRole("button", { name: "Add a competing offer" }).click();
  await page.getByLabel("Offer name").fill("Datadog");
  await page.getByLabel("Base", { exact: true }).fill("205k");
  await page.getByLabel("Open guide file").setInputFiles({ name: "own.md", mimeType: "text/markdown",
    buffer: readFileSync(join(root, "seeds", "hugging-face", "devops-engineer.md")) });
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByLabel(/Redacted link/).inputValue();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(root, "build", "browser-artifacts", "privacy-visit-print.png") });
  await page.emulateMedia({ media: "screen" });
  const { page: shared } = await openPage(browser, link);
  assert.equal(await shared.getAttribute("html", "data-ready"), "true");
  const storage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    caches: typeof caches === "undefined" ? 0 : (await caches.keys()).length,
  }));
  assert.deepEqual(storage, { cookie: "", local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual(seen.requests, [url], "the only request of the whole visit is the page itself");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
