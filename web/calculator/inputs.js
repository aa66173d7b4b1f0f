// Reads the form's fields with the core's parser; each bad field gets its own
// message under it and keeps what was typed. One api.parseMoney call per
// non-empty amount field: empty fields cost nothing.
import { setText } from "../lib/dom.js";
import { CLIFF_SCHEDULES } from "./form.js";
import { deriveFactor, moneyReading, numberReading, vestingChoice } from "./reading.js";

// The offer's fields: form id, request key, label, and how each is read
// (parse: an amount with the band's currency, or one of the core's number
// parsers). Their labels also name the field the core refuses (markRefused).
const money = (id, key, label) => ({ id, key, label, parse: "parseMoney" });
const number = (id, key, label, parse) => ({ id, key, label, parse });
const FIELDS = {
  pay: [money("base", "base", "Base salary"), money("sign-on", "sign_on", "Sign-on bonus"),
    number("bonus-pct", "bonus_pct", "Bonus (%)", "parsePercent"), money("refresh", "refresh", "Refresh grant")],
  // The equity of each kind.
  grant: [money("stock", "stock", "Equity grant (4 years)")],
  options: [money("options", "options", "Options (shares)"), money("strike", "strike", "Strike price"),
    money("share-price", "share_price", "Share price today")],
  terms: [
    number("exit-multiple", "exit_multiple", "Exit multiple", "parseMultiple"),
    number("dilution", "dilution_pct", "Dilution to exit (%)", "parsePercent"),
    number("raise", "raise_pct", "Yearly raise (%)", "parsePercent"),
    number("bonus-payout", "bonus_payout_pct", "Bonus payout (%)", "parsePercent"),
  ],
  // Only with a schedule that has a cliff (the core refuses one on yearly vesting).
  cliff: [number("cliff-months", "cliff_months", "Cliff (months)", "parseMonths"),
    number("vesting-start", "vesting_start_months", "Vesting starts (months after joining)", "parseMonths")],
};
const ALL_FIELDS = Object.values(FIELDS).flat();

function markField(input, errorNode, message, invalid) {
  setText(errorNode, message);
  if (invalid) {
    if (input.getAttribute("aria-invalid") !== "true") input.setAttribute("aria-invalid", "true");
  } else if (input.hasAttribute("aria-invalid")) {
    input.removeAttribute("aria-invalid");
  }
}

// A field's text read by the core: parse is "parseMoney" (an amount in the
// band's currency) or one of its number parsers (parsePercent, parseMultiple,
// parseMonths). {value, message, invalid}: value null when empty, undefined when wrong.
function readText(api, text, label, parse, currency) {
  if (text === "") return { value: null, message: "", invalid: false };
  return parse === "parseMoney" ? moneyReading(api.parseMoney(text, { currency, field: label }), label)
    : numberReading(api[parse](text), label);
}

// An optional amount: null when empty, undefined when wrong (its message shown).
export function readAmount(api, input, errorNode, label, currency) {
  return readNumber(api, input, errorNode, label, "parseMoney", currency);
}

// An optional percent: null when empty, undefined when wrong (its message shown).
export function readPercent(api, input, errorNode, label) {
  return readNumber(api, input, errorNode, label, "parsePercent");
}

// An optional number read by one of the core's parsers (parsePercent,
// parseMultiple, parseMonths, or parseMoney with a currency): null when empty, undefined when wrong.
export function readNumber(api, input, errorNode, label, parse, currency) {
  const reading = readText(api, input.value.trim(), label, parse, currency);
  markField(input, errorNode, reading.message, reading.invalid);
  return reading.value;
}

// Marks a field the core refused when it evaluated (a dilution of 100%): the
// core names the request key ("offer dilution_pct must be below 100% …"), the
// page shows the field's label. Answers whether a field was marked.
export function markRefused(parts, message) {
  const match = /^offer ([a-z_]+)\b(.*)$/s.exec(message);
  const field = match && ALL_FIELDS.find((f) => f.key === match[1]);
  if (!field || !parts[field.id] || parts[field.id].closest("[hidden]")) return false;
  markField(parts[field.id], parts[`${field.id}-error`], `${field.label}${match[2]}`, true);
  return true;
}

// The offer of a plain {field id: text} map (the form's fields as typed, or a
// saved scenario's): {offer, marks}, offer null while a field is wrong or the
// base is missing; marks: field id -> {message, invalid} for each field read.
// No DOM: readOffer shows the marks at the form's fields.
export function offerFromTexts(api, texts, currency) {
  const offer = {};
  const marks = {};
  let complete = true;
  const text = (id) => String(texts[id] ?? "").trim();
  const kind = texts["equity-kind"] === "options" ? "options" : "grant";
  const schedule = texts.vesting;
  const fields = [...FIELDS.pay, ...FIELDS[kind], ...FIELDS.terms, ...(CLIFF_SCHEDULES.includes(schedule) ? FIELDS.cliff : [])];
  for (const field of fields) {
    const reading = readText(api, text(field.id), field.label, field.parse, currency);
    marks[field.id] = { message: reading.message, invalid: reading.invalid };
    if (reading.value === undefined || (reading.value === null && field.key === "base")) complete = false;
    else if (reading.value !== null) offer[field.key] = reading.value;
  }
  // Options need today's price to be worth anything; said at the field, not by the core's key.
  if (kind === "options" && offer.options !== undefined && offer.share_price === undefined && text("share-price") === "") {
    marks["share-price"] = { message: "Share price today: type today's price per share, like 10.", invalid: true };
    complete = false;
  }
  const { vesting, missing } = vestingChoice(schedule, texts["vesting-custom"] ?? "");
  marks["vesting-custom"] = { message: missing ? "Yearly vesting percents: type them, like 10,20,30,40." : "", invalid: missing };
  if (vesting) offer.vesting = vesting;
  return { offer: complete ? offer : null, marks };
}

// The offer of the form, or null while a field is wrong or the base is missing.
export function readOffer(api, parts, currency) {
  const texts = {};
  for (const id of ["equity-kind", "vesting", "vesting-custom", ...ALL_FIELDS.map((f) => f.id)]) texts[id] = parts[id].value;
  const { offer, marks } = offerFromTexts(api, texts, currency);
  for (const [id, { message, invalid }] of Object.entries(marks)) markField(parts[id], parts[`${id}-error`], message, invalid);
  if (offer) offer.liquid = !parts.illiquid.checked;
  return offer;
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
