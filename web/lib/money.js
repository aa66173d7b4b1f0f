// Money as the reader's locale writes it, in a band's currency, whole units.
// One Intl.NumberFormat per currency for the page's life: creating one costs
// far more than formatting with it.

const formatters = new Map();

function formatterFor(currency) {
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0,
    }).format;
  } catch {
    // Not an ISO code Intl knows: the code, then the number.
    const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format;
    return (n) => `${currency} ${plain(n)}`;
  }
}

export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  let format = formatters.get(currency);
  if (!format) {
    format = formatterFor(currency);
    formatters.set(currency, format);
  }
  return format(amount);
}

let percentFormat = null;

// A fraction as a whole percentage in the reader's locale: 0.85 is "85%" (en), "85 %" (de).
export function formatPercent(fraction) {
  if (fraction === null || fraction === undefined) return "—";
  if (!percentFormat) percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 }).format;
  return percentFormat(fraction);
}

const priceFormatters = new Map();

// A price per share, which has cents ($2.50) or, below one unit, up to four
// decimals ($0.0125), as the core's format_price; whole prices show none.
export function formatPrice(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  if (Number.isInteger(amount)) return formatMoney(amount, currency);
  const small = Math.abs(amount) < 1;
  const key = `${currency}|${small}`;
  let format = priceFormatters.get(key);
  if (!format) {
    const digits = { minimumFractionDigits: 2, maximumFractionDigits: small ? 4 : 2 };
    try {
      format = new Intl.NumberFormat(undefined, { style: "currency", currency, ...digits }).format;
    } catch {
      const plain = new Intl.NumberFormat(undefined, digits).format;
      format = (n) => `${currency} ${plain(n)}`;
    }
    priceFormatters.set(key, format);
  }
  return format(amount);
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
