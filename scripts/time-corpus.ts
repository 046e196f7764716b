// Scores quick add against a blind corpus of Todoist's date language (test/support/time-corpus.ts
// says how): prints the score per language and, with --misses, each miss. `npm run corpus:time
// [-- --misses] [-- --corpus test/time-corpus-holdout/phrases.jsonl]`. A measurement: it exits 0
// whatever the score (test/time-corpus.test.ts holds the scores in `npm test`).
import { scoreCorpus } from '../test/support/time-corpus.js';

const corpusArg = process.argv.indexOf('--corpus');
const CORPUS =
  corpusArg > 0
    ? new URL(process.argv[corpusArg + 1]!, `file://${process.cwd()}/`)
    : new URL('../test/time-corpus/phrases.jsonl', import.meta.url);

const { tally, missed } = scoreCorpus(CORPUS);
if (process.argv.includes('--misses')) for (const miss of missed) console.log(miss);
console.log(`\nquick add on ${CORPUS.pathname.replace(/^.*\/test\//, 'test/')} (unsure lines apart)`);
for (const [lang, t] of tally) {
  const pct = ((100 * t.right) / t.all).toFixed(1);
  console.log(
    `  ${lang.padEnd(6)} ${t.right}/${t.all} right (${pct}%); unsure lines ${t.unsureRight}/${t.unsure}`,
  );
}
