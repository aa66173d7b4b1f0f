// Writes dist/ from the Wasm build, web/ and the guides:
//   offercheck.html          the page in one self-contained file (works from file://)
//   index.html, assets/       the same page for a static server
//   embed.html               the calculator for an iframe (?company=&role=&region=)
//   offercheck-widget.js     <offer-check>, one self-contained classic script
//   embed-example.html       a blog-like page with two widgets
//   offercheck.d.ts          TypeScript declarations of the OfferCheck API
// Usage: node scripts/assemble-web.mjs [--guides DIR] [--wasm-dir DIR] [--out DIR]
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
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
const web = (name) => read(join(root, "web", name));

const guides = guideFiles(guidesDir).map((path) => read(path));
if (guides.length === 0) fail(`no *.md guides under ${guidesDir}`);
const wasm = read(join(wasmDir, "offercheck-core.wasm"), null);
const calculatorCss = web("calculator.css");
const pageCss = web("page.css") + calculatorCss;

// Everything but the front end's own code, in one function scope: nothing
// leaks into the page's globals but OfferCheck.
const common = [
  `var OFFERCHECK_WASM_BASE64 = "${wasm.toString("base64")}";`,
  `var OFFERCHECK_GUIDES = ${scriptSafeJson(guides)};`,
  read(join(wasmDir, "offercheck-core.js")),
  web("offercheck-api.js"),
  web("calculator.js"),
];
const bundle = (...parts) => {
  const script = ["(function () {", ...common, ...parts, "})();"].join("\n");
  // Inline, "</script" would end the script early and "<script" after a "<!--"
  // would stop "</script>" from ending it; the code has neither (data are escaped).
  if (/<\/?script/i.test(script)) fail("a script contains '<script' or '</script'; it cannot be inlined");
  return script;
};
const pageScript = bundle(web("page.js"));
const widgetScript = bundle(`var OFFERCHECK_WIDGET_CSS = ${scriptSafeJson(calculatorCss)};`, web("widget.js"));

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
const fill = (template, csp, styleTag, scriptTag) => template
  .replace("{{CSP}}", csp)
  .replace("{{STYLE}}", () => `<link rel="icon" href="data:,">\n${styleTag}`)
  .replace("{{SCRIPT}}", () => scriptTag);
const hosted = (template) => fill(template, policy("'self'", "'self'"),
  '<link rel="stylesheet" href="assets/offercheck.css">', '<script src="assets/offercheck.js"></script>');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "assets"), { recursive: true });
const write = (name, text) => writeFileSync(join(outDir, name), text);
write("offercheck.html", fill(web("page.html"), policy(sha256(pageScript), sha256(pageCss)),
  `<style>${pageCss}</style>`, `<script>${pageScript}</script>`));
write("index.html", hosted(web("page.html")));
write("embed.html", hosted(web("embed.html")));
write("assets/offercheck.js", pageScript);
write("assets/offercheck.css", pageCss);
write("offercheck-widget.js", widgetScript);
write("embed-example.html", web("embed-example.html"));
write("assets/embed-example.css", web("embed-example.css"));
copyFileSync(join(root, "web", "offercheck.d.ts"), join(outDir, "offercheck.d.ts"));
console.log(`assemble-web: ${guides.length} guides, wasm ${wasm.length} bytes -> ${outDir}`);
