// OfferCheck: the one JS API between the page (or a host page) and the Wasm
// core. Every call answers a plain object in the schema of docs/json.md with
// `ok`; a failure is {ok: false, error: {message, line, column}}, never a throw.
//
// Expects, in the same scope: createOfferCheckCore (the Emscripten glue),
// OFFERCHECK_WASM_BASE64 (the module's bytes) and OFFERCHECK_GUIDES (the
// bundled guide texts).

function localDate() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
  const bundled = OFFERCHECK_GUIDES.map((text) => answer(() => core.loadGuide(text, today)));
  return Object.freeze({
    version: core.version(),
    today,
    // The guides bundled into this build that failed to load (should be none).
    bundledErrors: bundled.filter((r) => !r.ok),
    guides() {
      return answer(() => core.listGuides());
    },
    guide(id) {
      return answer(() => core.getGuide(String(id)));
    },
    loadGuide(text) {
      if (typeof text !== "string") return failure("loadGuide needs the guide's text");
      return answer(() => core.loadGuide(text, today));
    },
    evaluate(input) {
      return call("evaluate", input, (request) => core.evaluate(request));
    },
    // The evaluate input plus fills: {"[placeholder]": "text", recipient, sender}.
    script(input) {
      return call("script", input, (request) => core.script(request));
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
  });
}

let started = null;

// One OfferCheck per page: a second offercheck script (the page and a widget,
// or two widget scripts) reuses the first one's module.
const OfferCheck = globalThis.OfferCheck || Object.freeze({
  // One module per page, however many times init() is called.
  init() {
    if (!started) {
      started = createOfferCheckCore({
        wasmBinary: decodeBase64(OFFERCHECK_WASM_BASE64),
        print() {},
        printErr() {},
      }).then(makeApi);
    }
    return started;
  },
});
globalThis.OfferCheck = OfferCheck;
