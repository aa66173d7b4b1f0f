// The Equity panel's facts: the core's figures in words, the exit said only when one was chosen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { equityFacts } from "../../web/calculator/equity.js";

// As the core answers result.equity for 40,000 options at a $2 strike and a $10.50 share price.
const options = { kind: "options", shares: 40000, strike: 2, share_price: 10.5, exit_price: 10.5, exit_multiple: 1, dilution: 0,
  value_today: 340000, four_year_value: 340000, scenarios: [] };

test("options at today's price: shares, strike and price with cents, the value; no exit row", () => {
  assert.deepEqual(equityFacts(options, "USD"), [
    ["Options", "40,000 at a strike of $2"], ["Share price today", "$10.50"], ["Worth today", "$340,000"], ["Vested in 4 years", "$340,000"],
  ]);
});

test("an exit chosen is said with its dilution, and the 4-year value is at that exit", () => {
  const diluted = { ...options, exit_multiple: 3, dilution: 0.2, exit_price: 25.2, four_year_value: 928000 };
  assert.deepEqual(equityFacts(diluted, "USD"), [
    ["Options", "40,000 at a strike of $2"], ["Share price today", "$10.50"],
    ["Price at the exit", "$25.20 (3× today's price, after 20% dilution)"], ["Worth today", "$340,000"],
    ["Vested in 4 years, at this exit", "$928,000"],
  ]);
});

test("a grant value and no equity", () => {
  const grant = { kind: "grant", shares: null, strike: null, share_price: null, exit_price: null, exit_multiple: 0.5, dilution: 0,
    value_today: 200000, four_year_value: 100000, scenarios: [] };
  assert.deepEqual(equityFacts(grant, "EUR"), [["Grant worth today", "€200,000"], ["Exit", "0.5× today's price"],
    ["Vested in 4 years, at this exit", "€100,000"]]);
  assert.deepEqual(equityFacts({ ...grant, kind: "none" }, "EUR"), []);
});
