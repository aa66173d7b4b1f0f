// The measurements of docs/performance.md, printed as one JSON object.
// Run through scripts/bench (which builds first). Medians of repeated runs.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { deflateSync, gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";

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
    // As the page inlines it (scripts/assemble-web.mjs): base64 of its zlib deflate.
    wasm_inline: part(Buffer.from(deflateSync(wasm, { level: 9 }).toString("base64"))),
    glue_js: part(readFileSync(join(root, "build", "wasm", "bin", "offercheck-core.js"))),
    // The page's own code as esbuild bundles it, without the data it carries.
    page_code: part(Buffer.from((await esbuild({ entryPoints: [join(root, "web", "entries", "page.js")], bundle: true, minify: true,
      format: "iife", write: false, plugins: [{ name: "no-data", setup(build) {
        build.onResolve({ filter: /^offercheck:/ }, (args) => ({ path: args.path, namespace: "no-data" }));
        build.onLoad({ filter: /.*/, namespace: "no-data" }, () => ({ contents: "export default null; export const WASM_DEFLATE = '', INDEX = [], TEXTS = [];" }));
      } }] })).outputFiles[0].text)),
    styles: part(Buffer.concat(["page.css", "calculator.css"].map((f) => readFileSync(join(root, "web", f))))),
    seed_guides: part(Buffer.from(JSON.stringify(guides.map(String)))),
  },
};

// 2. Navigation to data-ready from disk, against a plain page of the same size.
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const folder = mkdtempSync(join(tmpdir(), "offercheck-bench-"));
copyFileSync(join(dist, "offercheck.html"), join(folder, "offercheck.html"));
const plainPage = (bytes) => `<!doctype html><html><head><meta charset="utf-8"><title>plain</title></head><body><p>plain</p><!--${"x".repeat(Math.max(0, bytes - 120))}--></body></html>`;
writeFileSync(join(folder, "plain.html"), plainPage(page.length));
async function timeTo(file, ready) {
  const url = /^https?:/.test(file) ? file : pathToFileURL(join(folder, file)).href;
  const times = [];
  for (let run = 0; run < 9; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "load" });
    if (ready) await tab.waitForSelector("html[data-ready=true]");
    times.push(await tab.evaluate((isReady) => isReady
      ? performance.getEntriesByName("offercheck-data-ready")[0]?.startTime ?? performance.now()
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
  results.evaluate_us = { browser: +browserUs.toFixed(2), native: native.us_per_call, ratio: +(browserUs / native.us_per_call).toFixed(2),
    native_with_json_text: native.json_api_us_per_call, answer_bytes: native.answer_bytes };
}

// 4. Ingesting the corpus sample: offercheck index (first, then again with
// nothing changed) and validate, against gray-matter; 5. the page over it.
if (existsSync(corpus)) {
  const benchModules = join(root, "build", "bench");
  if (!existsSync(join(benchModules, "node_modules", "gray-matter"))) {
    mkdirSync(benchModules, { recursive: true });
    execFileSync("npm", ["install", "--prefix", benchModules, "--no-save", "--no-package-lock", "--loglevel=error", "gray-matter@4.0.3"], { stdio: "inherit" });
  }
  const timed = (command, args, before = () => {}) => {
    const runs = [];
    let rss = 0;
    for (let run = 0; run < 5; run++) {
      before();
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
  const cli = join(root, "build", "bin", "offercheck");
  const index = join(folder, "corpus.index.jsonl");
  const first = timed(cli, ["index", corpus, "-o", index], () => rmSync(index, { force: true }));
  const again = timed(cli, ["index", corpus, "-o", index]);
  const gray = timed("node", [grayScript, corpus]);
  results.corpus_ingest = {
    files: readdirSync(corpus, { recursive: true }).filter((f) => String(f).endsWith(".md")).length,
    offercheck_index_first: first,
    offercheck_index_unchanged: again,
    offercheck_validate: timed(cli, ["validate", "--errors-only", corpus]),
    offercheck_validate_one_thread: timed(cli, ["validate", "--errors-only", "--jobs", "1", corpus]),
    gray_matter: gray,
    gray_matter_over_first_index: +(gray.seconds / first.seconds).toFixed(2),
    first_over_unchanged: +(first.seconds / Math.max(again.seconds, 0.001)).toFixed(1),
    index_file_bytes: statSync(index).size,
  };

  const out = join(folder, "corpus-dist");
  execFileSync("node", [join(root, "scripts", "assemble-web.mjs"), "--index", index, "--out", out], { stdio: "ignore" });
  const corpusPage = readFileSync(join(out, "offercheck.html"));
  const chunks = readdirSync(join(out, "assets", "guides")).map((name) => statSync(join(out, "assets", "guides", name)).size);
  writeFileSync(join(folder, "corpus-plain.html"), plainPage(corpusPage.length));
  const hostedScript = readFileSync(join(out, "assets", "offercheck.js"));
  const server = await startServer(out, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  writeFileSync(join(out, "plain.html"), plainPage(hostedScript.length));
  copyFileSync(join(out, "offercheck.html"), join(folder, "corpus.html"));
  const hostedMs = await timeTo(`${origin}/index.html`, true);
  const hostedPlainMs = await timeTo(`${origin}/plain.html`, false);
  const offlineMs = await timeTo("corpus.html", true);
  const offlinePlainMs = await timeTo("corpus-plain.html", false);
  server.close();
  results.corpus_page = {
    guides: JSON.parse(readFileSync(index, "utf8").split("\n", 2)[1]).length,
    "offercheck.html": part(corpusPage),
    "assets/offercheck.js (hosted, texts on demand)": part(hostedScript),
    text_chunks: { files: chunks.length, median_bytes: median(chunks) },
    data_ready_hosted_ms: Math.round(hostedMs), plain_page_same_size_hosted_ms: Math.round(hostedPlainMs),
    hosted_ratio: +(hostedMs / hostedPlainMs).toFixed(2),
    data_ready_offline_ms: Math.round(offlineMs), plain_page_same_size_offline_ms: Math.round(offlinePlainMs),
    offline_ratio: +(offlineMs / offlinePlainMs).toFixed(2),
  };
}
await browser.close();
console.log(JSON.stringify(results, null, 2));
