// Saved scenarios: the form's inputs under a name the reader gives, kept in
// this browser only when asked ("Save this scenario"). Pure: the format, its
// validation (a stored list and an imported file are read by the same code),
// saving, merging, and a thin adapter over localStorage that writes nothing
// before the first save. No DOM here (unit-tested under node --test).
//   {"version": 1, "scenarios": [{"name", "guide", "region", "inputs": {field: "text"}, "saved": "ISO date"}]}
// A scenario holds the inputs as typed (STATE_INPUTS, as a share link does),
// never a result: the figures are computed again when compared.
import { STATE_INPUTS } from "../calculator/calculator.js";

export const STORE_VERSION = 1;
export const STORE_KEY = "offercheck.scenarios";
export const NAME_LIMIT = 100;
export const SCENARIO_LIMIT = 500;
const SCENARIO_FIELDS = ["name", "guide", "region", "inputs", "saved"];

const failure = (message) => ({ ok: false, error: { message } });
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const quoted = (text) => `“${text}”`;

// A scenario of the calculator's state (guide, region, inputs) under `name`, saved at `now`.
export function scenarioOf(state, name, now = new Date()) {
  const inputs = Object.fromEntries(STATE_INPUTS.map((id) => [id, String(state.inputs[id] ?? "")]));
  return { name: String(name).trim(), guide: String(state.guide), region: String(state.region), inputs, saved: now.toISOString() };
}

// The stored (and exported) text of a list of scenarios.
export function serialize(scenarios) {
  return JSON.stringify({ version: STORE_VERSION, scenarios }, null, 2);
}

// The problem with a name typed for saving, or "" when it will do.
export function nameProblem(name) {
  const trimmed = String(name).trim();
  if (trimmed === "") return "Type a name for this scenario first.";
  if (trimmed.length > NAME_LIMIT) return `A scenario's name has at most ${NAME_LIMIT} characters.`;
  return "";
}

// One scenario of a file (number: its place, from 1): {scenario} or {problem}.
function readScenario(item, number) {
  if (!isObject(item)) return { problem: `scenario ${number} is not an object` };
  if (typeof item.name !== "string" || item.name.trim() === "") return { problem: `scenario ${number} has no name` };
  const name = item.name.trim();
  const which = `scenario ${number} (${quoted(name)})`;
  if (name.length > NAME_LIMIT) return { problem: `${which} has a name longer than ${NAME_LIMIT} characters` };
  const unknown = Object.keys(item).find((key) => !SCENARIO_FIELDS.includes(key));
  if (unknown !== undefined) return { problem: `${which} has an unknown field "${unknown}"` };
  for (const key of ["guide", "region"]) {
    if (typeof item[key] !== "string" || item[key].trim() === "") return { problem: `${which} has no ${key}` };
  }
  if (!isObject(item.inputs)) return { problem: `${which} has no inputs (an object of the form's fields)` };
  for (const [id, value] of Object.entries(item.inputs)) {
    if (!STATE_INPUTS.includes(id)) return { problem: `${which} has an unknown input "${id}"` };
    if (typeof value !== "string") return { problem: `${which}: input "${id}" is not a string` };
  }
  if (typeof item.saved !== "string" || Number.isNaN(Date.parse(item.saved))) {
    return { problem: `${which}: "saved" is not a date` };
  }
  // An input the file leaves out is an empty field (the form's default).
  const inputs = Object.fromEntries(STATE_INPUTS.map((id) => [id, item.inputs[id] ?? ""]));
  return { scenario: { name, guide: item.guide, region: item.region, inputs, saved: new Date(item.saved).toISOString() } };
}

// Reads a stored list or an imported file: {ok: true, scenarios} or
// {ok: false, error: {message}} saying exactly what is wrong.
export function validate(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failure(`the file is not JSON (${error.message})`);
  }
  if (!isObject(data)) return failure('the file holds no offercheck scenarios (it should be an object with "version" and "scenarios")');
  if (!("version" in data)) return failure('the file has no "version" (offercheck scenarios have "version": 1)');
  if (data.version !== STORE_VERSION) {
    return failure(`the file is version ${JSON.stringify(data.version)}; this offercheck reads version ${STORE_VERSION}`);
  }
  const unknown = Object.keys(data).find((key) => key !== "version" && key !== "scenarios");
  if (unknown !== undefined) return failure(`the file has an unknown field "${unknown}"`);
  if (!Array.isArray(data.scenarios)) return failure('"scenarios" is not a list');
  if (data.scenarios.length > SCENARIO_LIMIT) return failure(`the file has ${data.scenarios.length} scenarios; at most ${SCENARIO_LIMIT} are kept`);
  const scenarios = [];
  const seen = new Map();  // name -> its place
  for (const [index, item] of data.scenarios.entries()) {
    const read = readScenario(item, index + 1);
    if (read.problem) return failure(read.problem);
    const { name } = read.scenario;
    if (seen.has(name)) return failure(`scenarios ${seen.get(name)} and ${index + 1} are both named ${quoted(name)}`);
    seen.set(name, index + 1);
    scenarios.push(read.scenario);
  }
  return { ok: true, scenarios };
}

// Saving under a name already used replaces that scenario, in its place:
// {scenarios, replaced}.
export function withScenario(scenarios, scenario) {
  const at = scenarios.findIndex((s) => s.name === scenario.name);
  if (at < 0) return { scenarios: [...scenarios, scenario], replaced: false };
  return { scenarios: scenarios.map((s, i) => (i === at ? scenario : s)), replaced: true };
}

export function withoutScenario(scenarios, name) {
  return scenarios.filter((s) => s.name !== name);
}

const sameScenario = (a, b) => a.name === b.name && a.guide === b.guide && a.region === b.region
  && STATE_INPUTS.every((id) => a.inputs[id] === b.inputs[id]);

// A name not yet taken: "Base case (imported)", then "(imported 2)", …
function freeName(name, taken) {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (imported)" : ` (imported ${n})`;
    const candidate = `${name.slice(0, NAME_LIMIT - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

// Adds an imported list to the saved one without losing anything saved: a
// scenario identical to a saved one (name, guide, region, inputs) is skipped,
// one whose name is taken is added renamed "… (imported)".
// {scenarios, added, renamed: [{from, to}], skipped}.
export function mergeImported(saved, imported) {
  const scenarios = [...saved];
  const taken = new Set(saved.map((s) => s.name));
  const renamed = [];
  let added = 0, skipped = 0;
  for (const scenario of imported) {
    if (scenarios.some((s) => sameScenario(s, scenario))) {
      skipped++;
      continue;
    }
    let name = scenario.name;
    if (taken.has(name)) {
      name = freeName(name, taken);
      renamed.push({ from: scenario.name, to: name });
    }
    taken.add(name);
    scenarios.push({ ...scenario, name });
    added++;
  }
  return { scenarios, added, renamed, skipped };
}

// What an import did, in words.
export function importSummary({ added, renamed, skipped }) {
  const words = [`Imported ${added} scenario${added === 1 ? "" : "s"}`];
  if (renamed.length) words.push(`renamed ${renamed.map((r) => `${quoted(r.from)} to ${quoted(r.to)}`).join(", ")} (the name was taken)`);
  if (skipped) words.push(`${skipped} already saved left as ${skipped === 1 ? "it was" : "they were"}`);
  return `${words.join("; ")}.`;
}

const storageProblem = (error) => {
  const full = error && (error.name === "QuotaExceededError" || error.code === 22);
  return full ? "this browser's storage for this page is full" : "this browser does not let this page store anything";
};

// The scenarios of a localStorage-like object (getItem, setItem, removeItem),
// or of none (storage disabled): load, save and forget answer {ok} or
// {ok: false, error: {message}}, never throw. Nothing is written before the
// first save; forget removes the key.
export function scenarioStore(storage) {
  return {
    load() {
      let text;
      try {
        if (!storage) return failure(storageProblem(null));
        text = storage.getItem(STORE_KEY);
      } catch (error) {
        return failure(storageProblem(error));
      }
      if (text === null) return { ok: true, scenarios: [] };
      const read = validate(text);
      return read.ok ? read : failure(`the scenarios saved in this browser could not be read: ${read.error.message}`);
    },
    save(scenarios) {
      try {
        if (!storage) return failure(storageProblem(null));
        storage.setItem(STORE_KEY, serialize(scenarios));
        return { ok: true };
      } catch (error) {
        return failure(storageProblem(error));
      }
    },
    forget() {
      try {
        if (storage) storage.removeItem(STORE_KEY);
        return { ok: true };
      } catch (error) {
        return failure(storageProblem(error));
      }
    },
  };
}

// localStorage, or null where reading it throws (storage disabled, some sandboxes).
export function browserStorage() {
  try {
    return globalThis.localStorage || null;
  } catch {
    return null;
  }
}
