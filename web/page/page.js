// The page around the calculator (index.html, offercheck.html): shareable
// links in the URL fragment, the Scenarios panel, and the Share and Embed panels.
import { Calculator } from "../calculator/calculator.js";
import { copyText } from "../lib/clipboard.js";
import { formatMoney } from "../lib/money.js";
import { addressLink } from "./address-link.js";
import { embedSnippets, siteBase } from "./embed-snippets.js";
import { decodeLink, fullLink, linkInputs, redactedLink, redactedNotice } from "./share-link.js";
import { ScenarioPanel } from "./scenario-panel.js";
import { browserStorage, scenarioStore } from "./scenario-store.js";
import { connectWhenReady } from "./startup.js";

const byId = (id) => document.getElementById(id);
const pageUrl = () => location.href.replace(/#.*$/, "");

function showNotice(text) {
  const notice = byId("link-notice");
  notice.textContent = text;
  notice.hidden = text === "";
}

// Restores a link into the calculator; any problem is a notice, never an error.
function restoreLink(calculator) {
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
  const redacted = params.get("redacted") === "1";
  if (redacted) {
    const currency = calculator.currency() || "USD";
    showNotice(redactedNotice(params, (amount) => formatMoney(amount, currency)));
  }
  // A redacted link holds the terms only (exit, dilution, vesting…): the amounts stay the reader's own.
  calculator.setInputs(linkInputs(params, { redacted }));
}

// The Embed panel follows the guide and region chosen; the share links are
// made when asked for, and hidden again once the inputs change.
function embedPanel(calculator) {
  let shown = "";
  return (state) => {
    const links = byId("share-links");
    if (!links.hidden) links.hidden = true;
    const key = `${state.guide}\u0000${state.region}`;
    if (key === shown) return;
    shown = key;
    const summary = calculator.summary(state.guide);
    const [script, iframe] = summary ? embedSnippets(siteBase(location), summary, state.region) : ["", ""];
    byId("embed-script").value = script;
    byId("embed-iframe").value = iframe;
  };
}

export function startPage(offerCheck, summaries, bands = {}) {
  offerCheck.init();  // first: the module inflates and compiles while the form is built
  let state = null;
  let restoring = true;
  let refreshPanels = null;
  // The address holds the full link, written when the page is idle or the address may be read (address-link.js).
  const address = addressLink(() => `#${fullLink(state)}`);
  const calculator = new Calculator(byId("app"), {
    summaries,
    bands,
    theme: "auto",  // the page follows the system's light or dark (page.css does the rest of the page)
    onChange(current) {
      state = current;
      if (!restoring) address.changed();
      if (refreshPanels) refreshPanels(current);
    },
  });
  // The link's guide and amounts show at once; the result follows with the module.
  restoreLink(calculator);
  restoring = false;
  refreshPanels = embedPanel(calculator);
  // Reads what an earlier visit saved, if anything; writes only when asked.
  new ScenarioPanel(byId("scenario-panel"), { calculator, store: scenarioStore(browserStorage()), whenApi: offerCheck.init() });
  addEventListener("hashchange", () => {
    address.cancel();  // the link arrived is the address now
    restoring = true;
    restoreLink(calculator);
    restoring = false;
  });
  byId("share").addEventListener("click", () => {
    address.flush();
    byId("share-full").value = `${pageUrl()}#${fullLink(state)}`;
    byId("share-redacted").value = `${pageUrl()}#${redactedLink(state)}`;
    byId("share-links").hidden = false;
  });
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => {
      const field = byId(button.dataset.copy);
      copyText(field.value, field, button);
    });
  }
  connectWhenReady(offerCheck, calculator, (api) => { byId("version").textContent = api.version; });
  return calculator;
}
