// The Scenarios panel of the page (never of the widget or the embed: a blog's
// origin should not hold a reader's salary): save the form's inputs under a
// name, reopen, delete, compare side by side, export, import, forget all.
// What is stored and how it is checked is scenario-store.js; the figures of
// a comparison are the core's, asked with the request the form would make.
import { LEAVE_MONTHS } from "../calculator/form.js";
import { offerFromTexts } from "../calculator/inputs.js";
import { evaluateRequest } from "../calculator/reading.js";
import { STATE_INPUTS } from "../calculator/calculator.js";
import { element, setText } from "../lib/dom.js";
import { formatMoney } from "../lib/money.js";
import { positionWords } from "../lib/position.js";
import { importSummary, mergeImported, nameProblem, scenarioOf, serialize, STORE_KEY, validate, withoutScenario, withScenario }
  from "./scenario-store.js";

const IMPORT_LIMIT = 1024 * 1024;  // bytes: a file of scenarios is a few kilobytes
const EXPORT_NAME = "offercheck-scenarios.json";
const quoted = (text) => `“${text}”`;

// The key figures compared, each from an evaluation (in the band's currency).
const RESULT_ROWS = [
  ["position.base", "Base: where it sits", (r, c) => positionWords(r.components[0], c)],
  ["ask.base", "Counter-offer (ask): base", (r, c) => formatMoney(r.ask.base, c)],
  ["floor.base", "Accept-at floor: base", (r, c) => formatMoney(r.floor.base, c)],
  ["ask.stock", "Counter-offer (ask): equity (4 years)", (r, c) => formatMoney(r.ask.stock, c)],
  ["floor.stock", "Accept-at floor: equity (4 years)", (r, c) => formatMoney(r.floor.stock, c)],
  ["year-one", "Offer, year one (with sign-on)", (r, c) => formatMoney(r.totals.year_one, c)],
  ["four-year", "Offer, four years", (r, c) => formatMoney(r.totals.four_year, c)],
];

// The evaluation of a saved scenario, as the form would ask for it with these
// inputs (no competing offers, the pre-IPO box and the risk discount at their
// defaults: a scenario does not hold them): {result} or {problem}.
export async function evaluateScenario(api, scenario) {
  const opened = await api.openGuide(scenario.guide);
  if (!opened.ok) return { problem: `its guide (${scenario.guide}) is not in this page` };
  const band = opened.guide.compensation.find((b) => b.region === scenario.region);
  if (!band) return { problem: `its region (${scenario.region}) is not in the guide` };
  const { offer, marks } = offerFromTexts(api, scenario.inputs, band.currency);
  if (!offer) {
    const wrong = Object.values(marks).find((m) => m.invalid);
    return { problem: wrong ? wrong.message : "it has no base salary" };
  }
  const leave = scenario.inputs["leave-months"] === "" ? LEAVE_MONTHS.initial : Number(scenario.inputs["leave-months"]);
  const result = api.evaluate(evaluateRequest({ guide: opened.id, region: band.region, offer: { ...offer, liquid: true },
    leaveAfterMonths: leave }));
  return result.ok ? { result } : { problem: result.error.message };
}

export class ScenarioPanel {
  // calculator: the page's; store: scenarioStore(…); whenApi: resolves to the OfferCheck API.
  constructor(container, { calculator, store, whenApi }) {
    this.calculator = calculator;
    this.store = store;
    this.whenApi = whenApi;
    this.scenarios = [];
    this.readable = true;  // false when what is stored could not be read: nothing is written over it
    this.dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
    this.build(container);
    this.reload();
    // Another tab of this page saved or forgot: the list follows.
    addEventListener("storage", (event) => { if (event.key === null || event.key === STORE_KEY) this.reload(); });
  }

  build(container) {
    const button = (text, onClick, extra = {}) => {
      const node = element("button", { type: "button", text, ...extra });
      node.addEventListener("click", onClick);
      return node;
    };
    this.name = element("input", { type: "text", id: "scenario-name", autocomplete: "off", maxlength: "100" });
    const saveForm = element("form", { class: "scenario-save" }, [
      element("label", { for: "scenario-name", text: "Scenario name" }),
      this.name,
      element("button", { type: "submit", text: "Save this scenario" }),
    ]);
    saveForm.addEventListener("submit", (event) => {
      event.preventDefault();
      this.save();
    });
    this.status = element("p", { id: "scenario-status", class: "scenario-status", role: "status" });
    this.list = element("ul", { class: "scenario-list", "aria-labelledby": "scenario-list-title" });
    this.empty = element("p", { class: "hint", text: "No scenario saved in this browser." });
    this.comparison = element("div", { class: "scenario-comparison", id: "scenario-comparison" });
    this.importInput = element("input", { type: "file", id: "scenario-import", accept: ".json,application/json" });
    this.importInput.addEventListener("change", () => this.importFile());
    this.forgetButton = button("Forget everything", () => this.askForget(), { class: "danger" });
    this.confirmYes = button("Yes, forget everything", () => this.forget(), { class: "danger" });
    this.confirmNo = button("Keep them", () => this.closeForget(true));
    this.confirm = element("div", { class: "scenario-confirm", role: "group", "aria-labelledby": "scenario-confirm-text", hidden: "" }, [
      element("p", { id: "scenario-confirm-text", text: "Remove every saved scenario from this browser? Export them first to keep a copy." }),
      this.confirmYes, this.confirmNo,
    ]);
    this.confirm.addEventListener("keydown", (event) => { if (event.key === "Escape") this.closeForget(true); });
    container.replaceChildren(
      element("h2", { id: "scenario-title", text: "Scenarios" }),
      element("p", { class: "hint", id: "scenario-privacy",
        text: "Nothing is stored until you save a scenario. A saved scenario holds what you typed in the form, under its name, and stays in this browser on this device; nothing is sent anywhere." }),
      saveForm,
      this.status,
      element("h3", { id: "scenario-list-title", text: "Saved in this browser" }),
      this.empty,
      this.list,
      element("div", { class: "scenario-actions" }, [
        button("Compare", () => this.compare()),
        button("Export", () => this.exportFile()),
        element("span", { class: "scenario-import" }, [element("label", { for: "scenario-import", text: "Import scenarios" }), this.importInput]),
        this.forgetButton,
      ]),
      this.confirm,
      this.comparison,
    );
  }

  say(text, { error = false } = {}) {
    this.status.classList.toggle("error", error);
    setText(this.status, text);
  }

  // The list as stored now (another tab may have changed it).
  reload() {
    const loaded = this.store.load();
    this.readable = loaded.ok;
    this.scenarios = loaded.ok ? loaded.scenarios : [];
    if (!loaded.ok) this.say(`${capitalised(loaded.error.message)}.`, { error: true });
    this.showList();
    return loaded.ok;
  }

  // Writes the list changed by change(scenarios) → {scenarios, …}; answers
  // what change answered, or null (the message said) when nothing was written.
  write(change) {
    if (!this.reload()) {
      this.say(`${this.status.textContent} Nothing was changed; “Forget everything” clears what cannot be read.`, { error: true });
      return null;
    }
    const changed = change(this.scenarios);
    const saved = this.store.save(changed.scenarios);
    if (!saved.ok) {
      this.say(`Not saved: ${saved.error.message}. The form and the scenarios saved before are as they were.`, { error: true });
      return null;
    }
    this.scenarios = changed.scenarios;
    this.showList();
    return changed;
  }

  save() {
    const problem = nameProblem(this.name.value);
    if (problem) {
      this.say(problem, { error: true });
      this.name.focus();
      return;
    }
    const scenario = scenarioOf(this.calculator.state(), this.name.value);
    const done = this.write((scenarios) => withScenario(scenarios, scenario));
    if (done) this.say(`${done.replaced ? "Replaced" : "Saved"} ${quoted(scenario.name)} in this browser.`);
  }

  open(scenario) {
    if (!this.calculator.choose({ guide: scenario.guide, region: scenario.region })) {
      this.say(`${quoted(scenario.name)} could not be opened: its guide (${scenario.guide}) is not in this page.`, { error: true });
      return;
    }
    // A choice the scenario leaves empty (a file written by hand) is the form's default, as when compared.
    const parts = this.calculator.parts;
    const inputs = Object.fromEntries(Object.entries(scenario.inputs).map(([id, value]) =>
      [id, parts[id].tagName === "SELECT" && value === "" ? parts[id].options[0].value : value]));
    this.calculator.setInputs(inputs);
    this.name.value = scenario.name;
    this.say(`Opened ${quoted(scenario.name)}: the form holds its inputs.`);
  }

  remove(scenario, index) {
    const done = this.write((scenarios) => ({ scenarios: withoutScenario(scenarios, scenario.name) }));
    if (!done) return;
    this.comparison.replaceChildren();  // it may show the scenario deleted
    this.say(`Deleted ${quoted(scenario.name)}.`);
    // Focus stays in the list: on the next scenario's Open, else the name field.
    const next = this.list.children[Math.min(index, this.list.children.length - 1)];
    (next ? next.querySelector("button") : this.name).focus();
  }

  askForget() {
    this.confirm.hidden = false;
    this.confirmNo.focus();
  }

  closeForget(refocus) {
    this.confirm.hidden = true;
    if (refocus) this.forgetButton.focus();
  }

  forget() {
    const forgotten = this.store.forget();
    this.closeForget(true);
    if (!forgotten.ok) {
      this.say(`Could not forget: ${forgotten.error.message}.`, { error: true });
      return;
    }
    this.scenarios = [];
    this.readable = true;
    this.showList();
    this.comparison.replaceChildren();
    this.say("Forgot everything: no scenario is stored in this browser.");
  }

  showList() {
    const shown = new Set([...this.list.querySelectorAll("input:checked")].map((box) => box.value));
    this.empty.hidden = this.scenarios.length > 0;
    this.list.replaceChildren(...this.scenarios.map((scenario, index) => this.row(scenario, index, shown.has(scenario.name))));
  }

  row(scenario, index, checked) {
    const id = `scenario-${index + 1}`;
    const box = element("input", { type: "checkbox", id, value: scenario.name, "aria-describedby": `${id}-where` });
    box.checked = checked;
    const summary = this.calculator.summary(scenario.guide);
    const guide = summary ? `${summary.company_display}, ${summary.role_display}` : scenario.guide;
    const open = element("button", { type: "button", text: "Open", "aria-label": `Open ${scenario.name}` });
    open.addEventListener("click", () => this.open(scenario));
    const remove = element("button", { type: "button", class: "secondary", text: "Delete", "aria-label": `Delete ${scenario.name}` });
    remove.addEventListener("click", () => this.remove(scenario, index));
    return element("li", { "data-scenario": scenario.name }, [
      element("div", { class: "scenario-choice" }, [
        box,
        element("label", { for: id }, [element("span", { class: "visually-hidden", text: "Compare " }),
          element("strong", { text: scenario.name })]),
      ]),
      element("p", { class: "hint", id: `${id}-where`,
        text: `${guide} — ${scenario.region} · saved ${this.dateFormat.format(new Date(scenario.saved))}` }),
      open, remove,
    ]);
  }

  chosen() {
    const names = new Set([...this.list.querySelectorAll("input:checked")].map((box) => box.value));
    return this.scenarios.filter((s) => names.has(s.name));
  }

  async compare() {
    const chosen = this.chosen();
    if (chosen.length === 0) {
      this.comparison.replaceChildren();
      this.say("Tick the scenarios to compare first.", { error: true });
      return;
    }
    this.say("Comparing…");
    const api = await this.whenApi;
    const evaluations = [];
    for (const scenario of chosen) evaluations.push(await evaluateScenario(api, scenario));
    this.comparison.replaceChildren(this.table(chosen, evaluations));
    this.say(`Comparing ${chosen.map((s) => quoted(s.name)).join(", ")} side by side.`);
  }

  // The scenarios in columns: where they apply, the inputs typed in any of
  // them (by the form's own labels), then the core's figures.
  table(chosen, evaluations) {
    const parts = this.calculator.parts;
    const labelOf = (id) => {
      const label = this.calculator.root.querySelector(`label[for="${parts[id].id}"]`);
      return label ? label.textContent : id;
    };
    const shownValue = (id, value) => {
      const option = parts[id].tagName === "SELECT" ? [...parts[id].options].find((o) => o.value === value) : null;
      return option ? option.textContent : value;
    };
    const row = (key, label, cells) => element("tr", { "data-row": key }, [element("th", { scope: "row", text: label }),
      ...cells.map((text) => element("td", { text }))]);
    const guideOf = (s) => {
      const summary = this.calculator.summary(s.guide);
      return summary ? `${summary.company_display}, ${summary.role_display}` : s.guide;
    };
    const inputs = STATE_INPUTS.filter((id) => chosen.some((s) => s.inputs[id] !== ""));
    const results = RESULT_ROWS.map(([key, label, show]) => row(key, label, evaluations.map((e) =>
      (e.result ? show(e.result, e.result.guide.currency) : "—"))));
    const problems = evaluations.some((e) => e.problem)
      ? [row("problem", "Not computed", evaluations.map((e) => (e.problem ? `Not computed: ${e.problem}` : "")))] : [];
    return element("div", { class: "scenario-table", role: "region", "aria-label": "Scenarios side by side", tabindex: "0" }, [
      element("table", {}, [
        element("caption", { text: "Scenarios side by side" }),
        element("thead", {}, [element("tr", {}, [element("th", { scope: "col", text: "Scenario" }),
          ...chosen.map((s) => element("th", { scope: "col", text: s.name }))])]),
        element("tbody", {}, [
          row("guide", "Guide", chosen.map(guideOf)),
          row("region", "Region", chosen.map((s) => s.region)),
          ...inputs.map((id) => row(`input.${id}`, labelOf(id), chosen.map((s) => shownValue(id, s.inputs[id])))),
        ]),
        element("tbody", { class: "scenario-results" }, [
          element("tr", {}, [element("th", { scope: "colgroup", colspan: String(chosen.length + 1), text: "Computed by offercheck" })]),
          ...problems, ...results,
        ]),
      ]),
    ]);
  }

  exportFile() {
    if (!this.reload()) return;
    if (this.scenarios.length === 0) {
      this.say("Nothing to export: no scenario is saved.", { error: true });
      return;
    }
    const url = URL.createObjectURL(new Blob([serialize(this.scenarios)], { type: "application/json" }));
    const link = element("a", { href: url, download: EXPORT_NAME, hidden: "" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.say(`Exported ${this.scenarios.length} scenario${this.scenarios.length === 1 ? "" : "s"} to ${EXPORT_NAME}.`);
  }

  async importFile() {
    const file = this.importInput.files[0];
    if (!file) return;
    this.importInput.value = "";  // the same file can be chosen again
    const refused = (message) => this.say(`${file.name} was not imported: ${message}. Nothing saved was changed.`, { error: true });
    if (file.size > IMPORT_LIMIT) {
      refused(`the file is larger than ${IMPORT_LIMIT / 1024} KB`);
      return;
    }
    let text;
    try {
      text = await file.text();
    } catch {
      refused("the file could not be read");
      return;
    }
    const read = validate(text);
    if (!read.ok) {
      refused(read.error.message);
      return;
    }
    const done = this.write((scenarios) => mergeImported(scenarios, read.scenarios));
    if (done) this.say(importSummary(done));
  }
}

const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
