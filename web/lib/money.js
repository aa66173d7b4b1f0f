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
