// The measurements of docs/performance.md, printed as one JSON object.
// Run through scripts/bench (which builds first). Medians of repeated runs.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const dist = join(root, "dist");
const corpus = process.env.OFFERCHECK_CORPUS || join(root, "..", "shared", "corpus-sample");
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gz = (data) => gzipSync(data, { level: 9 }).length;
const results = {};

// 1. Sizes, and what each part contributes.
const page = readFileSync(join(dist, "offercheck.html"));
const widget = readFileSync(join(dist, "offercheck-widget.js"));
const wasm = readFileSync(join(root, "build", "wasm", "bin", "offercheck-core.wasm"));
const part = (data) => ({ raw: data.length, gzip: gz(data) });
const guides = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".md")) guides.push(readFileSync(path));
  }
})(join(root, "seeds"));
results.size = {
  "offercheck.html": part(page),
  "offercheck-widget.js": part(widget),
  parts: {
    wasm: part(wasm),
    wasm_as_base64: part(Buffer.from(wasm.toString("base64"))),
    glue_js: part(readFileSync(join(root, "build", "wasm", "bin", "offercheck-core.js"))),
    page_code: part(Buffer.concat(["offercheck-api.js", "calculator.js", "page.js"].map((f) => readFileSync(join(root, "web", f))))),
    styles: part(Buffer.concat(["page.css", "calculator.css"].map((f) => readFileSync(join(root, "web", f))))),
    seed_guides: part(Buffer.from(JSON.stringify(guides.map(String)))),
  },
};

// 2. Navigation to data-ready from disk, against a plain page of the same size.
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const folder = mkdtempSync(join(tmpdir(), "offercheck-bench-"));
copyFileSync(join(dist, "offercheck.html"), join(folder, "offercheck.html"));
writeFileSync(join(folder, "plain.html"), `<!doctype html><html><head><meta charset="utf-8"><title>plain</title></head><body><p>plain</p><!--${"x".repeat(page.length - 120)}--></body></html>`);
async function timeTo(file, ready) {
  const times = [];
  for (let run = 0; run < 9; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(join(folder, file)).href, { waitUntil: "load" });
    if (ready) await tab.waitForSelector("html[data-ready=true]");
    times.push(await tab.evaluate((isReady) => isReady
      ? window.__ready ?? performance.now()
      : performance.getEntriesByType("navigation")[0].loadEventEnd, ready));
    await context.close();
  }
  return median(times);
}
const readyMs = await timeTo("offercheck.html", true);
const plainMs = await timeTo("plain.html", false);
results.data_ready = { offline_page_ms: Math.round(readyMs), plain_page_same_size_ms: Math.round(plainMs), ratio: +(readyMs / plainMs).toFixed(2) };

// 3. Microseconds per evaluate: in the browser through the JS API, and natively.
{
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(join(folder, "offercheck.html")).href);
  await tab.waitForSelector("html[data-ready=true]");
  const browserUs = await tab.evaluate(async () => {
    const api = await OfferCheck.init();
    const runs = [];
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      for (let i = 0; i < 5000; i++) {
        api.evaluate({ guide: "hugging-face/product-manager", region: "Paris", offer: { base: 80000 + (i % 1000), stock: 110000, bonus_pct: 10 } });
      }
      runs.push(((performance.now() - start) * 1000) / 5000);
    }
    return runs.sort((a, b) => a - b)[3];
  });
  await context.close();
  const native = JSON.parse(execFileSync(join(root, "build", "bin", "evaluate_bench"), [join(root, "seeds", "hugging-face", "product-manager.md")]));
  results.evaluate_us = { browser: +browserUs.toFixed(2), native: native.us_per_call, ratio: +(browserUs / native.us_per_call).toFixed(2) };
}
await browser.close();

// 4. Ingesting the corpus sample: offercheck validate against gray-matter.
if (existsSync(corpus)) {
  const benchModules = join(root, "build", "bench");
  if (!existsSync(join(benchModules, "node_modules", "gray-matter"))) {
    mkdirSync(benchModules, { recursive: true });
    execFileSync("npm", ["install", "--prefix", benchModules, "--no-save", "--no-package-lock", "--loglevel=error", "gray-matter@4.0.3"], { stdio: "inherit" });
  }
  const timed = (command, args) => {
    const runs = [];
    let rss = 0;
    for (let run = 0; run < 5; run++) {
      const out = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], { encoding: "utf8" });
      const [seconds, kb] = out.stderr.trim().split("\n").pop().split(" ").map(Number);
      runs.push(seconds);
      rss = Math.max(rss, kb);
    }
    return { seconds: median(runs), peak_rss_mb: Math.round(rss / 1024) };
  };
  const grayScript = join(benchModules, "ingest.cjs");
  writeFileSync(grayScript, `const matter = require("gray-matter"); const fs = require("fs"); const path = require("path");
let n = 0, bad = 0;
(function walk(dir) { for (const name of fs.readdirSync(dir)) { const p = path.join(dir, name);
  if (fs.statSync(p).isDirectory()) walk(p); else if (name.endsWith(".md")) { n++; try { matter(fs.readFileSync(p, "utf8"), { cache: false }); } catch { bad++; } } } })(process.argv[2]);
console.log(n, bad);`);
  results.corpus_ingest = {
    files: readdirSync(corpus, { recursive: true }).filter((f) => String(f).endsWith(".md")).length,
    offercheck_validate: timed(join(root, "build", "bin", "offercheck"), ["validate", "--errors-only", corpus]),
    gray_matter: timed("node", [grayScript, corpus]),
  };
  results.corpus_ingest.ratio = +(results.corpus_ingest.gray_matter.seconds / results.corpus_ingest.offercheck_validate.seconds).toFixed(2);
}
console.log(JSON.stringify(results, null, 2));
