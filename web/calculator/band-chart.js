// One component's band as an SVG bar: the band's ends, the offer, the ask
// and the floor, each labelled in words and amount (colour is never the only
// key). Built once per component and region; an update moves its marks and
// rewrites its labels, nothing else. The <title> is its text equivalent.
import { setAttributes, setText, showSvg, svgElement } from "../lib/dom.js";
import { formatMoney, formatMoneyShort } from "../lib/money.js";

const WIDTH = 400, LEFT = 12, RIGHT = 388;
// Two rows of mark labels above the bar, the band's ends below it.
const ROWS = [11, 25], Y = 42, END_Y = 70, HEIGHT = 76;
// An estimate of a label's width at the chart's 12px type: wide enough for
// digits and capitals, so estimated labels never overlap drawn ones.
const CHAR_WIDTH = 7.2;

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

// Places labels [{x, width}] centred on their x when they fit: each goes to
// the first of `rows` rows where it overlaps nothing; when none is free, to
// the row where it overlaps least, pushed right of the label before it.
// Every label stays inside [0, width]. Answers [{row, x}] (x: its centre).
export function layoutLabels(labels, width = WIDTH, rows = ROWS.length, gap = 6) {
  const order = labels.map((label, i) => i).sort((a, b) => labels[a].x - labels[b].x);
  const ends = Array(rows).fill(-Infinity);  // the right edge of the last label in each row
  const placed = [];
  for (const i of order) {
    const half = labels[i].width / 2;
    const centre = Math.min(Math.max(labels[i].x, half), width - half);
    let row = ends.findIndex((end) => centre - half >= end + gap);
    if (row === -1) row = ends.indexOf(Math.min(...ends));
    const x = Math.min(Math.max(centre, ends[row] + gap + half), width - half);
    ends[row] = x + half;
    placed[i] = { row, x };
  }
  return placed;
}

const MARKS = [["floor", "floor"], ["ask", "ask"], ["offer", "offer"]];

export class BandChart {
  constructor(title) {
    this.name = title;
    this.svg = svgElement("svg", { class: "band-chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
    const marker = (cls) => svgElement("line", { class: cls, y1: Y - 12, y2: Y + 12 });
    const label = (cls) => svgElement("text", { class: `marker-label ${cls}-label`, "text-anchor": "middle" });
    this.marks = {
      title: svgElement("title"),
      track: svgElement("line", { class: "track", x1: LEFT, x2: RIGHT, y1: Y, y2: Y }),
      band: svgElement("rect", { class: "band", y: Y - 9, height: 18, rx: 3 }),
      low: svgElement("text", { class: "end-label", y: END_Y, "text-anchor": "middle" }),
      high: svgElement("text", { class: "end-label", y: END_Y, "text-anchor": "middle" }),
      floor: marker("floor"),
      ask: marker("ask"),
      offer: svgElement("circle", { class: "offer", cy: Y, r: 6 }),
      floorLabel: label("floor"),
      askLabel: label("ask"),
      offerLabel: label("offer"),
    };
    this.svg.append(...Object.values(this.marks));
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
    if (hasBand) {
      setAttributes(m.band, { x: x(low), width: Math.max(2, x(high) - x(low)) });
      const ends = [formatMoneyShort(low, currency), formatMoneyShort(high, currency)];
      const [l, h] = layoutLabels(ends.map((text, i) => ({ x: x(i ? high : low), width: text.length * CHAR_WIDTH })), WIDTH, 1);
      setAttributes(m.low, { x: l.x });
      setAttributes(m.high, { x: h.x });
      setText(m.low, ends[0]);
      setText(m.high, ends[1]);
    }
    const shown = MARKS.filter(([name]) => Boolean(x) && values[name] !== undefined);
    for (const [name] of MARKS) {
      const visible = shown.some(([n]) => n === name);
      showSvg(m[name], visible);
      showSvg(m[`${name}Label`], visible);
    }
    const texts = shown.map(([name, word]) => `${word} ${formatMoneyShort(values[name], currency)}`);
    const places = layoutLabels(shown.map(([name], i) => ({ x: x(values[name]), width: texts[i].length * CHAR_WIDTH })));
    shown.forEach(([name], i) => {
      const at = x(values[name]);
      if (name === "offer") setAttributes(m.offer, { cx: at });
      else setAttributes(m[name], { x1: at, x2: at });
      setAttributes(m[`${name}Label`], { x: places[i].x, y: ROWS[places[i].row] });
      setText(m[`${name}Label`], texts[i]);
    });
  }
}
