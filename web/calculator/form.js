// The calculator's skeleton: the form, and the empty panels the views fill.
// Answers {root, parts}: parts names every node the views and the inputs use.
import { element } from "../lib/dom.js";

export const VESTING_CHOICES = [
  ["even", "Even: 25% a year"], ["cliff", "Cliff, then monthly"], ["quarterly", "Cliff, then quarterly"],
  ["5,15,40,40", "5% / 15% / 40% / 40%"], ["33,33,22,11", "33% / 33% / 22% / 11%"], ["custom", "Custom…"],
];
// Schedules that vest after a cliff in months (the core refuses a cliff on yearly ones).
export const CLIFF_SCHEDULES = ["cliff", "quarterly"];
export const EQUITY_KINDS = [["grant", "A grant value (RSUs or shares)"], ["options", "Stock options"]];
// The "Leave at month" slider: the first four years, a year by default.
export const LEAVE_MONTHS = { min: 0, max: 48, initial: 12 };

export function buildForm(prefix, { compact = false, theme } = {}) {
  const parts = {};
  const id = (name) => `${prefix}-${name}`;
  const part = (name, node) => { parts[name] = node; return node; };
  const select = (name, label) => element("div", { class: "field" }, [
    element("label", { for: id(name), text: label }),
    part(name, element("select", { id: id(name), name })),
  ]);
  // extra: more attributes, like the placeholder showing a default.
  const amount = (name, label, extra = {}) => element("div", { class: "field" }, [
    element("label", { for: id(name), text: label }),
    part(name, element("input", { id: id(name), name, type: "text", inputmode: "decimal",
      autocomplete: "off", "aria-describedby": id(`${name}-error`), ...extra })),
    part(`${name}-error`, element("p", { id: id(`${name}-error`), class: "field-error", "aria-live": "polite" })),
  ]);
  const form = part("form", element("form", { class: "panel inputs", novalidate: "" }, [
    compact ? null : element("h2", { text: "Your offer" }),
    part("search-field", element("div", { class: "field search", hidden: "" }, [
      element("label", { for: id("search"), text: "Search guides" }),
      part("search", element("input", { id: id("search"), type: "search", autocomplete: "off",
        placeholder: "Company, role or region", "aria-describedby": id("search-count") })),
      part("search-count", element("p", { id: id("search-count"), class: "hint", "aria-live": "polite" })),
    ])),
    select("company", "Company"),
    select("role", "Role"),
    select("region", "Region"),
    part("currency-note", element("p", { class: "hint" })),
    amount("base", "Base salary"),
    element("div", { class: "field" }, [
      element("label", { for: id("equity-kind"), text: "Kind of equity" }),
      part("equity-kind", element("select", { id: id("equity-kind") }, EQUITY_KINDS.map(([value, label]) =>
        element("option", { value, text: label })))),
    ]),
    part("grant-fields", element("div", { class: "field-group" }, [amount("stock", "Equity grant (4 years)")])),
    part("option-fields", element("div", { class: "field-group", hidden: "" }, [
      amount("options", "Options (shares)"),
      amount("strike", "Strike price"),
      amount("share-price", "Share price today"),
      element("p", { class: "hint", text: "Per share. Today's price is yours to choose: the last preferred price or the 409A valuation; exits are multiples of it." }),
    ])),
    amount("bonus-pct", "Bonus (%)"),
    amount("sign-on", "Sign-on bonus"),
    element("p", { class: "hint", text: "Amounts like 80000, 80k, 1.2M. The equity grant is the total over four years." }),
    part("offer-letter", element("div", { class: "offer-letter-box" })),
    element("details", { class: "more-terms" }, [
      element("summary", { text: "Vesting, refreshes and liquidity" }),
      element("div", { class: "field" }, [
        element("label", { for: id("vesting"), text: "Vesting" }),
        part("vesting", element("select", { id: id("vesting") }, VESTING_CHOICES.map(([value, label]) =>
          element("option", { value, text: label })))),
      ]),
      element("div", { class: "field", hidden: "" }, [
        element("label", { for: id("vesting-custom"), text: "Yearly vesting percents" }),
        part("vesting-custom", element("input", { id: id("vesting-custom"), type: "text", placeholder: "10,20,30,40",
          "aria-describedby": id("vesting-custom-error") })),
        part("vesting-custom-error", element("p", { id: id("vesting-custom-error"), class: "field-error", "aria-live": "polite" })),
      ]),
      part("cliff-fields", element("div", { class: "field-group", hidden: "" }, [
        amount("cliff-months", "Cliff (months)", { placeholder: "12" }),
        amount("vesting-start", "Vesting starts (months after joining)", { placeholder: "0", inputmode: "text" }),
      ])),
      amount("refresh", "Refresh grant (yearly, from year 2)"),
      element("div", { class: "field checkbox" }, [
        part("illiquid", element("input", { id: id("illiquid"), type: "checkbox" })),
        element("label", { for: id("illiquid"), text: "Pre-IPO equity (not yet sellable)" }),
      ]),
      amount("discount", "Risk discount on pre-IPO equity (%)"),
    ]),
    element("details", { class: "more-terms" }, [
      element("summary", { text: "Exit, raises and bonus payout" }),
      amount("exit-multiple", "Exit multiple", { placeholder: "1" }),
      amount("dilution", "Dilution to exit (%)", { placeholder: "0" }),
      element("p", { class: "hint", text: "The exit price over today's share price (1 is today's, 3 is three times), and the share of the company new investors will own by then." }),
      amount("raise", "Yearly raise (%)", { placeholder: "0" }),
      amount("bonus-payout", "Bonus payout (%)", { placeholder: "100" }),
    ]),
    part("derive-box", element("div", { class: "derive", hidden: "" }, [
      element("div", { class: "field checkbox" }, [
        part("derive", element("input", { id: id("derive"), type: "checkbox" })),
        part("derive-label", element("label", { for: id("derive") })),
      ]),
      amount("derive-factor", "Scale (%)"),
    ])),
    element("div", { class: "field guide-file" }, [
      element("label", { for: id("guide-file"), text: "Open guide file" }),
      part("guide-file", element("input", { id: id("guide-file"), type: "file", accept: ".md,.markdown,.txt,text/markdown,text/plain" })),
      element("p", { class: "hint", text: "Or drop a guide (.md) here. It is read in this browser and never leaves it." }),
      part("guide-file-status", element("div", { class: "guide-file-status", "aria-live": "polite" })),
    ]),
    part("freshness", element("section", { class: "freshness", "aria-label": "Guide freshness" })),
    part("levels", element("section", { class: "levels" })),
  ]));
  const competing = element("section", { class: "panel competing", "aria-label": "Competing offers" }, [
    element("h2", { text: "Competing offers" }),
    element("p", { class: "hint", text: "Other offers you hold, in any currency. They are compared over four years and can raise your ask." }),
    part("competing-list", element("div", { class: "competing-list" })),
    part("competing-add", element("button", { type: "button", class: "button", text: "Add a competing offer" })),
    part("fx", element("div", { class: "fx" })),
  ]);
  const equity = element("section", { class: "panel equity", "aria-label": "Equity" }, [
    element("h2", { text: "Equity" }),
    part("equity", element("div")),
    part("leave-field", element("div", { class: "field leave", hidden: "" }, [
      element("label", { for: id("leave-months"), text: "Leave at month" }),
      part("leave-months", element("input", { id: id("leave-months"), type: "range", min: String(LEAVE_MONTHS.min),
        max: String(LEAVE_MONTHS.max), step: "1", value: String(LEAVE_MONTHS.initial), "aria-describedby": id("leave-note") })),
      part("leave-output", element("output", { for: id("leave-months") })),
    ])),
    part("leave-note", element("p", { id: id("leave-note"), class: "leave-note", "aria-live": "polite" })),
  ]);
  const years = element("section", { class: "panel years", "aria-label": "Year by year" }, [
    element("h2", { text: "Year by year" }),
    part("years", element("div")),
  ]);
  const script = compact ? null : part("script", element("section", { class: "panel script", "aria-label": "Negotiation script" }, [
    element("h2", { text: "Negotiation script" }),
    element("p", { class: "hint", text: "The guide's scripts with your numbers. Fill the fields; a sentence whose field is empty is left out." }),
    part("script-fields", element("div", { class: "script-fields" })),
    part("script-text", element("pre", { class: "script-text", tabindex: "0" })),
    element("div", { class: "buttons" }, [
      part("script-copy", element("button", { type: "button", class: "button", text: "Copy script" })),
      part("script-print", element("button", { type: "button", class: "button", text: "Print summary" })),
    ]),
  ]));
  const results = element("section", { class: "panel results", "aria-label": "Where your offer sits" }, [
    compact ? null : element("h2", { text: "Where it sits" }),
    part("summary", element("p", { class: "visually-hidden", role: "status", "aria-live": "polite" })),
    part("prompt", element("p", { class: "hint" })),
    part("components", element("div")),
    part("asks", element("div")),
    part("totals", element("div")),
    part("warnings", element("ul", { class: "warnings" })),
  ]);
  const text = compact ? null : part("guide-text", element("article", { class: "panel guide-text", "aria-label": "The guide's advice" }));
  const themeClass = ["light", "dark", "auto"].includes(theme) ? `theme-${theme}` : "";
  const root = element("div", { class: ["oc", compact ? "compact" : "", themeClass].filter(Boolean).join(" ") },
    [form, results, competing, equity, years, script, text]);
  return { root, parts };
}
