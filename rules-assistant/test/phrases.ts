// The phrase data the assistant's suites take from the eval, in one place: when the eval's sets are
// data read by one loader (eval/sets.ts: loadSet, listSets), this file reads them from it instead.

export { intentSplit } from '../eval/intent-split.js';
export { FIXTURES } from '../eval/utterances.js';
