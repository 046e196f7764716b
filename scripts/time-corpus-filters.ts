// Scores the filter language against a blind corpus of Todoist's date filters (how:
// test/support/time-corpus-filters.ts) and prints the score and the misses. `npm run corpus:filters
// [-- --corpus test/time-corpus-holdout/filters.jsonl]`. A measurement: it exits 0 whatever the
// score (test/time-corpus.test.ts holds it in `npm test`).
import { scoreFilters } from '../test/support/time-corpus-filters.js';

// `--corpus test/time-corpus-holdout/filters.jsonl`: the held-out corpus.
const corpusArg = process.argv.indexOf('--corpus');
const CORPUS =
  corpusArg > 0
    ? new URL(process.argv[corpusArg + 1]!, `file://${process.cwd()}/`)
    : new URL('../test/time-corpus/filters.jsonl', import.meta.url);

const { passed, total, misses } = await scoreFilters(CORPUS);

console.log(`Filters: ${passed}/${total} lines match (${((100 * passed) / total).toFixed(1)}%)`);
if (misses.length > 0) {
  console.log(`\nMisses (${misses.length}):`);
  for (const miss of misses) console.log(`  ${miss}`);
}
