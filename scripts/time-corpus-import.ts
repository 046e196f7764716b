// Scores the Todoist importer against a blind corpus of Todoist's date language (how:
// test/support/time-corpus-import.ts) and prints the score and, with --misses, each miss.
// `npm run corpus:import [-- --misses] [-- --corpus test/time-corpus-holdout/phrases.jsonl]`. A
// measurement: it exits 0 whatever the score (test/time-corpus.test.ts holds it in `npm test`).
import { scoreImport } from '../test/support/time-corpus-import.js';

// `--corpus test/time-corpus-holdout/phrases.jsonl`: the held-out corpus.
const corpusArg = process.argv.indexOf('--corpus');
const CORPUS =
  corpusArg > 0
    ? new URL(process.argv[corpusArg + 1]!, `file://${process.cwd()}/`)
    : new URL('../test/time-corpus/phrases.jsonl', import.meta.url);

const { tally, missed } = scoreImport(CORPUS);
if (process.argv.includes('--misses')) for (const miss of missed) console.log(miss);
const pct = ((100 * tally.right) / tally.all).toFixed(1);
console.log(
  `\nthe Todoist importer on the English lines of ${CORPUS.pathname.replace(/^.*\/test\//, 'test/')} (unsure lines apart)`,
);
console.log(
  `  en     ${tally.right}/${tally.all} right (${pct}%); unsure lines ${tally.unsureRight}/${tally.unsure}`,
);
console.log(
  `  of the ${tally.all - tally.right} wrong, ${tally.kept} kept their DATE as text in the description ` +
    `(the rest were read, wrongly)`,
);
console.log(
  `  not scored: ${tally.noDate} with no date words once the title is taken out, ` +
    `${tally.noTitle} whose title's words are not in the text`,
);
