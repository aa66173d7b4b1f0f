// Writes dist/ from the Wasm build, web/ and the guides:
//   offercheck.html          the page in one self-contained file (works from file://)
//   index.html, assets/       the same page for a static server
//   embed.html               the calculator for an iframe (?company=&role=&region=),
//                            with its own smaller script, assets/offercheck-embed.js
//   offercheck-widget.js     <offer-check>: the calculation module and the page
//                            code in one classic script; the guide reader comes
//                            from offercheck-reader.js beside it when first needed
//   offercheck-reader.js     the guide reader for the widget (as assets/ below)
//   offercheck-widget-inline.js  <offer-check> with the reader inside: one file
//                            that requests nothing
//   embed-example.html       a blog-like page with two widgets
//   offercheck.d.ts          TypeScript declarations of the OfferCheck API
//   assets/offercheck-reader.js  the guide reader module for the hosted pages,
//                            loaded only when a guide file is opened or a letter read
// The guides come from an index (`offercheck index`, docs/json.md): --index
// FILE, or one compiled here from --guides DIR (default seeds/), then read,
// validated and rendered by the native core (`offercheck bundle`). Their
// summaries are bundled; their bundle entries are bundled too, except on the
// hosted page of a large corpus, where they are split into assets/guides/N.json
// files of GUIDES_PER_CHUNK guides, fetched when one of them is chosen.
// Each script is bundled and minified by esbuild from an entry of
// web/entries/; the build-time data come in as virtual modules (below).
// Usage: node scripts/assemble-web.mjs [--guides DIR | --index FILE] [--wasm-dir DIR] [--out DIR]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { isBuiltin } from "node:module";
import { build } from "esbuild";

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

// The index's guides (line 2); their texts reach the page through bundleIndex.
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
  return { guides };
}

const cli = join(root, "build", "bin", "offercheck");

// Runs `offercheck COMMAND INPUT -o FILE` into build/guide-indexes/ (a file
// named for the input, so a later build reuses it); answers FILE.
function runCli(command, input, extension) {
  const path = join(root, "build", "guide-indexes", `${createHash("sha256").update(input).digest("hex").slice(0, 16)}.${extension}`);
  mkdirSync(dirname(path), { recursive: true });
  try {
    execFileSync(cli, [command, input, "-o", path], { stdio: ["ignore", "ignore", "inherit"] });
  } catch (error) {
    fail(`${cli} ${command} ${input} failed (${error.status ?? error.code}); run scripts/build`);
  }
  return path;
}

const compileIndex = (dir) => runCli("index", dir, "jsonl");

// The index's guides read, validated and rendered by the native core
// (`offercheck bundle`): one entry {id, compiled, html} per guide, in the
// index's order. The page then parses no YAML and renders no Markdown.
function bundleIndex(index) {
  return read(runCli("bundle", index, "bundle")).split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

// JSON that is safe inside an inline <script>: no "</script" or "<!--" can form.
const scriptSafeJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
const web = (name) => read(join(root, "web", name));

const GUIDES_PER_CHUNK = 8;
// Up to this many bytes of guide text, the hosted page bundles the texts too:
// no request at all, and the server never learns which guide was chosen.
const INLINE_TEXT_LIMIT = 256 * 1024;
const index = indexFile || compileIndex(guidesDir);
const { guides } = readIndex(index);
if (guides.length === 0) fail(`no usable guide in ${indexFile || guidesDir}`);
const texts = bundleIndex(index);
if (texts.length !== guides.length || texts.some((entry, i) => entry.id !== guides[i].id)) {
  fail(`the bundle of ${index} does not follow its guides`);
}
// What guides() lists of each: the summary, without the index's bands, source, warnings and text position.
const summaries = guides.map(({ compensation, source, warnings, text, ...summary }) => summary);
const textBytes = texts.reduce((sum, entry) => sum + Buffer.byteLength(entry.compiled) + Buffer.byteLength(entry.html.join("")), 0);
const chunked = textBytes > INLINE_TEXT_LIMIT;
// Each guide's bands as the core shows them (the index's "compensation"), so
// that the default guide's band is drawn before the module is ready; left out
// over a large corpus, where they would weigh more than they save.
const earlyBands = chunked ? {} : Object.fromEntries(guides.map((guide) => [guide.id, guide.compensation]));
const wasm = read(join(wasmDir, "offercheck-core.wasm"), null);
// A module deflated (zlib format) before base64: base64 hides the bytes'
// redundancy from the gzip of the page, so base64 of the plain Wasm gzips a third worse.
const deflated64 = (bytes) => deflateSync(bytes, { level: 9 }).toString("base64");
const wasmDeflated = deflated64(wasm);
const readerDeflated = deflated64(read(join(wasmDir, "offercheck-reader.wasm"), null));
const calculatorCss = web("calculator.css");
const pageCss = web("page.css") + calculatorCss;

// Build-time data reach the bundle as virtual modules: `import { INDEX } from
// "offercheck:index"`. A value is a JS string literal of its JSON, parsed at
// run time: JSON.parse is faster than a large object literal, and the
// escaped "<" of scriptSafeJson stays escaped (esbuild rewrites the escapes
// of a string literal, not the characters of its value).
const jsonValue = (value) => `JSON.parse(${JSON.stringify(scriptSafeJson(value))})`;
const dataModule = (exports) => Object.entries(exports)
  .map(([name, value]) => `export const ${name} = ${jsonValue(value)};`).join("\n");
// A non-module script defining one global, as a module exporting it.
const scriptModule = (text, global) => `${text}\nexport default ${global};`;

// Every virtual module, by name: its source. Deliverables differ in the
// texts (inline or fetched in chunks) and in the guide reader (inline in the
// single files, its own script file on the hosted pages and beside the
// widget: a post pays for it only when someone opens a guide file or pastes
// a letter). A new one (another
// Wasm module and its glue, more data) is one more row.
const coreGlue = read(join(wasmDir, "offercheck-core.js"));
const readerGlue = read(join(wasmDir, "offercheck-reader.js"));
const READER_FILE = "offercheck-reader.js";
// A module's bytes as a function answering their base64: a string in the
// script, or, in offercheck.html, the text of a data block (a <script> of a
// type no browser runs) that the page carries beside its script. A data
// block is not parsed as JavaScript: the page's script stays small, and the
// reader's bytes are only read when it starts.
const DATA_BLOCK_TYPE = "application/x-offercheck-wasm";
const dataBlock = (id, base64) => `<script type="${DATA_BLOCK_TYPE}" id="${id}">${base64}</script>`;
const bytesModule = (name, id, base64, inDataBlock) => (inDataBlock
  ? `export const ${name} = () => document.getElementById("${id}").textContent;`
  : `export const ${name} = () => "${base64}";`);
const virtualModules = (texts, readerInline, inDataBlocks = false) => ({
  "offercheck:core-glue": scriptModule(coreGlue, "createOfferCheckCore"),
  "offercheck:wasm": bytesModule("WASM_DEFLATE", "offercheck-wasm", wasmDeflated, inDataBlocks),
  "offercheck:reader-glue": scriptModule(readerGlue, "createOfferCheckReader"),
  "offercheck:reader-wasm": bytesModule("READER_DEFLATE", "offercheck-reader-wasm", readerDeflated, inDataBlocks),
  "offercheck:reader": readerInline
    ? `import create from "offercheck:reader-glue";\nimport { READER_DEFLATE } from "offercheck:reader-wasm";\nexport const READER = { create, deflated: READER_DEFLATE };`
    : `export const READER = { script: "${READER_FILE}" };`,
  "offercheck:index": dataModule({ INDEX: summaries, BANDS: earlyBands }),
  "offercheck:texts": dataModule({ TEXTS: texts }),
  "offercheck:widget-css": dataModule({ WIDGET_CSS: calculatorCss }),
});
const chunkDescription = { chunk: GUIDES_PER_CHUNK, folder: "guides/" };
const singleFile = virtualModules(texts, true);
// The widget carries every text (a host serves it alone, with no folder of
// chunks) but fetches the reader.
const widgetModules = virtualModules(texts, false);
const offlinePage = virtualModules(texts, true, true);
const hostedModules = virtualModules(chunked ? chunkDescription : texts, false);

// Resolves "offercheck:NAME" to the table's source; an unknown name is an error.
const virtualPlugin = (modules) => ({
  name: "offercheck-virtual-modules",
  setup(build) {
    build.onResolve({ filter: /^offercheck:/ }, (args) => (args.path in modules
      ? { path: args.path, namespace: "offercheck" }
      : { errors: [{ text: `no virtual module ${args.path} (assemble-web.mjs knows ${Object.keys(modules).join(", ")})` }] }));
    // The Emscripten glue requires Node's fs and path only when it runs under
    // Node: in a browser those calls are never made, so they stay out of the bundle.
    build.onResolve({ filter: /^[a-z:]+$/, namespace: "offercheck" }, (args) => (isBuiltin(args.path) ? { path: args.path, external: true } : undefined));
    build.onLoad({ filter: /.*/, namespace: "offercheck" }, (args) => ({ contents: modules[args.path], loader: "js", resolveDir: root }));
  },
});

// One classic script (an IIFE: nothing leaks into the page's globals but
// OfferCheck and <offer-check>) from an entry of web/entries/.
async function bundle(entry, modules) {
  let result;
  try {
    result = await build({
      entryPoints: [join(root, "web", "entries", entry)],
      plugins: [virtualPlugin(modules)],
      bundle: true, minify: true, format: "iife", write: false, charset: "utf8",
      target: ["chrome111", "firefox113", "safari16.4"], legalComments: "none", logLevel: "silent",
    });
  } catch (error) {
    fail(`esbuild could not bundle web/entries/${entry}:\n${(error.errors || [error]).map((e) => e.text || e.message).join("\n")}`);
  }
  const script = result.outputFiles[0].text;
  // Inline, "</script" would end the script early and "<script" after a "<!--"
  // would stop "</script>" from ending it; the code has neither (data are escaped).
  if (/<\/?script/i.test(script)) fail(`web/entries/${entry}: the script contains '<script' or '</script'; it cannot be inlined`);
  return script;
}

const pageScript = await bundle("page.js", offlinePage);
const pageDataBlocks = [dataBlock("offercheck-wasm", wasmDeflated), dataBlock("offercheck-reader-wasm", readerDeflated)].join("\n");
const hostedScript = await bundle("page.js", hostedModules);
const embedScript = await bundle("embed.js", hostedModules);
const widgetScript = await bundle("widget.js", widgetModules);
const inlineWidgetScript = await bundle("widget.js", singleFile);
const readerScript = await bundle("reader.js", hostedModules);

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
const hosted = (template, script) => fill(template, policy("'self'", "'self'", chunked ? "'self'" : "'none'"),
  '<link rel="stylesheet" href="assets/offercheck.css">', `<script src="assets/${script}"></script>`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "assets"), { recursive: true });
const write = (name, text) => writeFileSync(join(outDir, name), text);
write("offercheck.html", fill(web("page.html"), policy(sha256(pageScript), sha256(pageCss)),
  `<style>${pageCss}</style>`, `${pageDataBlocks}\n<script>${pageScript}</script>`));
write("index.html", hosted(web("page.html"), "offercheck.js"));
write("embed.html", hosted(web("embed.html"), "offercheck-embed.js"));
write("assets/offercheck.js", hostedScript);
write("assets/offercheck-embed.js", embedScript);
write(`assets/${READER_FILE}`, readerScript);
if (chunked) {
  mkdirSync(join(outDir, "assets", "guides"));
  for (let first = 0; first < texts.length; first += GUIDES_PER_CHUNK) {
    write(`assets/guides/${first / GUIDES_PER_CHUNK}.json`, JSON.stringify(texts.slice(first, first + GUIDES_PER_CHUNK)));
  }
}
write("assets/offercheck.css", pageCss);
write("offercheck-widget.js", widgetScript);
// Beside the widget, where it looks for it (the same file as assets/ holds for the hosted pages).
write(READER_FILE, readerScript);
write("offercheck-widget-inline.js", inlineWidgetScript);
write("embed-example.html", web("embed-example.html"));
write("assets/embed-example.css", web("embed-example.css"));
copyFileSync(join(root, "web", "offercheck.d.ts"), join(outDir, "offercheck.d.ts"));
console.log(`assemble-web: ${guides.length} guides (${chunked ? "hosted texts in chunks" : "texts inline"}), wasm ${wasm.length} bytes -> ${outDir}`);
