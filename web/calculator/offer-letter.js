// "Paste an offer letter": the core reads the letter's text (in this page,
// nothing leaves it), the panel shows each figure found with its sentence,
// and fills the form only when the person presses "Fill the form".
import { element, setText } from "../lib/dom.js";
import { formatCount, formatMoney, formatPrice } from "../lib/money.js";

// The form's label for each field the core reads, and the form field it fills.
const FIELDS = {
  base: { label: "Base salary", input: "base" },
  stock: { label: "Equity grant (4 years)", input: "stock" },
  options: { label: "Options (shares)", input: "options" },
  strike: { label: "Strike price", input: "strike" },
  bonus_pct: { label: "Bonus (%)", input: "bonus-pct" },
  sign_on: { label: "Sign-on bonus", input: "sign-on" },
};
const MISSING_WORDS = { base: "base salary", equity: "equity", bonus: "target bonus", sign_on: "sign-on bonus" };

let percentFormat = null;
// A bonus percent as the form takes it (15 is 15%), in the reader's locale.
function formatPercentValue(percent) {
  if (!percentFormat) percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format;
  return percentFormat(percent / 100);
}

function valueText(item) {
  if (item.field === "options") return formatCount(item.value);
  if (item.field === "strike") return formatPrice(item.value, item.currency);
  if (item.field === "bonus_pct") return formatPercentValue(item.value);
  return formatMoney(item.value, item.currency);
}

// The form's inputs for what the letter gives, as strings its fields accept;
// fields the letter does not give are left out (the person's stay).
export function letterInputs(found) {
  const by = Object.fromEntries(found.map((item) => [item.field, item]));
  const inputs = {};
  for (const field of ["base", "bonus_pct", "sign_on"]) {
    if (by[field]) inputs[FIELDS[field].input] = String(by[field].value);
  }
  if (by.options && (by.strike || !by.stock)) {
    inputs["equity-kind"] = "options";
    inputs.options = String(by.options.value);
    if (by.strike) inputs.strike = String(by.strike.value);
  } else if (by.stock) {
    inputs["equity-kind"] = "grant";
    inputs.stock = String(by.stock.value);
  }
  return inputs;
}

export class OfferLetterPanel {
  // container: where the panel goes; calculator: its api (once connected),
  // currency() of the band chosen, and setInputs(inputs).
  constructor(container, prefix, calculator) {
    this.calculator = calculator;
    this.found = [];
    const id = `${prefix}-letter`;
    this.text = element("textarea", { id, rows: "8", spellcheck: "false", autocomplete: "off",
      placeholder: "Paste the offer's text here: base salary, equity, bonus, sign-on…" });
    this.readButton = element("button", { type: "button", class: "button", text: "Read the letter" });
    this.message = element("p", { class: "letter-message", "aria-live": "polite" });
    this.list = element("ul", { class: "letter-found" });
    this.missing = element("p", { class: "letter-missing hint" });
    this.notes = element("ul", { class: "letter-notes hint" });
    // Figures the core did not read, each with its sentence and why: nothing is guessed.
    this.unreadTitle = element("p", { class: "letter-unread-title hint", hidden: "" });
    this.unread = element("ul", { class: "letter-unread hint" });
    this.currencyNote = element("p", { class: "letter-currency hint" });
    this.fillButton = element("button", { type: "button", class: "button", text: "Fill the form", hidden: "" });
    this.root = element("details", { class: "offer-letter more-terms" }, [
      element("summary", { text: "Paste an offer letter" }),
      element("div", { class: "field" }, [
        element("label", { for: id, text: "Offer letter text" }),
        this.text,
        element("p", { class: "hint", text: "Read in this browser; the letter never leaves it. Nothing is filled until you press Fill the form." }),
      ]),
      this.readButton, this.message, this.list, this.missing, this.notes, this.unreadTitle, this.unread,
      this.currencyNote, this.fillButton,
    ]);
    this.readButton.addEventListener("click", () => this.read());
    this.fillButton.addEventListener("click", () => this.fill());
    container.append(this.root);
  }

  async read() {
    const api = this.calculator.api || await this.calculator.connected;
    const answer = await api.readOfferLetter(this.text.value, { currency: this.calculator.currency() || "" });
    this.found = answer.ok ? answer.found : [];
    setText(this.message, answer.ok ? `Found in the letter (${answer.found.length}): check each before filling the form.`
      : answer.error.message.replace(/^./, (c) => c.toUpperCase()) + ".");
    this.message.classList.toggle("field-error", !answer.ok);
    this.list.replaceChildren(...this.found.map((item) => element("li", { "data-field": item.field }, [
      element("strong", { text: `${FIELDS[item.field].label}: ` }),
      element("span", { class: "letter-value", text: valueText(item) }),
      item.note ? element("span", { class: "hint", text: ` (${item.note})` }) : null,
      element("q", { class: "letter-sentence", text: item.sentence }),
    ])));
    const missing = answer.ok ? answer.missing : [];
    setText(this.missing, missing.length ? `Not found in the letter: ${missing.map((m) => MISSING_WORDS[m]).join(", ")}.` : "");
    this.notes.replaceChildren(...(answer.ok ? answer.notes : []).map((note) => element("li", { text: note })));
    const unread = answer.ok ? answer.unread || [] : [];
    setText(this.unreadTitle, unread.length ? `Not read (${unread.length}): figures whose part or currency the letter leaves unclear.` : "");
    this.unreadTitle.hidden = unread.length === 0;
    this.unread.replaceChildren(...unread.map((figure) => element("li", { "data-unread": figure.text }, [
      element("strong", { text: figure.text }), document.createTextNode(`: ${figure.reason} `),
      element("q", { class: "letter-sentence", text: figure.sentence }),
    ])));
    setText(this.currencyNote, this.currencyWords(answer.ok ? answer.currency : null));
    this.fillButton.hidden = this.found.length === 0;
  }

  // A letter in another currency than the band's (its figures', or the one
  // the core names for the letter): said, and still the person's call.
  currencyWords(letterCurrency) {
    const band = this.calculator.currency();
    const others = [...new Set([letterCurrency, ...this.found.map((item) => item.currency)].filter((c) => c && c !== band))];
    if (!band || others.length === 0) return "";
    return `The letter is in ${others.join(", ")} and the band in ${band}: filling takes the amounts as written, unconverted.`;
  }

  fill() {
    if (this.found.length === 0) return;
    const inputs = letterInputs(this.found);
    this.calculator.setInputs(inputs);
    const filled = Object.values(FIELDS).filter((f) => f.input in inputs).map((f) => f.label);
    setText(this.message, `Filled: ${filled.join(", ")}. Your other fields are as they were.`);
    this.message.classList.remove("field-error");
  }
}
