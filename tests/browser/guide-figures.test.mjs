// The guide's word first (docs/ask-model.md, "Which rule answers"): where the
// guide states an ask or a floor for the band, that figure is the answer and
// its reason names the guide's line; the band rule's figure stands beside it
// as the cross-check, "more than 5% apart" where the core finds it so. The
// page shows what the core answers (the CLI's check --json is the reference),
// in the page's locale.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifacts, choose, cliCheck, launchBrowser, money, offlineCopy, openPage } from "./harness.mjs";

let browser, url;
before(async () => {
  browser = await launchBrowser();
  url = offlineCopy();
});
after(async () => { await browser?.close(); });

const stated = (page, kind, part) => page.locator(`[data-stated="${kind}.${part}"]`);
const amount = (page, kind, part) => page.locator(`[data-${kind}="${part}"]`);
const reason = (page, kind, part) => page.locator(`td:has([data-${kind}="${part}"]) .reason`);

test("the guide's own figures are the ask and floor, the band rule beside them, with their sentence", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");
  const expected = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "75000", "--stock", "95000"]);
  const guide = { ask: { base: 98000, stock: 165000 }, floor: { base: 82000, stock: 135000 } };  // line 78 of the seed
  for (const kind of ["ask", "floor"]) {
    for (const part of ["base", "stock"]) {
      assert.equal(expected[kind][part], guide[kind][part], `${kind} ${part} is the guide's (CLI)`);
      assert.equal(expected[kind].sources[part], "guide");
      assert.equal(await amount(page, kind, part).first().textContent(), money(guide[kind][part], "EUR"), `${kind} ${part}`);
      assert.match(await reason(page, kind, part).textContent(), new RegExp(`^the guide's own ${kind} for Paris \\(line 78\\)`));
      const apart = expected.stated.apart[kind][part];
      const words = `Band rule: ${money(expected[kind].band_rule[part], "EUR")}` + (apart ? " — more than 5% apart" : "");
      assert.equal(await stated(page, kind, part).textContent(), words, `${kind} ${part}`);
      assert.equal(await stated(page, kind, part).getAttribute("data-apart"), String(apart));
    }
  }
  // The band rule asks €175,000 of stock: 6% above the guide, said beside it.
  assert.equal(await stated(page, "ask", "stock").textContent(), `Band rule: ${money(175000, "EUR")} — more than 5% apart`);
  // The guide asks a sign-on ("signing bonus of €8K / $20K"); the band has no sign-on range to compute one.
  assert.equal(await amount(page, "ask", "sign_on").first().textContent(), money(8000, "EUR"));
  assert.equal(await stated(page, "ask", "sign_on").isVisible(), false);  // no band rule to set beside it
  assert.equal(await amount(page, "floor", "sign_on").first().textContent(), "—");
  const source = page.locator(".stated-source");
  assert.match(await source.textContent(), /^The guide's own figures for Paris, line 78: “.*My ask is €98K \/ \$210K base/);
  await page.screenshot({ path: join(artifacts, "guide-figures.png"), fullPage: true });

  // An offer past the guide's ask: the ask steps above the offer (never below
  // it), the floor is the offer, and the guide's figure is said beside them.
  await page.getByLabel("Base salary").fill("110000");
  const past = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "110000", "--stock", "95000"]);
  assert.equal(past.ask.sources.base, "offer");
  assert.equal(await amount(page, "ask", "base").first().textContent(), money(past.ask.base, "EUR"));
  assert.ok(past.ask.base > 110000);
  assert.equal(await amount(page, "floor", "base").first().textContent(), money(110000, "EUR"));
  assert.equal(await stated(page, "ask", "base").textContent(), `The guide: ${money(98000, "EUR")}`);
  assert.match(await reason(page, "ask", "base").textContent(), /already at or past the guide's own ask for Paris \(line 78\)/);

  // New York reads the dollar half of each pair.
  await page.getByLabel("Region").selectOption({ label: "New York" });
  await page.getByLabel("Base salary").fill("172000");
  assert.equal(await amount(page, "ask", "base").first().textContent(), money(210000, "USD"));
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("where the guide states nothing for the region, the band rule answers and nothing is set beside it", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face Enterprise", "Software Engineer", "Paris");
  await page.getByLabel("Base salary").fill("90000");
  const expected = cliCheck("huggingface-enterprise/software-engineer.md", "Paris", ["--base", "90000"]);
  assert.equal(expected.stated, null);
  assert.equal(expected.ask.sources.base, "band");
  assert.equal(await page.locator("[data-ask=base]").first().isVisible(), true);
  assert.equal(await stated(page, "ask", "base").isVisible(), false);
  assert.equal(await page.locator(".stated-source").isVisible(), false);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the cross-check follows the page's locale", async () => {
  const { page, context } = await openPage(browser, url, { locale: "de-DE" });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  const german = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(99000);
  assert.match(await stated(page, "ask", "base").textContent(), new RegExp(`^Band rule: ${german.replace(/\s/g, "\\s")}`));
  await context.close();
});
