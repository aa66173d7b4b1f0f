// The page around the calculator (index.html, offercheck.html, embed.html):
// startup, shareable links in the URL fragment, the Share and Embed panels,
// and in embed.html the height reported to the parent frame.

const LINK_VERSION = "1";
// Form field -> link parameter.
const LINK_INPUTS = { base: "base", stock: "stock", "bonus-pct": "bonus", "sign-on": "sign-on" };
const COMPONENT_WORDS = { base: "base", stock: "equity", bonus: "bonus", total_comp: "total comp" };

// FNV-1a over the link's text, written as 8 letters so no digits of it can be
// mistaken for an amount: a cut or edited link no longer matches.
function checksum(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let letters = "";
  for (let i = 0; i < 8; i++) letters += String.fromCharCode(97 + ((hash >>> (i * 4)) & 15));
  return letters;
}

function encodeLink(entries) {
  const body = new URLSearchParams(entries.filter(([, value]) => value !== "" && value !== null && value !== undefined)).toString();
  return `${body}&check=${checksum(body)}`;
}

// {params} for a valid link, {problem} for a damaged one, null for no link.
function decodeLink(hash) {
  const text = hash.replace(/^#/, "");
  if (text === "") return null;
  const at = text.lastIndexOf("&check=");
  if (at < 0) return { problem: "it looks cut short" };
  const body = text.slice(0, at);
  if (text.slice(at + 7) !== checksum(body)) return { problem: "it looks edited or cut short" };
  const params = new URLSearchParams(body);
  if (params.get("oc") !== LINK_VERSION) return { problem: "it was made by another version of offercheck" };
  return { params };
}

// 98000 -> "98k", 1250000 -> "1.25M": asks in a redacted link.
function compactAmount(amount) {
  const trim = (n) => String(Math.round(n * 1000) / 1000);
  if (amount >= 1e6) return `${trim(amount / 1e6)}M`;
  if (amount >= 1e3) return `${trim(amount / 1e3)}k`;
  return trim(amount);
}

function fullLink(state) {
  return encodeLink([["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region],
    ...Object.entries(LINK_INPUTS).map(([field, key]) => [key, state.inputs[field].trim()])]);
}

function redactedLink(state) {
  const entries = [["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region], ["redacted", "1"]];
  if (state.result) {
    for (const c of state.result.components) {
      if (c.position !== null) entries.push([`position.${c.name}`, String(Math.round(c.position * 100))]);
    }
    for (const part of ["base", "stock", "sign_on"]) {
      if (state.result.ask[part] !== null) entries.push([`ask.${part}`, compactAmount(state.result.ask[part])]);
    }
  }
  return encodeLink(entries);
}

function parseCompact(text) {
  const match = /^(\d+(?:\.\d+)?)([kM]?)$/.exec(text || "");
  if (!match) return null;
  return Number(match[1]) * (match[2] === "M" ? 1e6 : match[2] === "k" ? 1e3 : 1);
}

function pageUrl() {
  return location.href.replace(/#.*$/, "");
}

function siteBase() {
  if (location.protocol === "http:" || location.protocol === "https:") {
    return location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  }
  return "https://your-site.example/offercheck/";
}

const escapeAttribute = (text) => String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function embedSnippets(state, calculator) {
  const summary = calculator.guides.find((g) => g.id === state.guide);
  if (!summary) return ["", ""];
  const base = siteBase();
  // "\x3c" keeps script tags out of this file's text: it is inlined in one.
  const script = `\x3cscript src="${escapeAttribute(base)}offercheck-widget.js" defer>\x3c/script>\n` +
    `<offer-check company="${escapeAttribute(summary.company)}" role="${escapeAttribute(summary.role)}" region="${escapeAttribute(state.region)}"></offer-check>`;
  const query = new URLSearchParams({ company: summary.company, role: summary.role, region: state.region }).toString();
  const iframe = `<iframe src="${escapeAttribute(`${base}embed.html?${query}`)}" title="offercheck: ${escapeAttribute(summary.company_display)} — ${escapeAttribute(summary.role_display)}" style="width:100%;height:900px;border:0" loading="lazy"></iframe>\n` +
    "<!-- Optional: lets the frame fit its content. -->\n" +
    "\x3cscript>addEventListener(\"message\", function (e) { if (!e.data || e.data.type !== \"offercheck:height\") return; " +
    "document.querySelectorAll(\"iframe\").forEach(function (f) { if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\"; }); });\x3c/script>";
  return [script, iframe];
}

function showNotice(text) {
  const notice = document.getElementById("link-notice");
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = text === "";
}

// Restores a link into the calculator; any problem is a notice, never an error.
function restoreLink(calculator, api) {
  const link = decodeLink(location.hash);
  if (!link) return;
  if (link.problem) {
    showNotice(`The link's settings were ignored: ${link.problem}.`);
    return;
  }
  const { params } = link;
  if (!calculator.choose({ guide: params.get("guide"), region: params.get("region") })) {
    showNotice(`The link's guide (${params.get("guide")}) is not in this page; its settings were ignored.`);
    return;
  }
  if (params.get("redacted") === "1") {
    const band = calculator.band();
    const currency = band ? band.currency : "USD";
    const positions = Object.entries(COMPONENT_WORDS)
      .filter(([name]) => params.has(`position.${name}`))
      .map(([name, word]) => `${word} ${Number(params.get(`position.${name}`))}% into the band`);
    const asks = ["base", "stock", "sign_on"].filter((part) => parseCompact(params.get(`ask.${part}`)) !== null)
      .map((part) => `${part === "sign_on" ? "sign-on" : part === "stock" ? "equity" : "base"} ${formatMoney(parseCompact(params.get(`ask.${part}`)), currency)}`);
    showNotice(`Shared without amounts: ${params.get("region")} — ` +
      `${positions.length ? positions.join(", ") : "no positions"}; asks: ${asks.length ? asks.join(", ") : "none"}.`);
    return;
  }
  calculator.setInputs(Object.fromEntries(Object.entries(LINK_INPUTS).map(([field, key]) => [field, params.get(key) || ""])));
}

function showStartupError(message) {
  const notice = document.getElementById("startup");
  notice.textContent = `offercheck could not start: ${message}`;
  notice.hidden = false;
  document.documentElement.setAttribute("data-ready", "error");
}

// Each answers the calculator it started.
function startPage(api) {
  let state = null;
  let restoring = true, ready = false;
  const refreshPanels = () => {
    const [script, iframe] = embedSnippets(state, calculator);
    document.getElementById("embed-script").value = script;
    document.getElementById("embed-iframe").value = iframe;
    document.getElementById("share-links").hidden = true;
  };
  const calculator = new Calculator(document.getElementById("app"), api, {
    onChange(current) {
      state = current;
      if (!restoring) history.replaceState(null, "", `#${fullLink(current)}`);
      if (ready) refreshPanels();
    },
  });
  restoreLink(calculator, api);
  restoring = false;
  ready = true;
  calculator.update();
  addEventListener("hashchange", () => {
    restoring = true;
    restoreLink(calculator, api);
    restoring = false;
  });
  document.getElementById("version").textContent = api.version;
  document.getElementById("share").addEventListener("click", () => {
    document.getElementById("share-full").value = `${pageUrl()}#${fullLink(state)}`;
    document.getElementById("share-redacted").value = `${pageUrl()}#${redactedLink(state)}`;
    document.getElementById("share-links").hidden = false;
  });
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => {
      const field = document.getElementById(button.dataset.copy);
      copyText(field.value, field, button);
    });
  }
  return calculator;
}

function startEmbed(api) {
  const query = new URLSearchParams(location.search);
  const calculator = new Calculator(document.getElementById("app"), api, {
    company: query.get("company"), role: query.get("role"), region: query.get("region"),
    compact: true, theme: query.get("theme") || undefined,
  });
  if (window.parent !== window && typeof ResizeObserver === "function") {
    let last = 0;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "offercheck:height", height }, "*");
    }).observe(document.body);
  }
  return calculator;
}

OfferCheck.init().then((api) => {
  const calculator = document.body.classList.contains("embed") ? startEmbed(api) : startPage(api);
  return calculator.whenShown().then(() => {
    if (api.bundledErrors.length) {
      showStartupError(`a bundled guide did not load (${api.bundledErrors[0].error.message})`);
    } else if (document.documentElement.getAttribute("data-ready") !== "error") {
      document.documentElement.setAttribute("data-ready", "true");
      performance.mark("offercheck-data-ready");  // what scripts/bench times
    }
  });
}).catch((error) => showStartupError(error && error.message ? error.message : String(error)));
