// The calculator: the form, the result and the guide text, built into any
// container (the page, a widget's shadow root, the iframe embed). It asks
// OfferCheck and draws; no network, no storage. The only HTML it inserts is
// the core's rendering of the guide text (guide-info.js).
//
// It shows at once, before the Wasm module is ready: the guide picker and
// the regions come from the bundled summaries, and typing is kept. connect(api)
// then draws the guide and the first result.
import { element, setText } from "../lib/dom.js";
import { frameThrottle } from "../lib/frame.js";
import { formatMoney } from "../lib/money.js";
import { positionWords } from "../lib/position.js";
import { ShownLater } from "../lib/shown-later.js";
import { BandPictures } from "./band-chart.js";
import { CompetingOffers } from "./competing.js";
import { EquityView } from "./equity.js";
import { buildForm, CLIFF_SCHEDULES, LEAVE_MONTHS } from "./form.js";
import { FxPanel } from "./fx.js";
import { acceptGuideFiles, openGuideFile } from "./guide-file.js";
import { showFreshness, showGuideText, showLevels } from "./guide-info.js";
import { fillSelect, GuidePicker } from "./guide-picker.js";
import { markRefused, readDerivation, readOffer, readParameters } from "./inputs.js";
import { OfferLetterPanel } from "./offer-letter.js";
import { evaluateRequest } from "./reading.js";
import { ResultView } from "./results.js";
import { ScriptPanel } from "./script-panel.js";
import { VerdictView } from "./verdict.js";
import { YearView } from "./years.js";

const DEFAULT_DISCOUNT = "50";
// Fields whose every keystroke asks for a new result (at most one a frame).
const TYPED = ["base", "stock", "options", "strike", "share-price", "bonus-pct", "sign-on", "refresh", "discount", "vesting-custom",
  "cliff-months", "vesting-start", "exit-multiple", "dilution", "raise", "bonus-payout", "derive-factor", "leave-months"];
// The inputs a state (and a share link) holds, as typed; choices by their value.
export const STATE_INPUTS = ["base", "equity-kind", "stock", "options", "strike", "share-price", "bonus-pct", "sign-on",
  "vesting", "vesting-custom", "cliff-months", "vesting-start", "refresh", "exit-multiple", "dilution", "raise", "bonus-payout",
  "leave-months"];
let calculatorCount = 0;

// A guide's regions as [value, label] options: from the full guide, or
// before it is loaded from its summary (the core says which have data).
export function regionOptions(guide, summary) {
  const label = (region, hasData) => (hasData ? region : `${region} (no band data)`);
  if (guide) return guide.compensation.map((band) => [band.region, label(band.region, band.has_data)]);
  return summary ? summary.regions.map((r) => [r.region, label(r.region, r.has_data)]) : [];
}

const currencyNote = (band) => `Amounts in ${band.currency}, the currency of the ${band.region} band.`;

function summaryOf(result) {
  const c = result.guide.currency;
  const base = result.components[0];
  return `${result.guide.region}: base ${formatMoney(base.offer, c)} is ${positionWords(base, c)}. ` +
    `Ask ${formatMoney(result.ask.base, c)} base, floor ${formatMoney(result.floor.base, c)}.`;
}

export class Calculator {
  // options: summaries (the bundled guides, shown before the module is
  // ready), bands (id -> the bundled guides' bands as the core shows them,
  // drawn before the module is ready), company, role, region (preselected), locked (no changing them),
  // compact (no guide text), theme (light, dark, auto), card (foldable into
  // a small card: the first fields and the verdict; "More" opens the rest in
  // place), open (a card that starts whole), onChange(state) after every update, onToggle(open) when "More" or "Less" is pressed.
  constructor(container, options = {}) {
    this.options = options;
    this.api = null;
    this.connected = new Promise((resolve) => { this.resolveConnected = resolve; });
    this.guide = null;  // the full guide chosen
    this.guideId = null;  // its id, as the core names it
    this.insights = null;
    this.freshness = null;  // {stale, stale_warning}: the core's judgement of the guide against today
    this.result = null;  // the last evaluation
    this.guidesVersion = 0;  // bumped when an opened file adds or replaces a guide
    this.shownGuide = "";  // which guide the guide-only parts show
    this.derivation = {};
    this.announceTimer = null;
    const prefix = `oc${++calculatorCount}`;
    const { root, parts } = buildForm(prefix, options);
    this.root = root;
    this.parts = parts;
    this.throttle = frameThrottle(() => this.update());
    this.picker = new GuidePicker(parts, { locked: options.locked, onGuide: (how) => this.chooseGuide(how) });
    // What a person cannot see waits: a folded panel until it opens, a
    // picture until it comes near the viewport. The verdict's band pictures
    // and those of "Where it sits" share one computation (BandPictures).
    this.shown = new ShownLater();
    const shown = this.shown;
    const pictures = new BandPictures();
    const folded = (inside) => {
      const panel = inside.closest("details.panel");
      return () => !panel.open || this.root.classList.contains("card");
    };
    this.results = new ResultView(parts, { pictures, shown, folded: folded(parts.components) });
    this.verdict = new VerdictView(parts, { pictures, shown });
    this.years = new YearView(parts.years, { shown, folded: folded(parts.years) });
    this.equity = new EquityView(parts, { shown, folded: folded(parts.equity) });
    this.competing = new CompetingOffers(parts, prefix, { currency: () => this.band()?.currency, onChange: this.throttle.request });
    this.fx = new FxPanel(parts.fx, prefix, this.throttle.request);
    this.script = parts.script ? new ScriptPanel(parts, prefix, { shown, folded: folded(parts.script) }) : null;
    this.letter = new OfferLetterPanel(parts["offer-letter"], prefix, this);
    this.listen();
    if (options.card) this.makeCard();
    container.append(root);
    this.picker.setGuides(options.summaries || []);
    const { company, role, region, locked } = options;
    this.choose({ company, role, region });
    if (locked) {
      for (const name of ["company", "role", "region"]) parts[name].disabled = true;
      parts["search-field"].hidden = true;
    }
  }

  listen() {
    const parts = this.parts;
    parts.region.addEventListener("change", () => this.update());
    for (const name of TYPED) parts[name].addEventListener("input", this.throttle.request);
    for (const name of ["illiquid", "derive"]) parts[name].addEventListener("change", () => this.update());
    parts.discount.value = DEFAULT_DISCOUNT;
    for (const name of ["vesting", "equity-kind"]) {
      parts[name].addEventListener("change", () => {
        this.showChoices();
        this.update();
      });
    }
    parts["leave-months"].addEventListener("input", () => this.equity.showMonth());
    parts.form.addEventListener("submit", (event) => event.preventDefault());
    // A panel opened (by its summary, the keyboard, find in page) is drawn
    // before the frame that shows it: a mutation is seen before the next
    // frame, the toggle event only after it.
    new MutationObserver(() => this.shown.reveal()).observe(this.root, { subtree: true, attributeFilter: ["open"] });
    // A printed summary is whole, even where it was never scrolled to.
    this.beforePrint = () => this.shown.flush();
    addEventListener("beforeprint", this.beforePrint);
    acceptGuideFiles(parts["guide-file"], this.root, (file) => this.openFile(file));
    // One column when the calculator itself is narrow (a widget in a blog
    // column); "tight" below the width where a card's fields and verdict stand side by side.
    if (typeof ResizeObserver === "function") {
      this.resizeObserver = new ResizeObserver(([entry]) => {
        this.root.classList.toggle("narrow", entry.contentRect.width < 760);
        this.root.classList.toggle("tight", entry.contentRect.width < 560);
      });
      this.resizeObserver.observe(this.root);
    }
  }

  // The card: the first fields and the verdict; "More" shows the whole calculator in place, "Less" folds it back.
  makeCard() {
    const more = this.parts.more;
    more.hidden = false;
    this.setOpen(Boolean(this.options.open));
    more.addEventListener("click", () => {
      this.setOpen(this.root.classList.contains("card"));
      if (this.options.onToggle) this.options.onToggle(!this.root.classList.contains("card"));
    });
  }

  setOpen(open) {
    if (!this.options.card) return;
    this.root.classList.toggle("card", !open);
    setText(this.parts.more, open ? "Less" : "More: years, equity, competing offers");
    this.parts.more.setAttribute("aria-expanded", String(open));
    if (open) this.shown.reveal();
  }

  // The module is ready: the full guide and the first result.
  connect(api) {
    this.api = api;
    this.refreshGuides();
    this.chooseGuide({ silent: true });
    this.update();
    this.resolveConnected(api);
  }

  // Stops watching the page (a widget taken out of it), and starts again (put back).
  disconnect() {
    this.resizeObserver?.disconnect();
    this.shown.unwatch();
    removeEventListener("beforeprint", this.beforePrint);
  }

  reconnect() {
    this.resizeObserver?.observe(this.root);
    this.shown.watch();
    addEventListener("beforeprint", this.beforePrint);
  }

  // Settles when the chosen guide is shown (its text may have to be fetched first).
  whenShown() {
    return this.loading || Promise.resolve();
  }

  // Selects a guide (by id, by company and role, or the first of a company)
  // and a region, when present: the core says which region a name means.
  choose({ guide, company, role, region } = {}) {
    const found = this.picker.select({ guide, company, role });
    this.wantedRegion = region ? String(region) : null;
    this.chooseGuide({ silent: true });
    this.update();
    return found || !guide;
  }

  // The fields each choice needs: custom percents, a cliff, options or a grant value.
  showChoices() {
    const parts = this.parts;
    const show = (node, shown) => { if (node.hidden === shown) node.hidden = !shown; };
    show(parts["vesting-custom"].closest(".field"), parts.vesting.value === "custom");
    show(parts["cliff-fields"], CLIFF_SCHEDULES.includes(parts.vesting.value));
    const options = parts["equity-kind"].value === "options";
    show(parts["option-fields"], options);
    show(parts["grant-fields"], !options);
  }

  setTheme(theme) {
    for (const name of ["light", "dark", "auto"]) this.root.classList.toggle(`theme-${name}`, name === theme);
  }

  // The inputs as typed, and where they apply.
  state() {
    return {
      guide: this.parts.role.value,
      region: this.parts.region.value,
      inputs: Object.fromEntries(STATE_INPUTS.map((name) => [name, this.parts[name].value])),
      result: this.result,
    };
  }

  // Fills the fields named (STATE_INPUTS); a choice given a value it does not
  // offer keeps its own, and an empty slider value keeps the slider's default.
  setInputs(inputs) {
    for (const [name, value] of Object.entries(inputs)) {
      if (!STATE_INPUTS.includes(name) || typeof value !== "string") continue;
      const input = this.parts[name];
      if (input.tagName === "SELECT") {
        if ([...input.options].some((o) => o.value === value)) input.value = value;
      } else if (input.type === "range") {
        input.value = value === "" ? String(LEAVE_MONTHS.initial) : value;
      } else {
        input.value = value;
      }
    }
    this.showChoices();
    this.update();
  }

  // The band of the region chosen, once the full guide is here.
  band() {
    if (!this.guide) return null;
    return this.guide.compensation.find((b) => b.region === this.parts.region.value) || null;
  }

  // A guide's summary (what Company, Role and the search box know of it), or null.
  summary(id) {
    return this.picker.find(id);
  }

  // The currency of the region chosen, known from the summaries before the module is ready.
  currency() {
    const band = this.band();
    if (band) return band.currency;
    const summary = this.summary(this.parts.role.value);
    const region = summary && summary.regions.find((r) => r.region === this.parts.region.value);
    return region ? region.currency : null;
  }

  refreshGuides() {
    const listed = this.api.guides();
    this.picker.setGuides(listed.ok ? listed.guides : []);
  }

  async openFile(file) {
    const api = await this.connected;  // a file dropped before the module is ready waits for it
    const id = await openGuideFile(api, file, this.parts["guide-file-status"]);
    if (id === null) return;
    this.guidesVersion++;
    this.refreshGuides();
    this.choose({ guide: id });
  }

  chooseGuide({ silent = false } = {}) {
    const id = this.parts.role.value;
    let answer = null;
    if (this.api) {
      answer = this.api.guide(id);
      if (!answer.ok && answer.loading) this.loadLater(id);
    }
    const found = answer && answer.ok;
    this.guide = found ? answer.guide : null;
    this.guideId = found ? answer.id : null;
    this.insights = found ? answer.insights : null;
    this.freshness = found ? { stale: answer.stale, stale_warning: answer.stale_warning } : null;
    const summary = this.picker.find(id);
    fillSelect(this.parts.region, regionOptions(this.guide, summary));
    this.selectWantedRegion();
    this.showGuide(id, summary, Boolean(answer && answer.loading));
    if (!silent) this.update();
  }

  // The region asked for (a link, a widget attribute): the core matches the
  // name once the guide is loaded; before that, only a region named exactly is shown.
  selectWantedRegion() {
    const wanted = this.wantedRegion;
    if (!wanted) return;
    if (this.guide) {
      this.wantedRegion = null;
      const region = this.api.region(this.guideId, wanted);
      if (region.ok) this.parts.region.value = region.region;
    } else if ([...this.parts.region.options].some((o) => o.value === wanted)) {
      this.parts.region.value = wanted;
    }
  }

  // A guide whose text is still to be fetched: shown as soon as it arrives,
  // unless another guide was chosen meanwhile.
  loadLater(id) {
    this.loading = this.api.openGuide(id).then((opened) => {
      if (this.parts.role.value !== id) return;
      // A failed load is said, not retried: choosing the guide again tries again.
      if (opened.ok) this.chooseGuide();
      else this.parts.freshness.replaceChildren(element("p", { class: "field-error", text: opened.error.message }));
    });
    this.parts.freshness.replaceChildren(element("p", { class: "hint", text: "Loading the guide…" }));
  }

  // The guide-only parts, drawn when the guide shown changes, never on a keystroke.
  showGuide(id, summary, loading) {
    const key = `${id}|${this.guidesVersion}|${this.guide ? "full" : loading ? "loading" : "summary"}`;
    if (key === this.shownGuide) return;
    this.shownGuide = key;
    if (!loading) showFreshness(this.parts.freshness, this.guide || summary, this.freshness);
    showLevels(this.parts.levels, this.insights);
    if (this.parts["guide-text"]) showGuideText(this.parts["guide-text"], this.guide, this.insights, this.api);
  }

  update() {
    this.throttle.ran();
    if (!this.api) {
      // The result waits for the module (connect() draws it); the band shows now.
      this.showEarlyBand();
      return;
    }
    this.result = this.evaluateAndDraw();
    if (this.options.onChange) this.options.onChange(this.state());
  }

  // Before the module is ready: the chosen region's band from the bundled data, without an offer.
  showEarlyBand() {
    const bands = (this.options.bands || {})[this.parts.role.value];
    const band = bands && bands.find((b) => b.region === this.parts.region.value);
    if (!band) return;
    setText(this.parts["currency-note"], currencyNote(band));
    this.showAnswer(band, null);
    this.showPlace(band.region);
  }

  // The band, and the result when there is one, in the verdict and in "Where it sits".
  showAnswer(band, result) {
    this.results.show(this.shownGuide, band, result);
    this.verdict.show(band, result);
  }

  // "Hugging Face · Product Manager · Paris": what the verdict speaks of, and whether the guide is stale.
  showPlace(region) {
    const summary = this.summary(this.parts.role.value);
    const guide = this.guide || summary;
    if (!guide) return;
    const names = [guide.company_display || guide.company, guide.role_display || guide.role, region].filter(Boolean);
    this.verdict.place(names.join(" · ") + (this.freshness && this.freshness.stale ? " · guide out of date (see The guide)" : ""));
  }

  // Draws the band, and the result when the form holds a usable offer; answers the result.
  evaluateAndDraw() {
    const parts = this.parts;
    const band = this.band();
    if (!band) {
      this.results.clear("Choose a guide and a region.");
      return null;
    }
    setText(parts["currency-note"], currencyNote(band));
    this.showPlace(band.region);
    const derive = readDerivation(parts, this.insights, band, this.derivation);
    const offer = readOffer(this.api, parts, band.currency);
    if (!offer) {
      this.showAnswer(band, null);
      setText(parts.prompt, parts.base.value.trim() === ""
        ? "Type your base salary to see where your offer sits and what to ask for."
        : "Fix the marked field to see the result.");
      this.years.show(null);
      this.equity.show(null);
      this.announce("");
      return null;
    }
    const competing = this.competing.read(this.api);
    const parameters = readParameters(this.api, parts);
    if (!competing) {
      this.showAnswer(band, null);
      setText(parts.prompt, "Fix the marked field of a competing offer to see the result.");
      return null;
    }
    const request = evaluateRequest({ guide: this.guideId, region: band.region, offer, competing, fx: this.fx.overrides, parameters, derive,
      leaveAfterMonths: Number(parts["leave-months"].value) });
    const result = this.api.evaluate(request);
    if (!result.ok) {
      this.showAnswer(band, null);
      this.years.show(null);
      this.equity.show(null);
      setText(parts.prompt, markRefused(parts, result.error.message) ? "Fix the marked field to see the result." : result.error.message);
      return null;
    }
    setText(parts.prompt, "");
    this.showAnswer(result.band, result);
    this.years.show(result);
    this.equity.show(result);
    this.fx.show(result);
    if (this.script) this.script.show(this.api, request);
    this.announce(summaryOf(result));
    return result;
  }

  // Screen readers hear the summary once typing pauses, not at every key.
  announce(text) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => { this.parts.summary.textContent = text; }, 500);
  }
}
