// Negation: a command word under a "not" never runs as said. When the act is refused ("don't
// delete X", "X delete mat karo", "حذف نہ کریں") nothing changes; when the state is denied ("task 4
// isn't done", "X abhi nahi hua", "نہیں ہوا") the task is open again, so the line reopens it. It
// decides from where the "not" stands: before the first command word in English, on the verb at the
// end in Urdu and Roman Urdu; "don't forget to ..." is a double negative that asks for a task. A
// wrong change is worse than none, so anything else denied is declined. The words are data
// (lang/negation.json; the "not" words and fillers in lang/rules.json).
import data from '../lang/negation.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import { detectLanguage, words } from '../language.js';
import type { Intent, Reader, Understanding } from '../meaning.js';
import { EN_NOT, NEGATION_FILLER, pattern, UR_NOT, URDU_VERB_WORDS, VERBS } from '../vocabulary.js';
import type { Clock } from '../when.js';
import { urduVerb, withoutUrduVerbs } from './commands.js';
import { readTarget } from './reference.js';

const NEGATABLE = new Set<Intent>(['add', 'complete', 'delete', 'reopen', 'update', 'bulk', 'unknown']);

interface Negation {
  kind: 'state' | 'order';
  /** Where the negating word is. */
  at: number;
  /** Whether what is denied is the task being done ("not done", "nahi hua"). */
  completion: boolean;
}

const BETWEEN = new Set(lists.between);
/** Auxiliaries a "not" leans on: "is not done", "did not finish". */
const AUXILIARIES = new Set<string>(lists.auxiliaries);
/** "mark", "tick": words that lead a completion without being in VERBS. */
const EN_MARKING = new Set<string>(lists.enMarking);
const EN_DONE_WORDS = new Set(lists.enDoneWords);
const [NO, NEED] = data.en.noNeed as [string, string];
const DOUBLE_NEGATIVE = new Set(data.en.doubleNegative);
const DENIABLE = new Set(data.en.deniableWords);
const PERSONAL = new Set(data.en.personalSubjects);
const PERSONAL_BEFORE = new Set(data.en.personalBefore);
const ORDERING_NOTS = new Set(data.en.orderingNots);
const POLITE_BEFORE_NOT = new Set(data.en.politeBeforeNot);
const PLAIN_NOT = data.en.plainNot;
/** "hua", "ہوا": it happened. After a "not", the task is not done. */
const URDU_DONE = new Set(lists.urduDone);
/** "nahi liya", "نہیں دیا": a past ending after the "not" says it was not done. */
const URDU_PAST = new Set(lists.urduPast);
const URDU_DO_IT = new Set(lists.urduDoIt);
const URDU_FORGET = pattern('urduForget');
const URDU_ORDER_NOTS = new Set(data.urdu.orderNots);

const isCommand = (w: string) => VERBS.has(w) && VERBS.get(w) !== 'list';

/** The "not" governing the first command word of an English line, if any. */
export function englishNegation(ws: string[]): Negation | null {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (isCommand(w) && !EN_NOT.has(ws[i - 1] ?? '')) return null;
    // "no need to delete it": as good as "don't".
    const noNeed = w === NO && ws[i + 1] === NEED;
    if (!EN_NOT.has(w) && !noNeed) continue;
    // "don't forget to ...", "don't let me forget": a double negative asks for a task.
    const ahead = ws.slice(i + 1, i + 6);
    if (ahead.some((a) => DOUBLE_NEGATIVE.has(a))) return null;
    const verbAt = ahead.findIndex((a) => isCommand(a) || EN_MARKING.has(a) || DENIABLE.has(a));
    // Only words that carry the denial may stand between: "isn't actually done", "don't need to delete".
    if (verbAt < 0 || !ahead.slice(0, verbAt).every((a) => NEGATION_FILLER.has(a) || BETWEEN.has(a)))
      continue;
    const verb = ahead[verbAt]!;
    const subject = ws[i - 1] ?? '';
    const personal = PERSONAL.has(subject) || PERSONAL_BEFORE.has(ws[i - 2] ?? '');
    const ordering =
      noNeed || (ORDERING_NOTS.has(w) && !personal) || (w === PLAIN_NOT && POLITE_BEFORE_NOT.has(subject));
    const completion =
      EN_DONE_WORDS.has(verb) || VERBS.get(verb) === 'complete' || (EN_MARKING.has(verb) && !ordering);
    return { kind: ordering ? 'order' : 'state', at: i, completion };
  }
  return null;
}

/** The "nahi" or "mat" on the verb at the end of an Urdu or Roman Urdu line, if any. */
export function urduNegation(ws: string[]): Negation | null {
  for (let i = ws.length - 1; i >= 0 && i >= ws.length - 5; i--) {
    const w = ws[i]!;
    if (!UR_NOT.has(w)) continue;
    const next = ws[i + 1] ?? '';
    if (URDU_FORGET.test(next) || URDU_FORGET.test(ws[i - 1] ?? '')) return null;
    const done = URDU_DONE.has(next) || URDU_PAST.has(next) || URDU_DONE.has(ws[i - 1] ?? '');
    const order = URDU_ORDER_NOTS.has(w) || URDU_DO_IT.has(next);
    // The verb the "not" stands by: "delete mat karo", "mat hatao", "حذف نہ کریں".
    const near = [ws[i - 2], ws[i - 1], next, ws[i + 2]].filter((x): x is string => x !== undefined);
    const commanded = near.some((x) => isCommand(x) || URDU_VERB_WORDS.has(x) || urduVerb(x) !== null);
    if (order && (commanded || done)) return { kind: 'order', at: i, completion: false };
    if (done && !order) return { kind: 'state', at: i, completion: true };
  }
  return null;
}

/**
 * What a line read as `u` (by `readPlain`, which reads a line without looking for a "not") means
 * once its negation is taken into account: declined, a reopening, or `u` unchanged.
 */
export function withNegation(
  u: Understanding,
  message: string,
  clock: Clock,
  readPlain: Reader,
): Understanding {
  const lang = detectLanguage(message);
  // "do not mark anything as done": a refused change, even when a word like "anything" reads as a question.
  if (u.intent === 'list' && lang === 'en' && englishNegation(words(message))?.kind === 'order')
    return { intent: 'declined' };
  if (!NEGATABLE.has(u.intent)) return u;
  const negated = lang === 'en' ? englishNegation(words(message)) : urduNegation(words(message));
  if (!negated) return u;
  if (negated.kind === 'order' || !negated.completion) return { intent: 'declined' };
  // "task 4 isn't done", "X abhi nahi hua": it is not done, so it is open again.
  const all = words(message);
  const said = all.filter(
    (w, i) =>
      i !== negated.at &&
      !NEGATION_FILLER.has(w) &&
      !(i === negated.at - 1 && AUXILIARIES.has(w) && all[negated.at] === PLAIN_NOT),
  );
  if (lang === 'en') {
    const plain = readPlain(said.join(' '), clock);
    return plain.intent === 'complete' ? { intent: 'reopen', target: plain.target } : { intent: 'declined' };
  }
  const named = said.filter(
    (w, i) => !URDU_DONE.has(w) && !(URDU_PAST.has(w) && all[negated.at + 1] === w && i >= negated.at - 3),
  );
  const target = readTarget(withoutUrduVerbs(named));
  return target.kind === 'none' ? { intent: 'declined' } : { intent: 'reopen', target };
}
