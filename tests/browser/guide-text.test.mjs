// The guide's Markdown is shown as inert HTML: raw HTML is text, links other
// than http(s) are not links, images load nothing, nothing runs.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { launchBrowser, offlineCopy, openPage, root } from "./harness.mjs";

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const hostileBody = `### Hostile <script>window.__pwned = 1</script> title

**Negotiation DNA**
<img src=x onerror="window.__pwned = 2">
<script>window.__pwned = 3</script>
<svg onload="window.__pwned = 4"><circle r="1"/></svg>
[click me](javascript:window.__pwned=5) and [data](data:text/html,hi) and [fine](https://example.org/x)
![tracker](https://example.org/pixel.png)
<a href="javascript:alert(1)">raw link</a>

| Left | Right |
|:-----|------:|
| a | b |
`;

test("a hostile guide renders inert", async () => {
  const seed = readFileSync(join(root, "seeds", "hugging-face", "product-manager.md"), "utf8");
  const front = seed.slice(0, seed.indexOf("\n---", 3) + 5)
    .replace("company: hugging-face", "company: hostile-co")
    .replace("company_display: Hugging Face", "company_display: \"Hostile <b onmouseover=alert(1)>Co</b>\"");
  const guides = mkdtempSync(join(tmpdir(), "offercheck-hostile-"));
  mkdirSync(join(guides, "hostile-co"));
  writeFileSync(join(guides, "hostile-co", "product-manager.md"), front + hostileBody);
  const out = join(guides, "dist");
  const build = spawnSync("node", [join(root, "scripts", "assemble-web.mjs"), "--guides", guides, "--out", out], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);

  const url = offlineCopy(join(out, "offercheck.html"));
  const { page, context, seen } = await openPage(browser, url);
  await page.getByLabel("Company").selectOption({ label: "Hostile <b onmouseover=alert(1)>Co</b>" });
  await page.getByLabel("Base salary").fill("80000");
  const text = page.locator(".guide-text");
  assert.match(await text.textContent(), /<script>window.__pwned = 3<\/script>/, "raw HTML is shown as text");
  assert.equal(await page.locator(".guide-text script, .guide-text img, .guide-text svg, .guide-text iframe").count(), 0);
  const handlers = await page.evaluate(() => [...document.querySelectorAll(".guide-text *, .oc select option")]
    .flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => name.startsWith("on")));
  assert.deepEqual(handlers, []);
  const hrefs = await page.locator(".guide-text a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  // The image syntax is its alt text: no element, no link, nothing loaded.
  assert.deepEqual(hrefs, ["https://example.org/x"]);
  assert.match(await text.textContent(), /\btracker\b/);
  assert.equal(await page.locator(".guide-text a").first().getAttribute("rel"), "noopener noreferrer nofollow");
  assert.equal(await page.locator(".guide-text td.align-right").count(), 1, "table alignment survives as a class");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(seen.requests, [url], "no image or other request");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
