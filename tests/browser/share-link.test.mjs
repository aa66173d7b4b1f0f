// Shareable links: inputs in the URL fragment, a redacted variant, and
// damaged links ignored with a notice.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { choose, launchBrowser, offlineCopy, openPage } from "./harness.mjs";

let browser, url;
before(async () => {
  browser = await launchBrowser();
  url = offlineCopy();
});
after(async () => { await browser?.close(); });

async function typeOffer(page) {
  await choose(page, "Hugging Face", "DevOps Engineer", "New York");
  await page.getByLabel("Base salary").fill("163750");
  await page.getByLabel("Equity grant (4 years)").fill("131313");
  await page.getByLabel("Bonus (%)").fill("7");
  await page.getByLabel("Sign-on bonus").fill("4321");
}

// The address once the page has written it: when idle after the typing (or
// at once when it may be read: the next test).
async function addressAfterTyping(page) {
  await page.waitForFunction(() => location.hash.includes("sign-on=4321"));
  return page.evaluate(() => location.href);
}

test("the fragment holds the inputs and a link restores them", async () => {
  const { page, context } = await openPage(browser, url);
  await typeOffer(page);
  const link = await addressAfterTyping(page);
  assert.ok(link.startsWith(`${url}#`), "inputs live in the fragment");
  assert.ok(!link.slice(0, link.indexOf("#")).includes("?"), "nothing in the query string");
  const ask = await page.locator("[data-ask=base]").textContent();

  const { page: again } = await openPage(browser, link);
  assert.equal(await again.getByLabel("Role").inputValue(), "hugging-face/devops-engineer");
  assert.equal(await again.getByLabel("Region").inputValue(), "New York");
  assert.equal(await again.getByLabel("Base salary").inputValue(), "163750");
  assert.equal(await again.getByLabel("Equity grant (4 years)").inputValue(), "131313");
  assert.equal(await again.getByLabel("Bonus (%)").inputValue(), "7");
  assert.equal(await again.getByLabel("Sign-on bonus").inputValue(), "4321");
  assert.equal(await again.locator("[data-ask=base]").textContent(), ask);
  assert.equal(await again.locator("#link-notice").isHidden(), true);
  await context.close();
});

test("the redacted link keeps guide, region, positions and asks, and none of the amounts", async () => {
  const { page, context } = await openPage(browser, url);
  await typeOffer(page);
  await page.getByRole("button", { name: "Share" }).click();
  const full = await page.getByLabel("Full link (with your amounts)").inputValue();
  const redacted = await page.getByLabel(/Redacted link/).inputValue();
  assert.ok(full.includes("163750"));
  for (const typed of ["163750", "163,750", "163.75", "131313", "131,313", "131.313", "4321", "4,321", "4.321"]) {
    assert.ok(!redacted.includes(typed), `the redacted link has no ${typed}`);
  }
  const fragment = new URLSearchParams(redacted.slice(redacted.indexOf("#") + 1));
  assert.equal(fragment.get("guide"), "hugging-face/devops-engineer");
  assert.equal(fragment.get("region"), "New York");
  assert.equal(fragment.get("position.base"), "14");
  assert.equal(fragment.get("ask.base"), "192k");

  const { page: shared, seen } = await openPage(browser, redacted);
  const notice = await shared.locator("#link-notice").textContent();
  assert.match(notice, /Shared without amounts: New York — base 14% into the band/);
  assert.match(notice, /asks: base \$192,000/);
  assert.equal(await shared.getByLabel("Base salary").inputValue(), "");
  assert.equal(await shared.getByLabel("Role").inputValue(), "hugging-face/devops-engineer");
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test("a tampered or truncated link is ignored with a notice, never an error", async () => {
  const { page, context } = await openPage(browser, url);
  await typeOffer(page);
  const link = await addressAfterTyping(page);
  for (const damaged of [link.replace("163750", "999999"), link.slice(0, link.length - 12), `${url}#garbage%%%`]) {
    const { page: opened, seen } = await openPage(browser, damaged);
    assert.match(await opened.locator("#link-notice").textContent(), /The link's settings were ignored/);
    assert.equal(await opened.getByLabel("Base salary").inputValue(), "");
    assert.equal(await opened.getAttribute("html", "data-ready"), "true");
    assert.deepEqual(seen.errors, []);
  }
  await context.close();
});

test("the address is written off the keystroke, and is current the moment it may be read or kept", async () => {
  const { page, context, seen } = await openPage(browser, url);
  await typeOffer(page);
  await addressAfterTyping(page);
  // Each time in one task: a keystroke, the address as it stands, then the event, then the address.
  const seenBy = (event, value) => page.evaluate(([event, value]) => {
    const base = document.querySelector("[id$=-base]");
    base.value = value;
    base.dispatchEvent(new Event("input", { bubbles: true }));
    const atKey = location.hash;
    if (event === "hidden") {
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
      delete document.visibilityState;
    } else {
      (event === "copy" ? document : window).dispatchEvent(new Event(event));
    }
    return { atKey, after: location.hash };
  }, [event, value]);
  // The window losing focus (to the address bar), a copy, the tab hidden, the page left.
  for (const [i, event] of ["blur", "copy", "hidden", "pagehide"].entries()) {
    const { atKey, after } = await seenBy(event, `16${i}001`);
    const base = `base=16${i}001`;
    assert.ok(!atKey.includes(base), `${event}: the keystroke itself leaves the address to later (${atKey})`);
    assert.ok(after.includes(base), `${event}: the address holds the last keystroke (${after})`);
  }
  // Share writes it too.
  await page.getByLabel("Base salary").fill("170001");
  await page.getByRole("button", { name: "Share" }).click();
  assert.ok((await page.evaluate(() => location.hash)).includes("base=170001"));
  assert.deepEqual(seen.errors, []);
  await context.close();
});
