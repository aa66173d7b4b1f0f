// Where a component sits in its band, in words.
import { formatPercent } from "./money.js";

export const STATUS_WORDS = { below: "below", within: "within", above: "above", no_data: "no data", not_entered: "not entered" };

export function percent(fraction) {
  return formatPercent(fraction);
}

// component: {position (0..1 or null), status} as evaluate answers it.
export function positionWords({ position, status }) {
  if (status === "not_entered") return "not entered";
  if (status === "no_data") return "the guide has no band for this";
  if (status === "below") return position === null ? "below the band" : `below the band (${percent(position)})`;
  if (status === "above") return position === null ? "above the band" : `above the band (${percent(position)})`;
  if (position === null) return "at the band's single point";
  const where = position < 0.25 ? "in the bottom quarter" : position < 0.5 ? "in the lower half"
    : position < 0.75 ? "in the upper half" : "in the top quarter";
  return `${percent(position)} into the band, ${where}`;
}
