// Shareable links: the inputs in the URL fragment (never sent to a server),
// with a checksum so a cut or edited link is recognised. Pure: unit-tested.
//   #oc=1&guide=…&region=…&base=…&stock=…&bonus=…&sign-on=…&equity=options&options=…&exit=3&check=…
// Parameters were only ever added: a link made before a term existed restores
// its default, so LINK_VERSION stays "1".
import { EQUITY_KINDS, LEAVE_MONTHS, VESTING_CHOICES } from "../calculator/form.js";
import { formatMultiple, formatPercent } from "../lib/money.js";

export const LINK_VERSION = "1";
// Form field -> link parameter. Amounts, share counts and prices: only in the full link.
export const LINK_AMOUNTS = {
  base: "base", stock: "stock", "bonus-pct": "bonus", "sign-on": "sign-on",
  options: "options", strike: "strike", "share-price": "share-price", refresh: "refresh",
};
// Terms that are no amounts: in both links, and restored from either.
export const LINK_TERMS = {
  "equity-kind": "equity", vesting: "vesting", "vesting-custom": "vesting-pcts", "cliff-months": "cliff",
  "vesting-start": "vesting-start", "exit-multiple": "exit", dilution: "dilution", raise: "raise",
  "bonus-payout": "payout", "leave-months": "leave",
};
export const LINK_INPUTS = { ...LINK_AMOUNTS, ...LINK_TERMS };
// Choices left as they are by default are left out, so a plain link stays short.
const LINK_DEFAULTS = { "equity-kind": EQUITY_KINDS[0][0], vesting: VESTING_CHOICES[0][0], "leave-months": String(LEAVE_MONTHS.initial) };

// [parameter, value] of the fields named, as typed, without defaults.
function inputEntries(inputs, fields) {
  return Object.entries(fields).map(([field, key]) => {
    const value = String(inputs[field] ?? "").trim();
    return [key, value === LINK_DEFAULTS[field] ? "" : value];
  });
}

// The form's fields from a link's parameters ("" for those it does not hold).
export function linkInputs(params, { redacted = false } = {}) {
  return Object.fromEntries(Object.entries(redacted ? LINK_TERMS : LINK_INPUTS).map(([field, key]) => [field, params.get(key) || ""]));
}

// FNV-1a over the link's text, written as 8 letters so no digits of it can be
// mistaken for an amount: a cut or edited link no longer matches.
export function checksum(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let letters = "";
  for (let i = 0; i < 8; i++) letters += String.fromCharCode(97 + ((hash >>> (i * 4)) & 15));
  return letters;
}

export function encodeLink(entries) {
  const body = new URLSearchParams(entries.filter(([, value]) => value !== "" && value !== null && value !== undefined)).toString();
  return `${body}&check=${checksum(body)}`;
}

// {params} for a valid link, {problem} for a damaged one, null for no link.
export function decodeLink(hash) {
  const text = hash.replace(/^#/, "");
  if (text === "") return null;
  const at = text.lastIndexOf("&check=");
  if (at < 0) return { problem: "it looks cut short" };
  const body = text.slice(0, at);
  if (text.slice(at + 7) !== checksum(body)) return { problem: "it looks edited or cut short" };
  const params = new URLSearchParams(body);
  if (params.get("oc") !== LINK_VERSION) return { problem: "it was made by another version of offercheck" };
  return { params };
}

// 98000 -> "98k", 1250000 -> "1.25M": asks in a redacted link.
export function compactAmount(amount) {
  const trim = (n) => String(Math.round(n * 1000) / 1000);
  if (amount >= 1e6) return `${trim(amount / 1e6)}M`;
  if (amount >= 1e3) return `${trim(amount / 1e3)}k`;
  return trim(amount);
}

export function parseCompact(text) {
  const match = /^(\d+(?:\.\d+)?)([kM]?)$/.exec(text || "");
  if (!match) return null;
  return Number(match[1]) * (match[2] === "M" ? 1e6 : match[2] === "k" ? 1e3 : 1);
}

// state: the calculator's state() (guide, region, inputs, result).
export function fullLink(state) {
  return encodeLink([["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region], ...inputEntries(state.inputs, LINK_INPUTS)]);
}

// Guide, region, the terms, each component's position in its band, the asks
// and the equity's decision: none of the amounts, share counts or prices typed.
export function redactedLink(state) {
  const entries = [["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region], ["redacted", "1"],
    ...inputEntries(state.inputs, LINK_TERMS)];
  if (state.result) {
    for (const c of state.result.components) {
      if (c.position !== null) entries.push([`position.${c.name}`, String(Math.round(c.position * 100))]);
    }
    for (const part of ["base", "stock", "sign_on"]) {
      if (state.result.ask[part] !== null) entries.push([`ask.${part}`, compactAmount(state.result.ask[part])]);
    }
    const { decision, if_you_leave: leave } = state.result;
    if (decision && decision.breakeven_exit_multiple !== null) {
      entries.push(["breakeven", String(Math.round(decision.breakeven_exit_multiple * 100) / 100)]);
    }
    if (decision && decision.crossover_year !== null) entries.push(["crossover", String(decision.crossover_year)]);
    if (leave && state.result.equity && state.result.equity.kind !== "none") {
      entries.push(["leave.vested", String(Math.round(leave.vested_fraction * 100))]);
    }
  }
  return encodeLink(entries);
}

const COMPONENT_WORDS = { base: "base", stock: "equity", bonus: "bonus", total_comp: "total comp" };
const PART_WORDS = { base: "base", stock: "equity", sign_on: "sign-on" };

// What a redacted link says, in words (format(amount) writes an ask).
export function redactedNotice(params, format) {
  const positions = Object.entries(COMPONENT_WORDS)
    .filter(([name]) => params.has(`position.${name}`))
    .map(([name, word]) => `${word} ${Number(params.get(`position.${name}`))}% into the band`);
  const asks = Object.keys(PART_WORDS).filter((part) => parseCompact(params.get(`ask.${part}`)) !== null)
    .map((part) => `${PART_WORDS[part]} ${format(parseCompact(params.get(`ask.${part}`)))}`);
  const equity = [];
  const breakeven = Number(params.get("breakeven"));
  if (params.has("breakeven") && Number.isFinite(breakeven)) {
    equity.push(`it beats the best competing offer only above a ${formatMultiple(breakeven)} exit`);
  }
  const crossover = Number(params.get("crossover"));
  if (Number.isInteger(crossover) && crossover > 0) equity.push(`the lead changes in year ${crossover}`);
  const vested = Number(params.get("leave.vested"));
  if (params.has("leave.vested") && Number.isFinite(vested)) {
    const month = params.has("leave") ? Number(params.get("leave")) : LEAVE_MONTHS.initial;
    equity.push(`leaving at month ${month} keeps ${formatPercent(vested / 100)} of the grant`);
  }
  return `Shared without amounts: ${params.get("region")} — ` +
    `${positions.length ? positions.join(", ") : "no positions"}; asks: ${asks.length ? asks.join(", ") : "none"}` +
    `${equity.length ? `; ${equity.join("; ")}` : ""}.`;
}
