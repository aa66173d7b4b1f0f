// Pure rules for reading the form's fields: what a field's text means, and
// the message shown under it. No DOM here (unit-tested under node --test).
import { messageText } from "../lib/phrase.js";

// A number field from the core's answer (parsePercent, parseMultiple,
// parseMonths: {ok, value}) as {value, message, invalid} like an amount's.
// The core reads them as the CLI does and decides the limits (a bonus percent
// of at most 1000, a dilution below 100) when it evaluates; the page only
// shows what it answers.
export function numberReading(parsed, label) {
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
// leaveAfterMonths: the "Leave at month" slider (if_you_leave in the answer).
export function evaluateRequest({ guide, region, offer, competing = [], fx = {}, parameters = {}, derive = null, leaveAfterMonths = null }) {
  const request = { guide, region, offer, competing, fx, parameters };
  if (derive) request.derive = derive;
  if (Number.isInteger(leaveAfterMonths)) request.leave_after_months = leaveAfterMonths;
  return request;
}
