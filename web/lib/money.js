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
