// The calculator: the form, the result and the guide text, built into any
// container (the page, a widget's shadow root, the iframe embed). It asks
// OfferCheck and draws; no network, no storage. The only HTML it inserts is
// the core's rendering of the guide text (renderMarkdown: raw HTML as text,
// http(s) links only, images as their alt text, no style attributes).

const SVG_NS = "http://www.w3.org/2000/svg";

const COMPONENT_TITLES = {
  base: "Base salary",
  stock: "Equity grant (4 years)",
  bonus: "Bonus (yearly)",
  total_comp: "Total comp (yearly average)",
};

const MONEY_FIELDS = [
  { id: "base", key: "base", label: "Base salary" },
  { id: "stock", key: "stock", label: "Equity grant (4 years)" },
  { id: "sign-on", key: "sign_on", label: "Sign-on bonus" },
];

let calculatorCount = 0;

const VESTING_CHOICES = [
  ["even", "Even: 25% a year"], ["cliff", "One-year cliff, then monthly"],
  ["5,15,40,40", "5% / 15% / 40% / 40%"], ["33,33,22,11", "33% / 33% / 22% / 11%"], ["custom", "Custom…"],
];
const DEFAULT_DISCOUNT = "50";
// With more guides than this, a search box filters Company and Role.
const SEARCH_FROM = 20;

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function svgElement(tag, attributes = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

const formatters = new Map();
function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return "—";
  let format = formatters.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, {
        style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0,
      }).format;
    } catch (error) {
      const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format;
      format = (n) => `${currency} ${plain(n)}`;
    }
    formatters.set(currency, format);
  }
  return format(amount);
}

function percent(fraction) {
  return `${Math.round(fraction * 100)}%`;
}

function positionWords(component) {
  const { position, status } = component;
  if (status === "no_data") return "the guide has no band for this";
  if (status === "below") return position === null ? "below the band" : `below the band (${percent(position)})`;
  if (status === "above") return position === null ? "above the band" : `above the band (${percent(position)})`;
  if (position === null) return "at the band's single point";
  const where = position < 0.25 ? "in the bottom quarter" : position < 0.5 ? "in the lower half"
    : position < 0.75 ? "in the upper half" : "in the top quarter";
  return `${percent(position)} into the band, ${where}`;
}

const STATUS_WORDS = { below: "below", within: "within", above: "above", no_data: "no data" };

// Copies text to the clipboard; where the clipboard is refused, selects the
// node that shows it so the reader can copy by hand. The button says which.
async function copyText(text, node, button) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    if (typeof node.select === "function") {
      node.focus();
      node.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
    copied = Boolean(document.execCommand && document.execCommand("copy"));
  }
  const label = button.textContent;
  button.textContent = copied ? "Copied" : "Selected: press Ctrl+C";
  setTimeout(() => { button.textContent = label; }, 1500);
}

class Calculator {
  // options: company, role, region (preselected), locked (no changing them),
  // compact (no guide text), theme (light, dark, auto), onChange(state) after
  // every update.
  constructor(container, api, options = {}) {
    this.api = api;
    this.options = options;
    this.guides = [];
    this.matching = [];  // the guides the search box lets through
    this.guide = null;  // the full guide chosen
    this.result = null;  // the last evaluation
    this.announceTimer = null;
    this.prefix = `oc${++calculatorCount}`;
    this.parts = {};
    this.root = this.build();
    container.append(this.root);
    this.start();
  }

  build() {
    const parts = this.parts;
    const id = (name) => `${this.prefix}-${name}`;
    const part = (name, node) => { parts[name] = node; return node; };
    const select = (name, label) => element("div", { class: "field" }, [
      element("label", { for: id(name), text: label }),
      part(name, element("select", { id: id(name), name })),
    ]);
    const amount = (name, label) => element("div", { class: "field" }, [
      element("label", { for: id(name), text: label }),
      part(name, element("input", { id: id(name), name, type: "text", inputmode: "decimal",
        autocomplete: "off", "aria-describedby": id(`${name}-error`) })),
      part(`${name}-error`, element("p", { id: id(`${name}-error`), class: "field-error", "aria-live": "polite" })),
    ]);
    const compact = Boolean(this.options.compact);
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
      amount("stock", "Equity grant (4 years)"),
      amount("bonus-pct", "Bonus (%)"),
      amount("sign-on", "Sign-on bonus"),
      element("p", { class: "hint", text: "Amounts like 80000, 80k, 1.2M. The equity grant is the total over four years." }),
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
        amount("refresh", "Refresh grant (yearly, from year 2)"),
        element("div", { class: "field checkbox" }, [
          part("illiquid", element("input", { id: id("illiquid"), type: "checkbox" })),
          element("label", { for: id("illiquid"), text: "Pre-IPO equity (not yet sellable)" }),
        ]),
        amount("discount", "Risk discount on pre-IPO equity (%)"),
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
    const years = element("section", { class: "panel years", "aria-label": "Year by year" }, [
      element("h2", { text: "Year by year" }),
      part("years", element("div")),
    ]);
    const script = compact ? null : element("section", { class: "panel script", "aria-label": "Negotiation script" }, [
      element("h2", { text: "Negotiation script" }),
      element("p", { class: "hint", text: "The guide's scripts with your numbers. Fill the fields; a sentence whose field is empty is left out." }),
      part("script-fields", element("div", { class: "script-fields" })),
      part("script-text", element("pre", { class: "script-text", tabindex: "0" })),
      element("div", { class: "buttons" }, [
        part("script-copy", element("button", { type: "button", class: "button", text: "Copy script" })),
        part("script-print", element("button", { type: "button", class: "button", text: "Print summary" })),
      ]),
    ]);
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
    const theme = ["light", "dark", "auto"].includes(this.options.theme) ? `theme-${this.options.theme}` : "";
    const root = element("div", { class: ["oc", compact ? "compact" : "", theme].filter(Boolean).join(" ") },
      [form, results, competing, years, script, text]);
    // One column when the calculator itself is narrow (a widget in a blog column).
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(([entry]) => root.classList.toggle("narrow", entry.contentRect.width < 760)).observe(root);
    }
    return root;
  }

  start() {
    const parts = this.parts;
    parts.search.addEventListener("input", () => this.filterGuides());
    parts.company.addEventListener("change", () => this.chooseCompany());
    parts.role.addEventListener("change", () => this.chooseGuide());
    parts.region.addEventListener("change", () => this.update());
    for (const name of ["base", "stock", "bonus-pct", "sign-on", "refresh", "discount", "vesting-custom", "derive-factor"]) {
      parts[name].addEventListener("input", () => this.update());
    }
    for (const name of ["illiquid", "derive"]) parts[name].addEventListener("change", () => this.update());
    parts.discount.value = DEFAULT_DISCOUNT;
    parts.vesting.addEventListener("change", () => {
      parts["vesting-custom"].closest(".field").hidden = parts.vesting.value !== "custom";
      this.update();
    });
    this.competingRows = [];
    this.fxOverrides = {};
    this.fills = {};
    parts["competing-add"].addEventListener("click", () => {
      const row = this.addCompetingRow();
      row.fields.name.focus();
    });
    if (parts["script-copy"]) {
      parts["script-copy"].addEventListener("click", () => this.copyScript());
      parts["script-print"].addEventListener("click", () => window.print());
    }
    parts.form.addEventListener("submit", (event) => event.preventDefault());
    parts["guide-file"].addEventListener("change", () => {
      const file = parts["guide-file"].files[0];
      if (file) this.openGuideFile(file);
    });
    this.root.addEventListener("dragover", (event) => {
      if (![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      this.root.classList.add("dragging");
    });
    this.root.addEventListener("dragleave", () => this.root.classList.remove("dragging"));
    this.root.addEventListener("drop", (event) => {
      this.root.classList.remove("dragging");
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      this.openGuideFile(file);
    });
    this.refreshGuides();
    const { company, role, region, locked } = this.options;
    this.choose({ guide: company && role ? `${company}/${role}` : null, company, region });
    if (locked) {
      for (const name of ["company", "role", "region"]) parts[name].disabled = true;
      parts["search-field"].hidden = true;
    }
  }

  // Settles when the chosen guide is shown (its text may have to be fetched first).
  whenShown() {
    return this.loading || Promise.resolve();
  }

  // Selects a guide (by id, or the first of a company) and a region, when present.
  choose({ guide, company, region } = {}) {
    const parts = this.parts;
    const wanted = this.guides.find((g) => g.id === guide) ||
      this.guides.find((g) => company && g.company === company);
    if (wanted && !this.matching.includes(wanted)) {
      parts.search.value = "";
      this.filterGuides({ silent: true });
    }
    if (wanted) parts.company.value = wanted.company;
    this.wantedRegion = region ? String(region).trim().toLowerCase() : null;
    this.chooseCompany({ silent: true });
    if (wanted) parts.role.value = wanted.id;
    this.chooseGuide({ silent: true });
    this.update();
    return Boolean(wanted) || !guide;
  }

  setTheme(theme) {
    for (const name of ["light", "dark", "auto"]) this.root.classList.toggle(`theme-${name}`, name === theme);
  }

  // The inputs as typed, and where they apply.
  state() {
    return {
      guide: this.parts.role.value,
      region: this.parts.region.value,
      inputs: Object.fromEntries(["base", "stock", "bonus-pct", "sign-on"].map((name) => [name, this.parts[name].value])),
      result: this.result,
    };
  }

  setInputs(inputs) {
    for (const [name, value] of Object.entries(inputs)) {
      if (name in this.parts && typeof value === "string") this.parts[name].value = value;
    }
    this.update();
  }

  async openGuideFile(file) {
    const status = this.parts["guide-file-status"];
    let text;
    try {
      text = await file.text();
    } catch (error) {
      status.replaceChildren(element("p", { class: "field-error", text: `${file.name} could not be read.` }));
      return;
    }
    const answer = this.api.loadGuide(text);
    if (!answer.ok) {
      const errors = answer.diagnostics.filter((d) => d.severity === "error");
      status.replaceChildren(
        element("p", { class: "field-error", text: `${file.name} is not a usable guide:` }),
        element("ul", { class: "guide-errors" }, errors.map((d) => element("li", {
          "data-code": d.code,
          text: `${file.name}${d.line ? `:${d.line}:${d.column}` : ""}: ${d.message}`,
        }))));
      return;
    }
    this.refreshGuides();
    this.choose({ guide: answer.id });
    const warnings = answer.diagnostics.filter((d) => d.severity === "warning");
    status.replaceChildren(element("p", { class: "hint guide-loaded",
      text: `Opened ${file.name}: ${answer.guide.company_display} — ${answer.guide.role_display}` +
        (warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? "" : "s"})` : "") + "." }),
      warnings.length ? element("ul", { class: "guide-warnings" }, warnings.map((d) => element("li", {
        text: `${file.name}${d.line ? `:${d.line}:${d.column}` : ""}: ${d.message}` }))) : null);
  }

  refreshGuides() {
    const listed = this.api.guides();
    this.guides = listed.ok ? listed.guides : [];
    this.searchText = new Map(this.guides.map((g) => [g, [g.company_display, g.company, g.role_display, g.role,
      ...g.regions.map((r) => r.region)].join(" ").toLowerCase()]));
    this.parts["search-field"].hidden = this.guides.length <= SEARCH_FROM || Boolean(this.options.locked);
    this.filterGuides({ silent: true, keepChoice: true });
  }

  // The guides whose names and regions hold every word typed in the search box.
  filterGuides({ silent = false, keepChoice = false } = {}) {
    const words = this.parts.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const found = this.guides.filter((g) => words.every((word) => this.searchText.get(g).includes(word)));
    const count = this.parts["search-count"];
    if (words.length && found.length === 0) {
      // Nothing matches: keep the choice as it is, and say so.
      count.textContent = `No guide matches “${this.parts.search.value.trim()}”.`;
      return;
    }
    count.textContent = words.length ? `${found.length} of ${this.guides.length} guides` : "";
    this.matching = found;
    this.fillCompanies();
    if (!keepChoice) this.chooseCompany({ silent });
  }

  fillCompanies() {
    const companies = new Map();
    for (const guide of this.matching) companies.set(guide.company, guide.company_display);
    const select = this.parts.company;
    const chosen = select.value;
    select.replaceChildren(...[...companies].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([value, label]) => element("option", { value, text: label })));
    if (companies.has(chosen)) select.value = chosen;
  }

  chooseCompany({ silent = false } = {}) {
    const company = this.parts.company.value;
    const select = this.parts.role;
    const chosen = select.value;
    const roles = this.matching.filter((g) => g.company === company)
      .sort((a, b) => a.role_display.localeCompare(b.role_display));
    select.replaceChildren(...roles.map((g) => element("option", { value: g.id, text: g.role_display })));
    if (roles.some((g) => g.id === chosen)) select.value = chosen;
    this.chooseGuide({ silent });
  }

  chooseGuide({ silent = false } = {}) {
    const id = this.parts.role.value;
    const answer = this.api.guide(id);
    if (!answer.ok && answer.loading) {
      // Shown as soon as its text arrives, unless another guide was chosen meanwhile.
      this.loading = this.api.openGuide(id).then((opened) => {
        if (this.parts.role.value !== id) return;
        // A failed load is said, not retried: choosing the guide again tries again.
        if (opened.ok) this.chooseGuide();
        else this.parts.freshness.replaceChildren(element("p", { class: "field-error", text: opened.error.message }));
      });
      this.parts.freshness.replaceChildren(element("p", { class: "hint", text: "Loading the guide…" }));
    }
    this.guide = answer.ok ? answer.guide : null;
    this.insights = answer.ok ? answer.insights : null;
    this.renderLevels();
    const select = this.parts.region;
    const chosen = select.value;
    const bands = this.guide ? this.guide.compensation : [];
    select.replaceChildren(...bands.map((band) => element("option", {
      value: band.region,
      text: band.base.low === null && band.total_comp.low === null && band.stock.low === null
        ? `${band.region} (no band data)` : band.region,
    })));
    const wanted = this.wantedRegion && bands.find((b) => b.region.toLowerCase() === this.wantedRegion);
    if (wanted) select.value = wanted.region;
    else if (bands.some((b) => b.region === chosen)) select.value = chosen;
    if (this.guide) this.wantedRegion = null;
    if (this.guide || !answer.loading) this.renderFreshness();
    this.renderGuideText();
    if (!silent) this.update();
  }

  band() {
    if (!this.guide) return null;
    return this.guide.compensation.find((b) => b.region === this.parts.region.value) || null;
  }

  // Reads the form; each bad field gets its own message and keeps its text.
  readOffer(currency) {
    const offer = {};
    let complete = true;
    for (const field of MONEY_FIELDS) {
      const value = this.readAmount(field.id, field.label, currency);
      if (value === undefined || (value === null && field.key === "base")) complete = false;
      else if (value !== null) offer[field.key] = value;
    }
    const bonusPct = this.readPercent(this.parts["bonus-pct"], this.parts["bonus-pct-error"], "Bonus (%)", 1000);
    if (bonusPct === undefined) complete = false;
    else if (bonusPct !== null) offer.bonus_pct = bonusPct;

    const refresh = this.readAmount("refresh", "Refresh grant", currency);
    if (refresh === undefined) complete = false;
    else if (refresh !== null) offer.refresh = refresh;
    const vesting = this.parts.vesting.value === "custom" ? this.parts["vesting-custom"].value.trim() : this.parts.vesting.value;
    this.showFieldError("vesting-custom", "", false);
    if (vesting === "") {
      if (this.parts.vesting.value === "custom") this.showFieldError("vesting-custom", "Yearly vesting percents: type them, like 10,20,30,40.", true);
    } else if (vesting !== "even") {
      offer.vesting = vesting;
    }
    offer.liquid = !this.parts.illiquid.checked;
    return complete ? offer : null;
  }

  // An optional amount field: null when empty, undefined when wrong (with its message shown).
  readAmount(name, label, currency, input = this.parts[name], errorNode = this.parts[`${name}-error`]) {
    const text = input.value.trim();
    let message = "", value = null, invalid = false;
    if (text !== "") {
      const parsed = this.api.parseMoney(text);
      if (!parsed.ok) {
        message = `${label}: ${parsed.error.message}`;
        invalid = true;
        value = undefined;
      } else {
        value = parsed.amount;
        if (currency && parsed.currency && parsed.currency !== currency) {
          message = `${label}: typed in ${parsed.currency}, but this band is in ${currency}; the amount is taken as ${currency}.`;
        }
      }
    }
    errorNode.textContent = message;
    if (invalid) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    return value;
  }

  // An optional percent field: null when empty, undefined when wrong (with its message shown).
  readPercent(input, errorNode, label, max) {
    const text = input.value.trim().replace(/\s*%$/, "");
    let value = null, message = "";
    if (text !== "") {
      value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (!(value <= max)) {
        message = `${label}: '${input.value}' is not a percent; type a number from 0 to ${max}, like 15.`;
        value = undefined;
      }
    }
    errorNode.textContent = message;
    if (value === undefined) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    return value;
  }

  readParameters() {
    const discount = this.readPercent(this.parts.discount, this.parts["discount-error"], "Risk discount", 100);
    return typeof discount === "number" ? { illiquid_discount: discount / 100 } : {};
  }

  addCompetingRow(values = {}) {
    const index = this.competingRows.length + 1;
    const id = (name) => `${this.prefix}-c${++calculatorCount}-${name}`;
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
    const currencies = [...new Set([this.band() ? this.band().currency : "USD", "USD", "EUR", "GBP", "INR", "SGD", "CAD", "CNY", "AUD", "HKD", "JPY", "CHF"])];
    const remove = element("button", { type: "button", class: "button secondary", text: "Remove" });
    const liquid = element("input", { type: "checkbox" });
    liquid.id = id("liquid");
    liquid.checked = values.liquid !== false;
    fields.liquid = liquid;
    const root = element("fieldset", { class: "competing-offer" }, [
      element("legend", { text: `Competing offer ${index}` }),
      field("name", "Offer name", text("name")),
      field("currency", "Currency", element("select", {}, currencies.map((c) => element("option", { value: c, text: c })))),
      field("base", "Base", text("base")),
      field("stock", "Stock grant (total)", text("stock")),
      field("stock_per_year", "Or stock per year", text("stock_per_year")),
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
    for (const control of Object.values(fields)) {
      control.addEventListener(control.tagName === "SELECT" || control.type === "checkbox" ? "change" : "input", () => this.update());
    }
    remove.addEventListener("click", () => {
      this.competingRows = this.competingRows.filter((r) => r !== row);
      root.remove();
      this.competingRows.forEach((r, i) => { r.root.querySelector("legend").textContent = `Competing offer ${i + 1}`; });
      this.parts["competing-add"].focus();
      this.update();
    });
    this.competingRows.push(row);
    this.parts["competing-list"].append(root);
    this.update();
    return row;
  }

  // The competing offers as the API takes them; rows without a base are skipped.
  readCompeting() {
    const offers = [];
    let complete = true;
    this.competingRows.forEach((row, index) => {
      const f = row.fields;
      const name = f.name.value.trim() || `Competing offer ${index + 1}`;
      const offer = { name, currency: f.currency.value, liquid: f.liquid.checked };
      if (f.vesting.value !== "even") offer.vesting = f.vesting.value;
      for (const key of ["base", "stock", "stock_per_year", "sign_on"]) {
        const value = this.readAmount(key, `${name}: ${key.replace(/_/g, " ")}`, f.currency.value, f[key], row.errors[key]);
        if (value === undefined) complete = false;
        else if (value !== null) offer[key] = value;
      }
      const bonusPct = this.readPercent(f.bonus_pct, row.errors.bonus_pct, `${name}: bonus %`, 1000);
      if (bonusPct === undefined) complete = false;
      else if (bonusPct !== null) offer.bonus_pct = bonusPct;
      if (offer.stock !== undefined && offer.stock_per_year !== undefined) {
        row.errors.stock_per_year.textContent = `${name}: give the grant or the yearly amount, not both.`;
        complete = false;
      }
      if (offer.base !== undefined) offers.push(offer);
    });
    return complete ? offers : null;
  }


  showFieldError(id, message, invalid) {
    this.parts[`${id}-error`].textContent = message;
    if (invalid) this.parts[id].setAttribute("aria-invalid", "true");
    else this.parts[id].removeAttribute("aria-invalid");
  }

  update() {
    this.result = this.evaluateAndDraw();
    if (this.options.onChange) this.options.onChange(this.state());
  }

  // Draws the band, and the result when the form holds a usable offer; returns the result.
  evaluateAndDraw() {
    const band = this.band();
    if (!band) {
      this.renderEmpty("Choose a guide and a region.");
      return null;
    }
    this.parts["currency-note"].textContent = `Amounts in ${band.currency}, the currency of the ${band.region} band.`;
    const offer = this.readOffer(band.currency);
    if (!offer) {
      const missingBase = this.parts.base.value.trim() === "";
      this.renderBands(band, null);
      this.parts.prompt.textContent = missingBase
        ? "Type your base salary to see where your offer sits and what to ask for."
        : "Fix the marked field to see the result.";
      this.renderYears(null);
      this.announce("");
      return null;
    }
    const competing = this.readCompeting();
    const parameters = this.readParameters();
    if (!competing) {
      this.renderBands(band, null);
      this.parts.prompt.textContent = "Fix the marked field of a competing offer to see the result.";
      return null;
    }
    const request = { guide: this.guide.company + "/" + this.guide.role, region: band.region, offer, competing,
      fx: this.fxOverrides, parameters };
    const derive = this.derivation(band);
    if (derive) request.derive = derive;
    const result = this.api.evaluate(request);
    this.lastRequest = request;
    if (!result.ok) {
      this.renderBands(band, null);
      this.parts.prompt.textContent = result.error.message;
      return null;
    }
    this.parts.prompt.textContent = "";
    this.renderBands(result.band, result);
    this.renderYears(result);
    this.renderFx(result);
    this.renderScript();
    this.announce(this.summaryOf(result));
    return result;
  }

  // A null band compared with another region scaled as the guide says.
  derivation(band) {
    const box = this.parts["derive-box"];
    const hint = this.insights && this.insights.derivations ? this.insights.derivations[band.region] : null;
    const hasData = band.base.low !== null || band.stock.low !== null || band.total_comp.low !== null;
    box.hidden = !hint || hasData;
    if (box.hidden) return null;
    const low = Math.round(hint.low_factor * 100), high = Math.round(hint.high_factor * 100);
    this.parts["derive-label"].textContent =
      `Compare with ${hint.reference}'s band, scaled (the guide says ${low}–${high}% of ${hint.reference})`;
    if (this.parts["derive-factor"].value === "" || this.deriveFor !== band.region) {
      this.parts["derive-factor"].value = String(Math.round((low + high) / 2));
      this.deriveFor = band.region;
    }
    if (!this.parts.derive.checked) return null;
    const factor = Number(this.parts["derive-factor"].value);
    const ok = Number.isFinite(factor) && factor > 0 && factor <= 1000;
    this.showFieldError("derive-factor", ok ? "" : "Scale (%): type a percent like 80.", !ok);
    return ok ? { from: hint.reference, factor: factor / 100 } : null;
  }

  renderYears(result) {
    const container = this.parts.years;
    if (!result) {
      container.replaceChildren(element("p", { class: "hint", text: "Type your offer to see it year by year." }));
      return;
    }
    const currency = result.guide.currency;
    const packages = [{ name: "This offer", years: result.years, total: result.four_year_total, adjusted: result.four_year_risk_adjusted }]
      .concat(result.competing.map((c) => ({ name: c.name, years: c.years, total: c.four_year_total, adjusted: c.four_year_risk_adjusted,
        note: c.currency !== currency ? `${c.currency} at ${c.rate.toPrecision(4)}` : "" })));
    const table = element("table", { class: "year-table" }, [
      element("thead", {}, [element("tr", {}, ["Package", "Year 1", "Year 2", "Year 3", "Year 4", "4 years", "Risk-adjusted"]
        .map((h) => element("th", { scope: "col", text: h })))]),
      element("tbody", {}, packages.map((p) => element("tr", { "data-package": p.name }, [
        element("th", { scope: "row", text: p.note ? `${p.name} (${p.note})` : p.name }),
        ...p.years.map((y) => element("td", { class: "amount", text: formatMoney(y.total, currency) })),
        element("td", { class: "amount four-year", text: formatMoney(p.total, currency) }),
        element("td", { class: "amount", text: formatMoney(p.adjusted, currency) }),
      ]))),
    ]);
    const details = element("details", {}, [
      element("summary", { text: "This offer's years in detail" }),
      element("table", { class: "year-table" }, [
        element("thead", {}, [element("tr", {}, ["Year", "Base", "Stock vested", "Bonus", "Sign-on", "Total"]
          .map((h) => element("th", { scope: "col", text: h })))]),
        element("tbody", {}, result.years.map((y) => element("tr", {}, [
          element("th", { scope: "row", text: String(y.year) }),
          ...[y.base, y.stock_vested, y.bonus, y.sign_on, y.total].map((v) => element("td", { class: "amount", text: formatMoney(v, currency) })),
        ]))),
      ]),
    ]);
    container.replaceChildren(this.yearChart(packages, currency), table, details,
      element("p", { class: "hint", text: `Risk-adjusted counts pre-IPO equity at ${100 - Math.round(result.parameters.illiquid_discount * 100)}% of its value.` }));
  }

  yearChart(packages, currency) {
    const width = 400, height = 150, left = 8, bottom = 130, top = 12;
    const svg = svgElement("svg", { class: "year-chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
    const title = svgElement("title");
    title.textContent = "Total pay by year: " + packages.map((p) => `${p.name} ${p.years.map((y) => formatMoney(y.total, currency)).join(", ")}`).join("; ");
    svg.append(title);
    const max = Math.max(1, ...packages.flatMap((p) => p.years.map((y) => y.total)));
    const group = (width - left * 2) / 4, bar = Math.min(22, (group - 10) / packages.length);
    for (let year = 0; year < 4; year++) {
      const label = svgElement("text", { x: left + group * year + group / 2, y: height - 4, "text-anchor": "middle" });
      label.textContent = `Year ${year + 1}`;
      svg.append(label);
      packages.forEach((p, i) => {
        const value = p.years[year].total;
        const h = Math.max(1, ((bottom - top) * value) / max);
        svg.append(svgElement("rect", { class: `series-${i % 6}`, x: left + group * year + 5 + i * bar, y: bottom - h, width: bar - 2, height: h }));
      });
    }
    const legend = element("ul", { class: "legend" }, packages.map((p, i) => element("li", { class: `key-series-${i % 6}`, text: p.name })));
    return element("div", { class: "year-chart-box" }, [svg, legend]);
  }

  renderFx(result) {
    const container = this.parts.fx;
    const rates = result ? result.fx.rates : [];
    if (rates.length === 0) {
      container.replaceChildren();
      this.fxCurrencies = "";
      return;
    }
    const key = rates.map((r) => r.currency).join(",") + result.fx.currency;
    if (key !== this.fxCurrencies) {
      this.fxCurrencies = key;
      this.fxInputs = {};
      container.replaceChildren(
        element("p", { class: "hint fx-source", text: `Converted with the ${result.fx.source} of ${result.fx.date}. Change any rate below to use your own.` }),
        ...rates.map((rate) => {
          const input = element("input", { type: "text", inputmode: "decimal", id: `${this.prefix}-fx-${rate.currency}` });
          input.value = String(Number(rate.rate.toPrecision(5)));
          this.fxInputs[rate.currency] = input;
          input.addEventListener("input", () => {
            const value = Number(input.value);
            if (Number.isFinite(value) && value > 0) {
              this.fxOverrides[rate.currency] = value;
              input.removeAttribute("aria-invalid");
            } else {
              delete this.fxOverrides[rate.currency];
              input.setAttribute("aria-invalid", "true");
            }
            this.update();
          });
          return element("div", { class: "field" }, [
            element("label", { for: input.id, text: `1 ${rate.currency} in ${result.fx.currency}` }), input]);
        }));
    }
  }

  renderScript() {
    if (!this.parts["script-text"] || !this.lastRequest) return;
    const answer = this.api.script({ ...this.lastRequest, fills: this.fills });
    if (!answer.ok) {
      this.parts["script-text"].textContent = answer.error.message;
      return;
    }
    const wanted = ["recipient", "sender", ...answer.placeholders];
    const key = wanted.join("\u0000");
    if (key !== this.scriptFieldsKey) {
      this.scriptFieldsKey = key;
      const labels = { recipient: "Recruiter's name", sender: "Your name" };
      // A guide's placeholder can say anything ("[previous company]"), so it names
      // its field by title and placeholder, not by a <label>: the form's own
      // labels (Company, Role, …) stay unique.
      this.parts["script-fields"].replaceChildren(...wanted.map((placeholder) => {
        const words = labels[placeholder] || placeholder.slice(1, -1);
        const input = element("input", { type: "text", title: `Fill in: ${words}`, placeholder: words,
          "data-placeholder": placeholder });
        input.value = this.fills[placeholder] || "";
        input.addEventListener("input", () => {
          this.fills[placeholder] = input.value;
          this.renderScript();
        });
        return element("div", { class: "field" }, [element("span", { class: "fill-name", "aria-hidden": "true", text: words }), input]);
      }));
    }
    this.parts["script-text"].textContent = answer.text;
  }

  copyScript() {
    return copyText(this.parts["script-text"].textContent, this.parts["script-text"], this.parts["script-copy"]);
  }

  renderEmpty(message) {
    this.parts.components.replaceChildren();
    this.parts.asks.replaceChildren();
    this.parts.totals.replaceChildren();
    this.parts.warnings.replaceChildren();
    this.parts.prompt.textContent = message;
  }

  // The four components: from the result when there is one, else the band alone.
  renderBands(band, result) {
    const currency = band.currency;
    const components = result ? result.components : [
      { name: "base", ...band.base }, { name: "stock", ...band.stock },
      { name: "bonus", ...band.bonus }, { name: "total_comp", ...band.total_comp },
    ];
    const warnings = result ? result.warnings : [];
    const markers = (name) => {
      if (!result) return {};
      if (name === "base" || name === "stock") return { ask: result.ask[name], floor: result.floor[name] };
      if (name === "total_comp") return { ask: result.ask.total_comp, floor: result.floor.total_comp };
      return {};
    };
    this.parts.components.replaceChildren(...components.map((component) => {
      const { ask, floor } = markers(component.name);
      const hasBand = component.low !== null && component.high !== null;
      const block = element("section", { class: "component", "data-component": component.name }, [
        element("h3", { text: COMPONENT_TITLES[component.name] }),
        hasBand ? this.chart(component, currency, ask, floor) : null,
      ]);
      if (!hasBand) {
        block.append(element("p", { class: "reading", text: `No ${band.region} band data for this part.` }));
      } else {
        block.append(element("p", { class: "reading band-range",
          text: `Band: ${formatMoney(component.low, currency)} – ${formatMoney(component.high, currency)}` }));
      }
      if (result) {
        block.append(element("p", { class: "reading" }, [
          document.createTextNode(`Your offer: ${formatMoney(component.offer, currency)} — ${positionWords(component)} — `),
          element("span", { class: `status ${component.status}`, "data-status": component.status, text: STATUS_WORDS[component.status] }),
        ]));
      }
      for (const warning of warnings.filter((w) => w.component === component.name)) {
        block.append(element("p", { class: "component-warning", "data-code": warning.code, text: warning.message }));
      }
      return block;
    }));
    this.renderAsks(result, currency);
    this.renderTotals(result, currency);
    // Staleness stands beside the guide's dates (renderFreshness).
    this.parts.warnings.replaceChildren(...warnings.filter((w) => !w.component && w.code !== "stale").map((w) =>
      element("li", { "data-code": w.code, text: w.message })));
  }

  chart(component, currency, ask, floor) {
    const width = 400, height = 58, left = 12, right = 388, y = 26;
    const svg = svgElement("svg", { class: "band-chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
    const points = [component.low, component.high, component.offer, ask, floor]
      .filter((v) => typeof v === "number" && Number.isFinite(v));
    const title = svgElement("title");
    title.textContent = `${COMPONENT_TITLES[component.name]}: band ${formatMoney(component.low, currency)} to ${formatMoney(component.high, currency)}`
      + (component.offer !== undefined ? `, your offer ${formatMoney(component.offer, currency)}` : "")
      + (typeof ask === "number" ? `, ask ${formatMoney(ask, currency)}` : "")
      + (typeof floor === "number" ? `, floor ${formatMoney(floor, currency)}` : "");
    svg.append(title);
    svg.append(svgElement("line", { class: "track", x1: left, x2: right, y1: y, y2: y }));
    if (points.length === 0) return svg;
    let min = Math.min(...points), max = Math.max(...points);
    if (max === min) { min -= 1; max += 1; }
    const pad = (max - min) * 0.08;
    min -= pad; max += pad;
    const x = (v) => left + ((v - min) / (max - min)) * (right - left);
    if (component.low !== null && component.high !== null) {
      svg.append(svgElement("rect", { class: "band", x: x(component.low), y: y - 9,
        width: Math.max(2, x(component.high) - x(component.low)), height: 18, rx: 3 }));
      const lowLabel = svgElement("text", { x: x(component.low), y: y + 24, "text-anchor": "start" });
      lowLabel.textContent = formatMoney(component.low, currency);
      const highLabel = svgElement("text", { x: x(component.high), y: y + 24, "text-anchor": "end" });
      highLabel.textContent = formatMoney(component.high, currency);
      svg.append(lowLabel, highLabel);
    }
    if (typeof floor === "number") {
      svg.append(svgElement("line", { class: "floor", x1: x(floor), x2: x(floor), y1: y - 15, y2: y + 11 }));
    }
    if (typeof ask === "number") {
      svg.append(svgElement("line", { class: "ask", x1: x(ask), x2: x(ask), y1: y - 15, y2: y + 11 }));
    }
    if (typeof component.offer === "number") {
      svg.append(svgElement("circle", { class: "offer", cx: x(component.offer), cy: y, r: 6 }));
      const label = svgElement("text", { class: "marker-label", x: x(component.offer), y: y - 14, "text-anchor": "middle" });
      label.textContent = "offer";
      svg.append(label);
    }
    return svg;
  }

  renderAsks(result, currency) {
    const container = this.parts.asks;
    if (!result) {
      container.replaceChildren();
      return;
    }
    const rows = [["base", "Base salary"], ["stock", "Equity grant (4 years)"], ["sign_on", "Sign-on bonus"]];
    const table = element("table", {}, [
      element("thead", {}, [element("tr", {}, [
        element("th", { scope: "col", text: "Part" }),
        element("th", { scope: "col", text: "Counter-offer (ask)" }),
        element("th", { scope: "col", text: "Accept-at floor" }),
      ])]),
      element("tbody", {}, rows.map(([key, label]) => element("tr", { "data-part": key }, [
        element("th", { scope: "row", text: label }),
        element("td", {}, [
          element("span", { class: "amount ask-amount", "data-ask": key, text: formatMoney(result.ask[key], currency) }),
          element("p", { class: "reason", text: result.ask.reasons[key] }),
        ]),
        element("td", {}, [
          element("span", { class: "amount floor-amount", "data-floor": key, text: formatMoney(result.floor[key], currency) }),
          element("p", { class: "reason", text: result.floor.reasons[key] }),
        ]),
      ]))),
    ]);
    container.replaceChildren(
      element("div", { class: "asks" }, [
        element("h3", { text: "What to ask for" }),
        element("ul", { class: "legend" }, [
          element("li", { class: "key-offer", text: "your offer" }),
          element("li", { class: "key-ask", text: "counter-offer" }),
          element("li", { class: "key-floor", text: "accept-at floor" }),
        ]),
        table,
      ]));
  }

  renderTotals(result, currency) {
    const container = this.parts.totals;
    if (!result) {
      container.replaceChildren();
      return;
    }
    const items = [
      ["Offer, yearly average (base + equity/4 + bonus)", result.totals.annual_average],
      ["Offer, year one (with sign-on)", result.totals.year_one],
      ["Offer, four years", result.totals.four_year],
      ["Counter-offer, yearly average", result.ask.total_comp],
      ["Floor, yearly average", result.floor.total_comp],
    ];
    container.replaceChildren(element("div", { class: "totals" }, [
      element("h3", { text: "Totals" }),
      element("dl", {}, items.flatMap(([label, value]) => [
        element("dt", { text: label }), element("dd", { text: formatMoney(value, currency) })])),
    ]));
  }

  renderFreshness() {
    const container = this.parts.freshness;
    if (!this.guide) {
      container.replaceChildren();
      return;
    }
    const g = this.guide;
    const stale = g.next_review_due !== null && g.next_review_due < this.api.today;
    const rows = [
      ["Last updated", g.last_updated], ["Salary data", g.salary_data_quarter],
      ["Next review due", g.next_review_due], ["Data quality", g.data_quality],
    ];
    container.replaceChildren(
      element("h3", {}, [document.createTextNode("Guide data "),
        element("span", { class: `badge ${stale ? "stale" : "fresh"}`, text: stale ? "stale" : "current" })]),
      element("dl", {}, rows.flatMap(([label, value]) => [
        element("dt", { text: label }), element("dd", { text: value === null ? "not stated" : value })])),
      stale ? element("p", { class: "component-warning", "data-code": "stale",
        text: `Its review was due ${g.next_review_due} (today is ${this.api.today}); the bands may be out of date.` }) : null,
    );
  }

  renderLevels() {
    const container = this.parts.levels;
    const levels = this.insights ? this.insights.levels : [];
    container.replaceChildren(...(levels.length ? [
      element("h3", { text: "Equivalent levels" }),
      element("ul", {}, levels.map((level) => element("li", { text: level }))),
    ] : []));
  }

  renderGuideText() {
    const container = this.parts["guide-text"];
    if (!container) return;
    if (!this.guide) {
      container.replaceChildren();
      return;
    }
    const parts = [element("h2", { text: `${this.guide.company_display} — ${this.guide.role_display}: the guide's advice` })];
    const claims = this.insights ? this.insights.claims : [];
    if (claims.length) {
      parts.push(element("section", { class: "claims" }, [
        element("h3", { text: "The guide's own 4-year figures, recomputed" }),
        element("ul", {}, claims.map((c) => element("li", { class: c.matches ? "agrees" : "differs", "data-matches": String(c.matches),
          text: `Line ${c.line}: ${formatMoney(c.base, c.currency)} base + ${formatMoney(c.stock_per_year, c.currency)}/year over four years = ` +
            `${formatMoney(c.computed_four_year, c.currency)}; the guide says ${formatMoney(c.stated_four_year, c.currency)}` +
            (c.matches ? " (agrees)." : " (does not add up).") }))),
      ]));
    }
    for (const section of this.guide.sections) {
      const block = element("section", { class: "guide-section" });
      if (section.title) block.append(element("h3", { text: section.title }));
      const body = element("div");
      const rendered = this.api.renderMarkdown(section.text);
      if (rendered.ok) body.innerHTML = rendered.html;  // inert: see core/include/offercheck/markdown_html.hpp
      else body.textContent = section.text;
      block.append(body);
      parts.push(block);
    }
    container.replaceChildren(...parts);
  }

  summaryOf(result) {
    const c = result.guide.currency;
    const base = result.components[0];
    return `${result.guide.region}: base ${formatMoney(base.offer, c)} is ${positionWords(base)}. ` +
      `Ask ${formatMoney(result.ask.base, c)} base, floor ${formatMoney(result.floor.base, c)}.`;
  }

  // Screen readers hear the summary once typing pauses, not at every key.
  announce(text) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => { this.parts.summary.textContent = text; }, 500);
  }
}
