// Writes dist/ from the Wasm build, web/ and the guides:
//   dist/offercheck.html          one self-contained file for file:// (everything inline)
//   dist/index.html + dist/assets  the same page for any static server
// Usage: node scripts/assemble-web.mjs [--guides DIR] [--wasm-dir DIR] [--out DIR]
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
};
const guidesDir = option("--guides", join(root, "seeds"));
const wasmDir = option("--wasm-dir", join(root, "build", "wasm", "bin"));
const outDir = option("--out", join(root, "dist"));

function fail(message) {
  console.error(`assemble-web: ${message}`);
  process.exit(1);
}

function read(path, encoding = "utf8") {
  try {
    return readFileSync(path, encoding);
  } catch (error) {
    fail(`cannot read ${path} (${error.code}); run scripts/build`);
  }
}

function guideFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...guideFiles(path));
    else if (name.endsWith(".md")) found.push(path);
  }
  return found;
}

// JSON that is safe inside an inline <script>: no "</script" or "<!--" can form.
const scriptSafeJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

const guides = guideFiles(guidesDir).map((path) => read(path));
if (guides.length === 0) fail(`no *.md guides under ${guidesDir}`);
const wasm = read(join(wasmDir, "offercheck-core.wasm"), null);
const glue = read(join(wasmDir, "offercheck-core.js"));
const markdownIt = read(join(root, "node_modules", "markdown-it", "dist", "browser", "markdown-it.umd.min.js"));
const api = read(join(root, "web", "offercheck-api.js"));
const app = read(join(root, "web", "app.js"));
const style = read(join(root, "web", "style.css"));
const template = read(join(root, "web", "page.html"));

// One classic script, everything in its own scope: nothing leaks into the
// page's globals but OfferCheck's own use.
const script = [
  "(function () {",
  `var OFFERCHECK_WASM_BASE64 = "${wasm.toString("base64")}";`,
  `var OFFERCHECK_GUIDES = ${scriptSafeJson(guides)};`,
  "var markdownit = (function () { var module = { exports: {} }; var exports = module.exports;",
  markdownIt,
  "; return module.exports; })();",
  glue,
  api,
  app,
  "})();",
].join("\n");
// Inline, "</script" would end the script early and "<script" after a "<!--"
// would stop "</script>" from ending it; the code has neither (guide data are escaped).
if (/<\/?script/i.test(script)) fail("the page script contains '<script' or '</script'; it cannot be inlined");

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const policy = (scriptSource, styleSource) => [
  "default-src 'none'",
  `script-src ${scriptSource} 'wasm-unsafe-eval'`,
  `style-src ${styleSource}`,
  "img-src data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const page = (csp, styleTag, scriptTag) => template
  .replace("{{CSP}}", csp)
  .replace("{{STYLE}}", () => `<link rel="icon" href="data:,">\n${styleTag}`)
  .replace("{{SCRIPT}}", () => scriptTag);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "assets"), { recursive: true });
writeFileSync(join(outDir, "offercheck.html"), page(
  policy(sha256(script), sha256(style)),
  `<style>${style}</style>`,
  `<script>${script}</script>`));
writeFileSync(join(outDir, "index.html"), page(
  policy("'self'", "'self'"),
  '<link rel="stylesheet" href="assets/offercheck.css">',
  '<script src="assets/offercheck.js"></script>'));
writeFileSync(join(outDir, "assets", "offercheck.js"), script);
writeFileSync(join(outDir, "assets", "offercheck.css"), style);
console.log(`assemble-web: ${guides.length} guides, wasm ${wasm.length} bytes -> ${outDir}`);
