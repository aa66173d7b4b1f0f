// One component's band as an SVG bar: the band's ends, the offer, the ask
// and the floor, each labelled in words and amount (colour is never the only
// key). Built once per component and region; an update moves its marks and
// rewrites its labels, nothing else, and only while the chart can be seen
// (web/lib/shown-later.js). The <title> is its text equivalent. Where the
// marks and labels go is computed once per answer (BandPictures) for every
// chart of the same part.
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
let canvas = null, canvasFont = "";

// The CSS font of a label in the page, or null while it is not in one.
function fontOf(node) {
  if (!node.isConnected) return null;
  const style = getComputedStyle(node);
  return style.fontSize && style.fontFamily ? `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : null;
}

// Widths by font and text: a keystroke's labels are mostly the last one's
// (the band's ends, an ask that did not move). Bounded: cleared when full.
const widths = new Map();
function textWidth(text, font) {
  const key = `${font}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    canvas ??= document.createElement("canvas").getContext("2d");
    if (!canvas) return 0;
    if (canvasFont !== font) canvas.font = canvasFont = font;
    width = canvas.measureText(text).width;
    if (widths.size >= 512) widths.clear();
    widths.set(key, width);
  }
  return width;
}

// Everything a band picture shows, in the chart's units: its description
// (the <title> after the chart's name), the vertical layout (chartRows), the
// band, the ends' labels and the marks with their labels. Pure but for
// widthOf(text, kind), the width of a label ("mark" or "end").
// component: {low, high, offer?, status?}; ask and floor: numbers or absent.
// An offer not entered (status "not_entered") is not drawn: it has no place.
export function bandPicture(component, currency, ask, floor, widthOf) {
  const { low, high, status } = component;
  const offer = status === "not_entered" ? undefined : component.offer;
  const values = { offer: typeof offer === "number" ? offer : undefined,
    ask: typeof ask === "number" ? ask : undefined, floor: typeof floor === "number" ? floor : undefined };
  const description = `band ${formatMoney(low, currency)} to ${formatMoney(high, currency)}`
    + (values.offer !== undefined ? `, your offer ${formatMoney(offer, currency)}` : status === "not_entered" ? ", your offer not entered" : "")
    + (values.ask !== undefined ? `, ask ${formatMoney(ask, currency)}` : "")
    + (values.floor !== undefined ? `, floor ${formatMoney(floor, currency)}` : "");
  const x = bandScale([low, high, values.offer, values.ask, values.floor]);
  const hasBand = Boolean(x) && low !== null && high !== null;
  const ends = hasBand ? [["low", low], ["high", high]].map(([name, value]) =>
    ({ name, text: formatMoneyShort(value, currency), x: x(value) })) : [];
  const marks = MARKS.filter(([name]) => Boolean(x) && values[name] !== undefined).map(([name, word]) =>
    ({ name, at: x(values[name]), text: `${word} ${formatMoneyShort(values[name], currency)}` }));
  const endPlaces = layoutLabels(ends.map((end) => ({ x: end.x, width: widthOf(end.text, "end") })));
  const markPlaces = layoutLabels(marks.map((mark) => ({ x: mark.at, width: widthOf(mark.text, "mark") })));
  const rows = chartRows(rowsOf(markPlaces), rowsOf(endPlaces));
  return {
    description,
    rows,
    band: hasBand ? { x: x(low), width: Math.max(2, x(high) - x(low)) } : null,
    ends: ends.map((end, i) => ({ name: end.name, text: end.text, x: endPlaces[i].x, y: rows.endY(endPlaces[i].row) })),
    marks: marks.map((mark, i) => ({ name: mark.name, at: mark.at, text: mark.text, x: markPlaces[i].x, y: rows.markY(markPlaces[i].row) })),
  };
}

// The pictures of one calculator's band charts, each computed once: the
// verdict's and "Where it sits" draw the same part from the same answer, so
// the second asks for what the first computed. Labels' fonts are read once,
// from the first chart in a page that asks.
export class BandPictures {
  constructor() {
    this.fonts = new Map();  // "mark" or "end" -> the font its labels are drawn in
    this.last = new Map();  // part name -> {key, picture}: the last one computed
  }

  // component: a part's band or result (its name keys the cache); node(kind): a label of that kind, to read its font.
  picture(component, currency, ask, floor, node) {
    for (const kind of ["mark", "end"]) {
      if (!this.fonts.has(kind)) {
        const font = fontOf(node(kind));
        if (font) this.fonts.set(kind, font);
      }
    }
    // Estimated widths (no font yet) are not kept for a chart that can measure.
    const key = [component.low, component.high, component.offer, component.status, ask, floor, currency, this.fonts.size].join("|");
    const last = this.last.get(component.name);
    if (last && last.key === key) return last.picture;
    const widthOf = (text, kind) => {
      const measured = this.fonts.has(kind) ? textWidth(text, this.fonts.get(kind)) : 0;
      return measured > 0 ? measured : text.length * CHAR_WIDTH;
    };
    const picture = bandPicture(component, currency, ask, floor, widthOf);
    this.last.set(component.name, { key, picture });
    return picture;
  }
}

export class BandChart {
  // title: the chart's name (its <title> begins with it); pictures: the
  // calculator's BandPictures; shown: its ShownLater (the chart is drawn
  // only while it can be seen), folded(): whether its panel is folded away.
  constructor(title, { pictures, shown, folded }) {
    this.name = title;
    this.pictures = pictures;
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
    this.later = shown.add({ node: this.svg, folded });
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

  // component: {name, low, high, offer?, status?}; ask and floor: numbers or
  // absent. Drawn now if the chart can be seen, else when it can.
  update(component, currency, ask, floor) {
    this.later.draw(() => this.draw(this.pictures.picture(component, currency, ask, floor,
      (kind) => (kind === "mark" ? this.marks.offerLabel : this.marks.low))));
  }

  draw(picture) {
    const m = this.marks;
    setText(m.title, `${this.name}: ${picture.description}`);
    this.arrange(picture.rows);
    for (const name of ["band", "low", "high"]) showSvg(m[name], picture.band !== null);
    if (picture.band) setAttributes(m.band, picture.band);
    for (const end of picture.ends) {
      setText(m[end.name], end.text);
      setAttributes(m[end.name], { x: end.x, y: end.y });
    }
    for (const [name] of MARKS) {
      const mark = picture.marks.find((one) => one.name === name);
      showSvg(m[name], Boolean(mark));
      showSvg(m[`${name}Label`], Boolean(mark));
      if (!mark) continue;
      if (name === "offer") setAttributes(m.offer, { cx: mark.at });
      else setAttributes(m[name], { x1: mark.at, x2: mark.at });
      setText(m[`${name}Label`], mark.text);
      setAttributes(m[`${name}Label`], { x: mark.x, y: mark.y });
    }
  }
}
