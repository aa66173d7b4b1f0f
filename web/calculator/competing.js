// Competing offers: rows added and removed by the reader, read into the
// competing list of the evaluate request.
import { element } from "../lib/dom.js";
import { EQUITY_KINDS, VESTING_CHOICES } from "./form.js";
import { readAmount, readPercent } from "./inputs.js";

const CURRENCIES = ["USD", "EUR", "GBP", "INR", "SGD", "CAD", "CNY", "AUD", "HKD", "JPY", "CHF"];
let rowCount = 0;
// The amounts of each kind of equity, by request key.
const EQUITY_KEYS = { grant: ["stock", "stock_per_year"], options: ["options", "strike", "share_price"] };

export class CompetingOffers {
  // currency(): the band's currency, offered first; onChange(): a field changed.
  constructor(parts, prefix, { currency, onChange }) {
    this.parts = parts;
    this.prefix = prefix;
    this.currency = currency;
    this.onChange = onChange;
    this.rows = [];
    parts["competing-add"].addEventListener("click", () => this.add().fields.name.focus());
  }

  add(values = {}) {
    const index = this.rows.length + 1;
    const id = (name) => `${this.prefix}-c${++rowCount}-${name}`;
    const fields = {};
    const errors = {};
    const field = (name, label, control) => {
      control.id = id(name);
      fields[name] = control;
      errors[name] = element("p", { class: "field-error", id: `${control.id}-error`, "aria-live": "polite" });
      control.setAttribute("aria-describedby", errors[name].id);
      return element("div", { class: "field" }, [element("label", { for: control.id, text: label }), control, errors[name]]);
    };
    const text = (name) => element("input", { type: "text", inputmode: name === "name" ? "text" : "decimal", autocomplete: "off" });
    const currencies = [...new Set([this.currency() || "USD", ...CURRENCIES])];
    const remove = element("button", { type: "button", class: "button secondary", text: "Remove" });
    const liquid = element("input", { type: "checkbox", id: id("liquid") });
    liquid.checked = values.liquid !== false;
    fields.liquid = liquid;
    const root = element("fieldset", { class: "competing-offer" }, [
      element("legend", { text: `Competing offer ${index}` }),
      field("name", "Offer name", text("name")),
      field("currency", "Currency", element("select", {}, currencies.map((c) => element("option", { value: c, text: c })))),
      field("base", "Base", text("base")),
      field("equity", "Its equity", element("select", {}, EQUITY_KINDS.map(([value, label]) => element("option", { value, text: label })))),
      element("div", { class: "field-group grant" }, [
        field("stock", "Stock grant (total)", text("stock")),
        field("stock_per_year", "Or stock per year", text("stock_per_year")),
      ]),
      element("div", { class: "field-group options", hidden: "" }, [
        field("options", "Options (shares)", text("options")),
        field("strike", "Strike price", text("strike")),
        field("share_price", "Share price today", text("share_price")),
      ]),
      field("bonus_pct", "Bonus %", text("bonus_pct")),
      field("sign_on", "Sign-on", text("sign_on")),
      field("vesting", "Its vesting", element("select", {}, VESTING_CHOICES.filter(([v]) => v !== "custom").map(([value, label]) =>
        element("option", { value, text: label })))),
      element("div", { class: "field checkbox" }, [liquid, element("label", { for: liquid.id, text: "Liquid (public RSUs)" })]),
      remove,
    ]);
    const row = { root, fields, errors };
    for (const [key, value] of Object.entries(values)) {
      if (key in fields && key !== "liquid" && value !== undefined && value !== null) fields[key].value = String(value);
    }
    if (values.options !== undefined && values.options !== null) fields.equity.value = "options";
    const showKind = () => {
      const options = fields.equity.value === "options";
      root.querySelector(".field-group.options").hidden = !options;
      root.querySelector(".field-group.grant").hidden = options;
    };
    fields.equity.addEventListener("change", showKind);
    showKind();
    for (const control of Object.values(fields)) {
      control.addEventListener(control.tagName === "SELECT" || control.type === "checkbox" ? "change" : "input", () => this.onChange());
    }
    remove.addEventListener("click", () => this.remove(row));
    this.rows.push(row);
    this.parts["competing-list"].append(root);
    this.onChange();
    return row;
  }

  remove(row) {
    this.rows = this.rows.filter((r) => r !== row);
    row.root.remove();
    this.rows.forEach((r, i) => { r.root.querySelector("legend").textContent = `Competing offer ${i + 1}`; });
    this.parts["competing-add"].focus();
    this.onChange();
  }

  // The offers as the API takes them (rows without a base are skipped), or
  // null while a field is wrong.
  read(api) {
    const offers = [];
    let complete = true;
    this.rows.forEach((row, index) => {
      const f = row.fields;
      const name = f.name.value.trim() || `Competing offer ${index + 1}`;
      const offer = { name, currency: f.currency.value, liquid: f.liquid.checked };
      if (f.vesting.value !== "even") offer.vesting = f.vesting.value;
      const kind = f.equity.value === "options" ? "options" : "grant";
      for (const key of ["base", ...EQUITY_KEYS[kind], "sign_on"]) {
        const value = readAmount(api, f[key], row.errors[key], `${name}: ${key.replace(/_/g, " ")}`, f.currency.value);
        if (value === undefined) complete = false;
        else if (value !== null) offer[key] = value;
      }
      const bonusPct = readPercent(api, f.bonus_pct, row.errors.bonus_pct, `${name}: bonus %`);
      if (bonusPct === undefined) complete = false;
      else if (bonusPct !== null) offer.bonus_pct = bonusPct;
      if (offer.base !== undefined) offers.push(offer);
    });
    return complete ? offers : null;
  }
}
