// dist/index.html with its assets, from a local static server.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { choose, dist, openPage, root, useServedBrowser } from "./harness.mjs";

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

test("the hosted page fetches the guide reader only when a guide file is opened, and then reads it", async () => {
  const { page, context, seen } = await openPage(served.browser, `${served.origin}/index.html`);
  const reader = `${served.origin}/assets/offercheck-reader.js`;
  assert.ok(!seen.requests.includes(reader), "the reader is not loaded at start");
  const seed = readFileSync(join(root, "seeds", "hugging-face", "devops-engineer.md"), "utf8");
  const own = seed.replace("company: hugging-face", "company: acme-labs").replace("company_display: Hugging Face", "company_display: Acme Labs");
  await page.getByLabel("Open guide file").setInputFiles({ name: "acme.md", mimeType: "text/markdown", buffer: Buffer.from(own) });
  await page.locator(".guide-loaded").waitFor();
  assert.match(await page.locator(".guide-loaded").textContent(), /Opened acme\.md: Acme Labs — DevOps Engineer/);
  assert.equal(seen.requests.filter((url) => url === reader).length, 1);
  // The opened guide's text is rendered by the reader, inert like the bundled ones.
  assert.match(await page.locator(".guide-text").innerHTML(), /<strong>/);
  await page.getByLabel("Open guide file").setInputFiles({ name: "broken.md", mimeType: "text/markdown", buffer: Buffer.from("---\ncompany: [\n---\n") });
  await page.locator(".guide-file-status .field-error").waitFor();
  assert.equal(seen.requests.filter((url) => url === reader).length, 1, "the reader is loaded once");
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test("the JS API: loadGuide before the reader runs says it is starting, readGuide waits for it", async () => {
  const { page, context } = await openPage(served.browser, `${served.origin}/index.html`);
  const outcome = await page.evaluate(async (text) => {
    const api = await OfferCheck.init();
    const early = api.loadGuide(text);
    const early_markdown = api.renderMarkdown("*x*");
    const read = await api.readGuide(text);
    return { early, early_markdown, read: { ok: read.ok, id: read.id, html: typeof read.guide.sections[0].html, compiled: "compiled" in read },
      later: api.loadGuide(text).ok, markdown: api.renderMarkdown("*x*").html };
  }, readFileSync(join(root, "seeds", "hugging-face", "product-manager.md"), "utf8"));
  assert.equal(outcome.early.ok, false);
  assert.equal(outcome.early.loading, true);
  assert.match(outcome.early.error.message, /the guide reader is starting: await readGuide\(text\) instead/);
  assert.equal(outcome.early_markdown.loading, true);
  assert.deepEqual(outcome.read, { ok: true, id: "hugging-face/product-manager", html: "string", compiled: false });
  assert.equal(outcome.later, true);
  assert.equal(outcome.markdown, "<p><em>x</em></p>\n");
  await context.close();
});

test("the JS API: init({reader: true}) makes loadGuide answer at once, as before the reader was a module of its own", async () => {
  const { page, context } = await openPage(served.browser, `${served.origin}/index.html`);
  const outcome = await page.evaluate(async (text) => {
    const api = await OfferCheck.init({ reader: true });
    const loaded = api.loadGuide(text);
    // parseMoney remembers answers by text; a caller changing one changes no later answer.
    const first = api.parseMoney("€80k");
    first.amount = 1;
    const again = api.parseMoney("€80k");
    const typed = api.parseMoney("£80k", { currency: "EUR", field: "Base" }).warning;
    return { ok: loaded.ok, id: loaded.id, same: api === await OfferCheck.init(), again, bad: api.parseMoney("80kk").ok,
      typed: typed && typed.code, region: api.region(loaded.id, " new YORK").region };
  }, readFileSync(join(root, "seeds", "hugging-face", "devops-engineer.md"), "utf8"));
  assert.deepEqual(outcome, { ok: true, id: "hugging-face/devops-engineer", same: true,
    again: { ok: true, amount: 80000, currency: "EUR", warning: null }, bad: false, typed: "typed_currency", region: "New York" });
  await context.close();
});

test("a guide reader that cannot be fetched is said, the form keeps what was typed, and a later file tries again", async () => {
  const { page, context } = await openPage(served.browser, `${served.origin}/index.html`);
  await page.getByLabel("Base salary").fill("91000");
  let blocked = true;
  await page.route("**/assets/offercheck-reader.js", (route) => (blocked ? route.abort() : route.continue()));
  const text = readFileSync(join(root, "seeds", "hugging-face", "product-manager.md"));
  await page.getByLabel("Open guide file").setInputFiles({ name: "pm.md", mimeType: "text/markdown", buffer: text });
  await page.locator(".guide-file-status .field-error").waitFor();
  assert.equal(await page.locator(".guide-file-status").textContent(),
    "pm.md could not be read: the guide reader could not start: offercheck-reader.js could not be loaded");
  assert.equal(await page.getByLabel("Base salary").inputValue(), "91000");
  // A file that runs but hands nothing over (a stale or foreign file) is said too.
  await page.unroute("**/assets/offercheck-reader.js");
  await page.route("**/assets/offercheck-reader.js", (route) => (blocked
    ? route.fulfill({ contentType: "text/javascript", body: "/* not the reader */" }) : route.continue()));
  await page.getByLabel("Open guide file").setInputFiles({ name: "pm1.md", mimeType: "text/markdown", buffer: text });
  await page.waitForFunction(() => document.querySelector(".guide-file-status .field-error")?.textContent.includes("pm1.md"));
  assert.equal(await page.locator(".guide-file-status").textContent(),
    "pm1.md could not be read: the guide reader could not start: offercheck-reader.js did not provide the guide reader");
  blocked = false;
  await page.getByLabel("Open guide file").setInputFiles({ name: "pm2.md", mimeType: "text/markdown", buffer: text });
  await page.locator(".guide-loaded").waitFor();
  assert.match(await page.locator(".guide-loaded").textContent(), /Opened pm2\.md: Hugging Face — Product Manager/);
  await context.close();
});
