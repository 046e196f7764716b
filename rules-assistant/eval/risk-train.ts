// Trains the risk model of rules-assistant/engine/stages/risk.ts (decision 0113) and measures
// it the honest way: leave one set out.
//
// The data (rules-assistant/eval/risk-data.json) are the BLIND first runs of held-out sets 10 and 13-28: each set
// run on the commit that sealed it, so on an assistant that had never seen its lines, with the
// real tools; per case the line, the tasks it was said to, each change the tools accepted with
// whether the case expected it, and the case's outcome (correct, wrong change, expected to ask).
// Sets 11 and 12 are left out: they were sealed after they had been read.
//
// For each set: train on the others, score its cases (a case's risk is its riskiest change), and
// count what asking about every case at or above a threshold would have done to that set's first
// run: a wrong change asked about instead is no wrong change; a correct change asked about is no
// longer correct (the person has to say yes); a case that should have been asked about is now
// correct. The sum over the left-out sets is an estimate of what the gate does on a set nobody has
// seen. Then the model is trained on all the sets and written to lang/risk.json with the chosen
// threshold.
//
//   npx tsx rules-assistant/eval/risk-train.ts            print the leave-one-set-out table
//   npx tsx rules-assistant/eval/risk-train.ts --write    and write rules-assistant/engine/lang/risk.json
//   RISK_THRESHOLD=0.3 ...                the threshold written (default: the one printed as chosen)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../engine/language.js';
import { changeFeatures, FEATURES, type OpenTask, type PlannedChange } from '../engine/stages/risk.js';

interface Row {
  set: number;
  lang: Lang;
  text: string;
  tasks: OpenTask[];
  changes: (PlannedChange & { wrong: boolean })[];
  pass: boolean;
  wrong: boolean;
  ask: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const everything: Row[] = JSON.parse(readFileSync(path.join(here, 'risk-data.json'), 'utf8'));
/** `--test 29,30`: sets kept out of training and of the choice of threshold, scored once at the end. */
const testAt = process.argv.indexOf('--test');
const TEST = new Set(testAt >= 0 ? process.argv[testAt + 1]!.split(',').map(Number) : []);
const rows = everything.filter((r) => !TEST.has(r.set));
const featured = rows.map((r) => ({
  row: r,
  xs: r.changes.map((c) => changeFeatures(r.text, r.lang, c, r.changes, r.tasks)),
}));

/** L2-regularised logistic regression by gradient descent (a few hundred rows; plain loops). */
function train(data: { x: number[]; y: number }[], lambda = 0.002, steps = 4000, rate = 0.5): number[] {
  const w = new Array<number>(FEATURES.length).fill(0);
  const n = data.length;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(w.length).fill(0);
    for (const { x, y } of data) {
      let z = 0;
      for (let i = 0; i < w.length; i++) z += w[i]! * x[i]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let i = 0; i < w.length; i++) grad[i]! += err * x[i]!;
    }
    for (let i = 0; i < w.length; i++) w[i]! -= rate * (grad[i]! / n + (i === 0 ? 0 : lambda * w[i]!));
  }
  return w;
}

const risk = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + v * w[i]!, 0)));
const examples = (of: typeof featured) =>
  of.flatMap((f) => f.xs.map((x, i) => ({ x, y: f.row.changes[i]!.wrong ? 1 : 0 })));

/** The blind sets (set 0, the main set, is training data only: it was tuned to, so it measures nothing). */
const sets = [...new Set(rows.map((r) => r.set))].filter((s) => s !== 0).sort((a, b) => a - b);
/** Per left-out case: its risk under the model trained without its set. */
const heldRisk = new Map<Row, number>();
for (const s of sets) {
  const w = train(examples(featured.filter((f) => f.row.set !== s)));
  for (const f of featured.filter((f) => f.row.set === s))
    heldRisk.set(f.row, Math.max(0, ...f.xs.map((x) => risk(w, x))));
}

interface Tally {
  cases: number;
  correct: number;
  wrong: number;
  asked: number;
}
function tally(threshold: number, lang?: Lang, of: Row[] = rows): Tally {
  const t: Tally = { cases: 0, correct: 0, wrong: 0, asked: 0 };
  for (const r of of) {
    if (r.set === 0 || (lang && r.lang !== lang)) continue;
    t.cases += 1;
    const gated = r.changes.length > 0 && (heldRisk.get(r) ?? 0) >= threshold;
    if (gated) {
      t.asked += 1;
      if (r.ask) t.correct += 1;
    } else {
      if (r.pass) t.correct += 1;
      if (r.wrong) t.wrong += 1;
    }
  }
  return t;
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const THRESHOLDS = [1.01, 0.5, 0.4, 0.35, 0.3, 0.275, 0.25, 0.225, 0.2, 0.175, 0.15, 0.1, 0.05];
console.log(
  `Blind first runs of sets ${sets.join(', ')} and the main set: ${rows.length} cases, ${examples(featured).length} changes.`,
);
console.log('Leave one set out: each set scored by the model trained on the others.\n');
console.log('| threshold | asked | correct | wrong | en correct / wrong | roman | ur |');
console.log('|---|---|---|---|---|---|---|');
for (const th of THRESHOLDS) {
  const all = tally(th);
  const per = (['en', 'roman', 'ur'] as Lang[]).map((l) => {
    const t = tally(th, l);
    return `${pct(t.correct, t.cases)} / ${pct(t.wrong, t.cases)}`;
  });
  console.log(
    `| ${th > 1 ? 'none' : th} | ${all.asked} | ${all.correct} (${pct(all.correct, all.cases)}) | ${all.wrong} (${pct(all.wrong, all.cases)}) | ${per.join(' | ')} |`,
  );
}

// How well the left-out risk sorts wrong changes above correct ones (0.5: not at all, 1: perfectly).
{
  const withChanges = rows.filter((r) => r.set !== 0 && r.changes.length > 0);
  const pos = withChanges.filter((r) => r.wrong).map((r) => heldRisk.get(r) ?? 0);
  const neg = withChanges.filter((r) => r.pass).map((r) => heldRisk.get(r) ?? 0);
  let a = 0;
  for (const p of pos) for (const n of neg) a += p > n ? 1 : p === n ? 0.5 : 0;
  console.log(
    `\nAUC (left out, wrong against correct cases that changed something): ${(a / pos.length / neg.length).toFixed(3)}`,
  );
}

// The chosen threshold: the lowest at which the correct readings given up (each now a question the
// person answers "yes" to) are at most 1.5 times the wrong changes avoided, on the left-out sets.
const ungated = tally(1.01);
const worth = (th: number) => {
  const t = tally(th);
  return ungated.correct - t.correct <= 1.5 * (ungated.wrong - t.wrong);
};
const chosen =
  Number(process.env.RISK_THRESHOLD) || (THRESHOLDS.filter((th) => th <= 1 && worth(th)).at(-1) ?? 0.5);
const at = tally(chosen);
console.log(
  `\nChosen threshold ${chosen}: correct ${ungated.correct} -> ${at.correct}, wrong ${ungated.wrong} -> ${at.wrong}, asked ${at.asked} of ${at.cases}.`,
);

const weights = train(examples(featured)).map((v) => Math.round(v * 1e4) / 1e4);
console.log('\nWeights (all sets):');
for (const [i, name] of FEATURES.entries()) console.log(`  ${name.padEnd(22)} ${weights[i]!.toFixed(3)}`);

if (TEST.size > 0) {
  // The sets kept out, scored by the model trained on every other set, at the chosen threshold.
  const tested = everything.filter((r) => TEST.has(r.set));
  for (const r of tested)
    heldRisk.set(
      r,
      Math.max(
        0,
        ...r.changes.map((c) => risk(weights, changeFeatures(r.text, r.lang, c, r.changes, r.tasks))),
      ),
    );
  const before = tally(1.01, undefined, tested);
  const after = tally(chosen, undefined, tested);
  console.log(
    `\nKept-out sets ${[...TEST].join(', ')} (${tested.length} cases) at ${chosen}: correct ${before.correct} -> ${after.correct}, wrong ${before.wrong} -> ${after.wrong}, asked ${after.asked}.`,
  );
}

if (process.argv.includes('--write')) {
  const out = {
    _comment: `Written by rules-assistant/eval/risk-train.ts from rules-assistant/eval/risk-data.json (the blind first runs of sets ${sets.join(', ')}). Leave one set out at threshold ${chosen}: correct ${ungated.correct} -> ${at.correct}, wrong changes ${ungated.wrong} -> ${at.wrong} of ${at.cases}. Weights in the order of FEATURES in stages/risk.ts.`,
    features: [...FEATURES],
    weights,
    threshold: chosen,
  };
  writeFileSync(path.join(here, '../engine/lang/risk.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nWrote rules-assistant/engine/lang/risk.json');
}
