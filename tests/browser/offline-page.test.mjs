// dist/offercheck.html alone in a folder, opened from disk with no network.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { join } from "node:path";
import { artifacts, choose, cliCheck, errorOf, launchBrowser, money, offlineCopy, openPage } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("the offline file works alone, asks nothing of the network and shows the CLI's numbers", async () => {
  const url = offlineCopy();
  const { page, context, seen } = await openPage(browser, url);
  assert.equal(await page.getAttribute("html", "data-ready"), "true");

  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("75000");
  await page.getByLabel("Equity grant (4 years)").fill("95000");

  const expected = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "75000", "--stock", "95000"]);
  assert.equal(await page.locator("[data-ask=base]").textContent(), money(expected.ask.base, "EUR"));
  assert.equal(await page.locator("[data-ask=stock]").textContent(), money(expected.ask.stock, "EUR"));
  assert.equal(await page.locator("[data-floor=base]").textContent(), money(expected.floor.base, "EUR"));
  assert.equal(await page.locator("[data-floor=stock]").textContent(), money(expected.floor.stock, "EUR"));
  assert.equal(await page.locator("[data-ask=sign_on]").textContent(), money(8000, "EUR"));  // the guide's own sign-on ask
  const base = page.locator("[data-component=base]");
  assert.match(await base.textContent(), /Your offer: €75,000 — 0% into the band, in the bottom quarter — within/);
  assert.match(await base.textContent(), /Band: €75,000 – €102,000/);
  assert.equal(await page.locator("[data-component=bonus] .status").getAttribute("data-status"), "no_data");
  assert.equal(await page.locator("[data-component=total_comp] .status").getAttribute("data-status"), "below");

  // The guide's freshness is always visible, stale data flagged with its dates.
  const freshness = await page.locator(".freshness").textContent();
  for (const part of ["Last updated", "2026-02-23", "Salary data", "2025-Q4", "Next review due", "2026-05-23", "Data quality", "high"]) {
    assert.ok(freshness.includes(part), `freshness shows ${part}`);
  }
  // Stale as the core judges it against the page's date, in the core's words.
  assert.equal(await page.locator(".freshness .badge").textContent(), "stale");
  assert.match(freshness, /the guide's data is stale: its next review was due 2026-05-23 and today is \d{4}-\d\d-\d\d/);

  await page.screenshot({ path: join(artifacts, "offline-page.png"), fullPage: true });
  assert.deepEqual(seen.requests, [url], "the only request is the page itself");
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /default-src 'none'/);
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ["", 0, 0]);
  await context.close();
});

test("every seed and region with data shows the asks and floors the CLI computes", async () => {
  const { page, context } = await openPage(browser, offlineCopy());
  const cases = [
    ["hugging-face/product-manager.md", "Hugging Face", "Product Manager", ["Paris", "New York"]],
    ["hugging-face/devops-engineer.md", "Hugging Face", "DevOps Engineer", ["Paris", "New York"]],
    ["huggingface-enterprise/software-engineer.md", "Hugging Face Enterprise", "Software Engineer", ["San Francisco", "New York", "Paris"]],
  ];
  for (const [file, company, role, regions] of cases) {
    for (const region of regions) {
      await choose(page, company, role, region);
      await page.getByLabel("Base salary").fill("150k");
      await page.getByLabel("Equity grant (4 years)").fill("120,000");
      await page.getByLabel("Bonus (%)").fill("10");
      await page.getByLabel("Sign-on bonus").fill("5000");
      const expected = cliCheck(file, region, ["--base", "150k", "--stock", "120000", "--bonus-pct", "10", "--sign-on", "5000"]);
      const currency = expected.guide.currency;
      for (const part of ["base", "stock"]) {
        assert.equal(await page.locator(`[data-ask=${part}]`).textContent(), money(expected.ask[part], currency), `${file} ${region} ask ${part}`);
        assert.equal(await page.locator(`[data-floor=${part}]`).textContent(), money(expected.floor[part], currency), `${file} ${region} floor ${part}`);
      }
      const statuses = await page.locator(".component .status").evaluateAll((nodes) => nodes.map((n) => n.dataset.status));
      assert.deepEqual(statuses, expected.components.map((c) => c.status), `${file} ${region} statuses`);
    }
  }
  await context.close();
});

test("bad input gets an inline message and keeps what was typed", async () => {
  const { page, context } = await openPage(browser, offlineCopy());
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("lots");
  assert.match(await (await errorOf(page, "Base salary")).textContent(), /Base salary: 'lots' is not an amount/);
  assert.equal(await page.getByLabel("Base salary").inputValue(), "lots");
  assert.equal(await page.getByLabel("Base salary").getAttribute("aria-invalid"), "true");
  await page.getByLabel("Bonus (%)").fill("ten");
  // The core reads percents (as the CLI reads --bonus-pct) and decides their limits.
  assert.equal(await (await errorOf(page, "Bonus (%)")).textContent(), "Bonus (%): 'ten' is not a percent (a number like 15)");
  await page.getByLabel("Base salary").fill("80k");
  await page.getByLabel("Bonus (%)").fill("5000");
  // The core's limit, said at the field it names (the core says "offer bonus_pct").
  assert.equal(await (await errorOf(page, "Bonus (%)")).textContent(), "Bonus (%) is a percent of base (like 15); 5000 is too large");
  assert.equal(await page.getByLabel("Bonus (%)").getAttribute("aria-invalid"), "true");
  assert.equal(await page.getByLabel("Bonus (%)").inputValue(), "5000");
  await page.getByLabel("Bonus (%)").fill("");
  assert.equal(await page.getByLabel("Bonus (%)").getAttribute("aria-invalid"), null);
  await page.getByLabel("Base salary").fill("€80,000");
  assert.equal(await (await errorOf(page, "Base salary")).textContent(), "");
  assert.equal(await page.getByLabel("Base salary").getAttribute("aria-invalid"), null);
  await page.getByLabel("Base salary").fill("$80,000");
  assert.equal(await (await errorOf(page, "Base salary")).textContent(), "");
  await page.getByLabel("Base salary").fill("£80,000");
  // Worded by the core (the CLI says the same of --base).
  assert.match(await (await errorOf(page, "Base salary")).textContent(), /^Base salary was typed in GBP but the band is in EUR; the amount is taken as EUR, not converted$/);
  await context.close();
});

test("in German every amount reads as the page writes it, in reasons and claims too", async () => {
  const { page, context } = await openPage(browser, offlineCopy(), { locale: "de-DE" });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("80000");
  const plain = (text) => text.replace(/[\u00a0\u202f]/g, " ");
  assert.equal(plain(await page.locator("[data-ask=base]").textContent()), "98.000 €");  // the guide's own ask (line 78)
  const reason = plain(await page.locator("[data-part=base] .reason").first().textContent());
  assert.equal(reason, "the guide's own ask for Paris (line 78) (the band rule: 99.000 €)");
  assert.doesNotMatch(reason, /€99,000/);
  const claims = (await page.locator(".claims li").allTextContents()).map(plain);
  assert.equal(claims[0], "Line 74: 115.000 € base + 85.000 €/year over four years = 800.000 €; the guide says 455.000 € (does not add up).");
  await context.close();
});

test("a null band shows no data and the region list says so", async () => {
  const { page, context } = await openPage(browser, offlineCopy());
  await choose(page, "Hugging Face", "DevOps Engineer", "Remote Global (no band data)");
  await page.getByLabel("Base salary").fill("120000");
  const statuses = await page.locator(".component .status").evaluateAll((nodes) => nodes.map((n) => n.dataset.status));
  assert.deepEqual(statuses, ["no_data", "no_data", "no_data", "no_data"]);
  assert.match(await page.locator(".oc .warnings").textContent(), /Remote Global has no pay data/);
  assert.equal(await page.locator("[data-ask=base]").textContent(), "—");
  await context.close();
});

test("keyboard, phone width and screen-reader announcements", async () => {
  const { page, context } = await openPage(browser, offlineCopy(), { viewport: { width: 375, height: 740 } });
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.id), /-company$/);
  for (const id of ["role", "region", "base"]) {
    await page.keyboard.press("Tab");
    assert.match(await page.evaluate(() => document.activeElement.id), new RegExp(`-${id}$`));
  }
  await page.keyboard.type("90000");
  await page.locator(".oc [role=status]:not(:empty)").waitFor({ timeout: 3000 });
  assert.match(await page.locator(".oc [role=status]").textContent(), /base €90,000 is .* Ask €\d/);
  assert.equal(await page.locator(".oc [role=status]").getAttribute("aria-live"), "polite");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await page.screenshot({ path: join(artifacts, "offline-page-phone.png"), fullPage: true });
  await context.close();
});
