// Writes dist/ from the Wasm build, web/ and the guides:
//   offercheck.html          the page in one self-contained file (works from file://)
//   index.html, assets/       the same page for a static server
//   embed.html               the calculator for an iframe (?company=&role=&region=)
//   offercheck-widget.js     <offer-check>, one self-contained classic script
//   embed-example.html       a blog-like page with two widgets
//   offercheck.d.ts          TypeScript declarations of the OfferCheck API
// The guides come from an index (`offercheck index`, docs/json.md): --index
// FILE, or one compiled here from --guides DIR (default seeds/). Their
// summaries are bundled; their texts are bundled too, except on the hosted
// page of a large corpus, where they are split into assets/guides/N.json
// files of GUIDES_PER_CHUNK guides, fetched when one of them is chosen.
// Usage: node scripts/assemble-web.mjs [--guides DIR | --index FILE] [--wasm-dir DIR] [--out DIR]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]) : fallback;
};
const guidesDir = option("--guides", join(root, "seeds"));
const indexFile = option("--index", null);
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

// The index's guides (line 2) and their texts (the lines after it).
function readIndex(path) {
  const lines = read(path).split("\n");
  let header, guides;
  try {
    header = JSON.parse(lines[0]);
    guides = JSON.parse(lines[1]);
  } catch (error) {
    fail(`${path} is not an offercheck index (${error.message})`);
  }
  if (header.format !== "offercheck-index") fail(`${path} is not an offercheck index`);
  const texts = guides.map((guide, i) => JSON.parse(lines[2 + i]));
  return { guides, texts };
}

function compileIndex(dir) {
  const cli = join(root, "build", "bin", "offercheck");
  const path = join(root, "build", "guide-indexes", `${createHash("sha256").update(dir).digest("hex").slice(0, 16)}.jsonl`);
  mkdirSync(dirname(path), { recursive: true });
  try {
    execFileSync(cli, ["index", dir, "-o", path], { stdio: ["ignore", "ignore", "inherit"] });
  } catch (error) {
    fail(`${cli} index ${dir} failed (${error.status ?? error.code}); run scripts/build`);
  }
  return path;
}

// JSON that is safe inside an inline <script>: no "</script" or "<!--" can form.
const scriptSafeJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
const web = (name) => read(join(root, "web", name));

const GUIDES_PER_CHUNK = 8;
// Up to this many bytes of guide text, the hosted page bundles the texts too:
// no request at all, and the server never learns which guide was chosen.
const INLINE_TEXT_LIMIT = 256 * 1024;
const { guides, texts } = readIndex(indexFile || compileIndex(guidesDir));
if (guides.length === 0) fail(`no usable guide in ${indexFile || guidesDir}`);
// What guides() lists of each: the summary, without the index's bands, source, warnings and text position.
const summaries = guides.map(({ compensation, source, warnings, text, ...summary }) => summary);
const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const chunked = textBytes > INLINE_TEXT_LIMIT;
const wasm = read(join(wasmDir, "offercheck-core.wasm"), null);
// Deflated (zlib format) before base64: base64 hides the bytes' redundancy
// from the gzip of the page, so base64 of the plain Wasm gzips a third worse.
const wasmDeflated = deflateSync(wasm, { level: 9 });
const calculatorCss = web("calculator.css");
const pageCss = web("page.css") + calculatorCss;

// Everything but the front end's own code, in one function scope: nothing
// leaks into the page's globals but OfferCheck.
const common = [
  `var OFFERCHECK_WASM_DEFLATE = "${wasmDeflated.toString("base64")}";`,
  `var OFFERCHECK_INDEX = ${scriptSafeJson(summaries)};`,
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
const inlineTexts = `var OFFERCHECK_TEXTS = ${scriptSafeJson(texts)};`;
const chunkedTexts = `var OFFERCHECK_TEXTS = { chunk: ${GUIDES_PER_CHUNK}, folder: "guides/" };`;
const pageScript = bundle(inlineTexts, web("page.js"));
const hostedScript = chunked ? bundle(chunkedTexts, web("page.js")) : pageScript;
const widgetScript = bundle(inlineTexts, `var OFFERCHECK_WIDGET_CSS = ${scriptSafeJson(calculatorCss)};`, web("widget.js"));

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const policy = (scriptSource, styleSource, connectSource = "'none'") => [
  "default-src 'none'",
  `script-src ${scriptSource} 'wasm-unsafe-eval'`,
  `style-src ${styleSource}`,
  "img-src data:",
  `connect-src ${connectSource}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const fill = (template, csp, styleTag, scriptTag) => template
  .replace("{{CSP}}", csp)
  .replace("{{STYLE}}", () => `<link rel="icon" href="data:,">\n${styleTag}`)
  .replace("{{SCRIPT}}", () => scriptTag);
const hosted = (template) => fill(template, policy("'self'", "'self'", chunked ? "'self'" : "'none'"),
  '<link rel="stylesheet" href="assets/offercheck.css">', '<script src="assets/offercheck.js"></script>');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "assets"), { recursive: true });
const write = (name, text) => writeFileSync(join(outDir, name), text);
write("offercheck.html", fill(web("page.html"), policy(sha256(pageScript), sha256(pageCss)),
  `<style>${pageCss}</style>`, `<script>${pageScript}</script>`));
write("index.html", hosted(web("page.html")));
write("embed.html", hosted(web("embed.html")));
write("assets/offercheck.js", hostedScript);
if (chunked) {
  mkdirSync(join(outDir, "assets", "guides"));
  for (let first = 0; first < texts.length; first += GUIDES_PER_CHUNK) {
    write(`assets/guides/${first / GUIDES_PER_CHUNK}.json`, JSON.stringify(texts.slice(first, first + GUIDES_PER_CHUNK)));
  }
}
write("assets/offercheck.css", pageCss);
write("offercheck-widget.js", widgetScript);
write("embed-example.html", web("embed-example.html"));
write("assets/embed-example.css", web("embed-example.css"));
copyFileSync(join(root, "web", "offercheck.d.ts"), join(outDir, "offercheck.d.ts"));
console.log(`assemble-web: ${guides.length} guides (${chunked ? "hosted texts in chunks" : "texts inline"}), wasm ${wasm.length} bytes -> ${outDir}`);
