// Where a component sits in its band, in words.
import { formatMoney, formatPercent } from "./money.js";

export const STATUS_WORDS = { below: "below", within: "within", above: "above", no_data: "no data", not_entered: "not entered" };

export function percent(fraction) {
  return formatPercent(fraction);
}

const SIDES = { below: "below the bottom of the band", above: "above the top of the band" };

// Outside the band, by how much from its nearest end: "€48,000 (47%) above
// the top of the band", the share left out when it rounds to 0%; outside:
// {amount, fraction} as evaluate answers it.
function outsideWords(status, outside, currency) {
  if (!outside) return `${status} the band`;
  const shown = typeof outside.fraction === "number" && percent(outside.fraction) !== percent(0);
  const share = shown ? ` (${percent(outside.fraction)})` : "";
  return `${formatMoney(outside.amount, currency)}${share} ${SIDES[status]}`;
}

// component: {position (0..1 or null), status, outside} as evaluate answers
// it; currency: the band's, which the amount outside is written in.
export function positionWords({ position, status, outside }, currency) {
  if (status === "not_entered") return "not entered";
  if (status === "no_data") return "the guide has no band for this";
  if (status === "below" || status === "above") return outsideWords(status, outside, currency);
  if (position === null) return "at the band's single point";
  const where = position < 0.25 ? "in the bottom quarter" : position < 0.5 ? "in the lower half"
    : position < 0.75 ? "in the upper half" : "in the top quarter";
  return `${percent(position)} into the band, ${where}`;
}
