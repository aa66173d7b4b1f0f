// Competing offers, vesting, currencies, derivation and the script panel in the page.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { addCompeting, artifacts, choose, cliCheck, errorOf, launchBrowser, money, offlineCopy, openPage } from "./harness.mjs";

let browser, url;
before(async () => {
  browser = await launchBrowser();
  url = offlineCopy();
});
after(async () => { await browser?.close(); });

const fourYear = (page, name) => page.locator(`.year-table tr[data-package="${name}"] td.four-year`).first().textContent();

test("competing offers in two currencies, year by year, with the dated rates and overrides", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");
  await addCompeting(page, { name: "Google Paris", currency: "EUR", base: "115000", stockPerYear: "85k" });
  await addCompeting(page, { name: "Stripe NYC", currency: "USD", base: "235k", stockPerYear: "175k" });

  const expected = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "75000", "--stock", "95000",
    "--competing", "name=Google Paris,base=115000,stock_per_year=85000,currency=EUR",
    "--competing", "name=Stripe NYC,base=235000,stock_per_year=175000,currency=USD"]);
  assert.equal(await fourYear(page, "This offer"), "€395,000");
  assert.equal(await fourYear(page, "Google Paris"), "€800,000");  // the guide's own example
  assert.equal(await fourYear(page, "Stripe NYC"), money(expected.competing[1].four_year_total, "EUR"));
  assert.match(await page.locator(".fx-source").textContent(), /European Central Bank .* of 2025-02-28/);
  assert.equal(await page.getByLabel("1 USD in EUR").inputValue(), "0.96052");
  assert.equal(await page.locator("[data-ask=base]").textContent(), money(expected.ask.base, "EUR"));
  assert.match(await page.locator("[data-part=base] .reason").first().textContent(), /raised toward Stripe NYC, worth/);

  await page.getByLabel("1 USD in EUR").fill("1");
  assert.equal(await fourYear(page, "Stripe NYC"), "€1,640,000");

  await page.locator("fieldset.competing-offer").first().getByRole("button", { name: "Remove" }).click();
  assert.equal(await page.locator("fieldset.competing-offer").count(), 1);
  assert.equal(await page.locator('.year-table tr[data-package="Google Paris"]').count(), 0);
  assert.equal(await page.locator("fieldset.competing-offer legend").textContent(), "Competing offer 1");

  await page.locator("fieldset.competing-offer").getByLabel("Base", { exact: true }).fill("lots");
  const row = page.locator("fieldset.competing-offer");
  assert.match(await (await errorOf(row, "Base")).textContent(), /Stripe NYC: base: 'lots' is not an amount/);
  assert.equal(await page.locator("fieldset.competing-offer").getByLabel("Base", { exact: true }).inputValue(), "lots");
  // A grant and a yearly amount together: the core's rule and words, what was typed kept.
  await row.getByLabel("Base", { exact: true }).fill("235k");
  await row.getByLabel("Stock grant (total)").fill("400k");
  await page.getByText("competing offer 'Stripe NYC': give stock (a grant) or stock_per_year, not both").waitFor();
  assert.equal(await row.getByLabel("Or stock per year").inputValue(), "175k");
  assert.deepEqual(seen.requests, [url]);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("vesting schedules, refresh grants and pre-IPO equity", async () => {
  const { page, context } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("100000");
  const yearOne = () => page.locator('.year-table tr[data-package="This offer"] td').first().textContent();
  assert.equal(await yearOne(), "€100,000");
  await page.getByText("Vesting, refreshes and liquidity").click();
  await page.getByLabel("Vesting", { exact: true }).selectOption("5,15,40,40");
  assert.equal(await yearOne(), "€80,000");
  await page.getByLabel("Vesting", { exact: true }).selectOption("custom");
  await page.getByLabel("Yearly vesting percents").fill("10,20,30");
  assert.match(await page.locator(".oc").first().textContent(), /sums to 60%, not 100%/);
  await page.getByLabel("Yearly vesting percents").fill("10,20,30,40");
  assert.equal(await yearOne(), "€85,000");
  await page.getByLabel("Refresh grant (yearly, from year 2)").fill("20k");
  assert.equal(await fourYear(page, "This offer"), money(4 * 75000 + 100000 + 20000 * (0.1 + (0.2 + 0.1) + (0.3 + 0.2 + 0.1)), "EUR"));
  await page.getByLabel("Pre-IPO equity (not yet sellable)").check();
  assert.match(await page.locator(".years .hint").last().textContent(), /at 50% of its value/);
  assert.equal(await page.getByLabel("Risk discount on pre-IPO equity (%)").inputValue(), "50");
  await page.getByLabel("Risk discount on pre-IPO equity (%)").fill("20");
  assert.match(await page.locator(".years .hint").last().textContent(), /at 80% of its value/);
  await context.close();
});

test("a null band can be derived from the reference region the guide names", async () => {
  const { page, context } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Remote Global (no band data)");
  await page.getByLabel("Base salary").fill("150000");
  const derive = page.getByLabel(/Compare with New York's band, scaled \(the guide says 60–100% of New York\)/);
  assert.equal(await page.locator("[data-component=base] .status").getAttribute("data-status"), "no_data");
  assert.equal(await page.getByLabel("Scale (%)").inputValue(), "80");
  await derive.check();
  assert.equal(await page.locator("[data-component=base] .status").getAttribute("data-status"), "within");
  assert.match(await page.locator("[data-component=base]").textContent(), new RegExp(`Band: ${money(172000 * 0.8, "USD").replace("$", "\\$")}`));
  assert.match(await page.locator(".oc .warnings").textContent(), /compared with New York's band scaled to 80%/);
  await page.getByLabel("Scale (%)").fill("60");
  assert.match(await page.locator("[data-component=base]").textContent(), /Band: \$103,200/);
  await context.close();
});

test("the guide's levels and its own arithmetic are shown", async () => {
  const { page, context } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  assert.deepEqual(await page.locator(".levels li").allTextContents(),
    ["HF Product Manager", "Google L4–L5 PM (Paris)", "Meta PM (IC5)", "Mistral AI PM", "Datadog Paris PM"]);
  const claims = await page.locator(".claims li").allTextContents();
  assert.equal(claims[0], "Line 74: €115,000 base + €85,000/year over four years = €800,000; the guide says €455,000 (does not add up).");
  await context.close();
});

test("the script panel fills the guide's placeholders and leaves none behind; copy and print", async () => {
  const { page, context } = await openPage(browser, url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]).catch(() => {});
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");
  await addCompeting(page, { name: "Google Paris", currency: "EUR", base: "115000", stockPerYear: "85k" });
  const script = page.locator(".script-text");
  const ask = await page.locator("[data-ask=base]").textContent();
  // The script is written when its panel nears the viewport, as a reader scrolls to it.
  await script.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector(".script-text").textContent !== "");
  let text = await script.textContent();
  assert.ok(text.includes(`my ask is ${ask} base`), "the user's ask");
  assert.ok(text.includes("Google Paris (€800,000 over four years)"), "the competing offer");
  assert.doesNotMatch(text, /\[[^\]]+\]/, "no placeholder is left while the fields are empty");

  const fields = page.locator(".script-fields input[data-placeholder^='[']");
  const count = await fields.count();
  assert.ok(count >= 5);
  for (let i = 0; i < count; i++) await fields.nth(i).fill(`value${i}`);
  await page.getByLabel("Fill in: Your name").fill("Alex Doe");
  text = await script.textContent();
  assert.doesNotMatch(text, /\[[^\]]+\]/, "no placeholder is left once every field is filled");
  assert.match(text, /I've contributed value\d+ to value\d+/);
  assert.match(text, /Best regards,\nAlex Doe/);
  assert.doesNotMatch(text, /left out until you fill/);

  await page.getByRole("button", { name: "Copy script" }).click();
  await page.getByRole("button", { name: /Copied|Selected/ }).waitFor();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (clipboard !== null) assert.equal(clipboard, text);

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".oc .inputs").isVisible(), false);
  assert.equal(await page.locator(".oc .guide-text").isVisible(), false);
  assert.equal(await script.isVisible(), false, "not the whole script: the counter-offer and the email");
  const printed = page.locator(".oc .script-summary");
  assert.equal(await printed.isVisible(), true);
  assert.ok((await printed.textContent()).includes(`my ask is ${ask} base`));
  assert.equal(await page.locator(".oc .verdict").isVisible(), true, "the verdict, with its bands and asks");
  assert.equal(await page.locator(".oc .year-table").first().isVisible(), true);
  await page.screenshot({ path: join(artifacts, "print-summary.png"), fullPage: true });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) || []).length, 1, "a one-page summary");
  await context.close();
});
