// Sentences the core worded with their values apart (docs/json.md, "Phrase"):
// the page fills each template with its values written in the reader's
// locale, as every other amount on the page. No wording here.
import { formatCount, formatMoney, formatMultiple, formatPercent } from "./money.js";

const FORMATS = {
  money: (value) => formatMoney(value.value, value.currency),
  percent: (value) => formatPercent(value.value),
  multiple: (value) => formatMultiple(value.value),
  count: (value) => formatCount(value.value),
};

export function valueText(value) {
  const format = FORMATS[value.kind];
  return format ? format(value) : String(value.value);
}

// "{0}" is values[0]; "{{" and "}}" are literal braces.
export function phraseText(phrase) {
  return phrase.template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index) =>
    (index === undefined ? match[0] : valueText(phrase.values[Number(index)])));
}

// A diagnostic's message as the page shows it: from its parts when it has amounts.
export function messageText(diagnostic) {
  return diagnostic.message_parts ? phraseText(diagnostic.message_parts) : diagnostic.message;
}
