// Where the offer sits: a block per component (band chart, band, reading,
// warnings), the ask/floor table, the totals and the general warnings. The
// blocks are built once per guide and region; a keystroke only rewrites their
// text, attributes and marks, and only while the panel is open (its band
// pictures only while they can be seen: band-chart.js).
import { element, keepChildren, setAttributes, setHidden, setText } from "../lib/dom.js";
import { formatMoney, formatPercent } from "../lib/money.js";
import { messageText, phraseText } from "../lib/phrase.js";
import { positionWords, STATUS_WORDS } from "../lib/position.js";
import { BandChart } from "./band-chart.js";

export const COMPONENT_TITLES = {
  base: "Base salary",
  stock: "Equity grant (4 years)",
  bonus: "Bonus (yearly)",
  total_comp: "Total comp (yearly average)",
};
const ASK_ROWS = [["base", "Base salary"], ["stock", "Equity grant (4 years)"], ["sign_on", "Sign-on bonus"]];

const generalWarning = (w) => element("li", { "data-code": w.code, text: messageText(w) });
const hasBand = (component) => component.low !== null && component.high !== null;

// The band's components, or the result's (with the offer, position and status).
function componentsOf(band, result) {
  if (result) return result.components;
  return ["base", "stock", "bonus", "total_comp"].map((name) => ({ name, ...band[name] }));
}

// The ask and floor marks drawn on a component's chart.
function markersOf(name, result) {
  if (!result || !["base", "stock", "total_comp"].includes(name)) return {};
  return { ask: result.ask[name], floor: result.floor[name] };
}

// Rebuilds a list's items only when their codes and messages changed.
const shownWarnings = new WeakMap();  // holder -> the key of the warnings it shows
function showWarnings(holder, warnings, make) {
  const key = warnings.map((w) => `${w.code}\u0000${w.message}`).join("\u0001");
  if (shownWarnings.get(holder) === key) return;
  shownWarnings.set(holder, key);
  holder.replaceChildren(...warnings.map(make));
}

class ComponentBlock {
  // charts: {pictures, shown, folded} for its band chart (band-chart.js).
  constructor(component, region, charts) {
    const title = COMPONENT_TITLES[component.name];
    this.chart = hasBand(component) ? new BandChart(title, charts) : null;
    this.range = element("p", { class: hasBand(component) ? "reading band-range" : "reading" });
    if (!this.chart) this.range.textContent = `No ${region} band data for this part.`;
    this.offerText = document.createTextNode("");
    this.status = element("span");
    // The offer's reading, shown while there is a result: kept, not rebuilt, when the offer comes and goes.
    this.reading = element("p", { class: "reading", hidden: "" }, [this.offerText, this.status]);
    this.warnings = element("div", { class: "component-warnings" });
    this.root = element("section", { class: "component", "data-component": component.name }, [
      element("h3", { text: title }),
      this.chart ? this.chart.svg : null,
      this.range,
      this.reading,
      this.warnings,
    ]);
  }

  update(component, currency, result, warnings) {
    const { ask, floor } = markersOf(component.name, result);
    if (this.chart) {
      this.chart.update(component, currency, ask, floor);
      setText(this.range, `Band: ${formatMoney(component.low, currency)} – ${formatMoney(component.high, currency)}`);
    }
    setHidden(this.reading, !result);
    setText(this.offerText, !result ? "" : component.status === "not_entered" ? "Your offer: "
      : `Your offer: ${formatMoney(component.offer, currency)} — ${positionWords(component, currency)} — `);
    if (result) setAttributes(this.status, { class: `status ${component.status}`, "data-status": component.status });
    setText(this.status, result ? STATUS_WORDS[component.status] : "");
    showWarnings(this.warnings, warnings.filter((w) => w.component === component.name),
      (w) => element("p", { class: "component-warning", "data-code": w.code, text: messageText(w) }));
  }

  // Out of the page for good: its chart stops watching.
  stop() {
    this.chart?.later.stop();
  }
}

function asksTable() {
  const cells = {};
  const amount = (kind, key) => {
    const span = element("span", { class: `amount ${kind}-amount`, [`data-${kind}`]: key });
    const reason = element("p", { class: "reason" });
    // The guide's own figure for this part, where its strategy states one.
    const stated = element("p", { class: "stated", "data-stated": `${kind}.${key}`, hidden: "" });
    cells[`${kind}.${key}`] = { span, reason, stated };
    return element("td", {}, [span, reason, stated]);
  };
  const statedSource = element("p", { class: "stated-source", hidden: "" });
  const root = element("div", { class: "asks" }, [
    element("h3", { text: "What to ask for" }),
    element("ul", { class: "legend" }, [
      element("li", { class: "key-offer", text: "your offer" }),
      element("li", { class: "key-ask", text: "counter-offer" }),
      element("li", { class: "key-floor", text: "accept-at floor" }),
    ]),
    element("table", {}, [
      element("thead", {}, [element("tr", {}, [
        element("th", { scope: "col", text: "Part" }),
        element("th", { scope: "col", text: "Counter-offer (ask)" }),
        element("th", { scope: "col", text: "Accept-at floor" }),
      ])]),
      element("tbody", {}, ASK_ROWS.map(([key, label]) => element("tr", { "data-part": key }, [
        element("th", { scope: "row", text: label }), amount("ask", key), amount("floor", key),
      ]))),
    ]),
    statedSource,
  ]);
  return { root, cells, statedSource };
}

// Beside a figure, what the other rule says (result[kind].sources): where
// the guide answered, the band rule's figure as the cross-check ("Band rule:
// €175,000 — more than 5% apart"); where the band rule answered and the
// guide states a figure it could not use, the guide's (the reason says why).
function showStated(node, result, kind, part, currency) {
  const stated = result.stated;
  const value = stated ? stated[kind][part] : null;
  const source = result[kind].sources[part];
  const rule = result[kind].band_rule[part];
  if (value === null || value === undefined || (source === "guide" && (rule === null || rule === undefined))) {
    if (!node.hidden) node.hidden = true;
    return;
  }
  // "apart" compares the band rule with the guide: said on the cross-check only.
  const apart = source === "guide" && stated.apart[kind][part];
  setText(node, source === "guide"
    ? `Band rule: ${formatMoney(rule, currency)}` + (apart ? ` — more than ${formatPercent(stated.tolerance)} apart` : "")
    : `The guide: ${formatMoney(value, currency)}${source === "band" ? " — not used" : ""}`);
  setAttributes(node, { "data-apart": apart ? "true" : "false", "data-source": source });
  if (node.hidden) node.hidden = false;
}

// Where the guide's figures come from: its sentence, quoted, with its line.
function showStatedSource(node, stated, region) {
  if (!stated) {
    if (!node.hidden) node.hidden = true;
    return;
  }
  const whose = stated.region_inferred
    ? `The guide's own figures (it names no region; read as ${region}'s), line ${stated.line}: `
    : `The guide's own figures for ${stated.region}, line ${stated.line}: `;
  setText(node, `${whose}“${stated.text}”`);
  if (node.hidden) node.hidden = false;
}

const TOTALS = [
  // Every yearly figure is the core's, read from the years (docs/json.md, "Totals").
  ["Offer, yearly average (four years, sign-on aside)", (r) => r.totals.annual_average],
  ["Offer, year one (with sign-on)", (r) => r.totals.year_one],
  ["Offer, four years", (r) => r.totals.four_year],
  ["Counter-offer, total comp a year (base + equity/4 + bonus)", (r) => r.ask.total_comp],
  ["Floor, total comp a year (base + equity/4 + bonus)", (r) => r.floor.total_comp],
];

function totalsList() {
  const values = TOTALS.map(() => element("dd"));
  const root = element("div", { class: "totals" }, [
    element("h3", { text: "Totals" }),
    element("dl", {}, TOTALS.flatMap(([label], i) => [element("dt", { text: label }), values[i]])),
  ]);
  return { root, values };
}

export class ResultView {
  // charts: the calculator's {pictures, shown} (band-chart.js); folded():
  // whether the panel is folded away (its drawing then waits until it opens).
  constructor(parts, { pictures, shown, folded }) {
    this.parts = parts;
    this.charts = { pictures, shown, folded };
    this.later = shown.add({ folded });
    this.blocks = [];
    this.blocksKey = "";
    this.asks = asksTable();
    this.totals = totalsList();
  }

  // Nothing to show but a message (no guide or region).
  clear(message) {
    setText(this.parts.prompt, message);
    this.later.draw(() => {
      this.setBlocks([], "");
      this.parts.asks.replaceChildren();
      this.parts.totals.replaceChildren();
      showWarnings(this.parts.warnings, [], generalWarning);
    });
  }

  setBlocks(blocks, key) {
    for (const block of this.blocks) block.stop();
    this.blocks = blocks;
    this.blocksKey = key;
    this.parts.components.replaceChildren(...blocks.map((b) => b.root));
  }

  // The band alone (result null) or with the evaluation; guideKey names the
  // guide shown. Drawn now when the panel is open, else when it opens.
  show(guideKey, band, result) {
    this.later.draw(() => this.draw(guideKey, band, result));
  }

  draw(guideKey, band, result) {
    const currency = band.currency;
    const components = componentsOf(band, result);
    const warnings = result ? result.warnings : [];
    const key = [guideKey, band.region, ...components.map((c) => `${c.name}:${hasBand(c)}`)].join("|");
    if (key !== this.blocksKey) this.setBlocks(components.map((c) => new ComponentBlock(c, band.region, this.charts)), key);
    components.forEach((c, i) => this.blocks[i].update(c, currency, result, warnings));
    keepChildren(this.parts.asks, result ? [this.asks.root] : []);
    keepChildren(this.parts.totals, result ? [this.totals.root] : []);
    if (result) {
      for (const [part] of ASK_ROWS) {
        for (const kind of ["ask", "floor"]) {
          const { span, reason } = this.asks.cells[`${kind}.${part}`];
          setText(span, formatMoney(result[kind][part], currency));
          setText(reason, phraseText(result[kind].reason_parts[part]));
          showStated(this.asks.cells[`${kind}.${part}`].stated, result, kind, part, currency);
        }
      }
      showStatedSource(this.asks.statedSource, result.stated, band.region);
      TOTALS.forEach(([, value], i) => setText(this.totals.values[i], formatMoney(value(result), currency)));
    }
    // Staleness stands beside the guide's dates (guide-info.js).
    showWarnings(this.parts.warnings, warnings.filter((w) => !w.component && w.code !== "stale"), generalWarning);
  }
}
