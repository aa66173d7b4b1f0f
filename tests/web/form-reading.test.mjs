// What the form's fields mean, and the evaluate request made of them.
import assert from "node:assert/strict";
import { test } from "node:test";
import { deriveFactor, evaluateRequest, moneyReading, numberReading, vestingChoice }
  from "../../web/calculator/reading.js";
import { regionOptions } from "../../web/calculator/calculator.js";

test("percent, multiple and month fields read from the core's answer", () => {
  assert.deepEqual(numberReading({ ok: true, value: 3 }, "Exit multiple"), { value: 3, message: "", invalid: false });
  assert.deepEqual(numberReading({ ok: false, error: { message: "'lots' is not a multiple (a number like 2, 0.5 or 3x)" } }, "Exit multiple"),
    { value: undefined, message: "Exit multiple: 'lots' is not a multiple (a number like 2, 0.5 or 3x)", invalid: true });
  assert.deepEqual(numberReading({ ok: true, value: 7.5 }, "Bonus (%)"), { value: 7.5, message: "", invalid: false });
  assert.deepEqual(numberReading({ ok: false, error: { message: "'ten' is not a percent (a number like 15)" } }, "Bonus (%)"),
    { value: undefined, message: "Bonus (%): 'ten' is not a percent (a number like 15)", invalid: true });
});

test("amount fields read from the core's parseMoney answer, its warning as the message", () => {
  assert.deepEqual(moneyReading({ ok: true, amount: 80000, currency: null, warning: null }, "Base salary"),
    { value: 80000, message: "", invalid: false });
  assert.deepEqual(moneyReading({ ok: true, amount: 80000, currency: "EUR", warning: null }, "Base salary"),
    { value: 80000, message: "", invalid: false });
  const warning = { severity: "warning", code: "typed_currency", component: null, line: null, column: null, message_parts: null,
    message: "Base salary was typed in GBP but the band is in EUR; the amount is taken as EUR, not converted" };
  const other = moneyReading({ ok: true, amount: 80000, currency: "GBP", warning }, "Base salary");
  assert.equal(other.value, 80000);
  assert.equal(other.message, warning.message, "the core words it; the page only shows it");
  assert.deepEqual(moneyReading({ ok: false, error: { message: "'lots' is not an amount" } }, "Base salary"),
    { value: undefined, message: "Base salary: 'lots' is not an amount", invalid: true });
});

test("vesting: the default sends nothing, custom needs its percents", () => {
  assert.deepEqual(vestingChoice("even", ""), { vesting: null, missing: false });
  assert.deepEqual(vestingChoice("cliff", "ignored"), { vesting: "cliff", missing: false });
  assert.deepEqual(vestingChoice("custom", " 10,20,30,40 "), { vesting: "10,20,30,40", missing: false });
  assert.deepEqual(vestingChoice("custom", "  "), { vesting: null, missing: true });
});

test("a derivation scale is a percent above 0 and up to 1000", () => {
  assert.equal(deriveFactor("80"), 0.8);
  assert.equal(deriveFactor("1000"), 10);
  for (const bad of ["", "0", "-5", "1001", "x"]) assert.equal(deriveFactor(bad), null, bad);
});

test("the evaluate request names the guide by the core's id and carries a derivation only when asked", () => {
  const guide = "hugging-face/product-manager";
  const offer = { base: 75000, liquid: true };
  assert.deepEqual(evaluateRequest({ guide, region: "Paris", offer }),
    { guide: "hugging-face/product-manager", region: "Paris", offer, competing: [], fx: {}, parameters: {} });
  const derived = evaluateRequest({ guide, region: "Remote Global", offer, derive: { from: "New York", factor: 0.8 },
    fx: { USD: 1 }, parameters: { illiquid_discount: 0.5 } });
  assert.deepEqual(derived.derive, { from: "New York", factor: 0.8 });
  assert.deepEqual(derived.fx, { USD: 1 });
  assert.deepEqual(derived.parameters, { illiquid_discount: 0.5 });
  assert.equal(evaluateRequest({ guide, region: "Paris", offer, leaveAfterMonths: 18 }).leave_after_months, 18);
  assert.equal(evaluateRequest({ guide, region: "Paris", offer, leaveAfterMonths: 0 }).leave_after_months, 0, "month 0 is asked too");
  assert.equal("leave_after_months" in evaluateRequest({ guide, region: "Paris", offer, leaveAfterMonths: Number.NaN }), false);
});

test("regions come from the full guide, or before it from its summary, marked as the core says they have data", () => {
  const empty = { low: null, high: null };
  // has_data is the core's answer: a band with only a sign-on range has data, though its base is empty.
  const guide = { compensation: [
    { region: "Paris", has_data: true, base: { low: 1, high: 2 }, stock: empty, total_comp: empty },
    { region: "Lyon", has_data: true, base: empty, stock: empty, total_comp: empty, signing_bonus: { low: 1, high: 2 } },
    { region: "Remote Global", has_data: false, base: empty, stock: empty, total_comp: empty },
  ] };
  const summary = { regions: [{ region: "Paris", has_data: true }, { region: "Lyon", has_data: true },
    { region: "Remote Global", has_data: false }] };
  const expected = [["Paris", "Paris"], ["Lyon", "Lyon"], ["Remote Global", "Remote Global (no band data)"]];
  assert.deepEqual(regionOptions(guide, summary), expected);
  assert.deepEqual(regionOptions(null, summary), expected);
  assert.deepEqual(regionOptions(null, null), []);
});
