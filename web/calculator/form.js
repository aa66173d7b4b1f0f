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

// The widget's card shows Base salary and the equity fields (marked in-card
// below); every other field opens with "More".
const CARD_FIELDS = ["base"];

// A panel a person can fold: its heading is the summary (open to start with).
const panel = (cls, title, children, attributes = {}) => element("details", { class: `panel ${cls}`, open: "", ...attributes }, [
  element("summary", {}, [element("h2", { text: title })]), ...children]);

// compact: no script and no guide text (a widget attribute); theme: light, dark or auto.
export function buildForm(prefix, { compact = false, theme } = {}) {
  const parts = {};
  const id = (name) => `${prefix}-${name}`;
  const part = (name, node) => { parts[name] = node; return node; };
  const select = (name, label) => element("div", { class: "field" }, [
    element("label", { for: id(name), text: label }),
    part(name, element("select", { id: id(name), name })),
  ]);
  // extra: more attributes, like the placeholder showing a default.
  const amount = (name, label, extra = {}) => element("div", { class: CARD_FIELDS.includes(name) ? "field in-card" : "field" }, [
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
    element("div", { class: "field in-card" }, [
      element("label", { for: id("equity-kind"), text: "Kind of equity" }),
      part("equity-kind", element("select", { id: id("equity-kind") }, EQUITY_KINDS.map(([value, label]) =>
        element("option", { value, text: label })))),
    ]),
    part("grant-fields", element("div", { class: "field-group in-card" }, [amount("stock", "Equity grant (4 years)")])),
    part("option-fields", element("div", { class: "field-group in-card", hidden: "" }, [
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
  ]));
  const competing = panel("competing", "Competing offers", [
    element("p", { class: "hint", text: "Other offers you hold, in any currency. They are compared over four years and can raise your ask." }),
    part("competing-list", element("div", { class: "competing-list" })),
    part("competing-add", element("button", { type: "button", class: "button", text: "Add a competing offer" })),
    part("fx", element("div", { class: "fx" })),
  ]);
  const equity = panel("equity", "Equity", [
    part("equity", element("div")),
    part("leave-field", element("div", { class: "field leave", hidden: "" }, [
      element("label", { for: id("leave-months"), text: "Leave at month" }),
      part("leave-months", element("input", { id: id("leave-months"), type: "range", min: String(LEAVE_MONTHS.min),
        max: String(LEAVE_MONTHS.max), step: "1", value: String(LEAVE_MONTHS.initial), "aria-describedby": id("leave-note") })),
      part("leave-output", element("output", { for: id("leave-months") })),
    ])),
    part("leave-note", element("p", { id: id("leave-note"), class: "leave-note", "aria-live": "polite" })),
  ]);
  const years = panel("years", "Year by year", [
    part("years", element("div")),
  ]);
  const script = compact ? null : part("script", panel("script", "Negotiation script", [
    element("p", { class: "hint", text: "The guide's scripts with your numbers. Fill the fields; a sentence whose field is empty is left out." }),
    part("script-fields", element("div", { class: "script-fields" })),
    part("script-text", element("pre", { class: "script-text", tabindex: "0" })),
    // Printed instead of the whole script: the counter-offer and the email, to keep the summary to one page.
    part("script-summary", element("div", { class: "script-summary" }, [
      element("h3", { text: "Your counter-offer" }), part("script-counter", element("p")),
      element("h3", { text: "Email" }), part("script-email", element("p", { class: "script-email" })),
    ])),
    element("div", { class: "buttons" }, [
      part("script-copy", element("button", { type: "button", class: "button", text: "Copy script" })),
      part("script-print", element("button", { type: "button", class: "button", text: "Print summary" })),
    ]),
  ]));
  const verdict = element("section", { class: "panel verdict", "aria-labelledby": id("verdict-title") }, [
    element("h2", { id: id("verdict-title"), text: "At a glance" }),
    part("verdict-place", element("p", { class: "verdict-place" })),
    part("summary", element("p", { class: "visually-hidden", role: "status", "aria-live": "polite" })),
    part("prompt", element("p", { class: "hint prompt" })),
    part("verdict-line", element("p", { class: "verdict-line", hidden: "" })),
    part("verdict-parts", element("div", { class: "verdict-parts" })),
    part("verdict-totals", element("dl", { class: "verdict-totals", hidden: "" }, [
      element("div", {}, [element("dt", { text: "Year one" }), part("verdict-year-one", element("dd"))]),
      element("div", {}, [element("dt", { text: "Four years" }), part("verdict-four-years", element("dd"))]),
    ])),
    part("verdict-say", element("p", { class: "verdict-sentence", hidden: "" })),
    element("div", { class: "verdict-actions" }, [
      part("verdict-copy", element("button", { type: "button", class: "button secondary", text: "Copy sentence", hidden: "" })),
      part("more", element("button", { type: "button", class: "button more", "aria-expanded": "false", hidden: "" })),
    ]),
  ]);
  const results = panel("results", "Where it sits, and why", [
    part("components", element("div")),
    part("asks", element("div")),
    part("totals", element("div")),
    part("warnings", element("ul", { class: "warnings" })),
  ]);
  // The guide: its dates, its levels, another guide from a file, and its text.
  const guide = panel("guide", "The guide", [
    element("div", { class: "field guide-file" }, [
      element("label", { for: id("guide-file"), text: "Open guide file" }),
      part("guide-file", element("input", { id: id("guide-file"), type: "file", accept: ".md,.markdown,.txt,text/markdown,text/plain" })),
      element("p", { class: "hint", text: "Or drop a guide (.md) here. It is read in this browser and never leaves it." }),
      part("guide-file-status", element("div", { class: "guide-file-status", "aria-live": "polite" })),
    ]),
    part("freshness", element("section", { class: "freshness", "aria-label": "Guide freshness" })),
    part("levels", element("section", { class: "levels" })),
    compact ? null : part("guide-text", element("article", { class: "guide-text", "aria-label": "The guide's advice" })),
  ]);
  const themeClass = ["light", "dark", "auto"].includes(theme) ? `theme-${theme}` : "";
  const root = element("div", { class: ["oc", compact ? "compact" : "", themeClass].filter(Boolean).join(" ") },
    [form, verdict, results, years, equity, competing, script, guide]);
  return { root, parts };
}
