// The guide's own ask and floor beside the computed ones (result.stated):
// its figures, the sentence they came from, and "more than 5% apart" where
// the core finds them so. The page shows what the core answers (the CLI's
// check --json is the reference), in the page's locale.
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

test("the guide's own figures stand beside the computed ask and floor, with their sentence", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");
  const expected = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "75000", "--stock", "95000"]);
  assert.equal(expected.stated.ask.base, 98000);  // "My ask is €98K / $210K base"
  assert.equal(expected.stated.floor.stock, 135000);
  for (const kind of ["ask", "floor"]) {
    for (const part of ["base", "stock"]) {
      const apart = expected.stated.apart[kind][part];
      const words = `The guide: ${money(expected.stated[kind][part], "EUR")}` + (apart ? " — more than 5% apart" : "");
      assert.equal(await stated(page, kind, part).textContent(), words, `${kind} ${part}`);
      assert.equal(await stated(page, kind, part).getAttribute("data-apart"), String(apart));
    }
  }
  // The guide asks a sign-on ("signing bonus of €8K / $20K") where the band has none to compute from.
  assert.equal(await page.locator("[data-ask=sign_on]").textContent(), "—");
  assert.equal(await stated(page, "ask", "sign_on").textContent(), "The guide: €8,000");
  assert.equal(await stated(page, "floor", "sign_on").isVisible(), false);  // the guide states none
  const source = page.locator(".stated-source");
  assert.match(await source.textContent(), /^The guide's own figures for Paris, line 78: “.*My ask is €98K \/ \$210K base/);
  await page.screenshot({ path: join(artifacts, "guide-figures.png"), fullPage: true });

  // An offer past the guide's ask: the computed ask steps above the offer and
  // the page says how far apart the two are, as the core judges.
  await page.getByLabel("Base salary").fill("110000");
  const past = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "110000", "--stock", "95000"]);
  assert.equal(past.stated.apart.ask.base, true);
  assert.equal(await stated(page, "ask", "base").textContent(), "The guide: €98,000 — more than 5% apart");

  // New York reads the dollar half of each pair.
  await page.getByLabel("Region").selectOption({ label: "New York" });
  assert.equal(await stated(page, "ask", "base").textContent(), `The guide: ${money(210000, "USD")}`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("where the guide states nothing for the region, nothing is shown", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await choose(page, "Hugging Face Enterprise", "Software Engineer", "Paris");
  await page.getByLabel("Base salary").fill("90000");
  const expected = cliCheck("huggingface-enterprise/software-engineer.md", "Paris", ["--base", "90000"]);
  assert.equal(expected.stated, null);
  assert.equal(await page.locator("[data-ask=base]").isVisible(), true);
  assert.equal(await stated(page, "ask", "base").isVisible(), false);
  assert.equal(await page.locator(".stated-source").isVisible(), false);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("the guide's figures follow the page's locale", async () => {
  const { page, context } = await openPage(browser, url, { locale: "de-DE" });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  const german = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(98000);
  assert.match(await stated(page, "ask", "base").textContent(), new RegExp(`^The guide: ${german.replace(/\s/g, "\\s")}`));
  await context.close();
});
