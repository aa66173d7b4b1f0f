// Year by year: a bar chart and a table of this offer and each competing
// one, the offer's years in detail (inside <details>, filled only while
// open) and the risk note. Built once per number of packages; an update
// rewrites text, names and bar geometry.
import { element, keepChildren, setAttributes, setText, svgElement } from "../lib/dom.js";
import { formatMoney } from "../lib/money.js";
import { phraseText } from "../lib/phrase.js";

const CHART = { width: 400, height: 150, left: 8, bottom: 130, top: 12 };
const YEARS = 4;

// The bars of the chart: bars[package][year] = {x, y, width, height}, every
// year's group side by side, heights to the largest total.
export function yearBars(packages, { width, left, bottom, top } = CHART) {
  const max = Math.max(1, ...packages.flatMap((p) => p.years.map((y) => y.total)));
  const group = (width - left * 2) / YEARS, bar = Math.min(22, (group - 10) / packages.length);
  return packages.map((p, i) => p.years.slice(0, YEARS).map((y, year) => {
    const height = Math.max(1, ((bottom - top) * y.total) / max);
    return { x: left + group * year + 5 + i * bar, y: bottom - height, width: bar - 2, height };
  }));
}

// This offer and the competing ones, as the chart and the table show them.
export function packagesOf(result) {
  const currency = result.guide.currency;
  return [{ name: "This offer", years: result.years, total: result.four_year_total, adjusted: result.four_year_risk_adjusted }]
    .concat(result.competing.map((c) => ({ name: c.name, years: c.years, total: c.four_year_total, adjusted: c.four_year_risk_adjusted,
      note: c.currency !== currency ? `${c.currency} at ${c.rate.toPrecision(4)}` : "" })));
}

function chart(count) {
  const { width, height, left } = CHART;
  const group = (width - left * 2) / YEARS;
  const title = svgElement("title");
  const svg = svgElement("svg", { class: "year-chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
  svg.append(title);
  const bars = [];
  for (let year = 0; year < YEARS; year++) {
    const label = svgElement("text", { x: left + group * year + group / 2, y: height - 4, "text-anchor": "middle" });
    label.textContent = `Year ${year + 1}`;
    svg.append(label);
  }
  for (let i = 0; i < count; i++) {
    bars.push(Array.from({ length: YEARS }, () => svgElement("rect", { class: `series-${i % 6}` })));
    svg.append(...bars[i]);
  }
  const legend = Array.from({ length: count }, (_, i) => element("li", { class: `key-series-${i % 6}` }));
  const root = element("div", { class: "year-chart-box" }, [svg, element("ul", { class: "legend" }, legend)]);
  return { root, title, bars, legend };
}

function table(count) {
  const rows = Array.from({ length: count }, () => ({
    name: element("th", { scope: "row" }),
    cells: Array.from({ length: YEARS + 2 }, (_, i) => element("td", { class: i === YEARS ? "amount four-year" : "amount" })),
  }));
  rows.forEach((row) => { row.root = element("tr", {}, [row.name, ...row.cells]); });
  const root = element("table", { class: "year-table" }, [
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
    element("table", { class: "year-table" }, [
      element("thead", {}, [element("tr", {}, ["Year", "Base", "Stock vested", "Bonus", "Sign-on", "Total"]
        .map((h) => element("th", { scope: "col", text: h })))]),
      element("tbody", {}, rows.map((row) => element("tr", {}, [row.year, ...row.cells]))),
    ]),
  ]);
  return { root, rows };
}

export class YearView {
  constructor(container) {
    this.container = container;
    this.waiting = element("p", { class: "hint", text: "Type your offer to see it year by year." });
    this.note = element("p", { class: "hint" });
    this.detail = detail();
    this.detail.root.addEventListener("toggle", () => this.fillDetail());
    this.count = 0;
    this.result = null;
  }

  show(result) {
    this.result = result;
    if (!result) {
      keepChildren(this.container, [this.waiting]);
      return;
    }
    const currency = result.guide.currency;
    const packages = packagesOf(result);
    if (packages.length !== this.count) {
      this.count = packages.length;
      this.chart = chart(this.count);
      this.table = table(this.count);
    }
    keepChildren(this.container, [this.chart.root, this.table.root, this.detail.root, this.note]);
    setText(this.chart.title, "Total pay by year: " + packages.map((p) =>
      `${p.name} ${p.years.map((y) => formatMoney(y.total, currency)).join(", ")}`).join("; "));
    yearBars(packages).forEach((bars, i) => bars.forEach((bar, year) => setAttributes(this.chart.bars[i][year], bar)));
    packages.forEach((p, i) => {
      setText(this.chart.legend[i], p.name);
      const row = this.table.rows[i];
      setAttributes(row.root, { "data-package": p.name });
      setText(row.name, p.note ? `${p.name} (${p.note})` : p.name);
      [...p.years.map((y) => y.total), p.total, p.adjusted].forEach((value, j) => setText(row.cells[j], formatMoney(value, currency)));
    });
    setText(this.note, phraseText(result.risk_note_parts));
    this.fillDetail();
  }

  // Below the fold and closed by default: filled when opened, and on updates while open.
  fillDetail() {
    if (!this.detail.root.open || !this.result) return;
    const currency = this.result.guide.currency;
    this.result.years.slice(0, YEARS).forEach((y, i) => {
      const row = this.detail.rows[i];
      setText(row.year, String(y.year));
      [y.base, y.stock_vested, y.bonus, y.sign_on, y.total].forEach((v, j) => setText(row.cells[j], formatMoney(v, currency)));
    });
  }
}
