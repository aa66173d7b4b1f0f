// Saved scenarios: the stored format, what a bad file is told, merging an
// import without losing what is saved, and the storage adapter.
import assert from "node:assert/strict";
import { test } from "node:test";
import { STATE_INPUTS } from "../../web/calculator/calculator.js";
import { importSummary, mergeImported, nameProblem, NAME_LIMIT, scenarioOf, scenarioStore, serialize, STORE_KEY, STORE_VERSION,
  validate, withoutScenario, withScenario } from "../../web/page/scenario-store.js";

const state = {
  guide: "hugging-face/devops-engineer", region: "New York",
  inputs: { ...Object.fromEntries(STATE_INPUTS.map((id) => [id, ""])), base: "163750", stock: "131,313", "equity-kind": "grant" },
  result: { components: [], ask: { base: 195000 } },
};
const at = new Date("2026-12-06T21:30:00Z");
const scenario = (name, base = "163750") => scenarioOf({ ...state, inputs: { ...state.inputs, base } }, name, at);
const fileOf = (scenarios, extra = {}) => JSON.stringify({ version: STORE_VERSION, scenarios, ...extra });
const messageOf = (text) => {
  const read = validate(text);
  assert.equal(read.ok, false, `refused: ${text}`);
  return read.error.message;
};

// A localStorage stand-in that records every write; fail: the error setItem throws.
function memoryStorage(fail = null) {
  const items = new Map();
  const writes = [];
  return {
    items, writes,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem(key, value) {
      writes.push(key);
      if (fail) throw fail;
      items.set(key, String(value));
    },
    removeItem(key) {
      writes.push(`-${key}`);
      items.delete(key);
    },
  };
}

test("a scenario holds the name, guide, region, the inputs as typed and the date: never the result", () => {
  const saved = scenarioOf(state, "  Base case ", at);
  assert.deepEqual(Object.keys(saved), ["name", "guide", "region", "inputs", "saved"]);
  assert.equal(saved.name, "Base case");
  assert.deepEqual(Object.keys(saved.inputs), STATE_INPUTS);
  assert.equal(saved.inputs.stock, "131,313");
  assert.equal(saved.saved, "2026-12-06T21:30:00.000Z");
  const stored = JSON.parse(serialize([saved]));
  assert.equal(stored.version, 1);
  assert.equal(JSON.stringify(stored).includes("195000"), false, "no figure of the result is stored");
});

test("the stored text reads back as it was saved", () => {
  const list = [scenario("A"), scenario("B", "170000")];
  assert.deepEqual(validate(serialize(list)), { ok: true, scenarios: list });
});

test("an input a file leaves out reads as an empty field; names and dates are normalised", () => {
  const read = validate(fileOf([{ name: " Short ", guide: "g/r", region: "Berlin", inputs: { base: "90k" }, saved: "2026-01-02" }]));
  assert.ok(read.ok, JSON.stringify(read));
  const [only] = read.scenarios;
  assert.equal(only.name, "Short");
  assert.equal(only.inputs.base, "90k");
  assert.equal(only.inputs.stock, "");
  assert.deepEqual(Object.keys(only.inputs), STATE_INPUTS);
  assert.equal(only.saved, "2026-01-02T00:00:00.000Z");
});

test("a bad file is refused with what is wrong in it", () => {
  const good = scenario("A");
  const { name, ...nameless } = good;
  assert.match(messageOf("{not json"), /^the file is not JSON \(/);
  assert.match(messageOf("[]"), /holds no offercheck scenarios/);
  assert.match(messageOf("null"), /holds no offercheck scenarios/);
  assert.equal(messageOf(JSON.stringify({ scenarios: [] })), 'the file has no "version" (offercheck scenarios have "version": 1)');
  assert.equal(messageOf(JSON.stringify({ version: 2, scenarios: [] })), "the file is version 2; this offercheck reads version 1");
  assert.equal(messageOf(JSON.stringify({ version: "1", scenarios: [] })), 'the file is version "1"; this offercheck reads version 1');
  assert.equal(messageOf(fileOf([], { owner: "me" })), 'the file has an unknown field "owner"');
  assert.equal(messageOf(JSON.stringify({ version: 1, scenarios: {} })), '"scenarios" is not a list');
  assert.equal(messageOf(fileOf([good, scenario("B"), nameless])), "scenario 3 has no name");
  assert.equal(messageOf(fileOf([good, "B"])), "scenario 2 is not an object");
  assert.equal(messageOf(fileOf([{ ...good, name: "   " }])), "scenario 1 has no name");
  assert.equal(messageOf(fileOf([{ ...good, name: 7 }])), "scenario 1 has no name");
  assert.equal(messageOf(fileOf([{ ...good, name: "x".repeat(NAME_LIMIT + 1) }])),
    `scenario 1 (“${"x".repeat(NAME_LIMIT + 1)}”) has a name longer than ${NAME_LIMIT} characters`);
  assert.equal(messageOf(fileOf([{ ...good, result: {} }])), 'scenario 1 (“A”) has an unknown field "result"');
  assert.equal(messageOf(fileOf([{ ...good, guide: "" }])), "scenario 1 (“A”) has no guide");
  assert.equal(messageOf(fileOf([{ ...good, region: null }])), "scenario 1 (“A”) has no region");
  assert.equal(messageOf(fileOf([{ ...good, inputs: [] }])), "scenario 1 (“A”) has no inputs (an object of the form's fields)");
  assert.equal(messageOf(fileOf([{ ...good, inputs: { ...good.inputs, foo: "1" } }])), 'scenario 1 (“A”) has an unknown input "foo"');
  assert.equal(messageOf(fileOf([{ ...good, inputs: { base: 163750 } }])), 'scenario 1 (“A”): input "base" is not a string');
  assert.equal(messageOf(fileOf([{ ...good, saved: "yesterday" }])), 'scenario 1 (“A”): "saved" is not a date');
  assert.equal(messageOf(fileOf([good, scenario("B"), { ...good, name: " A" }])), "scenarios 1 and 3 are both named “A”");
});

test("a name must be typed, and not too long", () => {
  assert.equal(nameProblem("  "), "Type a name for this scenario first.");
  assert.match(nameProblem("x".repeat(NAME_LIMIT + 1)), /at most 100 characters/);
  assert.equal(nameProblem("Base case"), "");
});

test("saving under a name used replaces that scenario in its place; deleting removes it", () => {
  const list = [scenario("A"), scenario("B")];
  const added = withScenario(list, scenario("C"));
  assert.deepEqual(added.scenarios.map((s) => s.name), ["A", "B", "C"]);
  assert.equal(added.replaced, false);
  const replaced = withScenario(list, scenario("A", "200000"));
  assert.equal(replaced.replaced, true);
  assert.deepEqual(replaced.scenarios.map((s) => [s.name, s.inputs.base]), [["A", "200000"], ["B", "163750"]]);
  assert.deepEqual(withoutScenario(list, "A").map((s) => s.name), ["B"]);
  assert.equal(list.length, 2, "the list given is left as it was");
});

test("an import keeps everything saved: a taken name is renamed, an identical scenario skipped", () => {
  const saved = [scenario("A"), scenario("B"), scenario("A (imported)", "1")];
  const merged = mergeImported(saved, [scenario("A", "175000"), scenario("B"), scenario("C")]);
  assert.deepEqual(merged.scenarios.slice(0, 3), saved);
  assert.deepEqual(merged.scenarios.slice(3).map((s) => [s.name, s.inputs.base]), [["A (imported 2)", "175000"], ["C", "163750"]]);
  assert.deepEqual(merged.renamed, [{ from: "A", to: "A (imported 2)" }]);
  assert.equal(merged.added, 2);
  assert.equal(merged.skipped, 1);
  assert.equal(importSummary(merged), "Imported 2 scenarios; renamed “A” to “A (imported 2)” (the name was taken); 1 already saved left as it was.");
  assert.equal(importSummary(mergeImported([], [scenario("A")])), "Imported 1 scenario.");
});

test("a renamed import stays within the name limit", () => {
  const long = "x".repeat(NAME_LIMIT);
  const merged = mergeImported([scenario(long)], [scenario(long, "1")]);
  const renamed = merged.scenarios[1].name;
  assert.equal(renamed.length, NAME_LIMIT);
  assert.ok(renamed.endsWith(" (imported)"));
  assert.ok(validate(serialize(merged.scenarios)).ok);
});

test("the store writes nothing until a save, one key, and forgetting removes it", () => {
  const storage = memoryStorage();
  const store = scenarioStore(storage);
  assert.deepEqual(store.load(), { ok: true, scenarios: [] });
  assert.deepEqual(storage.writes, [], "loading writes nothing");
  assert.deepEqual(store.save([scenario("A")]), { ok: true });
  assert.deepEqual([...storage.items.keys()], [STORE_KEY]);
  assert.deepEqual(store.load().scenarios.map((s) => s.name), ["A"]);
  assert.deepEqual(store.forget(), { ok: true });
  assert.equal(storage.items.size, 0);
  assert.deepEqual(store.load(), { ok: true, scenarios: [] });
});

test("a full or disabled storage is a message, never a throw", () => {
  const quota = Object.assign(new Error("full"), { name: "QuotaExceededError" });
  const full = scenarioStore(memoryStorage(quota));
  assert.deepEqual(full.save([scenario("A")]), { ok: false, error: { message: "this browser's storage for this page is full" } });
  const none = scenarioStore(null);
  assert.deepEqual(none.load(), { ok: false, error: { message: "this browser does not let this page store anything" } });
  assert.equal(none.save([]).ok, false);
  const throwing = scenarioStore({ getItem() { throw new Error("SecurityError"); } });
  assert.deepEqual(throwing.load(), { ok: false, error: { message: "this browser does not let this page store anything" } });
});

test("what is stored and cannot be read is said, with what is wrong", () => {
  const storage = memoryStorage();
  storage.items.set(STORE_KEY, fileOf([{ name: "A" }]));
  assert.deepEqual(scenarioStore(storage).load(),
    { ok: false, error: { message: "the scenarios saved in this browser could not be read: scenario 1 (“A”) has no guide" } });
});
