// Reads the form's fields with the core's parser; each bad field gets its own
// message under it and keeps what was typed. One api.parseMoney call per
// non-empty amount field: empty fields cost nothing.
import { setText } from "../lib/dom.js";
import { CLIFF_SCHEDULES } from "./form.js";
import { deriveFactor, moneyReading, numberReading, vestingChoice } from "./reading.js";

const MONEY_FIELDS = [
  { id: "base", key: "base", label: "Base salary" },
  { id: "sign-on", key: "sign_on", label: "Sign-on bonus" },
];
// The equity of each kind: amounts read with the band's currency.
const EQUITY_FIELDS = {
  grant: [{ id: "stock", key: "stock", label: "Equity grant (4 years)" }],
  options: [
    { id: "options", key: "options", label: "Options (shares)" },
    { id: "strike", key: "strike", label: "Strike price" },
    { id: "share-price", key: "share_price", label: "Share price today" },
  ],
};
// Terms read as percents, multiples or months: field, request key, label, the core's parser.
export const TERM_FIELDS = [
  { id: "exit-multiple", key: "exit_multiple", label: "Exit multiple", parse: "parseMultiple" },
  { id: "dilution", key: "dilution_pct", label: "Dilution to exit (%)", parse: "parsePercent" },
  { id: "raise", key: "raise_pct", label: "Yearly raise (%)", parse: "parsePercent" },
  { id: "bonus-payout", key: "bonus_payout_pct", label: "Bonus payout (%)", parse: "parsePercent" },
];
const CLIFF_FIELDS = [
  { id: "cliff-months", key: "cliff_months", label: "Cliff (months)", parse: "parseMonths" },
  { id: "vesting-start", key: "vesting_start_months", label: "Vesting starts (months after joining)", parse: "parseMonths" },
];
// Every field the offer is read from, by the request key the core names in its errors.
export const OFFER_FIELDS = [...MONEY_FIELDS, ...EQUITY_FIELDS.grant, ...EQUITY_FIELDS.options, ...TERM_FIELDS, ...CLIFF_FIELDS,
  { id: "bonus-pct", key: "bonus_pct", label: "Bonus (%)" }, { id: "refresh", key: "refresh", label: "Refresh grant" }];

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
  return readNumber(api, input, errorNode, label, "parsePercent");
}

// An optional number read by one of the core's parsers (parsePercent,
// parseMultiple, parseMonths): null when empty, undefined when wrong.
export function readNumber(api, input, errorNode, label, parse) {
  const text = input.value.trim();
  const reading = text === "" ? { value: null, message: "", invalid: false } : numberReading(api[parse](text), label);
  markField(input, errorNode, reading.message, reading.invalid);
  return reading.value;
}

// Marks a field the core refused when it evaluated (a dilution of 100%): the
// core names the request key ("offer dilution_pct must be below 100% …"), the
// page shows the field's label. Answers whether a field was marked.
export function markRefused(parts, message) {
  const match = /^offer ([a-z_]+)\b(.*)$/s.exec(message);
  const field = match && OFFER_FIELDS.find((f) => f.key === match[1]);
  if (!field || !parts[field.id] || parts[field.id].closest("[hidden]")) return false;
  markField(parts[field.id], parts[`${field.id}-error`], `${field.label}${match[2]}`, true);
  return true;
}

// The offer of the form, or null while a field is wrong or the base is missing.
export function readOffer(api, parts, currency) {
  const offer = {};
  let complete = true;
  const kind = parts["equity-kind"].value === "options" ? "options" : "grant";
  for (const field of [...MONEY_FIELDS, ...EQUITY_FIELDS[kind]]) {
    const value = readAmount(api, parts[field.id], parts[`${field.id}-error`], field.label, currency);
    if (value === undefined || (value === null && field.key === "base")) complete = false;
    else if (value !== null) offer[field.key] = value;
  }
  // Options need today's price to be worth anything; said at the field, not by the core's key.
  if (kind === "options" && offer.options !== undefined && offer.share_price === undefined
      && parts["share-price"].value.trim() === "") {
    markField(parts["share-price"], parts["share-price-error"], "Share price today: type today's price per share, like 10.", true);
    complete = false;
  }
  const schedule = parts.vesting.value;
  const termFields = CLIFF_SCHEDULES.includes(schedule) ? [...TERM_FIELDS, ...CLIFF_FIELDS] : TERM_FIELDS;
  for (const field of termFields) {
    const value = readNumber(api, parts[field.id], parts[`${field.id}-error`], field.label, field.parse);
    if (value === undefined) complete = false;
    else if (value !== null) offer[field.key] = value;
  }
  const bonusPct = readPercent(api, parts["bonus-pct"], parts["bonus-pct-error"], "Bonus (%)");
  if (bonusPct === undefined) complete = false;
  else if (bonusPct !== null) offer.bonus_pct = bonusPct;
  const refresh = readAmount(api, parts.refresh, parts["refresh-error"], "Refresh grant", currency);
  if (refresh === undefined) complete = false;
  else if (refresh !== null) offer.refresh = refresh;
  const { vesting, missing } = vestingChoice(schedule, parts["vesting-custom"].value);
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
