// The intent classifier's held-out accuracy: the labelled examples (rules-assistant/eval/intent-data.ts) split
// 80/20 with a fixed seed, stratified by intent and language; trained on the 80, scored on the 20.
// `npx tsx rules-assistant/eval/intent-split.ts` prints it; intentSplit() returns it for other reports.
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../../test/support/random.js';
import { trainIntentModel } from '../engine/stages/intent.js';
import { type Labelled, labelled } from './intent-data.js';

export interface SplitReport {
  train: number;
  test: number;
  correct: number;
  accuracy: number;
  byLang: Record<string, { test: number; correct: number }>;
  byIntent: Record<string, { test: number; correct: number }>;
  confusions: { text: string; want: string; got: string }[];
}

export function stratifiedSplit(
  rows: Labelled[],
  seed = 18,
  testShare = 0.2,
): { train: Labelled[]; test: Labelled[] } {
  const random = mulberry32(seed);
  const groups = new Map<string, Labelled[]>();
  for (const r of rows) {
    const key = `${r.intent}/${r.lang}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const train: Labelled[] = [];
  const test: Labelled[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups
      .get(key)!
      .map((r) => ({ r, k: random() }))
      .sort((a, b) => a.k - b.k);
    const held = Math.round(group.length * testShare);
    group.forEach(({ r }, i) => {
      (i < held ? test : train).push(r);
    });
  }
  return { train, test };
}

export function intentSplit(rows: Labelled[] = labelled(), seed = 18): SplitReport {
  const { train, test } = stratifiedSplit(rows, seed);
  const model = trainIntentModel(train);
  const report: SplitReport = {
    train: train.length,
    test: test.length,
    correct: 0,
    accuracy: 0,
    byLang: {},
    byIntent: {},
    confusions: [],
  };
  for (const r of test) {
    const got = model.classify(r.text).intent;
    const ok = got === r.intent;
    const lang = report.byLang[r.lang] ?? { test: 0, correct: 0 };
    const intent = report.byIntent[r.intent] ?? { test: 0, correct: 0 };
    report.byLang[r.lang] = lang;
    report.byIntent[r.intent] = intent;
    lang.test += 1;
    intent.test += 1;
    if (ok) {
      report.correct += 1;
      lang.correct += 1;
      intent.correct += 1;
    } else report.confusions.push({ text: r.text, want: r.intent, got });
  }
  report.accuracy = report.correct / Math.max(report.test, 1);
  return report;
}

export function printSplit(report: SplitReport): void {
  const pct = (c: number, t: number) => `${((100 * c) / Math.max(t, 1)).toFixed(1)}%`;
  console.log(
    `Intent classifier, held-out 20% (seed 18, stratified by intent and language; trained on ${report.train}):`,
  );
  console.log(`  overall    ${report.correct}/${report.test} ${pct(report.correct, report.test)}`);
  for (const [lang, { test, correct }] of Object.entries(report.byLang).sort())
    console.log(`  ${lang.padEnd(10)} ${correct}/${test} ${pct(correct, test)}`);
  for (const [intent, { test, correct }] of Object.entries(report.byIntent).sort())
    console.log(`  ${intent.padEnd(10)} ${correct}/${test} ${pct(correct, test)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = intentSplit();
  printSplit(report);
  if (process.argv.includes('--confusions'))
    for (const c of report.confusions) console.log(`  ${c.want} -> ${c.got}: ${JSON.stringify(c.text)}`);
}
