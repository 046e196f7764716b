// The phrase data the assistant's suites take from the eval, in one place: the named fixtures of the
// sets (sets/world.json, through the one loader) and the intent model's split.
import { FIXTURES as SET_FIXTURES } from '../eval/sets.js';

export { intentSplit } from '../eval/intent-split.js';

function named(name: string) {
  const tasks = SET_FIXTURES[name];
  if (!tasks) throw new Error(`sets/world.json has no fixture named "${name}"`);
  return tasks;
}

/** The sets' named fixtures the suites start from. */
export const FIXTURES = { home: named('home') };
