// The calculator: the form, the result and the guide text, built into any
// container (the page, a widget's shadow root, the iframe embed). It asks
// OfferCheck and draws; no network, no storage. The only HTML it inserts is
// markdown-it's output for the guide text (raw HTML off, http(s) links only,
// images off).

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

function configureMarkdown() {
  const md = markdownit({ html: false, linkify: false, typographer: false });
  md.disable(["image"]);
  md.validateLink = (url) => /^https?:\/\//i.test(String(url).trim());
  const renderToken = (tokens, index, options, env, self) => self.renderToken(tokens, index, options);
  const linkOpen = md.renderer.rules.link_open || renderToken;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index].attrSet("rel", "noopener noreferrer nofollow");
    tokens[index].attrSet("target", "_blank");
    return linkOpen(tokens, index, options, env, self);
  };
  // Table alignment as classes: a strict CSP forbids style attributes.
  md.core.ruler.push("alignment_classes", (state) => {
    for (const token of state.tokens) {
      if (token.type !== "inline" && token.attrs) {
        const style = token.attrGet("style");
        if (style !== null) {
          token.attrs = token.attrs.filter(([name]) => name !== "style");
          const match = /text-align:\s*(left|right|center)/.exec(style);
          if (match) token.attrJoin("class", `align-${match[1]}`);
        }
      }
    }
  });
  return md;
}

class Calculator {
  // options: company, role, region (preselected), locked (no changing them),
  // compact (no guide text), theme (light, dark, auto), onChange(state) after
  // every update.
  constructor(container, api, options = {}) {
    this.api = api;
    this.options = options;
    this.md = configureMarkdown();
    this.guides = [];
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
      select("company", "Company"),
      select("role", "Role"),
      select("region", "Region"),
      part("currency-note", element("p", { class: "hint" })),
      amount("base", "Base salary"),
      amount("stock", "Equity grant (4 years)"),
      amount("bonus-pct", "Bonus (%)"),
      amount("sign-on", "Sign-on bonus"),
      element("p", { class: "hint", text: "Amounts like 80000, 80k, 1.2M. The equity grant is the total over four years." }),
      element("div", { class: "field guide-file" }, [
        element("label", { for: id("guide-file"), text: "Open guide file" }),
        part("guide-file", element("input", { id: id("guide-file"), type: "file", accept: ".md,.markdown,.txt,text/markdown,text/plain" })),
        element("p", { class: "hint", text: "Or drop a guide (.md) here. It is read in this browser and never leaves it." }),
        part("guide-file-status", element("div", { class: "guide-file-status", "aria-live": "polite" })),
      ]),
      part("freshness", element("section", { class: "freshness", "aria-label": "Guide freshness" })),
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
    const theme = ["light", "dark", "auto"].includes(this.options.theme) ? `theme-${this.options.theme}` : "";
    const root = element("div", { class: ["oc", compact ? "compact" : "", theme].filter(Boolean).join(" ") },
      [form, results, text]);
    // One column when the calculator itself is narrow (a widget in a blog column).
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(([entry]) => root.classList.toggle("narrow", entry.contentRect.width < 760)).observe(root);
    }
    return root;
  }

  start() {
    const parts = this.parts;
    parts.company.addEventListener("change", () => this.chooseCompany());
    parts.role.addEventListener("change", () => this.chooseGuide());
    parts.region.addEventListener("change", () => this.update());
    for (const name of ["base", "stock", "bonus-pct", "sign-on"]) {
      parts[name].addEventListener("input", () => this.update());
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
    if (locked) for (const name of ["company", "role", "region"]) parts[name].disabled = true;
  }

  // Selects a guide (by id, or the first of a company) and a region, when present.
  choose({ guide, company, region } = {}) {
    const parts = this.parts;
    const wanted = this.guides.find((g) => g.id === guide) ||
      this.guides.find((g) => company && g.company === company);
    if (wanted) parts.company.value = wanted.company;
    this.chooseCompany({ silent: true });
    if (wanted) parts.role.value = wanted.id;
    this.chooseGuide({ silent: true });
    if (region && this.guide) {
      const band = this.guide.compensation.find((b) => b.region.toLowerCase() === String(region).trim().toLowerCase());
      if (band) parts.region.value = band.region;
    }
    this.update();
    return Boolean(wanted) || !guide;
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
    const companies = new Map();
    for (const guide of this.guides) companies.set(guide.company, guide.company_display);
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
    const roles = this.guides.filter((g) => g.company === company)
      .sort((a, b) => a.role_display.localeCompare(b.role_display));
    select.replaceChildren(...roles.map((g) => element("option", { value: g.id, text: g.role_display })));
    if (roles.some((g) => g.id === chosen)) select.value = chosen;
    this.chooseGuide({ silent });
  }

  chooseGuide({ silent = false } = {}) {
    const answer = this.api.guide(this.parts.role.value);
    this.guide = answer.ok ? answer.guide : null;
    const select = this.parts.region;
    const chosen = select.value;
    const bands = this.guide ? this.guide.compensation : [];
    select.replaceChildren(...bands.map((band) => element("option", {
      value: band.region,
      text: band.base.low === null && band.total_comp.low === null && band.stock.low === null
        ? `${band.region} (no band data)` : band.region,
    })));
    if (bands.some((b) => b.region === chosen)) select.value = chosen;
    this.renderFreshness();
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
      const text = this.parts[field.id].value.trim();
      let message = "";
      let invalid = false;
      if (text === "") {
        if (field.key === "base") complete = false;
      } else {
        const parsed = this.api.parseMoney(text);
        if (!parsed.ok) {
          message = `${field.label}: ${parsed.error.message}`;
          invalid = true;
          complete = false;
        } else {
          offer[field.key] = parsed.amount;
          if (parsed.currency && parsed.currency !== currency) {
            message = `${field.label}: typed in ${parsed.currency}, but this band is in ${currency}; the amount is taken as ${currency}.`;
          }
        }
      }
      this.showFieldError(field.id, message, invalid);
    }
    const bonusInput = this.parts["bonus-pct"];
    const bonusText = bonusInput.value.trim().replace(/\s*%$/, "");
    let bonusMessage = "";
    if (bonusText !== "") {
      const value = /^\d+(\.\d+)?$/.test(bonusText) ? Number(bonusText) : NaN;
      if (!Number.isFinite(value) || value > 1000) {
        bonusMessage = `Bonus (%): '${bonusInput.value}' is not a percent; type a number like 15.`;
        complete = false;
      } else {
        offer.bonus_pct = value;
      }
    }
    this.showFieldError("bonus-pct", bonusMessage, bonusMessage !== "");
    return complete ? offer : null;
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
      this.announce("");
      return null;
    }
    const result = this.api.evaluate({ guide: this.guide.company + "/" + this.guide.role, region: band.region, offer });
    if (!result.ok) {
      this.renderBands(band, null);
      this.parts.prompt.textContent = result.error.message;
      return null;
    }
    this.parts.prompt.textContent = "";
    this.renderBands(result.band, result);
    this.announce(this.summaryOf(result));
    return result;
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

  renderGuideText() {
    const container = this.parts["guide-text"];
    if (!container) return;
    if (!this.guide) {
      container.replaceChildren();
      return;
    }
    const parts = [element("h2", { text: `${this.guide.company_display} — ${this.guide.role_display}: the guide's advice` })];
    for (const section of this.guide.sections) {
      const block = element("section", { class: "guide-section" });
      if (section.title) block.append(element("h3", { text: section.title }));
      const body = element("div");
      body.innerHTML = this.md.render(section.text);  // inert: see configureMarkdown
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
