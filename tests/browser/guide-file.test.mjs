// Bring your own guide: the file input and drag and drop, parsed in the browser.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchBrowser, offlineCopy, openPage, root } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const seed = readFileSync(join(root, "seeds", "huggingface-enterprise", "software-engineer.md"), "utf8");
const ownGuide = seed.replace("company: huggingface-enterprise", "company: acme-robotics")
  .replace("company_display: Hugging Face Enterprise", "company_display: Acme Robotics")
  .replace("region: New York", "region: Boston");

test("a guide opened from disk joins the lists and is used; nothing is requested", async () => {
  const url = offlineCopy();
  const { page, context, seen } = await openPage(browser, url);
  await page.getByLabel("Open guide file").setInputFiles({ name: "acme.md", mimeType: "text/markdown", buffer: Buffer.from(ownGuide) });
  await page.locator(".guide-loaded").waitFor();
  assert.match(await page.locator(".guide-loaded").textContent(), /Opened acme\.md: Acme Robotics — Software Engineer/);
  assert.equal(await page.getByLabel("Company").inputValue(), "acme-robotics");
  const companies = await page.getByLabel("Company").locator("option").allTextContents();
  assert.ok(companies.includes("Acme Robotics") && companies.includes("Hugging Face"));
  await page.getByLabel("Region").selectOption("Boston");
  await page.getByLabel("Base salary").fill("165000");
  assert.equal(await page.locator("[data-ask=base]").textContent(), "$210,000");
  assert.match(await page.locator(".guide-text").textContent(), /Negotiate Up Strategy/);
  assert.deepEqual(seen.requests, [url]);
  await context.close();
});

test("a malformed guide shows its errors with line and column and changes nothing", async () => {
  const { page, context, seen } = await openPage(browser, offlineCopy());
  const broken = ownGuide.replace("base_low: 170000", "base_low: seventy");
  await page.getByLabel("Open guide file").setInputFiles({ name: "broken.md", mimeType: "text/markdown", buffer: Buffer.from(broken) });
  const errors = page.locator(".guide-errors li");
  await errors.first().waitFor();
  assert.equal(await errors.first().textContent(),
    "broken.md:13:15: compensation[0] (San Francisco).base_low: expected a number, got 'seventy'");
  const companies = await page.getByLabel("Company").locator("option").allTextContents();
  assert.ok(!companies.includes("Acme Robotics"));

  await page.getByLabel("Open guide file").setInputFiles({ name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# just notes\n") });
  await page.locator(".guide-errors li", { hasText: "notes.md:1:1: no front matter" }).waitFor();
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a guide dropped on a widget's calculator loads too", async () => {
  const { page, context } = await openPage(browser, offlineCopy());
  await page.locator(".oc").first().evaluate((target, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.md", { type: "text/markdown" }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, ownGuide);
  await page.locator(".guide-loaded").waitFor();
  assert.equal(await page.getByLabel("Company").inputValue(), "acme-robotics");
  await context.close();
});
