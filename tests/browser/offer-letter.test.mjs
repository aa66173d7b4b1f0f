// "Paste an offer letter" in dist/offercheck.html opened from disk: the core
// reads the letter in the page, nothing is filled before the person confirms.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifacts, choose, errorOf, launchBrowser, offlineCopy, openPage, root } from "./harness.mjs";

const letter = (name) => readFileSync(join(root, "tests", "letter", "letters", name), "utf8");

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function paste(page, text) {
  await page.getByText("Paste an offer letter").click();
  await page.getByLabel("Offer letter text").fill(text);
  await page.getByRole("button", { name: "Read the letter" }).click();
}

test("a letter is read in the page, shown with its sentences, and fills the form only when confirmed", async () => {
  const url = offlineCopy();
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "New York");
  await page.getByLabel("Base salary").fill("1000");
  await page.getByLabel("Bonus (%)").fill("3");
  await paste(page, letter("us-startup-options.txt"));

  const panel = page.locator("details.offer-letter");
  const base = panel.locator("li[data-field=base]");
  assert.match(await base.textContent(), /^Base salary: \$165,000/);
  assert.match(await base.locator("q").textContent(), /^Your annual base salary will be \$165,000/);
  assert.equal(await panel.locator("li[data-field=options] .letter-value").textContent(), "40,000");
  assert.equal(await panel.locator("li[data-field=strike] .letter-value").textContent(), "$2.15");
  assert.equal(await panel.locator("li[data-field=bonus_pct] .letter-value").textContent(), "10%");
  assert.match(await panel.locator("li[data-field=sign_on]").textContent(), /^Sign-on bonus: \$15,000.*one-time signing bonus/);
  assert.equal(await panel.locator(".letter-missing").textContent(), "");
  assert.equal(await panel.locator(".letter-currency").textContent(), "", "the letter and the band are in USD");

  // Nothing filled yet: the person's own figures stand.
  assert.equal(await page.getByLabel("Base salary").inputValue(), "1000");
  assert.equal(await page.getByLabel("Bonus (%)").inputValue(), "3");
  assert.equal(await page.getByLabel("Kind of equity").inputValue(), "grant");
  assert.match(await page.locator("[data-component=base]").textContent(), /Your offer: \$1,000/);

  await page.getByRole("button", { name: "Fill the form" }).click();
  assert.equal(await page.getByLabel("Base salary").inputValue(), "165000");
  assert.equal(await page.getByLabel("Kind of equity").inputValue(), "options");
  assert.equal(await page.getByLabel("Options (shares)").inputValue(), "40000");
  assert.equal(await page.getByLabel("Strike price").inputValue(), "2.15");
  assert.equal(await page.getByLabel("Bonus (%)").inputValue(), "10");
  assert.equal(await page.getByLabel("Sign-on bonus").inputValue(), "15000");
  assert.equal(await page.getByLabel("Share price today").inputValue(), "", "the letter does not give it: left to the person");
  // The form asks for it, as it does when options are typed by hand; then the result follows the letter.
  assert.equal(await (await errorOf(page, "Share price today")).textContent(), "Share price today: type today's price per share, like 10.");
  await page.getByLabel("Share price today").fill("10");
  await page.waitForFunction(() => /Your offer: \$165,000/.test(document.querySelector("[data-component=base]")?.textContent));
  assert.match(await page.locator("[data-component=bonus]").textContent(), /\$16,500/, "10% of the base");
  assert.match(await panel.locator(".letter-message").textContent(), /^Filled: Base salary, Options \(shares\), Strike price, Bonus \(%\), Sign-on bonus\./);

  await page.screenshot({ path: join(artifacts, "offer-letter.png"), fullPage: true });
  assert.deepEqual(seen.requests, [url], "the letter never leaves the page");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a letter in another currency says so, lists what it lacks, and keeps the person's other fields", async () => {
  const { page, context, seen } = await openPage(browser, offlineCopy());
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Sign-on bonus").fill("9000");
  await paste(page, letter("uk-per-annum.txt"));
  const panel = page.locator("details.offer-letter");
  assert.match(await panel.locator("li[data-field=base]").textContent(), /^Base salary: £92,000.*per annum/);
  assert.equal(await panel.locator(".letter-missing").textContent(), "Not found in the letter: equity, sign-on bonus.");
  assert.match(await panel.locator(".letter-notes").textContent(), /1,200 RSUs or shares are given without a value/);
  assert.match(await panel.locator(".letter-currency").textContent(), /The letter is in GBP and the band in EUR/);

  await page.getByRole("button", { name: "Fill the form" }).click();
  assert.equal(await page.getByLabel("Base salary").inputValue(), "92000");
  assert.equal(await page.getByLabel("Bonus (%)").inputValue(), "15");
  assert.equal(await page.getByLabel("Sign-on bonus").inputValue(), "9000");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a French letter is read: a monthly salary over 13 months, BSPCE, and what was not read with its sentence", async () => {
  const { page, context, seen } = await openPage(browser, offlineCopy());
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await paste(page, letter("fr-cdi-mensuel.txt"));
  const panel = page.locator("details.offer-letter");
  assert.match(await panel.locator("li[data-field=base]").textContent(), /^Base salary: €55,250 \(€4,250 a month × 13/);
  assert.equal(await panel.locator("li[data-field=options] .letter-value").textContent(), "12,000");
  assert.equal(await panel.locator("li[data-field=sign_on] .letter-value").textContent(), "€5,000");
  // The meal vouchers' €9 names no part of the offer: listed, not guessed.
  assert.match(await panel.locator(".letter-unread-title").textContent(), /^Not read \(1\)/);
  const unread = panel.locator(".letter-unread li");
  assert.equal(await unread.count(), 1);
  assert.match(await unread.textContent(), /^9 €: no part of the offer is named .*titres-restaurant/);
  assert.equal(await panel.locator(".letter-currency").textContent(), "", "the letter and the band are in EUR");
  await panel.screenshot({ path: join(artifacts, "offer-letter-fr.png") });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("text that is no offer gets a message saying what could not be found, and nothing to fill", async () => {
  const { page, context } = await openPage(browser, offlineCopy());
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await paste(page, letter("unreadable.txt"));
  const panel = page.locator("details.offer-letter");
  assert.match(await panel.locator(".letter-message").textContent(),
    /^Could not find a base salary, equity \(a grant's value, or stock options and their strike price\), a target bonus or a sign-on bonus in this text\.$/);
  assert.equal(await panel.locator("li").count(), 0);
  assert.equal(await page.getByRole("button", { name: "Fill the form" }).isVisible(), false);
  assert.equal(await page.getByLabel("Base salary").inputValue(), "75000");

  // An empty box says the same.
  await page.getByLabel("Offer letter text").fill("");
  await page.getByRole("button", { name: "Read the letter" }).click();
  assert.match(await panel.locator(".letter-message").textContent(), /^Could not find a base salary/);
  await context.close();
});
