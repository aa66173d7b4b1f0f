// OfferCheck: the one JS API between the page (or a host page) and the Wasm
// core. Every call answers a plain object in the schema of docs/json.md with
// `ok`; a failure is {ok: false, error: {message, line, column}}, never a throw.
//
// Its build-time data come from assemble-web's virtual modules: the
// Emscripten glue, the module's bytes (zlib deflate in base64), the bundled
// guides' summaries and their texts, in the same order: an array, or
// {chunk, folder} when they are fetched N at a time from folder/K.json beside
// this script. A bundled guide is parsed only when it is first used.
import createOfferCheckCore from "offercheck:core-glue";
import { WASM_DEFLATE } from "offercheck:wasm";
import { INDEX } from "offercheck:index";
import { TEXTS } from "offercheck:texts";
import { localDate } from "../lib/today.js";

// Where this script came from, for the chunk files beside it (known only
// while the script first runs).
const OFFERCHECK_SCRIPT_URL = typeof document !== "undefined" && document.currentScript
  ? document.currentScript.src : "";

function decodeBase64(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The module's bytes: base64 of zlib deflate (a third of the page's gzipped
// size less than base64 of the plain Wasm), inflated by the browser itself.
// Reading a stream through a Response is not a fetch: nothing is requested and
// connect-src 'none' does not apply.
async function wasmBytes() {
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot decompress the calculator (no DecompressionStream)");
  }
  const stream = new Blob([decodeBase64(WASM_DEFLATE)]).stream()
    .pipeThrough(new DecompressionStream("deflate"));
  return new Response(stream).arrayBuffer();
}

function failure(message) {
  return { ok: false, error: { message, line: null, column: null } };
}

// Calls into the module and parses its JSON answer; a module that somehow
// throws still answers a value.
function answer(call) {
  try {
    return JSON.parse(call());
  } catch (error) {
    return failure(`offercheck core failed: ${error && error.message ? error.message : error}`);
  }
}

function makeApi(core) {
  const today = localDate();
  // A request object as JSON text for the module, dated today unless it says otherwise.
  const call = (name, input, send) => {
    let request;
    try {
      request = input && typeof input === "object" ? JSON.stringify({ today, ...input }) : undefined;
    } catch (error) {
      request = undefined;
    }
    if (typeof request !== "string") return failure(`${name} needs a plain object (see docs/json.md)`);
    return answer(() => send(request));
  };
  const bundledAt = new Map(INDEX.map((summary, i) => [summary.id, i]));
  const inModule = new Set();  // ids whose guide the module has: bundled ones once used, and opened files
  const bundledErrors = [];
  const chunks = new Map();  // chunk number -> its texts, or the promise of them

  function bundledText(i) {
    if (Array.isArray(TEXTS)) return TEXTS[i];
    const chunk = chunks.get(Math.floor(i / TEXTS.chunk));
    return Array.isArray(chunk) ? chunk[i % TEXTS.chunk] : undefined;
  }
  // Puts a bundled guide into the module when its text is at hand; false while it is not.
  function ensure(id) {
    if (!bundledAt.has(id) || inModule.has(id)) return true;
    const text = bundledText(bundledAt.get(id));
    if (typeof text !== "string") return false;
    const loaded = answer(() => core.loadGuide(text, today));
    inModule.add(id);
    if (!loaded.ok) bundledErrors.push(loaded);
    return true;
  }
  function fetchChunk(number) {
    if (!chunks.has(number)) {
      const url = new URL(`${TEXTS.folder}${number}.json`, OFFERCHECK_SCRIPT_URL || location.href);
      chunks.set(number, fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
        return response.json();
      }).then((texts) => {
        chunks.set(number, texts);
        return texts;
      }, (error) => {
        chunks.delete(number);  // a later choice tries again
        throw error;
      }));
    }
    return Promise.resolve(chunks.get(number));
  }
  const stillLoading = (id) => ({ ...failure(`the guide '${id}' is still loading: await openGuide('${id}') first`), loading: true });
  const withGuide = (input, send) => (input && typeof input === "object" && !ensure(String(input.guide))
    ? stillLoading(input.guide) : send());

  const api = {
    version: core.version(),
    today,
    // The bundled guides that failed to load when first used (should be none).
    bundledErrors,
    // The bundled guides, then the ones opened from files; an opened guide
    // replaces a bundled one with its id.
    guides() {
      const listed = answer(() => core.listGuides());
      if (!listed.ok) return listed;
      const opened = new Map(listed.guides.map((guide) => [guide.id, guide]));
      const guides = INDEX.map((summary) => opened.get(summary.id) || summary);
      for (const guide of listed.guides) if (!bundledAt.has(guide.id)) guides.push(guide);
      return { ok: true, guides };
    },
    guide(id) {
      id = String(id);
      if (!ensure(id)) return stillLoading(id);
      return answer(() => core.getGuide(id));
    },
    // Resolves to guide(id) once the guide's text is here (fetched if need be); never rejects.
    openGuide(id) {
      id = String(id);
      if (ensure(id)) return Promise.resolve(api.guide(id));
      const number = Math.floor(bundledAt.get(id) / TEXTS.chunk);
      return fetchChunk(number).then(() => api.guide(id),
        (error) => failure(`the guide '${id}' could not be loaded (${error && error.message ? error.message : error})`));
    },
    loadGuide(text) {
      if (typeof text !== "string") return failure("loadGuide needs the guide's text");
      const loaded = answer(() => core.loadGuide(text, today));
      if (loaded.ok) inModule.add(loaded.id);
      return loaded;
    },
    evaluate(input) {
      return withGuide(input, () => call("evaluate", input, (request) => core.evaluate(request)));
    },
    // The evaluate input plus fills: {"[placeholder]": "text", recipient, sender}.
    script(input) {
      return withGuide(input, () => call("script", input, (request) => core.script(request)));
    },
    parseMoney(text) {
      return answer(() => core.parseMoney(String(text)));
    },
    // A guide's Markdown as inert HTML: {ok, html}.
    renderMarkdown(text) {
      if (typeof text !== "string") return failure("renderMarkdown needs the Markdown text");
      return answer(() => core.renderMarkdown(text));
    },
    // The module's linear memory, for checking that it stays flat.
    memoryBytes() {
      return core.HEAP8.length;
    },
  };
  return Object.freeze(api);
}

let started = null;

// One OfferCheck per page: a second offercheck script (the page and a widget,
// or two widget scripts) reuses the first one's module.
export const OfferCheck = globalThis.OfferCheck || Object.freeze({
  // One module per page, however many times init() is called.
  init() {
    if (!started) {
      started = wasmBytes().then((wasmBinary) => createOfferCheckCore({
        wasmBinary,
        print() {},
        printErr() {},
      })).then(makeApi);
    }
    return started;
  },
});
globalThis.OfferCheck = OfferCheck;
