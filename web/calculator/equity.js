// The Equity panel: what the offer's equity is worth today and at the exit
// chosen, a table of other exits (the range, not one number), the decision
// against each competing offer (break-even exit and crossover year, worded
// by the core) and what leaving at the slider's month keeps. Built once; an
// update rewrites text. The figures are the core's (result.equity,
// result.decision, result.if_you_leave); no rule is computed here. Drawn
// only while the panel is open (web/lib/shown-later.js).
import { element, keepChildren, setHidden, setText } from "../lib/dom.js";
import { formatCount, formatMoney, formatMultiple, formatPercent, formatPrice } from "../lib/money.js";
import { phraseText } from "../lib/phrase.js";

// The facts shown above the table, as [label, text] pairs; the exit only
// when it is not today's price undiluted.
export function equityFacts(equity, currency) {
  if (equity.kind === "none") return [];
  const exitChosen = equity.exit_multiple !== 1 || equity.dilution > 0;
  const atExit = `${formatMultiple(equity.exit_multiple)} today's price` +
    (equity.dilution > 0 ? `, after ${formatPercent(equity.dilution)} dilution` : "");
  const facts = equity.kind === "options" ? [
    ["Options", `${formatCount(equity.shares)} at a strike of ${formatPrice(equity.strike, currency)}`],
    ["Share price today", formatPrice(equity.share_price, currency)],
    exitChosen ? ["Price at the exit", `${formatPrice(equity.exit_price, currency)} (${atExit})`] : null,
    ["Worth today", formatMoney(equity.value_today, currency)],
  ] : [
    ["Grant worth today", formatMoney(equity.value_today, currency)],
    exitChosen ? ["Exit", atExit] : null,
  ];
  facts.push([exitChosen ? "Vested in 4 years, at this exit" : "Vested in 4 years", formatMoney(equity.four_year_value, currency)]);
  return facts.filter(Boolean);
}

function scenarioTable() {
  const body = element("tbody");
  const root = element("table", { class: "year-table scenarios" }, [
    element("caption", { text: "Four years at other exits (the same dilution)" }),
    element("thead", {}, [element("tr", {}, ["Exit", "Equity vested", "4-year total"].map((h) => element("th", { scope: "col", text: h })))]),
    body,
  ]);
  return { root, body, rows: [] };
}

export class EquityView {
  // parts: the form's (equity, leave-field, leave-months, leave-output, leave-note);
  // shown: the calculator's ShownLater, folded(): whether the panel is folded away (drawn when it opens).
  constructor(parts, { shown, folded }) {
    this.parts = parts;
    this.later = shown.add({ folded });
    this.none = element("p", { class: "hint", text: "No equity in this offer: type a grant value or options to see what it may be worth." });
    this.waiting = element("p", { class: "hint", text: "Type your offer to see what its equity may be worth." });
    this.facts = element("dl", { class: "equity-facts" });
    this.table = scenarioTable();
    this.decision = element("ul", { class: "decision" });
    this.factRows = [];
    this.items = [];  // the decision's, one per competing offer
    this.showMonth();
  }

  // The slider's month in words, as it moves (before any result).
  showMonth() {
    const months = Number(this.parts["leave-months"].value);
    setText(this.parts["leave-output"], months === 1 ? "1 month" : `${months} months`);
  }

  show(result) {
    this.later.draw(() => this.draw(result));
  }

  draw(result) {
    this.showMonth();
    const container = this.parts.equity;
    if (!result) {
      keepChildren(container, [this.waiting]);
      this.showLeave(null);
      return;
    }
    const currency = result.guide.currency;
    const equity = result.equity;
    const decision = result.decision ? this.decisionItems(result.decision) : [];
    if (equity.kind === "none") {
      keepChildren(container, decision.length ? [this.none, this.decision] : [this.none]);
    } else {
      this.fillFacts(equityFacts(equity, currency));
      this.fillScenarios(equity, currency);
      keepChildren(container, decision.length ? [this.facts, this.table.root, this.decision] : [this.facts, this.table.root]);
    }
    keepChildren(this.decision, decision);
    const leave = result.if_you_leave && equity.kind !== "none" ? result.if_you_leave : null;
    this.showLeave(leave);
  }

  // The slider and its answer, only while there is equity to keep or lose.
  showLeave(leave) {
    setHidden(this.parts["leave-field"], !leave);
    setText(this.parts["leave-note"], leave ? phraseText(leave.note_parts) : "");
  }

  fillFacts(facts) {
    while (this.factRows.length < facts.length) this.factRows.push({ term: element("dt"), text: element("dd") });
    const rows = this.factRows.slice(0, facts.length);
    keepChildren(this.facts, rows.flatMap((row) => [row.term, row.text]));
    facts.forEach(([term, text], i) => { setText(rows[i].term, term); setText(rows[i].text, text); });
  }

  fillScenarios(equity, currency) {
    const table = this.table;
    while (table.rows.length < equity.scenarios.length) {
      const row = { exit: element("th", { scope: "row" }), cells: [element("td", { class: "amount" }), element("td", { class: "amount" })] };
      row.root = element("tr", {}, [row.exit, ...row.cells]);
      table.rows.push(row);
    }
    const rows = table.rows.slice(0, equity.scenarios.length);
    keepChildren(table.body, rows.map((row) => row.root));
    equity.scenarios.forEach((scenario, i) => {
      const row = rows[i];
      const chosen = scenario.exit_multiple === equity.exit_multiple;
      row.root.classList.toggle("chosen", chosen);
      setText(row.exit, chosen ? `${formatMultiple(scenario.exit_multiple)} (yours)` : formatMultiple(scenario.exit_multiple));
      setText(row.cells[0], formatMoney(scenario.four_year_value, currency));
      setText(row.cells[1], formatMoney(scenario.four_year_total, currency));
    });
  }

  // One item per competing offer: its break-even exit, then when the lead changes.
  decisionItems(decision) {
    return decision.offers.map((offer, i) => {
      if (!this.items[i]) this.items[i] = element("li");
      setText(this.items[i], `${phraseText(offer.breakeven_note_parts)} ${phraseText(offer.crossover_note_parts)}`);
      return this.items[i];
    });
  }
}
