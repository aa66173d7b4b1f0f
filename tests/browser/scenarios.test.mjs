// Saved scenarios on the offline page (file://): nothing stored before the
// first save; save, reopen, compare (the core's figures, as the form shows
// them), delete, export and import, a bad import, forget everything.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { artifacts, choose, dist, launchBrowser, offlineCopy, openPage, serve } from "./harness.mjs";

const KEY = "offercheck.scenarios";
let browser, url;
before(async () => {
  browser = await launchBrowser();
  url = offlineCopy();
});
after(async () => { await browser?.close(); });

const stored = (page) => page.evaluate((key) => ({ keys: Object.keys(localStorage), text: localStorage.getItem(key) }), KEY);
const status = (page) => page.locator("#scenario-status");
const listed = (page) => page.locator(".scenario-list li strong").allTextContents();

// The figures the page shows for the offer in the form, once the last keystroke's frame has drawn.
async function shownFigures(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const total = (label) => page.locator(".totals dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").textContent();
  return {
    "ask.base": await page.locator("[data-ask=base]").textContent(),
    "floor.base": await page.locator("[data-floor=base]").textContent(),
    "ask.stock": await page.locator("[data-ask=stock]").textContent(),
    "floor.stock": await page.locator("[data-floor=stock]").textContent(),
    "year-one": await total("Offer, year one (with sign-on)"),
    "four-year": await total("Offer, four years"),
  };
}

async function save(page, name) {
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save this scenario" }).click();
  await page.waitForFunction((n) => document.getElementById("scenario-status").textContent.includes(n), name);
}

// Two scenarios saved: New York (DevOps) and Paris (Product Manager), with the figures the page showed for each.
async function saveTwo(page) {
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("163750");
  await page.getByLabel("Equity grant (4 years)").fill("131313");
  await page.getByLabel("Sign-on bonus").fill("4321");
  await page.locator("[data-ask=base]").waitFor();
  assert.deepEqual((await stored(page)).keys, [], "typing stores nothing");
  const newYork = await shownFigures(page);
  await save(page, "New York offer");
  await choose(page, "Hugging Face", "Product Manager", "Paris");
  await page.getByLabel("Base salary").fill("95000");
  await page.getByLabel("Equity grant (4 years)").fill("");
  await page.getByLabel("Sign-on bonus").fill("");
  await page.waitForFunction(() => document.querySelector("[data-ask=base]")?.textContent.includes("€"));
  const paris = await shownFigures(page);
  await save(page, "Paris offer");
  return { newYork, paris };
}

test("nothing is stored before the first save; the privacy note says so", async () => {
  const { page, context, seen } = await openPage(browser, url);
  assert.match(await page.locator("#scenario-privacy").textContent(), /Nothing is stored until you save a scenario/);
  assert.match(await page.locator(".tagline").textContent(), /saved scenarios stay in this browser/);
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("150000");
  await page.locator("[data-ask=base]").waitFor();
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
  assert.equal(await page.locator(".scenario-list li").count(), 0);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("save two, reopen one, compare both with the core's figures, delete one", async () => {
  const { page, context, seen } = await openPage(browser, url);
  const figures = await saveTwo(page);
  assert.deepEqual(await listed(page), ["New York offer", "Paris offer"]);
  const { keys, text } = await stored(page);
  assert.deepEqual(keys, [KEY], "one key");
  const data = JSON.parse(text);
  assert.equal(data.version, 1);
  assert.deepEqual(data.scenarios.map((s) => [s.name, s.guide, s.region, s.inputs.base]),
    [["New York offer", "hugging-face/devops-engineer", "New York", "163750"], ["Paris offer", "hugging-face/product-manager", "Paris", "95000"]]);
  assert.deepEqual(Object.keys(data.scenarios[0]), ["name", "guide", "region", "inputs", "saved"], "the inputs, never the result");
  assert.match(await page.locator(".scenario-list li").first().textContent(), /Hugging Face, DevOps Engineer — New York · saved/);

  await page.getByRole("button", { name: "Open New York offer" }).click();
  assert.equal(await page.getByLabel("Role").inputValue(), "hugging-face/devops-engineer");
  assert.equal(await page.getByLabel("Region").inputValue(), "New York");
  assert.equal(await page.getByLabel("Base salary").inputValue(), "163750");
  assert.equal(await page.getByLabel("Equity grant (4 years)").inputValue(), "131313");
  assert.equal(await page.getByLabel("Sign-on bonus").inputValue(), "4321");
  await page.waitForFunction(() => document.querySelector("[data-ask=base]")?.textContent.includes("$"));
  assert.deepEqual(await shownFigures(page), figures.newYork, "the reopened scenario shows what it showed when saved");

  await page.getByLabel("Compare New York offer").check();
  await page.getByLabel("Compare Paris offer").check();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const table = page.locator("#scenario-comparison table");
  await table.waitFor();
  assert.deepEqual(await table.locator("thead th").allTextContents(), ["Scenario", "New York offer", "Paris offer"]);
  assert.deepEqual(await table.locator("tr[data-row=region] td").allTextContents(), ["New York", "Paris"]);
  assert.deepEqual(await table.locator('tr[data-row="input.base"] td').allTextContents(), ["163750", "95000"]);
  assert.equal(await table.locator('tr[data-row="input.base"] th').textContent(), "Base salary");
  for (const row of Object.keys(figures.newYork)) {
    assert.deepEqual(await table.locator(`tr[data-row="${row}"] td`).allTextContents(), [figures.newYork[row], figures.paris[row]], row);
  }
  assert.match((await table.locator('tr[data-row="position.base"] td').allTextContents())[0], /into the band|below|above/);

  await page.getByRole("button", { name: "Delete Paris offer" }).click();
  assert.deepEqual(await listed(page), ["New York offer"]);
  assert.deepEqual(JSON.parse((await stored(page)).text).scenarios.map((s) => s.name), ["New York offer"]);
  assert.match(await status(page).textContent(), /Deleted “Paris offer”/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("export, then import the file: what was deleted comes back, nothing is doubled", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await saveTwo(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()]);
  assert.equal(download.suggestedFilename(), "offercheck-scenarios.json");
  const file = join(artifacts, `scenarios-export-${process.pid}.json`);
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.deepEqual(exported, JSON.parse((await stored(page)).text), "the file is what is stored");

  await page.getByRole("button", { name: "Delete Paris offer" }).click();
  await page.getByLabel("Import scenarios").setInputFiles(file);
  await page.waitForFunction(() => document.getElementById("scenario-status").textContent.startsWith("Imported"));
  assert.equal(await status(page).textContent(), "Imported 1 scenario; 1 already saved left as it was.");
  assert.deepEqual(await listed(page), ["New York offer", "Paris offer"]);
  assert.deepEqual(JSON.parse((await stored(page)).text), exported);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a bad import is refused with what is wrong, and what is saved stays", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await saveTwo(page);
  const before = (await stored(page)).text;
  const files = [
    ["notes.json", "these are my notes", /^notes\.json was not imported: the file is not JSON/],
    ["v2.json", JSON.stringify({ version: 2, scenarios: [] }), /^v2\.json was not imported: the file is version 2; this offercheck reads version 1\. Nothing saved was changed\.$/],
    ["nameless.json", JSON.stringify({ version: 1, scenarios: [{ guide: "g/r", region: "Paris", inputs: {}, saved: "2026-01-01" }] }),
      /scenario 1 has no name\. Nothing saved was changed\.$/],
    ["typo.json", JSON.stringify({ version: 1, scenarios: [{ name: "X", guide: "g/r", region: "Paris", inputs: { foo: "1" }, saved: "2026-01-01" }] }),
      /scenario 1 \(“X”\) has an unknown input "foo"/],
  ];
  for (const [name, text, message] of files) {
    await page.getByLabel("Import scenarios").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForFunction((n) => document.getElementById("scenario-status").textContent.startsWith(n), name);
    assert.match(await status(page).textContent(), message);
    assert.equal((await stored(page)).text, before, `${name}: what is saved is as it was`);
    assert.deepEqual(await listed(page), ["New York offer", "Paris offer"]);
  }
  assert.equal(await page.getByLabel("Base salary").inputValue(), "95000", "the form is as it was");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a scenario of a guide this page does not have, or with a bad amount, is listed, and not computed", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await saveTwo(page);
  const elsewhere = { name: "Elsewhere", guide: "nobody/nothing", region: "Mars", inputs: { base: "100000" }, saved: "2026-11-01T10:00:00Z" };
  await page.getByLabel("Import scenarios").setInputFiles({ name: "other.json", mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ version: 1, scenarios: [elsewhere, { ...elsewhere, name: "Typo",
      guide: "hugging-face/devops-engineer", region: "New York", inputs: { base: "lots" } }] })) });
  await page.waitForFunction(() => document.getElementById("scenario-status").textContent.startsWith("Imported"));
  assert.deepEqual(await listed(page), ["New York offer", "Paris offer", "Elsewhere", "Typo"]);
  await page.getByRole("button", { name: "Open Elsewhere" }).click();
  assert.equal(await status(page).textContent(), "“Elsewhere” could not be opened: its guide (nobody/nothing) is not in this page.");
  assert.equal(await page.getByLabel("Base salary").inputValue(), "95000", "the form is as it was");
  await page.getByLabel("Kind of equity").selectOption("options");
  await page.getByRole("button", { name: "Open Typo" }).click();
  assert.equal(await page.getByLabel("Base salary").inputValue(), "lots");
  assert.equal(await page.getByLabel("Kind of equity").inputValue(), "grant", "a choice the file leaves out is the default");
  await page.getByLabel("Compare Paris offer").check();
  await page.getByLabel("Compare Elsewhere").check();
  await page.getByLabel("Compare Typo").check();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.locator("#scenario-comparison table").waitFor();
  const problems = await page.locator("#scenario-comparison tr[data-row=problem] td").allTextContents();
  assert.deepEqual(problems.slice(0, 2), ["", "Not computed: its guide (nobody/nothing) is not in this page"]);
  assert.match(problems[2], /^Not computed: Base salary: 'lots' /, "the form's own message for the field");
  assert.match((await page.locator('#scenario-comparison tr[data-row="ask.base"] td').allTextContents())[0], /€/);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("forget everything asks in the page, by keyboard, then empties the storage", async () => {
  const { page, context, seen } = await openPage(browser, url);
  let dialogs = 0;
  page.on("dialog", (dialog) => { dialogs++; dialog.dismiss(); });
  await saveTwo(page);
  const forget = page.getByRole("button", { name: "Forget everything" });
  await forget.focus();
  await page.keyboard.press("Enter");
  const keep = page.getByRole("button", { name: "Keep them" });
  assert.equal(await keep.evaluate((node) => node === document.activeElement), true, "the question takes the focus");
  assert.equal(await keep.evaluate((node) => getComputedStyle(node).outlineStyle), "solid", "the focus is visible");
  await page.keyboard.press("Escape");
  assert.equal(await keep.isHidden(), true);
  assert.equal(await forget.evaluate((node) => node === document.activeElement), true);
  assert.deepEqual(await listed(page), ["New York offer", "Paris offer"], "kept");

  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Yes, forget everything" }).click();
  assert.deepEqual(await page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(await listed(page), []);
  assert.match(await status(page).textContent(), /Forgot everything/);
  assert.equal(dialogs, 0, "no window.confirm");

  // Saving by keyboard alone: the name field (it keeps the last name saved), Enter.
  await page.getByLabel("Scenario name").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Typed only");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("scenario-status").textContent.includes("Typed only"));
  assert.deepEqual(JSON.parse((await stored(page)).text).scenarios.map((s) => s.name), ["Typed only"]);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a name is needed, and saving it again replaces that scenario", async () => {
  const { page, context } = await openPage(browser, url);
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("150000");
  await page.getByRole("button", { name: "Save this scenario" }).click();
  assert.equal(await status(page).textContent(), "Type a name for this scenario first.");
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await save(page, "Mine");
  await page.getByLabel("Base salary").fill("160000");
  await save(page, "Mine");
  assert.equal(await status(page).textContent(), "Replaced “Mine” in this browser.");
  assert.deepEqual(JSON.parse((await stored(page)).text).scenarios.map((s) => [s.name, s.inputs.base]), [["Mine", "160000"]]);
  await context.close();
});

test("on the served page, saved scenarios are there after a reload, and reopen and compare", async () => {
  const server = await serve(dist);
  try {
    const { page, context, seen } = await openPage(browser, `${server.origin}/index.html`);
    const figures = await saveTwo(page);
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    assert.deepEqual(await listed(page), ["New York offer", "Paris offer"]);
    await page.getByRole("button", { name: "Open Paris offer" }).click();
    assert.equal(await page.getByLabel("Role").inputValue(), "hugging-face/product-manager");
    assert.equal(await page.getByLabel("Base salary").inputValue(), "95000");
    await page.getByLabel("Compare New York offer").check();
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    const cells = page.locator('#scenario-comparison tr[data-row="four-year"] td');
    await cells.first().waitFor();
    assert.deepEqual(await cells.allTextContents(), [figures.newYork["four-year"]]);
    assert.ok(seen.requests.every((request) => request.startsWith(server.origin)), "no request leaves the page's origin");
    assert.deepEqual(seen.errors, []);
    await context.close();
  } finally {
    server.close();
  }
});
