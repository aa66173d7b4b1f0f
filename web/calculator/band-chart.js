// One component's band as an SVG bar with the offer, the ask and the floor.
// Built once per component and region; an update moves its marks (x, cx,
// width) and rewrites its labels, nothing else.
import { setAttributes, setText, showSvg, svgElement } from "../lib/dom.js";
import { formatMoney } from "../lib/money.js";

const WIDTH = 400, HEIGHT = 58, LEFT = 12, RIGHT = 388, Y = 26;

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

export class BandChart {
  constructor(title) {
    this.name = title;
    this.svg = svgElement("svg", { class: "band-chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
    const marker = (cls) => svgElement("line", { class: cls, y1: Y - 15, y2: Y + 11 });
    this.marks = {
      title: svgElement("title"),
      track: svgElement("line", { class: "track", x1: LEFT, x2: RIGHT, y1: Y, y2: Y }),
      band: svgElement("rect", { class: "band", y: Y - 9, height: 18, rx: 3 }),
      low: svgElement("text", { y: Y + 24, "text-anchor": "start" }),
      high: svgElement("text", { y: Y + 24, "text-anchor": "end" }),
      floor: marker("floor"),
      ask: marker("ask"),
      offer: svgElement("circle", { class: "offer", cy: Y, r: 6 }),
      offerLabel: svgElement("text", { class: "marker-label", y: Y - 14, "text-anchor": "middle" }),
    };
    this.marks.offerLabel.textContent = "offer";
    this.svg.append(...Object.values(this.marks));
  }

  // component: {low, high, offer?}; ask and floor: numbers or absent.
  update(component, currency, ask, floor) {
    const { low, high, offer } = component;
    const m = this.marks;
    setText(m.title, `${this.name}: band ${formatMoney(low, currency)} to ${formatMoney(high, currency)}`
      + (offer !== undefined ? `, your offer ${formatMoney(offer, currency)}` : "")
      + (typeof ask === "number" ? `, ask ${formatMoney(ask, currency)}` : "")
      + (typeof floor === "number" ? `, floor ${formatMoney(floor, currency)}` : ""));
    const x = bandScale([low, high, offer, ask, floor]);
    const hasBand = Boolean(x) && low !== null && high !== null;
    for (const name of ["band", "low", "high"]) showSvg(m[name], hasBand);
    if (hasBand) {
      setAttributes(m.band, { x: x(low), width: Math.max(2, x(high) - x(low)) });
      setAttributes(m.low, { x: x(low) });
      setAttributes(m.high, { x: x(high) });
      setText(m.low, formatMoney(low, currency));
      setText(m.high, formatMoney(high, currency));
    }
    for (const [name, value] of [["floor", floor], ["ask", ask]]) {
      const shown = Boolean(x) && typeof value === "number";
      showSvg(m[name], shown);
      if (shown) setAttributes(m[name], { x1: x(value), x2: x(value) });
    }
    const hasOffer = Boolean(x) && typeof offer === "number";
    showSvg(m.offer, hasOffer);
    showSvg(m.offerLabel, hasOffer);
    if (hasOffer) {
      setAttributes(m.offer, { cx: x(offer) });
      setAttributes(m.offerLabel, { x: x(offer) });
    }
  }
}
