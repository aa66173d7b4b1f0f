// The verdict: what a person reads in five seconds, first after the fields
// they typed. Where the offer sits in words, one band picture for base and
// one for equity, the counter-offer and the floor of each as large figures,
// year one and four years, and one sentence to copy. Everything it says
// comes from the core's result; it only chooses what to show first.
import { copyText } from "../lib/clipboard.js";
import { element, setHidden, setText } from "../lib/dom.js";
import { formatMoney } from "../lib/money.js";
import { positionWords } from "../lib/position.js";
import { BandChart } from "./band-chart.js";

const PARTS = [["base", "Base salary"], ["stock", "Equity (4 years)"]];

// One line a person reads first: where base and equity sit.
export function verdictLine(result) {
  const [base, stock] = ["base", "stock"].map((name) => result.components.find((c) => c.name === name));
  const c = result.guide.currency;
  const equity = !stock || stock.status === "not_entered" ? "equity not entered"
    : `equity ${formatMoney(stock.offer, c)} is ${positionWords(stock, c)}`;
  return `Base ${formatMoney(base.offer, c)} is ${positionWords(base, c)}; ${equity}.`;
}

// The sentence to send: the counter-offer for base, equity and a sign-on
// where the guide has a band for one, with the band it rests on.
export function askSentence(result) {
  const c = result.guide.currency;
  const base = result.components.find((x) => x.name === "base");
  const asks = [`a base salary of ${formatMoney(result.ask.base, c)}`];
  if (typeof result.ask.stock === "number") asks.push(`an equity grant worth ${formatMoney(result.ask.stock, c)} over four years`);
  if (typeof result.ask.sign_on === "number" && result.ask.sign_on > 0) asks.push(`a sign-on bonus of ${formatMoney(result.ask.sign_on, c)}`);
  const list = asks.length === 1 ? asks[0] : `${asks.slice(0, -1).join(", ")} and ${asks[asks.length - 1]}`;
  const band = base && base.low !== null && base.high !== null
    ? ` (base band ${formatMoney(base.low, c)}–${formatMoney(base.high, c)})` : "";
  return `Given the market for a ${result.guide.role_display} at ${result.guide.company_display} in ${result.guide.region}${band}, ` +
    `I would like to ask for ${list}.`;
}

// Where a part's counter-offer and floor come from, in a few words (the
// core's sources): "Both: the guide's own (line 78)", "Counter-offer: the
// guide's own (line 78); floor: at your offer". Empty without a result.
const SOURCE_WORDS = {
  guide: (line) => `the guide's own (line ${line})`,
  band: () => "the band rule",
  offer: () => "from your offer",
  competing: () => "raised by a competing offer",
};
export function sourceWords(result, part) {
  const line = result.stated ? result.stated.line : null;
  const words = (kind) => {
    const source = result[kind].sources ? result[kind].sources[part] : "none";
    return SOURCE_WORDS[source] ? SOURCE_WORDS[source](line) : "";
  };
  const [ask, floor] = [words("ask"), words("floor")];
  if (!ask && !floor) return "";
  if (ask === floor) return `Both: ${ask}`;
  return [ask && `Counter-offer: ${ask}`, floor && `floor: ${floor}`].filter(Boolean).join("; ");
}

class PartBlock {
  // charts: the calculator's {pictures, shown} (band-chart.js).
  constructor(name, title, charts) {
    this.chart = new BandChart(title, { ...charts, folded: () => false });
    this.words = element("p", { class: "part-words" });
    this.ask = element("dd", { class: "big ask-amount", "data-verdict-ask": name });
    this.floor = element("dd", { class: "big floor-amount", "data-verdict-floor": name });
    this.figures = element("dl", { class: "verdict-figures" }, [
      element("div", {}, [element("dt", { text: "Counter-offer" }), this.ask]),
      element("div", {}, [element("dt", { text: "Floor" }), this.floor]),
    ]);
    this.source = element("p", { class: "verdict-source", "data-verdict-source": name });
    this.root = element("section", { class: "verdict-part", "data-part": name }, [
      element("h3", { text: title }), this.chart.svg, this.words, this.figures, this.source,
    ]);
  }

  // component: the band's (no result yet) or the result's; ask/floor: numbers or absent;
  // source: where they come from, in words.
  show(component, currency, ask, floor, withResult, source = "") {
    const banded = component && component.low !== null && component.high !== null;
    const hidden = this.chart.svg.style.display === "none";
    if (hidden === banded) this.chart.svg.style.display = banded ? "" : "none";
    if (banded) this.chart.update(component, currency, ask, floor);
    // Shown again: its watcher last saw it without a box, so it is drawn now, not a frame later.
    if (banded && hidden) this.chart.later.reveal();
    setText(this.words, !withResult ? "" : component.status === "not_entered" ? "Your offer: not entered"
      : `Your offer ${formatMoney(component.offer, currency)}: ${positionWords(component, currency)}`);
    setHidden(this.figures, !withResult);
    setText(this.source, withResult ? source : "");
    setHidden(this.source, !withResult || !source);
    if (withResult) {
      setText(this.ask, formatMoney(ask, currency));
      setText(this.floor, formatMoney(floor, currency));
    }
  }
}

export class VerdictView {
  // parts: the calculator's named nodes (verdict-* are this view's); charts: {pictures, shown} for its band pictures.
  constructor(parts, charts) {
    this.parts = parts;
    this.blocks = PARTS.map(([name, title]) => new PartBlock(name, title, charts));
    parts["verdict-parts"].replaceChildren(...this.blocks.map((b) => b.root));
    parts["verdict-copy"].addEventListener("click", () =>
      copyText(parts["verdict-say"].textContent, parts["verdict-say"], parts["verdict-copy"]));
  }

  // The guide and region the verdict speaks of.
  place(text) {
    setText(this.parts["verdict-place"], text);
  }

  // band: the region's band ({base:{low,high}, stock:…, currency}); result: the evaluation or null.
  show(band, result) {
    const p = this.parts;
    const currency = band.currency;
    this.blocks.forEach((block, i) => {
      const name = PARTS[i][0];
      const component = result ? result.components.find((c) => c.name === name) : { name, ...band[name] };
      block.show(component, currency, result ? result.ask[name] : undefined, result ? result.floor[name] : undefined,
        Boolean(result), result ? sourceWords(result, name) : "");
    });
    for (const name of ["verdict-line", "verdict-totals", "verdict-say", "verdict-copy"]) setHidden(p[name], !result);
    if (!result) return;
    setText(p["verdict-line"], verdictLine(result));
    setText(p["verdict-year-one"], formatMoney(result.totals.year_one, currency));
    setText(p["verdict-four-years"], formatMoney(result.totals.four_year, currency));
    setText(p["verdict-say"], askSentence(result));
  }
}
