// One component's band as an SVG bar: the band's ends, the offer, the ask
// and the floor, each labelled in words and amount (colour is never the only
// key). Built once per component and region; an update moves its marks and
// rewrites its labels, nothing else. The <title> is its text equivalent.
import { setAttributes, setText, showSvg, svgElement } from "../lib/dom.js";
import { formatMoney, formatMoneyShort } from "../lib/money.js";

const WIDTH = 400, LEFT = 12, RIGHT = 388;
// Labels stand in rows of ROW units: the marks' above the bar (at least
// MARK_ROWS, so a chart keeps its height while a number is typed, and as many
// more as they need), the band's ends below it; the chart grows to hold them.
const ROW = 16, MARK_ROWS = 2, TOP = 14;
// An estimate of a label's width at the chart's 12px type while it cannot be
// measured (not in a page yet): as wide as bold digits and capitals, so
// estimated labels never overlap drawn ones.
const CHAR_WIDTH = 8.4;
// The space kept between two labels in a row, and between a label and the chart's edge.
const GAP = 6, INSET = 2;

// The x of each value on a scale holding all the finite ones, with 8% room
// on each side; a single value sits in the middle. null when there is none.
export function bandScale(values, left = LEFT, right = RIGHT) {
  const points = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  if (points.length === 0) return null;
  let min = Math.min(...points), max = Math.max(...points);
  if (max === min) { min -= 1; max += 1; }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  return (v) => left + ((v - min) / (max - min)) * (right - left);
}

// Places labels [{x, width}] in rows, each centred on its x unless that
// would take it past the edges (then moved just inside them): a label goes
// to the first row where it is at least `gap` clear of the others, or opens a
// new row, so no two ever overlap (a row each at worst) and none leaves
// [inset, width - inset]. Answers [{row, x}] (x: its centre), in the
// labels' order; rows are counted from 0 (the one nearest the bar), which
// goes to the leftmost label, and the first given of labels at one x.
export function layoutLabels(labels, width = WIDTH, { gap = GAP, inset = INSET } = {}) {
  const spans = labels.map(({ x, width: w }) => {
    const half = w / 2;
    const centre = half * 2 >= width - 2 * inset ? width / 2 : Math.min(Math.max(x, inset + half), width - inset - half);
    return { centre, left: centre - half, right: centre + half };
  });
  // Left to right by their marks (the first of marks that coincide first):
  // the nearest row goes to the leftmost, and a low end before a high one.
  const order = labels.map((label, i) => i).sort((a, b) => labels[a].x - labels[b].x || spans[a].left - spans[b].left || a - b);
  const ends = [];  // the right edge of the last label in each row
  const placed = [];
  for (const i of order) {
    let row = ends.findIndex((end) => spans[i].left >= end + gap);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = spans[i].right;
    placed[i] = { row, x: spans[i].centre };
  }
  return placed;
}

// The rows a layout uses (0 for none).
export function rowsOf(places) {
  return places.reduce((rows, place) => Math.max(rows, place.row + 1), 0);
}

// The chart's heights for `markRows` rows of mark labels and `endRows` of end
// labels: the bar's y, each row's baseline and the whole height.
export function chartRows(markRows, endRows) {
  const marks = Math.max(MARK_ROWS, markRows), ends = Math.max(1, endRows);
  const y = TOP + (marks - 1) * ROW + 17;  // the bar, its marks reaching 12 above and below it
  const endY = (row) => y + 26 + row * ROW;
  return { y, markY: (row) => y - 17 - row * ROW, endY, height: endY(ends - 1) + 5 };
}

// The offer first: nearest the bar when marks coincide.
const MARKS = [["offer", "offer"], ["floor", "floor"], ["ask", "ask"]];

// Labels are measured on a canvas in their computed font: the width they are
// drawn at, without laying the page out at every keystroke, hidden or not.
let canvas = null;

// The CSS font of a label in the page, or null while it is not in one.
function fontOf(node) {
  if (!node.isConnected) return null;
  const style = getComputedStyle(node);
  return style.fontSize && style.fontFamily ? `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : null;
}

function textWidth(text, font) {
  canvas ??= document.createElement("canvas").getContext("2d");
  if (!canvas) return 0;
  canvas.font = font;
  return canvas.measureText(text).width;
}

export class BandChart {
  constructor(title) {
    this.name = title;
    this.fonts = new Map();  // "mark" or "end" -> the font its labels are drawn in, read once
    this.svg = svgElement("svg", { class: "band-chart", role: "img" });
    const marker = (cls) => svgElement("line", { class: cls });
    const label = (cls) => svgElement("text", { class: `marker-label ${cls}-label`, "text-anchor": "middle" });
    this.marks = {
      title: svgElement("title"),
      track: svgElement("line", { class: "track", x1: LEFT, x2: RIGHT }),
      band: svgElement("rect", { class: "band", height: 18, rx: 3 }),
      low: svgElement("text", { class: "end-label", "text-anchor": "middle" }),
      high: svgElement("text", { class: "end-label", "text-anchor": "middle" }),
      floor: marker("floor"),
      ask: marker("ask"),
      offer: svgElement("circle", { class: "offer", r: 6 }),
      floorLabel: label("floor"),
      askLabel: label("ask"),
      offerLabel: label("offer"),
    };
    this.svg.append(...Object.values(this.marks));
    this.arrange(chartRows(0, 0));
  }

  // The widths of labels [{node, text, kind}] in the chart's units (a label's
  // font size is in them): measured in their font, estimated before the
  // chart is in a page.
  widthsOf(labels) {
    return labels.map(({ node, text, kind }) => {
      if (!this.fonts.has(kind)) {
        const font = fontOf(node);
        if (font) this.fonts.set(kind, font);
      }
      const measured = this.fonts.has(kind) ? textWidth(text, this.fonts.get(kind)) : 0;
      return measured > 0 ? measured : text.length * CHAR_WIDTH;
    });
  }

  // The vertical layout: the bar, its marks and the chart's height.
  arrange(rows) {
    const m = this.marks;
    setAttributes(this.svg, { viewBox: `0 0 ${WIDTH} ${rows.height}` });
    setAttributes(m.track, { y1: rows.y, y2: rows.y });
    setAttributes(m.band, { y: rows.y - 9 });
    for (const name of ["floor", "ask"]) setAttributes(m[name], { y1: rows.y - 12, y2: rows.y + 12 });
    setAttributes(m.offer, { cy: rows.y });
  }

  // component: {low, high, offer?, status?}; ask and floor: numbers or absent.
  // An offer not entered (status "not_entered") is not drawn: it has no place.
  update(component, currency, ask, floor) {
    const { low, high, status } = component;
    const offer = status === "not_entered" ? undefined : component.offer;
    const m = this.marks;
    const values = { offer: typeof offer === "number" ? offer : undefined,
      ask: typeof ask === "number" ? ask : undefined, floor: typeof floor === "number" ? floor : undefined };
    setText(m.title, `${this.name}: band ${formatMoney(low, currency)} to ${formatMoney(high, currency)}`
      + (values.offer !== undefined ? `, your offer ${formatMoney(offer, currency)}` : status === "not_entered" ? ", your offer not entered" : "")
      + (values.ask !== undefined ? `, ask ${formatMoney(ask, currency)}` : "")
      + (values.floor !== undefined ? `, floor ${formatMoney(floor, currency)}` : ""));
    const x = bandScale([low, high, values.offer, values.ask, values.floor]);
    const hasBand = Boolean(x) && low !== null && high !== null;
    for (const name of ["band", "low", "high"]) showSvg(m[name], hasBand);
    const shown = MARKS.filter(([name]) => Boolean(x) && values[name] !== undefined);
    for (const [name] of MARKS) {
      const visible = shown.some(([n]) => n === name);
      showSvg(m[name], visible);
      showSvg(m[`${name}Label`], visible);
    }
    const ends = hasBand ? [["low", low], ["high", high]].map(([name, value]) =>
      ({ node: m[name], text: formatMoneyShort(value, currency), kind: "end", x: x(value) })) : [];
    const labels = shown.map(([name, word]) =>
      ({ node: m[`${name}Label`], text: `${word} ${formatMoneyShort(values[name], currency)}`, kind: "mark", x: x(values[name]) }));
    for (const { node, text } of [...ends, ...labels]) setText(node, text);
    const endWidths = this.widthsOf(ends), labelWidths = this.widthsOf(labels);
    const endPlaces = layoutLabels(ends.map((label, i) => ({ x: label.x, width: endWidths[i] })));
    const places = layoutLabels(labels.map((label, i) => ({ x: label.x, width: labelWidths[i] })));
    const rows = chartRows(rowsOf(places), rowsOf(endPlaces));
    this.arrange(rows);
    if (hasBand) setAttributes(m.band, { x: x(low), width: Math.max(2, x(high) - x(low)) });
    ends.forEach(({ node }, i) => setAttributes(node, { x: endPlaces[i].x, y: rows.endY(endPlaces[i].row) }));
    shown.forEach(([name], i) => {
      const at = x(values[name]);
      if (name === "offer") setAttributes(m.offer, { cx: at });
      else setAttributes(m[name], { x1: at, x2: at });
      setAttributes(labels[i].node, { x: places[i].x, y: rows.markY(places[i].row) });
    });
  }
}
