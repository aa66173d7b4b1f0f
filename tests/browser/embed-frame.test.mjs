// embed.html in an iframe: preselected from its query, telling its parent its height.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dist, openPage, useServedBrowser } from "./harness.mjs";

const served = useServedBrowser(dist);

test("the Embed panel's iframe snippet embeds a calculator that resizes its frame", async () => {
  const { page: main, context } = await openPage(served.browser, `${served.origin}/index.html`);
  await main.getByLabel("Company").selectOption({ label: "Hugging Face" });
  await main.getByLabel("Role").selectOption({ label: "DevOps Engineer" });
  await main.getByLabel("Region").selectOption("New York");
  const iframeSnippet = await main.locator("#embed-iframe").inputValue();
  const scriptSnippet = await main.locator("#embed-script").inputValue();
  assert.match(iframeSnippet, new RegExp(`src="${served.origin}/embed.html\\?company=hugging-face&amp;role=devops-engineer&amp;region=New\\+York"`));
  assert.match(scriptSnippet, new RegExp(`src="${served.origin}/offercheck-widget.js"`));
  assert.match(scriptSnippet, /<offer-check company="hugging-face" job="devops-engineer" region="New York"><\/offer-check>/);

  // A host page made of nothing but the snippet.
  await main.route(`${served.origin}/host-with-frame.html`, (route) => route.fulfill({
    contentType: "text/html", body: `<!doctype html><html><body><h1>A post</h1>${iframeSnippet}<p>After.</p></body></html>`,
  }));
  await main.goto(`${served.origin}/host-with-frame.html`);
  const frameElement = main.locator("iframe");
  const frame = main.frameLocator("iframe");
  await frame.locator("html[data-ready=true]").waitFor({ timeout: 20000 });
  assert.equal(await frame.getByLabel("Region").inputValue(), "New York");
  assert.equal(await frame.getByLabel("Role").inputValue(), "hugging-face/devops-engineer");
  await frame.getByLabel("Base salary").fill("158000");
  assert.equal(await frame.locator("[data-ask=base]").textContent(), "$192,000");  // the guide's own ask for New York

  // The frame's height follows its content.
  await main.waitForFunction(() => {
    const iframe = document.querySelector("iframe");
    const inner = iframe.contentDocument.documentElement.scrollHeight;
    return Math.abs(iframe.getBoundingClientRect().height - inner) <= 2;
  }, null, { timeout: 5000 });
  const height = (await frameElement.boundingBox()).height;
  assert.notEqual(Math.round(height), 900, "resized from the snippet's initial 900px");
  await context.close();
});
