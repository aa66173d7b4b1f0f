// OfferCheck: the one JS API between the page (or a host page) and the Wasm
// modules. Every call answers a plain object in the schema of docs/json.md
// with `ok`; a failure is {ok: false, error: {message, line, column}}, never a throw.
//
// Two modules: the calculation module, started by init(), answers every
// keystroke; the guide reader (yaml-cpp, validation, Markdown) starts only
// when a guide file is opened (or Markdown rendered). Bundled guides arrive
// read, validated and rendered by the native core at build time (`offercheck
// bundle`, docs/json.md "Page bundle"), so start-up parses no YAML.
//
// Its build-time data come from assemble-web's virtual modules: the
// calculation module's glue and bytes (zlib deflate in base64, from a
// function: offercheck.html keeps them outside its script); the reader
// (READER: {create, deflated()} inline, or {script}: a file beside this script,
// fetched when first needed, that calls OfferCheck.provideReader); the bundled
// guides' summaries and their entries {id, compiled, html}, in the same order: an array, or
// {chunk, folder} when they are fetched N at a time from folder/K.json beside
// this script. A bundled guide goes into the module only when first used.
import createOfferCheckCore from "offercheck:core-glue";
import { WASM_DEFLATE } from "offercheck:wasm";
import { READER } from "offercheck:reader";
import { INDEX } from "offercheck:index";
import { TEXTS } from "offercheck:texts";
import { errorText } from "../lib/error-text.js";
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

// A module's bytes: base64 of zlib deflate (a third of the page's gzipped
// size less than base64 of the plain Wasm), inflated by the browser itself.
// Reading a stream through a Response is not a fetch: nothing is requested and
// connect-src 'none' does not apply.
function inflated(deflated) {
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot decompress the calculator (no DecompressionStream)");
  }
  const stream = new Blob([decodeBase64(deflated)]).stream()
    .pipeThrough(new DecompressionStream("deflate"));
  return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
}

// Starts an Emscripten module from its factory and its deflated bytes. The
// module compiles while it inflates (instantiateStreaming over the inflating
// stream); where a browser cannot, it gets the whole bytes (wasmBinary).
function startModule(create, deflated) {
  const quiet = { print() {}, printErr() {} };
  if (typeof WebAssembly.instantiateStreaming !== "function") {
    return inflated(deflated).arrayBuffer().then((wasmBinary) => create({ ...quiet, wasmBinary }));
  }
  return new Promise((resolve, reject) => {
    const bytes = inflated(deflated);
    create({
      ...quiet,
      instantiateWasm(imports, receive) {
        WebAssembly.instantiateStreaming(bytes, imports)
          .then(({ instance, module }) => receive(instance, module), reject);
        return {};
      },
    }).then(resolve, reject);
  });
}


// The reader's factory and bytes, once: inline, or from its script file
// beside this one (the widget, the hosted page), which hands them to
// provideReader. The URL is this script's own folder, wherever the host page
// is: a host whose script-src allows this script allows the reader too.
let readerSource = null;
let provided = null;  // resolves readerSource when the script file calls provideReader
function readerFactory() {
  if (READER.create) return Promise.resolve(READER);
  if (!readerSource) {
    readerSource = new Promise((resolve, reject) => {
      provided = resolve;
      const failed = (why) => {
        provided = null;
        readerSource = null;  // a later use tries again
        reject(new Error(`${READER.script} ${why}`));
      };
      const script = document.createElement("script");
      script.src = new URL(READER.script, OFFERCHECK_SCRIPT_URL || location.href).href;
      script.onerror = () => failed("could not be loaded");
      // It ran (onload comes after it ran) without handing the reader over.
      script.onload = () => { if (provided === resolve) failed("did not provide the guide reader"); };
      document.head.append(script);
    });
  }
  return readerSource;
}

function failure(message) {
  return { ok: false, error: { message, line: null, column: null } };
}

// The calculation module answers with a view of its answer's UTF-8 bytes
// (wasm/calculator.cpp), decoded at once; the reader answers strings.
const utf8 = new TextDecoder();
const answerText = (value) => (typeof value === "string" ? value : utf8.decode(value));

// Calls into a module and parses its JSON answer; a module that somehow
// throws still answers a value.
function answer(call) {
  try {
    return JSON.parse(answerText(call()));
  } catch (error) {
    return failure(`offercheck core failed: ${errorText(error)}`);
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
  const sectionsHtml = new Map();  // id -> each section's rendered HTML
  const bundledErrors = [];
  const chunks = new Map();  // chunk number -> its entries, or the promise of them

  function bundledEntry(i) {
    if (Array.isArray(TEXTS)) return TEXTS[i];
    const chunk = chunks.get(Math.floor(i / TEXTS.chunk));
    return Array.isArray(chunk) ? chunk[i % TEXTS.chunk] : undefined;
  }
  // Hands a bundled guide to the module when its entry is at hand; false while it is not.
  function ensure(id) {
    if (!bundledAt.has(id) || inModule.has(id)) return true;
    const entry = bundledEntry(bundledAt.get(id));
    if (!entry) return false;
    const loaded = answer(() => core.loadCompiledGuide(entry.compiled));
    inModule.add(id);
    if (loaded.ok) sectionsHtml.set(id, entry.html);
    else bundledErrors.push(loaded);
    return true;
  }
  // Each section of a guide (of the id the core answered) gets its rendered HTML.
  function withHtml(guide, id) {
    const html = sectionsHtml.get(id);
    if (html) guide.sections.forEach((section, i) => { section.html = html[i]; });
    return guide;
  }
  function fetchChunk(number) {
    if (!chunks.has(number)) {
      const url = new URL(`${TEXTS.folder}${number}.json`, OFFERCHECK_SCRIPT_URL || location.href);
      chunks.set(number, fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
        return response.json();
      }).then((entries) => {
        chunks.set(number, entries);
        return entries;
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

  // Answers remembered by text: a keystroke re-reads every field of the form,
  // and only the one typed in has changed. A copy goes out, so a caller that
  // changes one changes no later answer.
  const remembered = (memory, key, read) => {
    let parsed = memory.get(key);
    if (!parsed) {
      parsed = read();
      if (memory.size >= 256) memory.delete(memory.keys().next().value);
      memory.set(key, parsed);
    }
    return structuredClone(parsed);
  };
  const moneyRead = new Map(), percentRead = new Map(), multipleRead = new Map(), monthsRead = new Map();  // the oldest first
  let reader = null, readerStarted = null;
  // Resolves {ok} once the reader module runs; never rejects.
  function startReader() {
    if (!readerStarted) {
      readerStarted = readerFactory().then(({ create, deflated }) => startModule(create, deflated())).then((module) => {
        reader = module;
        return { ok: true };
      }, (error) => {
        readerStarted = null;  // a later use tries again
        return failure(`the guide reader could not start: ${errorText(error)}`);
      });
    }
    return readerStarted;
  }
  const readerStarting = (what) => {
    startReader();
    return { ...failure(`the guide reader is starting: ${what}`), loading: true, diagnostics: [] };
  };

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
      const found = answer(() => core.getGuide(id, today));
      if (found.ok) withHtml(found.guide, found.id);
      return found;
    },
    // The name of the guide's region that `text` names, as evaluate matches
    // regions: {ok, region}, or a Failure listing the guide's regions.
    region(id, text) {
      id = String(id);
      if (!ensure(id)) return stillLoading(id);
      return answer(() => core.findRegion(id, String(text)));
    },
    // Resolves to guide(id) once the guide's text is here (fetched if need be); never rejects.
    openGuide(id) {
      id = String(id);
      if (ensure(id)) return Promise.resolve(api.guide(id));
      const number = Math.floor(bundledAt.get(id) / TEXTS.chunk);
      return fetchChunk(number).then(() => api.guide(id),
        (error) => failure(`the guide '${id}' could not be loaded (${errorText(error)})`));
    },
    // Reads a guide file's text; a valid guide joins guides() for this visit.
    // Answers at once when the reader runs; before that, {loading: true} and
    // the reader starts: readGuide(text) waits for it.
    loadGuide(text) {
      if (typeof text !== "string") return failure("loadGuide needs the guide's text");
      if (!reader) return readerStarting("await readGuide(text) instead");
      const read = answer(() => reader.readGuide(text, today));
      if (!read.ok) return read;
      const loaded = answer(() => core.loadCompiledGuide(read.compiled));
      if (!loaded.ok) return loaded;
      inModule.add(read.id);
      sectionsHtml.set(read.id, read.html);
      const { compiled, html, ...report } = read;
      withHtml(report.guide, read.id);
      return report;
    },
    // loadGuide once the reader runs; never rejects.
    readGuide(text) {
      return startReader().then((started) => (started.ok ? api.loadGuide(text) : { ...started, diagnostics: [] }));
    },
    // Resolves {ok} once the guide reader runs (loadGuide and renderMarkdown
    // then answer at once); never rejects.
    startReader,
    evaluate(input) {
      return withGuide(input, () => call("evaluate", input, (request) => core.evaluate(request)));
    },
    // The evaluate input plus fills: {"[placeholder]": "text", recipient, sender}.
    script(input) {
      return withGuide(input, () => call("script", input, (request) => core.script(request)));
    },
    // With {currency, field}: the core's warning when the text names another
    // currency (field names the amount in it).
    parseMoney(text, against) {
      text = String(text);
      const { currency, field } = against && typeof against === "object" ? against : {};
      const [band, label] = [currency ? String(currency) : "", field ? String(field) : ""];
      return remembered(moneyRead, `${text}\u0000${band}\u0000${label}`, () => answer(() => core.parseMoney(text, band, label)));
    },
    // A percent as typed ("15", "7.5 %"), read as the CLI reads --bonus-pct: {ok, value}.
    parsePercent(text) {
      text = String(text);
      return remembered(percentRead, text, () => answer(() => core.parsePercent(text)));
    },
    // An exit multiple as typed ("3", "0.5", "3x"), read as the CLI reads --exit-multiple: {ok, value}.
    parseMultiple(text) {
      text = String(text);
      return remembered(multipleRead, text, () => answer(() => core.parseMultiple(text)));
    },
    // Whole months as typed ("12", "18 months", "-3"), read as the CLI reads --cliff-months: {ok, value}.
    parseMonths(text) {
      text = String(text);
      return remembered(monthsRead, text, () => answer(() => core.parseMonths(text)));
    },
    // Resolves to what an offer letter's text gives, for the person to
    // confirm: {ok, found: [{field, value, currency, sentence, line, column,
    // note}], missing, notes, unread, currency} or {ok: false, error, found:
    // [], missing, notes: [], unread: [], currency: null}. With
    // {currency}: the currency of figures written without one. The guide
    // reader reads it (started now if need be: a letter is pasted rarely, so
    // the calculation module does not carry it); nothing leaves the page. Never rejects.
    readOfferLetter(text, options) {
      const empty = { found: [], missing: [], notes: [], unread: [], currency: null };
      if (typeof text !== "string") return Promise.resolve({ ...failure("readOfferLetter needs the letter's text"), ...empty });
      const { currency } = options && typeof options === "object" ? options : {};
      return startReader().then((started) => (started.ok
        ? answer(() => reader.readOfferLetter(text, currency ? String(currency) : "")) : { ...started, ...empty }));
    },
    // A guide's Markdown as inert HTML: {ok, html}. A guide's sections carry
    // theirs already (section.html); this needs the reader, like loadGuide.
    renderMarkdown(text) {
      if (typeof text !== "string") return failure("renderMarkdown needs the Markdown text");
      if (!reader) return readerStarting("await startReader() first");
      return answer(() => reader.renderMarkdown(text));
    },
    // Both modules' linear memory, for checking that it stays flat.
    memoryBytes() {
      return core.HEAP8.length + (reader ? reader.HEAP8.length : 0);
    },
  };
  return Object.freeze(api);
}

let started = null;

// One OfferCheck per page: a second offercheck script (the page and a widget,
// or two widget scripts) reuses the first one's module.
export const OfferCheck = globalThis.OfferCheck || Object.freeze({
  // One module per page, however many times init() is called.
  // init({reader: true}) also waits for the guide reader (if it can start),
  // so that loadGuide and renderMarkdown answer at once, as before it was a
  // module of its own.
  init(options = {}) {
    if (!started) {
      // Started at once (the executor runs now): the bytes inflate and compile
      // off the main thread while the page builds its form.
      started = new Promise((resolve) => resolve(startModule(createOfferCheckCore, WASM_DEFLATE()))).then(makeApi);
    }
    return options && options.reader ? started.then((api) => api.startReader().then(() => api)) : started;
  },
  // Called by the guide reader's own script file (beside the widget or the hosted page's script); not for host pages.
  provideReader(create, deflated) {
    const resolve = provided;
    provided = null;
    if (resolve) resolve({ create, deflated: () => deflated });
  },
});
globalThis.OfferCheck = OfferCheck;
