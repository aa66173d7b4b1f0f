// The widget fetches the guide reader (offercheck-reader.js, beside its own
// script) only when a guide file is opened or a letter pasted, under the
// strict host CSP of widget.test.mjs, on the widget's origin as on another;
// a reader that is missing is said; the inline variant requests nothing.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifacts, dist, launchBrowser, openPage, root, serve } from "./harness.mjs";

const seed = readFileSync(join(root, "seeds", "huggingface-enterprise", "software-engineer.md"), "utf8");
const ownGuide = Buffer.from(seed.replace("company: huggingface-enterprise", "company: acme-robotics")
  .replace("company_display: Hugging Face Enterprise", "company_display: Acme Robotics")
  .replace("region: New York", "region: Boston"));
const letter = readFileSync(join(root, "tests", "letter", "letters", "us-startup-options.txt"), "utf8");

// A folder holding `files` of dist/ under `under` (a path ending in /), and a host page at `page`.
function site({ files = [], under = "/", page = "host.html", html = "" } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "offercheck-widget-site-"));
  mkdirSync(join(folder, under), { recursive: true });
  for (const name of files) copyFileSync(join(dist, name), join(folder, under, name));
  if (html) {
    mkdirSync(join(folder, page, ".."), { recursive: true });
    writeFileSync(join(folder, page), html);
  }
  return folder;
}
// The host page of widget.test.mjs: its strict CSP, with `scriptSource` for its 'self'.
const hostPage = (scriptSource, scriptUrl, connectSource = "'self'") => `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${scriptSource} 'wasm-unsafe-eval'; style-src 'self'; connect-src ${connectSource}">
<script src="${scriptUrl}" defer></script>
</head><body>
<p>A post about offers.</p>
<offer-check company="hugging-face" job="product-manager" region="Paris" open></offer-check>
</body></html>`;

let browser;
const servers = [];
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});
async function served(folder) {
  const server = await serve(folder);
  servers.push(server);
  return server.origin;
}

async function openGuideFile(widget) {
  await widget.getByLabel("Open guide file").setInputFiles({ name: "acme.md", mimeType: "text/markdown", buffer: ownGuide });
}
async function pasteLetter(widget) {
  await widget.getByText("Paste an offer letter").click();
  await widget.getByLabel("Offer letter text").fill(letter);
  await widget.getByRole("button", { name: "Read the letter" }).click();
}

// Types, opens a guide file, pastes a letter: the reader (readerUrl) is
// requested `fetches` times (once, or never for the inline widget), at the file.
async function useReaderOnDemand(url, readerUrl, shot, fetches = 1) {
  const { page, context, seen } = await openPage(browser, url, { ready: "offer-check[data-ready]" });
  const widget = page.locator("offer-check");
  const readerRequests = () => seen.requests.filter((request) => request === readerUrl).length;
  await widget.getByLabel("Base salary").fill("75000");
  assert.equal(await widget.locator("[data-ask=base]").textContent(), "€98,000");
  assert.equal(readerRequests(), 0, "typing needs no reader");
  assert.equal(seen.requests.length, 2, `only the page and the widget's script before a file or letter: ${seen.requests}`);

  await openGuideFile(widget);
  await widget.locator(".guide-loaded").waitFor();
  assert.match(await widget.locator(".guide-loaded").textContent(), /Opened acme\.md: Acme Robotics — Software Engineer/);
  assert.equal(readerRequests(), fetches, "the reader is fetched for the file");
  await widget.getByLabel("Region").selectOption("Boston");
  await widget.getByLabel("Base salary").fill("165000");
  assert.equal(await widget.locator("[data-ask=base]").textContent(), "$210,000");
  assert.match(await widget.locator(".guide-text").innerHTML(), /<strong>/, "the opened guide's text, rendered by the reader");
  await page.screenshot({ path: join(artifacts, shot), fullPage: true });

  await pasteLetter(widget);
  const panel = widget.locator("details.offer-letter");
  await panel.locator("li[data-field=base]").waitFor();
  assert.match(await panel.locator("li[data-field=base]").textContent(), /^Base salary: \$165,000/);
  await widget.getByRole("button", { name: "Fill the form" }).click();
  assert.equal(await widget.getByLabel("Options (shares)").inputValue(), "40000");
  assert.equal(readerRequests(), fetches, "the reader is fetched once");

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
  return seen.requests;
}

test("on the widget's origin, under the host's strict CSP, the reader comes from beside the widget when first needed", async () => {
  const folder = site({ files: ["offercheck-widget.js", "offercheck-reader.js"], under: "/widget/",
    page: "host.html", html: hostPage("'self'", "widget/offercheck-widget.js") });
  const origin = await served(folder);
  const requests = await useReaderOnDemand(`${origin}/host.html`, `${origin}/widget/offercheck-reader.js`, "widget-reader-guide-file.png");
  assert.deepEqual(requests, [`${origin}/host.html`, `${origin}/widget/offercheck-widget.js`, `${origin}/widget/offercheck-reader.js`]);
});

test("the API's calls that need the reader fetch it too, once", async () => {
  const origin = await served(site({ files: ["offercheck-widget.js", "offercheck-reader.js"], html: hostPage("'self'", "offercheck-widget.js") }));
  const { page, context, seen } = await openPage(browser, `${origin}/host.html`, { ready: "offer-check[data-ready]" });
  const outcome = await page.evaluate(async () => {
    const api = await OfferCheck.init();
    const early = api.renderMarkdown("**ask**");
    const [letter, withReader] = await Promise.all([api.readOfferLetter("Your base salary will be $150,000 per year."), OfferCheck.init({ reader: true })]);
    return { early: early.loading, base: letter.found.map((item) => item.value), html: withReader.renderMarkdown("**ask**").html };
  });
  assert.deepEqual(outcome, { early: true, base: [150000], html: "<p><strong>ask</strong></p>\n" });
  assert.equal(seen.requests.filter((url) => url === `${origin}/offercheck-reader.js`).length, 1);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a widget from another origin and path fetches the reader from its own folder, allowed by the widget's origin in script-src", async () => {
  const widgetOrigin = await served(site({ files: ["offercheck-widget.js", "offercheck-reader.js"], under: "/static/oc/" }));
  const hostOrigin = await served(site({ page: "blog/2026/post.html",
    html: hostPage(widgetOrigin, `${widgetOrigin}/static/oc/offercheck-widget.js`, "'none'") }));
  const requests = await useReaderOnDemand(`${hostOrigin}/blog/2026/post.html`, `${widgetOrigin}/static/oc/offercheck-reader.js`,
    "widget-reader-other-origin.png");
  assert.deepEqual(requests, [`${hostOrigin}/blog/2026/post.html`, `${widgetOrigin}/static/oc/offercheck-widget.js`,
    `${widgetOrigin}/static/oc/offercheck-reader.js`]);
});

test("a reader missing beside the widget is said by name, what was typed stays, and a later file tries again", async () => {
  const folder = site({ files: ["offercheck-widget.js"], html: hostPage("'self'", "offercheck-widget.js") });
  const origin = await served(folder);
  const { page, context, seen } = await openPage(browser, `${origin}/host.html`, { ready: "offer-check[data-ready]" });
  const widget = page.locator("offer-check");
  await widget.getByLabel("Base salary").fill("75000");
  await widget.getByLabel("Equity grant (4 years)").fill("95000");

  await openGuideFile(widget);
  const status = widget.locator(".guide-file-status");
  await status.locator(".field-error").waitFor();
  assert.equal(await status.textContent(), "acme.md could not be read: the guide reader could not start: offercheck-reader.js could not be loaded");
  await pasteLetter(widget);
  const message = widget.locator("details.offer-letter .letter-message");
  await widget.locator("details.offer-letter .letter-message.field-error").waitFor();
  assert.equal(await message.textContent(), "The guide reader could not start: offercheck-reader.js could not be loaded.");
  assert.equal(await widget.getByRole("button", { name: "Fill the form" }).isVisible(), false);
  assert.equal(await widget.getByLabel("Base salary").inputValue(), "75000");
  assert.equal(await widget.getByLabel("Equity grant (4 years)").inputValue(), "95000");
  assert.equal(await widget.locator("[data-ask=base]").textContent(), "€98,000", "the calculator still answers");
  assert.equal(seen.requests.filter((url) => url === `${origin}/offercheck-reader.js`).length, 2, "each use tried the reader");
  await page.screenshot({ path: join(artifacts, "widget-reader-missing.png"), fullPage: true });

  copyFileSync(join(dist, "offercheck-reader.js"), join(folder, "offercheck-reader.js"));
  await openGuideFile(widget);
  await widget.locator(".guide-loaded").waitFor();
  assert.equal(await widget.getByLabel("Company", { exact: true }).inputValue(), "acme-robotics");
  // Only the missing file's 404, said by the browser.
  assert.ok(seen.errors.every((error) => /404/.test(error)), seen.errors.join("\n"));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test("the inline widget is one file: a guide file and a letter work with nothing else requested", async () => {
  const folder = site({ files: ["offercheck-widget-inline.js"], html: hostPage("'self'", "offercheck-widget-inline.js", "'none'") });
  const origin = await served(folder);
  const requests = await useReaderOnDemand(`${origin}/host.html`, `${origin}/offercheck-reader.js`, "widget-inline.png", 0);
  assert.deepEqual(requests, [`${origin}/host.html`, `${origin}/offercheck-widget-inline.js`]);
});
