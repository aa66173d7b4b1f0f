// Reads the form's fields with the core's parser; each bad field gets its own
// message under it and keeps what was typed. One api.parseMoney call per
// non-empty amount field: empty fields cost nothing.
import { setText } from "../lib/dom.js";
import { deriveFactor, moneyReading, percentReading, vestingChoice } from "./reading.js";

const MONEY_FIELDS = [
  { id: "base", key: "base", label: "Base salary" },
  { id: "stock", key: "stock", label: "Equity grant (4 years)" },
  { id: "sign-on", key: "sign_on", label: "Sign-on bonus" },
];

function markField(input, errorNode, message, invalid) {
  setText(errorNode, message);
  if (invalid) {
    if (input.getAttribute("aria-invalid") !== "true") input.setAttribute("aria-invalid", "true");
  } else if (input.hasAttribute("aria-invalid")) {
    input.removeAttribute("aria-invalid");
  }
}

// An optional amount: null when empty, undefined when wrong (its message shown).
export function readAmount(api, input, errorNode, label, currency) {
  const text = input.value.trim();
  const reading = text === "" ? { value: null, message: "", invalid: false }
    : moneyReading(api.parseMoney(text, { currency, field: label }), label);
  markField(input, errorNode, reading.message, reading.invalid);
  return reading.value;
}

// An optional percent: null when empty, undefined when wrong (its message shown).
export function readPercent(api, input, errorNode, label) {
  const text = input.value.trim();
  const reading = text === "" ? { value: null, message: "", invalid: false } : percentReading(api.parsePercent(text), label);
  markField(input, errorNode, reading.message, reading.invalid);
  return reading.value;
}

// The offer of the form, or null while a field is wrong or the base is missing.
export function readOffer(api, parts, currency) {
  const offer = {};
  let complete = true;
  for (const field of MONEY_FIELDS) {
    const value = readAmount(api, parts[field.id], parts[`${field.id}-error`], field.label, currency);
    if (value === undefined || (value === null && field.key === "base")) complete = false;
    else if (value !== null) offer[field.key] = value;
  }
  const bonusPct = readPercent(api, parts["bonus-pct"], parts["bonus-pct-error"], "Bonus (%)");
  if (bonusPct === undefined) complete = false;
  else if (bonusPct !== null) offer.bonus_pct = bonusPct;
  const refresh = readAmount(api, parts.refresh, parts["refresh-error"], "Refresh grant", currency);
  if (refresh === undefined) complete = false;
  else if (refresh !== null) offer.refresh = refresh;
  const { vesting, missing } = vestingChoice(parts.vesting.value, parts["vesting-custom"].value);
  markField(parts["vesting-custom"], parts["vesting-custom-error"],
    missing ? "Yearly vesting percents: type them, like 10,20,30,40." : "", missing);
  if (vesting) offer.vesting = vesting;
  offer.liquid = !parts.illiquid.checked;
  return complete ? offer : null;
}

export function readParameters(api, parts) {
  const discount = readPercent(api, parts.discount, parts["discount-error"], "Risk discount");
  return typeof discount === "number" ? { illiquid_discount: discount / 100 } : {};
}

// A null band compared with another region scaled as the guide says:
// {from, factor} when asked for, else null. Shows the choice only where it applies.
export function readDerivation(parts, insights, band, memory) {
  const box = parts["derive-box"];
  const hint = insights && insights.derivations ? insights.derivations[band.region] : null;
  const hidden = !hint || band.has_data;
  if (box.hidden !== hidden) box.hidden = hidden;
  if (hidden) return null;
  const low = Math.round(hint.low_factor * 100), high = Math.round(hint.high_factor * 100);
  setText(parts["derive-label"], `Compare with ${hint.reference}'s band, scaled (the guide says ${low}–${high}% of ${hint.reference})`);
  // A new region gets the middle of the guide's range; typing keeps what is typed.
  if (parts["derive-factor"].value === "" || memory.region !== band.region) {
    parts["derive-factor"].value = String(Math.round((low + high) / 2));
    memory.region = band.region;
  }
  if (!parts.derive.checked) return null;
  const factor = deriveFactor(parts["derive-factor"].value);
  markField(parts["derive-factor"], parts["derive-factor-error"], factor === null ? "Scale (%): type a percent like 80." : "", factor === null);
  return factor === null ? null : { from: hint.reference, factor };
}
