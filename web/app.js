// The offercheck page: reads the form, asks OfferCheck, draws the result.
// No network, no storage; the only HTML it inserts is markdown-it's output for
// the guide text (raw HTML off, http(s) links only, images off).

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

const byId = (id) => document.getElementById(id);

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

class Page {
  constructor(api) {
    this.api = api;
    this.md = configureMarkdown();
    this.guides = [];
    this.guide = null;  // the full guide chosen
    this.announceTimer = null;
  }

  start() {
    byId("version").textContent = this.api.version;
    this.refreshGuides();
    byId("company").addEventListener("change", () => this.chooseCompany());
    byId("role").addEventListener("change", () => this.chooseGuide());
    byId("region").addEventListener("change", () => this.update());
    for (const id of ["base", "stock", "bonus-pct", "sign-on"]) {
      byId(id).addEventListener("input", () => this.update());
    }
    byId("offer-form").addEventListener("submit", (event) => event.preventDefault());
    this.chooseCompany();
  }

  refreshGuides() {
    const listed = this.api.guides();
    this.guides = listed.ok ? listed.guides : [];
    const companies = new Map();
    for (const guide of this.guides) companies.set(guide.company, guide.company_display);
    const select = byId("company");
    const chosen = select.value;
    select.replaceChildren(...[...companies].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([value, label]) => element("option", { value, text: label })));
    if (companies.has(chosen)) select.value = chosen;
  }

  chooseCompany() {
    const company = byId("company").value;
    const select = byId("role");
    const chosen = select.value;
    const roles = this.guides.filter((g) => g.company === company)
      .sort((a, b) => a.role_display.localeCompare(b.role_display));
    select.replaceChildren(...roles.map((g) => element("option", { value: g.id, text: g.role_display })));
    if (roles.some((g) => g.id === chosen)) select.value = chosen;
    this.chooseGuide();
  }

  chooseGuide() {
    const answer = this.api.guide(byId("role").value);
    this.guide = answer.ok ? answer.guide : null;
    const select = byId("region");
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
    this.update();
  }

  band() {
    if (!this.guide) return null;
    return this.guide.compensation.find((b) => b.region === byId("region").value) || null;
  }

  // Reads the form; each bad field gets its own message and keeps its text.
  readOffer(currency) {
    const offer = {};
    let complete = true;
    for (const field of MONEY_FIELDS) {
      const text = byId(field.id).value.trim();
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
    const bonusInput = byId("bonus-pct");
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
    byId(`${id}-error`).textContent = message;
    if (invalid) byId(id).setAttribute("aria-invalid", "true");
    else byId(id).removeAttribute("aria-invalid");
  }

  update() {
    const band = this.band();
    if (!band) {
      this.renderEmpty("Choose a guide and a region.");
      return;
    }
    byId("currency-note").textContent = `Amounts in ${band.currency}, the currency of the ${band.region} band.`;
    const offer = this.readOffer(band.currency);
    if (!offer) {
      const missingBase = byId("base").value.trim() === "";
      this.renderBands(band, null);
      byId("prompt").textContent = missingBase
        ? "Type your base salary to see where your offer sits and what to ask for."
        : "Fix the marked field to see the result.";
      this.announce("");
      return;
    }
    const result = this.api.evaluate({ guide: this.guide.company + "/" + this.guide.role, region: band.region, offer });
    if (!result.ok) {
      this.renderBands(band, null);
      byId("prompt").textContent = result.error.message;
      return;
    }
    byId("prompt").textContent = "";
    this.renderBands(result.band, result);
    this.announce(this.summaryOf(result));
  }

  renderEmpty(message) {
    byId("components").replaceChildren();
    byId("asks").replaceChildren();
    byId("totals").replaceChildren();
    byId("warnings").replaceChildren();
    byId("prompt").textContent = message;
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
    byId("components").replaceChildren(...components.map((component) => {
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
    byId("warnings").replaceChildren(...warnings.filter((w) => !w.component && w.code !== "stale").map((w) =>
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
    const container = byId("asks");
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
    const container = byId("totals");
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
    const container = byId("freshness");
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
    const container = byId("guide-text");
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
    this.announceTimer = setTimeout(() => { byId("summary").textContent = text; }, 500);
  }
}

function showStartupError(message) {
  const notice = byId("startup");
  notice.textContent = `offercheck could not start: ${message}`;
  notice.hidden = false;
  document.documentElement.setAttribute("data-ready", "error");
}

OfferCheck.init().then((api) => {
  if (api.bundledErrors.length) {
    showStartupError(`a bundled guide did not load (${api.bundledErrors[0].error.message})`);
  }
  new Page(api).start();
  document.documentElement.setAttribute("data-ready", "true");
}, (error) => showStartupError(error && error.message ? error.message : String(error)));
