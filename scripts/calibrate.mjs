// Fits the ask model's default parameters to what the guides themselves
// state in their Negotiate Up Strategy paragraphs (docs/ask-model.md,
// "Calibration"). Every figure comes from the core through the CLI:
// `offercheck asks DIR --json --parameters P` reads each guide's stated ask
// and floor and computes the model's, for an offer at the bottom of the band,
// with the difference and the tolerance the core judges them by. This script
// only searches parameters and counts.
//
// Usage: node scripts/calibrate.mjs [--corpus DIR] [--cli PATH] [--json]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const corpus = path.resolve(option("--corpus", path.join(root, "../shared/corpus-sample")));
const cli = path.resolve(option("--cli", path.join(root, "build/bin/offercheck")));
const asJson = args.includes("--json");
for (const [what, file] of [["corpus", corpus], ["offercheck CLI", cli]]) {
  if (!existsSync(file)) {
    console.error(`calibrate: no ${what} at ${file}`);
    process.exit(2);
  }
}

// The four parts the issue measures, and the parameters that move each.
const PARTS = [
  { name: "base ask", kind: "ask", part: "base" },
  { name: "stock ask", kind: "ask", part: "stock" },
  { name: "base floor", kind: "floor", part: "base" },
  { name: "stock floor", kind: "floor", part: "stock" },
];

// The defaults before this calibration, fitted on the three seed guides.
const SEED_DEFAULTS = {
  ask_base_position: 0.85, ask_stock_position: 0.85,
  floor_base_position: 0.3, floor_stock_position: 0.5,
  floor_base_above_low: 0, floor_stock_above_low: 0,
};

let runs = 0;
const cache = new Map();
// One run of the core over the corpus: for each part, the stated figures with
// the model's relative difference, by guide.
function measure(parameters) {
  const key = JSON.stringify(parameters ?? null);
  if (cache.has(key)) return cache.get(key);
  const argv = ["asks", corpus, "--json"];
  if (parameters) argv.push("--parameters", JSON.stringify(parameters));
  const run = spawnSync(cli, argv, { encoding: "utf8", maxBuffer: 1 << 30 });
  // Exit 1 is a file that is not a usable guide (said on stderr): the others count.
  if (run.status !== 0 && !(run.status === 1 && run.stdout.startsWith("["))) {
    console.error(`calibrate: offercheck ${argv.join(" ")} failed (${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  if (runs === 0 && run.stderr) process.stderr.write(`calibrate: skipped, as offercheck says:\n${run.stderr}`);
  runs++;
  const guides = JSON.parse(run.stdout);
  if (!parameters) answerCounts = countAnswers(guides);
  const rows = Object.fromEntries(PARTS.map((p) => [p.name, []]));
  let tolerance = null;
  for (const guide of guides) {
    const company = guide.id.split("/")[0];
    for (const target of guide.targets) {
      if (!target.comparison) continue;  // a band without a base range: no model
      tolerance ??= target.comparison.tolerance;
      for (const p of PARTS) {
        const stated = target[p.kind][p.part];
        const difference = target.comparison.differences[p.kind][p.part];
        if (stated == null || difference == null) continue;
        rows[p.name].push({ id: guide.id, company, region: target.region, stated,
                            model: target.model[p.kind][p.part], difference,
                            low: target.band?.[p.part]?.low, high: target.band?.[p.part]?.high,
                            text: target.text, line: target.line });
      }
    }
  }
  const result = { rows, tolerance, guides: guides.length };
  cache.set(key, result);
  return result;
}

// Which rule answers each part when a person evaluates an offer below every
// figure, the guide's word first (docs/ask-model.md, "Which rule answers"):
// over every band a guide's strategy states figures for, per part, how many
// state one, how many of those the guide's figure answers (and whether
// exactly), how many are not used (outside the band by more than its width,
// or no range to check), and what answers where the guide states nothing.
const ANSWER_PARTS = [["ask", "base"], ["ask", "stock"], ["ask", "sign_on"], ["ask", "total_comp"],
                      ["floor", "base"], ["floor", "stock"], ["floor", "sign_on"], ["floor", "total_comp"]];
let answerCounts = null;
function countAnswers(guides) {
  const counts = Object.fromEntries(ANSWER_PARTS.map(([kind, part]) => [`${part.replace("_", " ")} ${kind}`,
    { bands: 0, stated: 0, guide: 0, exact: 0, not_used: 0, by_parts: 0, above_ask: 0, band: 0, none: 0 }]));
  for (const guide of guides) {
    for (const target of guide.targets) {
      if (!target.answer) continue;
      for (const [kind, part] of ANSWER_PARTS) {
        const c = counts[`${part.replace("_", " ")} ${kind}`];
        const proposal = target.answer[kind];
        const source = proposal.sources[part];
        const stated = target[kind][part];
        const reasons = Object.values(proposal.reasons).join(" ");
        c.bands++;
        if (stated != null) {
          c.stated++;
          if (source === "guide") {
            c.guide++;
            const value = part === "total_comp" ? proposal.total_comp : proposal[part];
            if (Math.abs(value - stated) < 0.5) c.exact++;
          } else if (part !== "total_comp" || reasons.includes("total comp a year, is not used: ")) {
            c.not_used++;
          } else if (reasons.includes("only above the ask")) {
            c.above_ask++;  // a floor's total comp the ask's parts cannot reach: the floor is the ask
          } else {
            c.by_parts++;  // the guide states the parts: they answer, its total stands beside them
          }
        } else if (source === "band" || source === "guide") {
          c.band++;
        } else {
          c.none++;
        }
      }
    }
  }
  return counts;
}

// Held-out check: companies split in two by a hash of their name, so a
// company's guides (which share a template) never sit on both sides.
function half(company) {
  let h = 2166136261;
  for (const c of company) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h % 2;
}
const ALL = () => true;
function share(result, name, keep = ALL) {
  const rows = result.rows[name].filter((r) => keep(r.company));
  const within = rows.filter((r) => Math.abs(r.difference) <= result.tolerance).length;
  return { within, stating: rows.length, share: rows.length ? within / rows.length : null };
}

const steps = (from, to, by) => {
  const out = [];
  for (let x = from; x <= to + 1e-9; x += by) out.push(Math.round(x * 1000) / 1000);
  return out;
};

// Each part depends only on its own parameters (a floor is also capped by
// its ask's aim), so one run scores a candidate for every part at once, and
// the floors are searched with asks at the band's top (so the cap never
// binds) to share runs between the whole sample and its halves. Floors: a
// position in the band, or a share above the band's low, or the higher of
// the two.
// Floors at the band's low: a candidate's own values are set over these, so
// that a default floor never stands above a candidate ask.
const LOW_FLOORS = { floor_base_position: 0, floor_stock_position: 0, floor_sign_on_position: 0,
                     floor_base_above_low: 0, floor_stock_above_low: 0 };
const FLOOR_SEARCH_ASKS = { ask_base_position: 1, ask_stock_position: 1 };

function fit(keep = ALL) {
  const best = (candidates, score) =>
    candidates.reduce((a, c) => { const s = score(c); return s > a.score ? { value: c, score: s } : a; },
                      { value: null, score: -1 });
  const score = (name, parameters) => share(measure({ ...LOW_FLOORS, ...parameters }), name, keep).within;
  const asks = steps(0.7, 1.05, 0.01);
  const fitted = {
    ask_base_position: best(asks, (a) => score("base ask", { ask_base_position: a, ask_stock_position: a })).value,
    ask_stock_position: best(asks, (a) => score("stock ask", { ask_base_position: a, ask_stock_position: a })).value,
  };
  const positions = steps(0, 0.9, 0.03);
  const aboveLows = steps(0, 0.25, 0.01);
  const both = (position, above) => ({ ...FLOOR_SEARCH_ASKS,
    floor_base_position: position, floor_stock_position: position,
    floor_base_above_low: above, floor_stock_above_low: above });
  for (const part of ["base", "stock"]) {
    const name = `${part} floor`;
    const pos = best(positions, (p) => score(name, both(p, 0)));
    const abv = best(aboveLows, (a) => score(name, both(0, a)));
    // The higher of the two, around the best of each alone.
    const mixed = [];
    for (const position of steps(Math.max(0, pos.value - 0.09), pos.value, 0.03))
      for (const above of steps(Math.max(0, abv.value - 0.03), abv.value, 0.01)) mixed.push({ position, above });
    const mix = best(mixed, (c) => score(name, both(c.position, c.above)));
    const chosen = [pos.score >= abv.score ? { position: pos.value, above: 0, score: pos.score }
                                           : { position: 0, above: abv.value, score: abv.score },
                    { ...mix.value, score: mix.score }].reduce((a, b) => (b.score > a.score ? b : a));
    fitted[`floor_${part}_position`] = chosen.position;
    fitted[`floor_${part}_above_low`] = chosen.above;
  }
  return fitted;
}

const defaults = measure(null);
const seed = measure(SEED_DEFAULTS);
const fitted = fit();
const fittedResult = measure(fitted);
const halves = [0, 1].map((h) => {
  const trained = fit((c) => half(c) === h);
  return { trained, result: measure(trained), held: (c) => half(c) !== h };
});

// How close any rule on the band alone could come: the guides' figures over
// the band's low, grouped by the band's width (high/low in steps of 2%), with
// the best single multiplier per group. A rule of the band (any position, any
// share above the low, any mix) is one multiplier per width, so none can do
// better than this on the sample; it overfits, so it is an upper bound.
function ceiling(rows, tolerance) {
  const groups = new Map();
  for (const r of rows) {
    if (!(r.low > 0 && r.high > 0)) continue;
    const key = Math.floor(r.high / r.low / 0.02);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  let within = 0, counted = 0;
  for (const group of groups.values()) {
    counted += group.length;
    let best = 0;
    for (const r of group) {
      for (const f of [1 - tolerance + 0.001, 1, 1 + tolerance - 0.001]) {
        const m = (r.stated / r.low) * f;
        const n = group.filter((g) => Math.abs(m * g.low - g.stated) <= tolerance * g.stated).length;
        best = Math.max(best, n);
      }
    }
    within += best;
  }
  return counted ? within / counted : null;
}

const pct = (x) => (x == null ? "—" : `${(100 * x).toFixed(1)}%`);
const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const table = PARTS.map((p) => {
  const rows = fittedResult.rows[p.name];
  return {
    part: p.name,
    stating: rows.length,
    guides: new Set(rows.map((r) => r.id)).size,
    seed_defaults: share(seed, p.name).share,
    core_defaults: share(defaults, p.name).share,
    fitted: share(fittedResult, p.name).share,
    held_out: halves.map((h) => share(h.result, p.name, h.held).share),
    median_difference: median(rows.map((r) => r.difference)),
    ceiling: ceiling(rows, fittedResult.tolerance),
    misses: rows.filter((r) => Math.abs(r.difference) > fittedResult.tolerance)
      .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)).slice(0, 3)
      .map(({ id, region, stated, model, difference, line }) => ({ id, region, stated, model, difference, line })),
  };
});

const report = { corpus, guides: defaults.guides, tolerance: defaults.tolerance, runs, seed_defaults: SEED_DEFAULTS,
                 fitted, halves: halves.map((h) => h.trained), parts: table, answers: answerCounts };
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const out = [];
  out.push(`Calibration over ${defaults.guides} guides in ${corpus} (${runs} runs of offercheck asks)`);
  out.push(`An offer at the bottom of each band; "within" = the model's figure within ${pct(defaults.tolerance)} of the guide's own.`);
  out.push("");
  out.push("part         stating  before (seeds)  core defaults  fitted   held-out (A→B, B→A)  median diff  ceiling");
  for (const r of table) {
    out.push(`${r.part.padEnd(12)} ${String(r.stating).padStart(7)}  ${pct(r.seed_defaults).padStart(14)}  ` +
             `${pct(r.core_defaults).padStart(13)}  ${pct(r.fitted).padStart(6)}   ` +
             `${(pct(r.held_out[0]) + ", " + pct(r.held_out[1])).padStart(19)}  ${pct(r.median_difference).padStart(11)}  ${pct(r.ceiling).padStart(7)}`);
  }
  out.push("");
  out.push("fitted parameters: " + JSON.stringify(fitted));
  out.push("fitted on each half: " + halves.map((h) => JSON.stringify(h.trained)).join("  "));
  out.push("");
  out.push("largest misses with the fitted parameters:");
  for (const r of table) {
    for (const m of r.misses) {
      out.push(`  ${r.part}: ${m.id} (${m.region}, line ${m.line}): guide ${m.stated}, model ${m.model} (${pct(m.difference)})`);
    }
  }
  out.push("");
  out.push("Which rule answers (the guide's word first), for an offer below every figure, over the bands a strategy states figures for:");
  out.push("part               bands  stated  guide (exact)  not used  by its parts  above the ask  band rule  no figure");
  for (const [name, c] of Object.entries(answerCounts)) {
    out.push(`${name.padEnd(17)} ${String(c.bands).padStart(6)}  ${String(c.stated).padStart(6)}  ` +
             `${(c.guide + " (" + c.exact + ")").padStart(13)}  ${String(c.not_used).padStart(8)}  ${String(c.by_parts).padStart(12)}  ` +
             `${String(c.above_ask).padStart(13)}  ${String(c.band).padStart(9)}  ${String(c.none).padStart(9)}`);
  }
  const target = 0.95;
  const short = table.filter((r) => !(r.fitted >= target)).map((r) => r.part);
  out.push("");
  out.push(short.length ? `below ${pct(target)} of stating guides: ${short.join(", ")}` : `every part is within tolerance for at least ${pct(target)} of stating guides`);
  console.log(out.join("\n"));
}
