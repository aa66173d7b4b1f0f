// Money as the reader's locale writes it, in a band's currency, whole units.
// One Intl.NumberFormat per currency for the page's life: creating one costs
// far more than formatting with it.

// Formatters by kind of amount, then by currency (no key to build per call: money is formatted at every keystroke).
const formatters = { whole: new Map(), cents: new Map(), small: new Map(), short: new Map() };

// digits: {minimumFractionDigits, maximumFractionDigits}.
function formatterFor(currency, digits) {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency, ...digits }).format;
  } catch {
    // Not an ISO code Intl knows: the code, then the number.
    const plain = new Intl.NumberFormat(undefined, digits).format;
    return (n) => `${currency} ${plain(n)}`;
  }
}

// One formatter per kind of amount ("whole", "cents", "small") and currency, made once.
function formatWith(kind, currency, digits, amount) {
  let format = formatters[kind].get(currency);
  if (!format) {
    format = formatterFor(currency, digits);
    formatters[kind].set(currency, format);
  }
  return format(amount);
}

const WHOLE = { maximumFractionDigits: 0, minimumFractionDigits: 0 };
const CENTS = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
const SMALL = { minimumFractionDigits: 2, maximumFractionDigits: 4 };
const SHORT = { notation: "compact", maximumSignificantDigits: 3 };

export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  return formatWith("whole", currency, WHOLE, amount);
}

// An amount short enough to label a chart mark, in the reader's locale:
// three significant digits, "€125K" in en, "125 k €" in fr ("123.456 €" in de, which has no short thousands).
export function formatMoneyShort(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  return formatWith("short", currency, SHORT, amount);
}

let percentFormat = null;

// A fraction as a whole percentage in the reader's locale: 0.85 is "85%" (en), "85 %" (de).
export function formatPercent(fraction) {
  if (fraction === null || fraction === undefined) return "—";
  if (!percentFormat) percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 }).format;
  return percentFormat(fraction);
}

// A price per share, which has cents ($2.50) or, below one unit, up to four
// decimals ($0.0125), as the core's format_price; whole prices show none.
export function formatPrice(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  if (Number.isInteger(amount)) return formatMoney(amount, currency);
  return Math.abs(amount) < 1 ? formatWith("small", currency, SMALL, amount) : formatWith("cents", currency, CENTS, amount);
}

let multipleFormat = null;
let countFormat = null;

// An exit multiple: 1.8 is "1.8×", at most two decimals, in the reader's locale ("1,8×" in de).
export function formatMultiple(multiple) {
  if (multiple === null || multiple === undefined) return "—";
  if (!multipleFormat) multipleFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format;
  return `${multipleFormat(multiple)}×`;
}

// A number of things (options), whole and grouped: "15,000".
export function formatCount(count) {
  if (count === null || count === undefined) return "—";
  if (!countFormat) countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format;
  return countFormat(count);
}
