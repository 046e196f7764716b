// A request taken back in the same line: "add milk, no wait, never mind", "renew the
// insurance, scratch that", "kal ka alarm laga do, nahi rehne do". Read whole, such a line added
// "Milk, no wait, never mind" as a task, or took "cancel that" as a deletion of the task it named.
// A clause after the request that only takes it back (its words, without filler, are one of the
// phrases), or a line that is only that, changes nothing. Words are data (lang/retraction.json).
import data from '../lang/retraction.json' with { type: 'json' };
import { words } from '../language.js';
import { clausesIn } from './leftover.js';

const PHRASES = new Set(data.phrases);
const FILLER = new Set(data.filler);

/** Whether a clause only takes a request back: "no wait, never mind", "nahi rehne do". */
function takesBack(clause: string): boolean {
  const said = words(clause);
  const kept = said.filter((w) => !FILLER.has(w)).join(' ');
  if (PHRASES.has(kept)) return true;
  // "no wait", "actually no": a phrase made only of filler words.
  return kept === '' && PHRASES.has(said.join(' '));
}

/** Whether the line takes its own request back, or is only a taking back. */
export function retracted(text: string): boolean {
  const clauses = clausesIn(text);
  if (clauses.length === 1) return takesBack(clauses[0]!);
  return clauses.slice(1).some(takesBack);
}
