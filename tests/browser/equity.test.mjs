// Equity as granted in the page: options, exits, dilution, the decision
// against a competing offer, raises, cliffs and leaving early. The worked
// examples of issue 14, checked against the CLI's JSON for the same terms.
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

const GUIDE = "hugging-face/devops-engineer.md";
const OPTIONS = ["--base", "150000", "--options", "40000", "--strike", "2", "--share-price", "10"];

const fact = (page, term) => page.locator(".equity-facts dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").textContent();
const scenario = (page, exit) => page.locator(".scenarios tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${exit}`) }) });
const leaveAt = (page, months) => page.getByLabel("Leave at month").evaluate((input, value) => {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}, String(months));

async function optionsOffer(page) {
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("150000");
  await page.getByLabel("Kind of equity").selectOption("options");
  await page.getByLabel("Options (shares)").fill("40,000");
  await page.getByLabel("Strike price").fill("2");
  await page.getByLabel("Share price today").fill("10");
}

async function openTerms(page, summary) {
  const details = page.locator("details.more-terms", { has: page.locator("summary", { hasText: summary }) });
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
}

test("40,000 options at a $2 strike with a $10 share price: $320,000 over four years, $80,000 in year 1; $240,000 after 20% dilution; $1,120,000 at 3×", async () => {
  const { page, seen } = await openPage(browser, url);
  assert.equal(await page.getByLabel("Options (shares)").isVisible(), false, "options fields wait for their kind");
  await optionsOffer(page);
  assert.equal(await page.getByLabel("Equity grant (4 years)").isVisible(), false, "one kind of equity at a time");
  assert.equal(await fact(page, "Worth today"), "$320,000");
  assert.equal(await fact(page, "Vested in 4 years"), "$320,000");
  assert.equal(await fact(page, "Share price today"), "$10");
  assert.equal(await scenario(page, "1×").locator("td").first().textContent(), "$320,000");
  assert.equal(await scenario(page, "1×").getAttribute("class"), "chosen");
  assert.equal(await scenario(page, "0×").locator("td").first().textContent(), "$0");
  assert.equal(await page.locator(".scenarios tbody tr").count(), 6);
  await page.locator(".years details summary").click();
  const yearOne = page.locator(".years details tbody tr").first().locator("td");
  assert.equal(await yearOne.nth(1).textContent(), "$80,000", "year 1 vests a quarter");

  await openTerms(page, "Exit, raises and bonus payout");
  await page.getByLabel("Dilution to exit (%)").fill("20");
  assert.equal(await fact(page, "Vested in 4 years"), "$240,000");
  assert.equal(await fact(page, "Price at the exit"), "$8 (1× today's price, after 20% dilution)");
  assert.equal(await fact(page, "Worth today"), "$320,000", "today's value does not dilute");

  await page.getByLabel("Dilution to exit (%)").fill("");
  await page.getByLabel("Exit multiple").fill("3x");
  assert.equal(await fact(page, "Vested in 4 years"), "$1,120,000");
  assert.equal(await page.locator(".scenarios tr.chosen th").textContent(), "3× (yours)");
  const expected = cliCheck(GUIDE, "New York", [...OPTIONS, "--exit-multiple", "3"]);
  assert.equal(expected.equity.four_year_value, 1120000);
  assert.equal(await scenario(page, "10×").locator("td").nth(1).textContent(),
    money(expected.equity.scenarios.find((s) => s.exit_multiple === 10).four_year_total, "USD"));
  await page.screenshot({ path: join(artifacts, "equity-options-desktop.png"), fullPage: true });
  assert.deepEqual(seen.errors, []);
});

test("against a liquid $170,000 + $60,000 a year offer, the options break even at 1× (1.25× after 20% dilution)", async () => {
  const { page, seen } = await openPage(browser, url);
  await optionsOffer(page);
  const row = await addCompeting(page, { name: "Liquid Co", base: "170000", stockPerYear: "60000" });
  const decision = page.locator("ul.decision li");
  assert.match(await decision.textContent(), /^This offer beats Liquid Co only if the company exits above 1× today's share price\./);
  await openTerms(page, "Exit, raises and bonus payout");
  await page.getByLabel("Dilution to exit (%)").fill("20");
  const expected = cliCheck(GUIDE, "New York", [...OPTIONS, "--dilution", "20", "--competing", "name=Liquid Co,base=170000,stock_per_year=60000"]);
  assert.equal(expected.decision.breakeven_exit_multiple, 1.25);
  assert.equal(await decision.textContent(), `${expected.decision.breakeven_note} ${expected.decision.crossover_note}`);
  assert.match(await decision.textContent(), /above 1\.25× today's share price, after 20% dilution/);

  // A competing offer holding options too: its own kind of equity, read as this offer's.
  await row.getByLabel("Its equity").selectOption("options");
  assert.equal(await row.getByLabel("Or stock per year").isVisible(), false);
  await row.getByLabel("Options (shares)").fill("10000");
  await row.getByLabel("Strike price").fill("1");
  await row.getByLabel("Share price today").fill("7");
  const both = cliCheck(GUIDE, "New York", [...OPTIONS, "--dilution", "20",
    "--competing", "name=Liquid Co,base=170000,options=10000,strike=1,share_price=7"]);
  assert.equal(await decision.textContent(), `${both.decision.breakeven_note} ${both.decision.crossover_note}`);
  assert.deepEqual(seen.errors, []);
});

test("a 5% raise on $100,000: $105,000 in year 2 and $115,762.50 in year 4", async () => {
  const { page, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("100000");
  await openTerms(page, "Exit, raises and bonus payout");
  await page.getByLabel("Yearly raise (%)").fill("5");
  await page.locator(".years details summary").click();
  const base = (year) => page.locator(".years details tbody tr").nth(year - 1).locator("td").first().textContent();
  assert.equal(await base(1), "$100,000");
  assert.equal(await base(2), "$105,000");
  assert.equal(await base(4), money(115762.5, "USD"), "whole dollars on screen");
  const years = await page.evaluate(() => window.OfferCheck.init().then((api) => api.evaluate({
    guide: "hugging-face/devops-engineer", region: "New York", offer: { base: 100000, raise_pct: 5 } }).years.map((y) => y.base)));
  [100000, 105000, 110250, 115762.5].forEach((base, i) => assert.ok(Math.abs(years[i] - base) < 1e-6, `year ${i + 1}: ${years[i]}`));
  assert.deepEqual(seen.errors, []);
});

test("leaving at month 11 under a 12-month cliff vests nothing; at month 18 of a monthly schedule, 18/48 of the grant", async () => {
  const { page, seen } = await openPage(browser, url);
  await optionsOffer(page);
  await openTerms(page, "Vesting, refreshes and liquidity");
  assert.equal(await page.getByLabel("Cliff (months)").isVisible(), false, "no cliff on yearly vesting");
  await page.getByLabel("Vesting", { exact: true }).selectOption("cliff");
  assert.equal(await page.getByLabel("Cliff (months)").getAttribute("placeholder"), "12");
  await leaveAt(page, 11);
  assert.equal(await page.locator(".field.leave output").textContent(), "11 months");
  const note = page.locator(".leave-note");
  const before = cliCheck(GUIDE, "New York", [...OPTIONS, "--vesting", "monthly", "--leave-after-months", "11"]);
  assert.equal(before.if_you_leave.vested_value, 0);
  assert.equal(await note.textContent(), before.if_you_leave.note);
  await leaveAt(page, 18);
  const after18 = cliCheck(GUIDE, "New York", [...OPTIONS, "--vesting", "monthly", "--leave-after-months", "18"]);
  assert.equal(after18.if_you_leave.vested_fraction, 18 / 48);
  assert.equal(await note.textContent(), after18.if_you_leave.note);
  assert.match(await note.textContent(), /38% of the grant: 15,000 options/);

  // A shorter cliff, typed: month 11 then vests.
  await page.getByLabel("Cliff (months)").fill("6");
  await leaveAt(page, 11);
  const shortCliff = cliCheck(GUIDE, "New York", [...OPTIONS, "--vesting", "monthly", "--cliff-months", "6", "--leave-after-months", "11"]);
  assert.ok(shortCliff.if_you_leave.vested_value > 0);
  assert.equal(await note.textContent(), shortCliff.if_you_leave.note);
  assert.deepEqual(seen.errors, []);
});

test("bad equity terms are named at their field, and what was typed stays", async () => {
  const { page, seen } = await openPage(browser, url);
  await optionsOffer(page);
  await openTerms(page, "Exit, raises and bonus payout");
  const dilution = page.getByLabel("Dilution to exit (%)");
  await dilution.fill("100");
  assert.match(await (await errorOf(page, "Dilution to exit (%)")).textContent(), /^Dilution to exit \(%\) must be below 100%/);
  assert.equal(await dilution.getAttribute("aria-invalid"), "true");
  assert.equal(await dilution.inputValue(), "100");
  assert.match(await page.locator(".verdict .prompt").textContent(), /Fix the marked field/);
  await dilution.fill("20");
  assert.equal(await dilution.getAttribute("aria-invalid"), null);

  await page.getByLabel("Exit multiple").fill("lots");
  assert.match(await (await errorOf(page, "Exit multiple")).textContent(), /^Exit multiple: 'lots' is not a multiple/);
  await page.getByLabel("Exit multiple").fill("");

  await page.getByLabel("Share price today").fill("");
  assert.match(await (await errorOf(page, "Share price today")).textContent(), /type today's price per share/);
  assert.equal(await page.getByLabel("Options (shares)").inputValue(), "40,000");
  await page.getByLabel("Share price today").fill("10.50");
  assert.equal(await fact(page, "Share price today"), "$10.50", "prices keep their cents");
  assert.deepEqual(seen.errors, []);
});

test("the full link restores options and terms; the redacted one keeps the terms and drops shares and prices", async () => {
  const { page, seen } = await openPage(browser, url);
  await optionsOffer(page);
  await openTerms(page, "Exit, raises and bonus payout");
  await page.getByLabel("Exit multiple").fill("3");
  await page.getByLabel("Dilution to exit (%)").fill("20");
  await openTerms(page, "Vesting, refreshes and liquidity");
  await page.getByLabel("Vesting", { exact: true }).selectOption("cliff");
  await leaveAt(page, 18);
  await addCompeting(page, { name: "Liquid Co", base: "170000", stockPerYear: "60000" });
  await page.getByRole("button", { name: "Share" }).click();
  const full = await page.getByLabel("Full link (with your amounts)").inputValue();
  const redacted = await page.getByLabel(/Redacted link/).inputValue();
  for (const typed of ["150000", "40000", "40%2C000", "share-price", "strike"]) assert.ok(!redacted.includes(typed), typed);

  const { page: again } = await openPage(browser, full);
  assert.equal(await again.getByLabel("Kind of equity").inputValue(), "options");
  assert.equal(await again.getByLabel("Options (shares)").inputValue(), "40,000");
  assert.equal(await again.getByLabel("Exit multiple").inputValue(), "3");
  assert.equal(await again.getByLabel("Leave at month").inputValue(), "18");
  assert.equal(await again.getByLabel("Vesting", { exact: true }).inputValue(), "cliff");
  assert.equal(await fact(again, "Vested in 4 years"), await fact(page, "Vested in 4 years"));

  const { page: shared } = await openPage(browser, redacted);
  assert.equal(await shared.getByLabel("Options (shares)").inputValue(), "");
  assert.equal(await shared.getByLabel("Kind of equity").inputValue(), "options");
  assert.equal(await shared.getByLabel("Dilution to exit (%)").inputValue(), "20");
  assert.equal(await shared.getByLabel("Vesting", { exact: true }).inputValue(), "cliff");
  const notice = await shared.locator("#link-notice").textContent();
  assert.match(notice, /it beats the best competing offer only above a \d(\.\d+)?× exit/);
  assert.match(notice, /leaving at month 18 keeps 38% of the grant/);
  assert.deepEqual(seen.errors, []);
});
