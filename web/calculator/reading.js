// Pure rules for reading the form's fields: what a field's text means, and
// the message shown under it. No DOM here (unit-tested under node --test).
import { messageText } from "../lib/phrase.js";

// A percent field from the core's parsePercent answer: {value, message, invalid}
// like an amount's. The core reads percents as the CLI does and decides the
// limits (a bonus percent of at most 1000, a discount of at most 100) when it
// evaluates; the page only shows what it answers.
export function percentReading(parsed, label) {
  if (!parsed.ok) return { value: undefined, message: `${label}: ${parsed.error.message}`, invalid: true };
  return { value: parsed.value, message: "", invalid: false };
}

// An amount field from the core's parseMoney answer (asked with the band's
// currency and the field's label): {value, message, invalid}. value is
// undefined when the text is no amount; the core's warning (an amount typed
// in another currency than the band's) is the message.
export function moneyReading(parsed, label) {
  if (!parsed.ok) return { value: undefined, message: `${label}: ${parsed.error.message}`, invalid: true };
  return { value: parsed.amount, message: parsed.warning ? messageText(parsed.warning) : "", invalid: false };
}

// The vesting select and its custom text: {vesting} to send (null for the
// default, even vesting), missing when "custom" was chosen with nothing typed.
export function vestingChoice(choice, customText) {
  const vesting = choice === "custom" ? String(customText).trim() : choice;
  if (vesting === "") return { vesting: null, missing: choice === "custom" };
  return { vesting: vesting === "even" ? null : vesting, missing: false };
}

// A derivation scale typed as a percent: the factor, or null when it is no usable percent.
export function deriveFactor(text) {
  const factor = Number(text);
  return Number.isFinite(factor) && factor > 0 && factor <= 1000 ? factor / 100 : null;
}

// The evaluate request (docs/json.md) from what was read; guide is the id the core answered.
export function evaluateRequest({ guide, region, offer, competing = [], fx = {}, parameters = {}, derive = null }) {
  const request = { guide, region, offer, competing, fx, parameters };
  if (derive) request.derive = derive;
  return request;
}
