// Per keystroke, only what a person can see: folded panels (a closed
// <details>, the parts a widget's card hides) and band pictures far from the
// viewport are left alone while the offer is typed, and show the last
// answer, as the CLI computes it, the moment they are shown: a panel opened
// before the frame that shows it, a picture before it scrolls into view,
// everything before printing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { choose, cliCheck, dist, money, offlineCopy, openPage, useServedBrowser } from "./harness.mjs";

const shared = useServedBrowser(dist);
const frames = (scope, count = 3) => scope.evaluate(async (n) => {
  for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}, count);

// Records, in the page, every change made under the nodes `selector` finds, summaries aside.
function watchChanges(selector) {
  window.__changed = [];
  for (const node of document.querySelectorAll(selector)) {
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (!target.closest("summary") && r.attributeName !== "open") window.__changed.push(`${selector}: ${target.tagName}.${target.className}`);
      }
    }).observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
  }
}

test("folded panels are left alone while the offer is typed, and show its answer the moment they open", async () => {
  const { page, context, seen } = await openPage(shared.browser, offlineCopy(), { viewport: { width: 1280, height: 800 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  for (const panel of ["results", "years", "equity"]) await page.locator(`details.${panel} > summary`).click();
  await page.evaluate(watchChanges, "details.results, details.years, details.equity");
  await page.getByLabel("Base salary").focus();
  await page.keyboard.type("95000", { delay: 20 });
  await page.getByLabel("Equity grant (4 years)").focus();
  await page.keyboard.type("80000", { delay: 20 });
  await page.locator(".verdict-line", { hasText: "equity €80,000" }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__changed), [], "nothing drawn in the folded panels");

  // Each opened, then read before a frame can come: the summary clicked, `open` set (as find in page does).
  const opened = await page.evaluate(async () => {
    const text = (selector) => document.querySelector(selector)?.textContent ?? null;
    document.querySelector("details.results > summary").click();
    await null;  // the turn of the mutation seen; no frame comes between
    const results = {
      ask: text("[data-ask=base]"), floor: text("[data-floor=base]"), askStock: text("[data-ask=stock]"), floorStock: text("[data-floor=stock]"),
      reading: text("[data-component=base] .reading:not(.band-range)"), picture: text("[data-component=base] svg.band-chart title"),
      total: text(".totals dd"),
    };
    document.querySelector("details.years").open = true;
    await null;
    const years = text('.year-table tr[data-package="This offer"] td.four-year');
    document.querySelector("details.equity > summary").click();
    await null;
    const facts = [...document.querySelectorAll(".equity-facts dt")].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]);
    return { results, years, facts: Object.fromEntries(facts) };
  });
  const cli = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "95000", "--stock", "80000"]);
  const eur = (amount) => money(amount, "EUR");
  assert.deepEqual(opened.results, {
    ask: eur(cli.ask.base), floor: eur(cli.floor.base), askStock: eur(cli.ask.stock), floorStock: eur(cli.floor.stock),
    reading: `Your offer: ${eur(95000)} — 74% into the band, in the upper half — within`,
    picture: `Base salary: band €75,000 to €102,000, your offer ${eur(95000)}, ask ${eur(cli.ask.base)}, floor ${eur(cli.floor.base)}`,
    total: eur(cli.totals.annual_average),
  });
  assert.equal(opened.years, eur(cli.four_year_total));
  assert.equal(opened.facts["Vested in 4 years"], eur(cli.equity.four_year_value));
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a band picture far below is drawn before it scrolls into view; printing draws every one", async () => {
  const { page, context, seen } = await openPage(shared.browser, offlineCopy(), { viewport: { width: 390, height: 844 } });
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("95000");
  await page.getByLabel("Equity grant (4 years)").fill("80000");
  await page.locator(".verdict-line", { hasText: "equity €80,000" }).waitFor();
  await frames(page);
  const cli = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "95000", "--stock", "80000"]);
  const title = (selector) => page.locator(selector).evaluate((svg) => svg.querySelector("title").textContent);
  const offer = `your offer ${money(95000, "EUR")}`;

  // On a phone "Where it sits" stands screens below the form: its pictures wait.
  const base = "[data-component=base] svg.band-chart";
  assert.ok(!(await title(base)).includes(offer), "a picture two screens below is not drawn at every key");
  // Scrolled to just below the viewport's bottom edge: drawn before it is in view.
  const below = await page.locator(base).evaluate(async (svg) => {
    scrollBy(0, svg.getBoundingClientRect().top - innerHeight - 100);
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return svg.getBoundingClientRect().top - innerHeight;
  });
  assert.ok(below > 0, `still out of view (${below} px below)`);
  assert.equal(await title(base), `Base salary: band €75,000 to €102,000, ${offer}, ask ${money(cli.ask.base, "EUR")}, floor ${money(cli.floor.base, "EUR")}`);
  const labels = await page.locator(`${base} text.marker-label`).allTextContents();
  assert.deepEqual(labels.sort(), ["ask €98K", "floor €95K", "offer €95K"]);

  // The year chart far below is drawn for the printed summary.
  const years = "svg.year-chart";
  const yearOne = `This offer: year 1 ${money(cli.years[0].total, "EUR")}`;
  assert.ok(!(await title(years)).includes(yearOne), "the year chart waits while far");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  assert.ok((await title(years)).includes(yearOne), await title(years));
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a widget's card leaves its folded parts alone while typing; More and the open attribute show the answer at once", async () => {
  const { page, context, seen } = await openPage(shared.browser, `${shared.origin}/embed-example.html`, { ready: "offer-check[data-ready]" });
  const widget = page.locator("offer-check").first();
  await widget.scrollIntoViewIfNeeded();
  await widget.evaluate((host) => {
    host.__changed = [];
    for (const node of host.shadowRoot.querySelectorAll("details.results, details.years, details.equity")) {
      new MutationObserver((records) => { host.__changed.push(...records.map((r) => r.type)); })
        .observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
    }
  });
  const typeBase = async (value) => {
    await widget.getByLabel("Base salary").fill("");
    await widget.getByLabel("Base salary").focus();
    await page.keyboard.type(value, { delay: 20 });
    await widget.locator(".verdict-line", { hasText: money(Number(value), "EUR") }).waitFor();
  };
  await widget.getByLabel("Equity grant (4 years)").fill("95000");
  await typeBase("80000");
  assert.deepEqual(await widget.evaluate((host) => host.__changed), [], "nothing drawn in the card's folded parts");

  // "More": read in the click's own task.
  const read = () => {
    const root = document.querySelector("offer-check").shadowRoot;
    const text = (selector) => root.querySelector(selector)?.textContent ?? null;
    return { ask: text("[data-ask=base]"), floor: text("[data-floor=base]"), years: text('.year-table tr[data-package="This offer"] td.four-year') };
  };
  const atMore = await widget.evaluate((host, readText) => {
    host.shadowRoot.querySelector(".button.more").click();
    return (0, eval)(`(${readText})`)();
  }, read.toString());
  let cli = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "80000", "--stock", "95000"]);
  assert.deepEqual(atMore, { ask: money(cli.ask.base, "EUR"), floor: money(cli.floor.base, "EUR"), years: money(cli.four_year_total, "EUR") });

  // Folded again ("Less"), typed, then opened by the attribute.
  await widget.locator(".button.more").click();
  await widget.evaluate((host) => { host.__changed = []; });
  await typeBase("81000");
  assert.deepEqual(await widget.evaluate((host) => host.__changed), [], "folded again, left alone again");
  const atAttribute = await widget.evaluate((host, readText) => {
    host.setAttribute("open", "");
    return (0, eval)(`(${readText})`)();
  }, read.toString());
  cli = cliCheck("hugging-face/product-manager.md", "Paris", ["--base", "81000", "--stock", "95000"]);
  assert.deepEqual(atAttribute, { ask: money(cli.ask.base, "EUR"), floor: money(cli.floor.base, "EUR"), years: money(cli.four_year_total, "EUR") });
  assert.deepEqual(seen.errors, []);
  await context.close();
});
