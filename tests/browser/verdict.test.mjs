// The answer first: after typing base and equity, the counter-offer and the
// floor of both stand in the first screen at 1280×800, right after the
// inputs on a phone; in a post the widget is a card no taller than 700 px,
// and "More" opens the whole calculator in place.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { artifacts, choose, cliCheck, dist, money, offlineCopy, openPage, useServedBrowser } from "./harness.mjs";

const shared = useServedBrowser(dist);

async function typeOffer(scope, page) {
  await scope.getByLabel("Base salary", { exact: true }).fill("95000");
  await scope.getByLabel("Equity grant (4 years)", { exact: true }).fill("80000");
  await scope.locator(".verdict-line:not([hidden])").waitFor();
}

const FIGURES = ["[data-verdict-ask=base]", "[data-verdict-floor=base]", "[data-verdict-ask=stock]", "[data-verdict-floor=stock]"];

test("at 1280×800 the ask and the floor for base and equity stand in the first screen, as the CLI computes them", async () => {
  const { page, context, seen } = await openPage(shared.browser, offlineCopy(), { viewport: { width: 1280, height: 800 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await typeOffer(page, page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const cli = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "95000", "--stock", "80000"]);
  const expected = [cli.ask.base, cli.floor.base, cli.ask.stock, cli.floor.stock].map((n) => money(n, "EUR"));
  for (const [i, selector] of FIGURES.entries()) {
    const figure = page.locator(`.verdict ${selector}`);
    assert.equal(await figure.textContent(), expected[i], selector);
    const box = await figure.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `${selector} is in the first screen (y ${box && box.y})`);
  }
  assert.match(await page.locator(".verdict-line").textContent(), /^Base €95,000 is 74% into the band, in the upper half; equity €80,000 is €15,000 \(16%\) below the bottom of the band\.$/);
  assert.match(await page.locator(".verdict-sentence").textContent(),
    // The guide's own sign-on ask ("signing bonus of €8K") joins the sentence.
    new RegExp(`ask for a base salary of ${expected[0]}, an equity grant worth ${expected[2]} over four years and a sign-on bonus of €8,000\\.$`));
  await page.screenshot({ path: join(artifacts, "verdict-desktop.png") });
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("on a phone the verdict comes right after the inputs; the bands are labelled in words, not colour alone", async () => {
  const { page, context } = await openPage(shared.browser, offlineCopy(), { viewport: { width: 390, height: 844 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await typeOffer(page, page);
  const form = await page.locator("form.inputs").boundingBox();
  const verdict = await page.locator(".verdict").boundingBox();
  assert.ok(verdict.y >= form.y + form.height && verdict.y - (form.y + form.height) < 40, "the verdict follows the form");
  // Below the form while the offer is typed, the band pictures are drawn as they come near.
  await page.locator(".verdict").scrollIntoViewIfNeeded();
  await page.locator(".verdict [data-part=base] .offer-label").filter({ hasText: "offer €95K" }).waitFor();
  const labels = await page.locator(".verdict [data-part=base] svg text").allTextContents();
  for (const word of [/^offer €95K$/, /^ask €/, /^floor €/, /^€75K$/, /^€102K$/]) {
    assert.ok(labels.some((l) => word.test(l)), `${word} in ${labels}`);
  }
  await page.screenshot({ path: join(artifacts, "verdict-phone.png") });
  await context.close();
});

test("an equity field left empty is not entered, never a position", async () => {
  const { page, context } = await openPage(shared.browser, offlineCopy());
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary", { exact: true }).fill("95000");
  await page.locator(".verdict-line:not([hidden])").waitFor();
  assert.match(await page.locator(".verdict-line").textContent(), /equity not entered\.$/);
  assert.equal(await page.locator(".verdict [data-part=stock] .offer-label").isVisible(), false);
  assert.doesNotMatch(await page.locator("[data-component=stock]").textContent(), /below the (band|bottom)/);
  await context.close();
});

test("in the example post the default widget is a card of at most 700 px; More opens it in place and Less folds it", async () => {
  const { page, context, seen } = await openPage(shared.browser, `${shared.origin}/embed-example.html`,
    { ready: "offer-check[data-ready]", viewport: { width: 760, height: 1000 } });
  const widget = page.locator("offer-check").first();
  await widget.scrollIntoViewIfNeeded();
  await typeOffer(widget, page);
  const height = await widget.evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height <= 700, `the card is ${height} px tall`);
  assert.equal(await widget.getByLabel("Bonus (%)").isVisible(), false, "the rest waits for More");
  assert.equal(await widget.getByRole("button", { name: "Add a competing offer" }).isVisible(), false);
  await widget.screenshot({ path: join(artifacts, "widget-card.png") });
  const more = widget.getByRole("button", { name: /^More/ });
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  await more.click();
  assert.equal(await widget.getAttribute("open"), "", "open follows");
  assert.equal(await widget.getByRole("button", { name: "Add a competing offer" }).isVisible(), true);
  assert.equal(await widget.getByLabel("Base salary", { exact: true }).inputValue(), "95000", "what was typed stays");
  await widget.getByRole("button", { name: "Less" }).click();
  assert.equal(await widget.getAttribute("open"), null);
  assert.equal(await widget.getByLabel("Bonus (%)").isVisible(), false);
  // The page can open it too: the open attribute, added, shows it whole.
  await widget.evaluate((e) => e.setAttribute("open", ""));
  assert.equal(await widget.getByLabel("Bonus (%)").isVisible(), true);
  assert.equal(await widget.locator("button.more").getAttribute("aria-expanded"), "true");
  // The second widget of the post reads its guide from `job` (a card too).
  const second = page.locator("offer-check").nth(1);
  await second.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll("offer-check")[1].dataset.ready === "true");
  assert.equal(await second.getByLabel("Role", { exact: true }).locator("option:checked").textContent(), "Software Engineer");
  assert.equal(await second.getByLabel("Bonus (%)").isVisible(), false);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
