// Which command a line gives, from its command words: English is verb first, so the first command
// word wins ("show completed tasks" lists); Urdu and Roman Urdu put the verb last, so the last one
// does ("مکمل شدہ کام دکھاؤ" lists too). Command words said in two ("daal do", "ho gaya", "look
// for") and a first-person past ending ("doodh khareed liya", "دودھ خرید لیا") count as well. Typos
// are fixed only where a command word goes (the first two and the last two words), only into a
// command or question word, and never in an everyday word ("compete" stays). The words are data:
// `verbs`, `urduVerbPatterns`, `bulk` in lang/rules.json, two-word commands in lang/commands.json.

import { MONTHS } from '#shared/quickadd/quickadd.words.js';
import data from '../lang/commands.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import { closest, type Lang, ordinalOf, words } from '../language.js';
import type { Verb } from '../meaning.js';
import { compiled, POLITE, SPELLINGS, TARGET_FILLER, URDU_VERB_WORDS, VERBS } from '../vocabulary.js';
import { ORDINARY } from './normalise.js';

export interface Picked {
  verb: Verb;
  /** Where the command word is: a word index (English, Roman Urdu) or a character offset (Urdu). */
  at: number;
}

/** Fuzzy matching only against real words (no short forms), so "dine" cannot become "done". */
/** Date words and month names (quick add's) are never a misspelt command ("December" is not "remember"). */
const DATE_WORDS: ReadonlySet<string> = new Set([...en.dateWords, ...MONTHS.keys()]);
const FUZZY_VERBS = en.fuzzyCommands;
const URDU_VERBS: [RegExp, Verb][] = (lists.urduVerbPatterns as string[][]).map(([source, verb]) => [
  new RegExp(source!, 'u'),
  verb as Verb,
]);
const ALSO_START = new Set(data.en.alsoStartRequests);
const LATER_WORDS_ARE_THE_TASKS = new Set(data.en.laterWordsAreTheTasks);
interface Pair {
  verb: string;
  first: string[];
  next: string[];
}
const PAIRS = data.latinPairs as Pair[];
const PAIRS_WHEN_NONE = data.latinPairsWhenNoOther as Pair[];
const ROMAN_PAST = new Set(data.roman.pastEndings);
const ROMAN_COPULAS = new Set(data.roman.copulas);
const URDU_LIST_WORDS = compiled(data.ur.listWords);
const URDU_PAST = compiled(data.ur.pastEnding);
const BULK = new Set(lists.bulk);

/** Command words that can start a second request in the same line ("... and delete the groceries task"). */
export function isCommandWord(w: string): boolean {
  return VERBS.has(w) || ALSO_START.has(w);
}

/** Fixes typos in the places a command word goes: the first two and the last two words. */
export function correctTypos(ws: string[]): string[] {
  const fixed = [...ws];
  let start = 0;
  while (start < fixed.length && POLITE.has(fixed[start]!)) start += 1;
  const slots = new Set([start, start + 1, fixed.length - 1, fixed.length - 2]);
  for (const i of slots) {
    const w = fixed[i];
    if (w === undefined || i < 0 || VERBS.has(w) || !/^\p{Script=Latin}+$/u.test(w)) continue;
    if (TARGET_FILLER.has(w) || ordinalOf(w) !== null || ORDINARY.has(w) || DATE_WORDS.has(w)) continue;
    // After a real command word, later words are the task's own ("jot down buy a phone charger").
    if (
      i > start + 1 &&
      ws.slice(0, i).some((earlier) => VERBS.has(earlier) || LATER_WORDS_ARE_THE_TASKS.has(earlier))
    )
      continue;
    const fix = closest(w, FUZZY_VERBS) ?? closest(w, en.fuzzyQuestionWords);
    if (fix) fixed[i] = fix;
  }
  return fixed;
}

/** The text with its corrected command words put back in place ("delte task 3" -> "delete task 3"). */
export function withCorrections(text: string, original: string[], fixed: string[]): string {
  let out = text;
  original.forEach((w, i) => {
    const to = SPELLINGS.get(fixed[i]!) ?? fixed[i]!;
    if (to === w) return;
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    out = out.replace(new RegExp(`(^|\\s)${escaped}(?=$|[\\s,.:!?])`, 'iu'), `$1${to}`);
  });
  return out;
}

function pairsIn(ws: string[], pairs: Pair[], found: Picked[]): void {
  for (const pair of pairs)
    ws.forEach((w, at) => {
      if (pair.first.includes(w) && pair.next.includes(ws[at + 1] ?? ''))
        found.push({ verb: pair.verb as Verb, at });
    });
}

/** The command of an English or Roman Urdu line (words typo-fixed), or null when it has none. */
export function pickVerb(ws: string[], lang: Lang): Picked | null {
  const found: Picked[] = [];
  ws.forEach((w, at) => {
    const verb = VERBS.get(w);
    if (verb) found.push({ verb, at });
  });
  // "look for the dog": a search; "ho gaya": done; "daal do", "likh lo", "note kar lo": add.
  pairsIn(ws, PAIRS, found);
  // "kar liya" (did it): complete, when nothing else is asked.
  if (found.length === 0) pairsIn(ws, PAIRS_WHEN_NONE, found);
  // "doodh khareed liya", "bill bhar diya hai": a first-person past ending says it is done.
  if (found.length === 0 && lang === 'roman') {
    const end = ROMAN_COPULAS.has(ws.at(-1) ?? '') ? ws.length - 2 : ws.length - 1;
    if (end >= 2 && ROMAN_PAST.has(ws[end]!)) found.push({ verb: 'complete', at: end });
  }
  found.sort((a, b) => a.at - b.at);
  // In English a status word after a list verb is a filter ("show completed tasks"); in Urdu the last verb rules.
  if (found.length === 0) return null;
  if (lang === 'roman') {
    const listing = found.find((f) => f.verb === 'list' && f.at >= ws.length - 2);
    return listing ?? found.at(-1)!;
  }
  return found[0]!;
}

/** The command of an Urdu-script line: the last verb pattern in it, or null. */
export function urduVerb(text: string): Picked | null {
  let best: Picked | null = null;
  for (const [pattern, verb] of URDU_VERBS) {
    const global = new RegExp(pattern.source, 'gu');
    for (const m of text.matchAll(global)) {
      if (!best || m.index > best.at) best = { verb, at: m.index };
    }
  }
  // "مکمل شدہ کام دکھاؤ": a list verb anywhere makes مکمل a filter, not a command.
  if (best && best.verb !== 'list' && URDU_LIST_WORDS.test(text) && best.verb === 'complete')
    return { verb: 'list', at: best.at };
  if (best) return best;
  // "دودھ خرید لیا", "سبزی لے لی ہے": a first-person past ending says it is done.
  const past = URDU_PAST.exec(text);
  if (past) return { verb: 'complete', at: past.index };
  // Latin command words inside Urdu ("ٹاسک 3 delete کرو").
  const latin = words(text).find((w) => VERBS.has(w));
  return latin ? { verb: VERBS.get(latin)!, at: text.indexOf(latin) } : null;
}

/** The words of an Urdu or Roman Urdu line without its verb phrase: what is left names the task. */
export function withoutUrduVerbs(ws: string[]): string[] {
  return ws.filter((w) => !URDU_VERB_WORDS.has(w) && !VERBS.has(w));
}

/** "complete all", "delete everything": the command for every task shown. */
export function isBulk(ws: string[]): boolean {
  return ws.some((w) => BULK.has(w));
}

export function stripVerb(ws: string[], at: number): string[] {
  return ws.filter((_, i) => i !== at);
}

/** Whether a line asks for something in so many words: a command word in it, or a request's ending. */
export function asksSomething(text: string): boolean {
  // "got moved", "was deleted": a verb in the past tells, it does not ask.
  return words(text).some((w) => (isCommandWord(w) && !/[a-z]ed$/u.test(w)) || IMPERATIVE_ENDINGS.has(w));
}

/** How a Roman Urdu or Urdu request ends ("kar do", "ہٹا دیں"); a clause ending otherwise tells, not asks. */
export const IMPERATIVE_ENDINGS = new Set([
  'do',
  'dein',
  'den',
  'dena',
  'karo',
  'kardo',
  'dijiye',
  'دیں',
  'دو',
  'کرو',
  'کریں',
  'دیجیے',
  'دینا',
]);

/** The kinds of command a line's command words give, anywhere in it (Latin words and Urdu patterns). */
export function verbsSaid(text: string): Set<Verb> {
  const out = new Set<Verb>();
  for (const w of words(text)) {
    const verb = VERBS.get(w);
    if (verb) out.add(verb);
  }
  for (const [pattern, verb] of URDU_VERBS) if (pattern.test(text)) out.add(verb);
  return out;
}
