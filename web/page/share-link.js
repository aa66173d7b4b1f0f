// Shareable links: the inputs in the URL fragment (never sent to a server),
// with a checksum so a cut or edited link is recognised. Pure: unit-tested.
//   #oc=1&guide=…&region=…&base=…&stock=…&bonus=…&sign-on=…&check=…

export const LINK_VERSION = "1";
// Form field -> link parameter.
export const LINK_INPUTS = { base: "base", stock: "stock", "bonus-pct": "bonus", "sign-on": "sign-on" };

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
  return encodeLink([["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region],
    ...Object.entries(LINK_INPUTS).map(([field, key]) => [key, state.inputs[field].trim()])]);
}

// Guide, region, each component's position in its band and the asks: none of the amounts typed.
export function redactedLink(state) {
  const entries = [["oc", LINK_VERSION], ["guide", state.guide], ["region", state.region], ["redacted", "1"]];
  if (state.result) {
    for (const c of state.result.components) {
      if (c.position !== null) entries.push([`position.${c.name}`, String(Math.round(c.position * 100))]);
    }
    for (const part of ["base", "stock", "sign_on"]) {
      if (state.result.ask[part] !== null) entries.push([`ask.${part}`, compactAmount(state.result.ask[part])]);
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
  return `Shared without amounts: ${params.get("region")} — ` +
    `${positions.length ? positions.join(", ") : "no positions"}; asks: ${asks.length ? asks.join(", ") : "none"}.`;
}
