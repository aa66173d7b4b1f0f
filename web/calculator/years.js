// Year by year: a chart and a table of this offer and each competing one,
// the offer's years in detail (inside <details>, filled only while open) and
// the risk note, drawn only while the panel is open (the chart only while it
// can be seen: web/lib/shown-later.js). The chart stacks each year by part (base, equity, bonus,
// sign-on) with its total written above it, one cluster of four years per
// package, named under it; the table is its text equivalent. Built once per
// number of packages; an update rewrites text, names and bar geometry.
import { element, keepChildren, setAttributes, setHidden, setText, svgElement } from "../lib/dom.js";
import { formatMoney, formatMoneyShort } from "../lib/money.js";
import { phraseText } from "../lib/phrase.js";

const CHART = { width: 400, height: 176, left: 6, bottom: 134, top: 16 };
const YEARS = 4;
// The parts a year is stacked by, bottom up, as the core's year rows name them.
export const YEAR_PARTS = [["base", "Base"], ["stock_vested", "Equity"], ["bonus", "Bonus"], ["sign_on", "Sign-on"]];

// The bars of the chart: bars[package][year] = {x, width, top, segments:
// [{part, y, height}]}, a cluster of four years per package side by side,
// heights to the largest total; a year's segments stack its parts bottom up.
export function yearBars(packages, { width, left, bottom, top } = CHART) {
  const max = Math.max(1, ...packages.flatMap((p) => p.years.slice(0, YEARS).map((y) => y.total)));
  const cluster = (width - left * 2) / Math.max(1, packages.length);
  const bar = Math.min(44, (cluster - 12) / YEARS);
  const scale = (bottom - top) / max;
  return packages.map((p, i) => p.years.slice(0, YEARS).map((y, year) => {
    let edge = bottom;
    const segments = YEAR_PARTS.map(([part]) => {
      const height = Math.max(0, y[part] || 0) * scale;
      edge -= height;
      return { part, y: edge, height };
    });
    return { x: left + cluster * i + (cluster - bar * YEARS) / 2 + bar * year + 1, width: bar - 2, top: Math.min(edge, bottom - 1), segments };
  }));
}

// This offer and the competing ones, as the chart and the table show them.
export function packagesOf(result) {
  const currency = result.guide.currency;
  return [{ name: "This offer", years: result.years, total: result.four_year_total, adjusted: result.four_year_risk_adjusted }]
    .concat(result.competing.map((c) => ({ name: c.name, years: c.years, total: c.four_year_total, adjusted: c.four_year_risk_adjusted,
      note: c.currency !== currency ? `${c.currency} at ${c.rate.toPrecision(4)}` : "" })));
}

// The chart's text: every package's years with their parts.
export function yearsText(packages, currency) {
  return "Pay by year, stacked by part. " + packages.map((p) => `${p.name}: ` + p.years.slice(0, YEARS).map((y) =>
    `year ${y.year} ${formatMoney(y.total, currency)} (` + YEAR_PARTS.filter(([part]) => y[part] > 0)
      .map(([part, label]) => `${label.toLowerCase()} ${formatMoney(y[part], currency)}`).join(", ") + ")").join("; ")).join(". ") + ".";
}

function chart(count) {
  const { width, height, bottom } = CHART;
  const title = svgElement("title");
  const svg = svgElement("svg", { class: "year-chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.append(title, svgElement("line", { class: "axis", x1: 0, x2: width, y1: bottom, y2: bottom }));
  const bars = [], names = [];
  for (let i = 0; i < count; i++) {
    bars.push(Array.from({ length: YEARS }, (_, year) => {
      const segments = YEAR_PARTS.map(([part]) => svgElement("rect", { class: `part-${part}` }));
      const value = svgElement("text", { class: "bar-value", "text-anchor": "middle" });
      const label = svgElement("text", { class: "bar-year", y: bottom + 12, "text-anchor": "middle" });
      label.textContent = `Y${year + 1}`;
      svg.append(...segments, value, label);
      return { segments, value, label };
    }));
    const name = svgElement("text", { class: "package-name", y: bottom + 28, "text-anchor": "middle" });
    names.push(name);
    svg.append(name);
  }
  const legend = element("ul", { class: "legend" }, YEAR_PARTS.map(([part, label]) => element("li", { class: `key-part-${part}`, text: label })));
  const root = element("div", { class: "year-chart-box" }, [svg, legend]);
  return { root, title, bars, names };
}

function table(count) {
  const rows = Array.from({ length: count }, () => ({
    name: element("th", { scope: "row" }),
    cells: Array.from({ length: YEARS + 2 }, (_, i) => element("td", { class: i === YEARS ? "amount four-year" : "amount" })),
  }));
  rows.forEach((row) => { row.root = element("tr", {}, [row.name, ...row.cells]); });
  const root = element("table", { class: "year-table", tabindex: "0" }, [
    element("thead", {}, [element("tr", {}, ["Package", "Year 1", "Year 2", "Year 3", "Year 4", "4 years", "Risk-adjusted"]
      .map((h) => element("th", { scope: "col", text: h })))]),
    element("tbody", {}, rows.map((row) => row.root)),
  ]);
  return { root, rows };
}

function detail() {
  const rows = Array.from({ length: YEARS }, () => ({
    year: element("th", { scope: "row" }),
    cells: Array.from({ length: 5 }, () => element("td", { class: "amount" })),
  }));
  const root = element("details", {}, [
    element("summary", { text: "This offer's years in detail" }),
    element("table", { class: "year-table", tabindex: "0" }, [
      element("thead", {}, [element("tr", {}, ["Year", "Base", "Stock vested", "Bonus", "Sign-on", "Total"]
        .map((h) => element("th", { scope: "col", text: h })))]),
      element("tbody", {}, rows.map((row) => element("tr", {}, [row.year, ...row.cells]))),
    ]),
  ]);
  return { root, rows };
}

export class YearView {
  // shown: the calculator's ShownLater; folded(): whether the panel is folded
  // away. The table is drawn while the panel is open, the chart while it can
  // be seen, the offer's years in detail while they are open.
  constructor(container, { shown, folded }) {
    this.container = container;
    this.shown = shown;
    this.folded = folded;
    this.later = shown.add({ folded });
    this.waiting = element("p", { class: "hint", text: "Type your offer to see it year by year." });
    this.note = element("p", { class: "hint" });
    this.detail = detail();
    this.detailLater = shown.add({ folded: () => folded() || !this.detail.root.open });
    this.count = 0;
  }

  show(result) {
    this.later.draw(() => this.draw(result));
  }

  draw(result) {
    if (!result) {
      keepChildren(this.container, [this.waiting]);
      return;
    }
    const currency = result.guide.currency;
    const packages = packagesOf(result);
    if (packages.length !== this.count) {
      this.count = packages.length;
      this.chart?.later.stop();
      this.chart = chart(this.count);
      this.chart.later = this.shown.add({ node: this.chart.root, folded: this.folded });
      this.table = table(this.count);
    }
    keepChildren(this.container, [this.chart.root, this.table.root, this.detail.root, this.note]);
    this.chart.later.draw(() => this.drawChart(packages, currency));
    packages.forEach((p, i) => {
      const row = this.table.rows[i];
      setAttributes(row.root, { "data-package": p.name });
      setText(row.name, p.note ? `${p.name} (${p.note})` : p.name);
      [...p.years.map((y) => y.total), p.total].forEach((value, j) => setText(row.cells[j], formatMoney(value, currency)));
      // Risk-adjusted only where a discount changed it: the same figure twice reads as a discount that did nothing.
      setText(row.cells[YEARS + 1], Math.abs(p.adjusted - p.total) < 0.5 ? "same" : formatMoney(p.adjusted, currency));
    });
    // The core says what a discount changed, and nothing when none did.
    const note = phraseText(result.risk_note_parts);
    setText(this.note, note);
    setHidden(this.note, note === "");
    this.detailLater.draw(() => this.fillDetail(result));
  }

  drawChart(packages, currency) {
    setText(this.chart.title, yearsText(packages, currency));
    const { width, left } = CHART;
    const cluster = (width - left * 2) / packages.length;
    yearBars(packages).forEach((bars, i) => bars.forEach((bar, year) => {
      const drawn = this.chart.bars[i][year];
      bar.segments.forEach((segment, j) => setAttributes(drawn.segments[j], { x: bar.x, width: bar.width, y: segment.y, height: segment.height }));
      setAttributes(drawn.value, { x: bar.x + bar.width / 2, y: bar.top - 3 - (bar.width < 30 ? (year % 2) * 10 : 0) });
      setText(drawn.value, formatMoneyShort(packages[i].years[year] ? packages[i].years[year].total : null, currency));
      setAttributes(drawn.label, { x: bar.x + bar.width / 2 });
    }));
    packages.forEach((p, i) => {
      setAttributes(this.chart.names[i], { x: left + cluster * i + cluster / 2 });
      setText(this.chart.names[i], p.name);
    });
  }

  // Below the fold and closed by default: filled when opened, and on updates while open.
  fillDetail(result) {
    const currency = result.guide.currency;
    result.years.slice(0, YEARS).forEach((y, i) => {
      const row = this.detail.rows[i];
      setText(row.year, String(y.year));
      [y.base, y.stock_vested, y.bonus, y.sign_on, y.total].forEach((v, j) => setText(row.cells[j], formatMoney(v, currency)));
    });
  }
}
