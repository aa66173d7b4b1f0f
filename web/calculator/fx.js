// The exchange rates used for competing offers in other currencies, each one
// editable. Rebuilt only when the set of currencies changes; typing a rate
// keeps the reader's value as an override.
import { element } from "../lib/dom.js";

export class FxPanel {
  constructor(container, prefix, onChange) {
    this.container = container;
    this.prefix = prefix;
    this.onChange = onChange;
    this.overrides = {};
    this.key = "";
  }

  show(result) {
    const rates = result ? result.fx.rates : [];
    const key = rates.length ? rates.map((r) => r.currency).join(",") + result.fx.currency : "";
    if (key === this.key) return;
    this.key = key;
    this.container.replaceChildren(...(rates.length ? [
      element("p", { class: "hint fx-source", text: `Converted with the ${result.fx.source} of ${result.fx.date}. Change any rate below to use your own.` }),
      ...rates.map((rate) => this.rateField(rate, result.fx.currency)),
    ] : []));
  }

  rateField(rate, currency) {
    const input = element("input", { type: "text", inputmode: "decimal", id: `${this.prefix}-fx-${rate.currency}` });
    input.value = String(Number(rate.rate.toPrecision(5)));
    input.addEventListener("input", () => {
      const value = Number(input.value);
      if (Number.isFinite(value) && value > 0) {
        this.overrides[rate.currency] = value;
        input.removeAttribute("aria-invalid");
      } else {
        delete this.overrides[rate.currency];
        input.setAttribute("aria-invalid", "true");
      }
      this.onChange();
    });
    return element("div", { class: "field" }, [element("label", { for: input.id, text: `1 ${rate.currency} in ${currency}` }), input]);
  }
}
