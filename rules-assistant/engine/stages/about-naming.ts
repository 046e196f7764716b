// Task-first reading's first step (about.ts): the task a line names by the words of its title.
import occurrence from '../lang/occurrence.json' with { type: 'json' };
import { type Lang, sameForm, words, wordsMeet } from '../language.js';
import { DATA, DAY, DONE_WORDS } from './about-data.js';
import { JOINERS, POSTPOSITIONS, type Titled } from './target.js';

export interface TaskLike extends Titled {
  id: number;
  completed?: boolean;
}

/** The task named, or the tasks named as well as each other; `used`: the indexes of the words naming it. */
export type Naming<T> =
  | { kind: 'one'; task: T; used: Set<number> }
  | { kind: 'several'; tasks: T[]; used: Set<number> };

export const content = (w: string) => w.length > 1 && !JOINERS.has(w) && !POSTPOSITIONS.has(w);
/** Two forms of one word ("paid" and "pay", "ہفتے" and "ہفتہ"), never two words ending alike. */
const meets = (a: string, b: string) => {
  if (a === b) return true;
  if (a[0] === b[0] && Math.abs(a.length - b.length) <= 3 && wordsMeet(a, b)) return true;
  const common = [...a].findIndex((c, i) => b[i] !== c);
  return (common === -1 ? Math.min(a.length, b.length) : common) >= 5;
};

/**
 * How many of a title's telling words (not a kind of task, not filler, not a day word) a line holds
 * in some form; a title word written apart ("Back up") meets the line's word written as one
 * ("backup").
 */
export function tellingWordsSaid(text: string, title: string, lang: Lang): number {
  const said = words(text).filter((w) => content(w) && !DATA[lang].filler.includes(w) && !DAY.test(w));
  const generic = new Set(DATA[lang].generic);
  const own = words(title).filter(content);
  const joined = own.slice(1).map((w, i) => `${own[i]}${w}`);
  let n = 0;
  for (const tw of own) if (!generic.has(tw) && !DAY.test(tw) && said.some((w) => meets(w, tw))) n += 1;
  // A joined form counts only as written ("backup"), never as a prefix ("ground" of "groundbooking").
  for (const tw of joined) if (said.includes(tw)) n += 1;
  return n;
}

const SET_ASIDE = occurrence.setAside.map((p) => new RegExp(p, 'giu'));
/**
 * The line with each value set aside by a correction taken out ("the check should be at 9pm, not
 * 7", "8 baje, 7 nahi"): its word of not is no skip (lang/occurrence.json setAside).
 */
export const withoutSetAside = (text: string): string => SET_ASIDE.reduce((t, p) => t.replace(p, ' '), text);

/**
 * Which task a line names by its title, task-first: a task is named when the line holds a word
 * that only its title has (among all the tasks given) and either most of its title's words, two of
 * them, or that word followed by a pointer ("darzi wala", "the cake order one"). Several named as
 * well as each other: all of them, to ask which. Null when no task is named.
 */
export function taskNamed<T extends TaskLike>(text: string, tasks: T[], lang: Lang): Naming<T> | null {
  // "7B's papers" names "Check 7B science test papers".
  const said = words(text).map((w) => w.replace(/['’]s$/u, ''));
  const pointers = new Set(DATA[lang].pointers);
  const generic = new Set(DATA[lang].generic);
  const filler = new Set(DATA[lang].filler);
  const titles = tasks.map((t) => words(t.title).filter(content));
  // The words of a phrase of doing ("taken care of") name a task only as themselves or their forms
  // or as a root the title word starts with ("picked up" and "Pick up ...", "bhar diya" and "...
  // bharna"), never through a typo ("token", "car").
  const phrased = phraseWords(said, [...DATA[lang].done, ...DONE_WORDS[lang]]);
  type Scored = { task: T; met: number; distinct: number; ratio: number; used: Set<number> };
  const scored: Scored[] = [];
  tasks.forEach((task, k) => {
    const title = titles[k]!;
    if (title.length === 0) return;
    const used = new Set<number>();
    let met = 0;
    let distinct = 0;
    let pointed = false;
    for (const tw of title) {
      const at = said.findIndex(
        (w, i) =>
          !used.has(i) &&
          content(w) &&
          !filler.has(w) &&
          (phrased.has(i)
            ? sameForm(w, tw) || sameForm(tw, w) || (w.length >= 3 && tw.startsWith(w))
            : meets(w, tw)),
      );
      if (at < 0) continue;
      met += 1;
      // A word of the kind of task ("paid" for "Pay ...") is left for the reading of the change.
      if (!generic.has(tw)) used.add(at);
      // A date word ("hafte", "ہفتے") may meet a title word ("Haftawar") but never names the task alone.
      const only =
        !generic.has(tw) &&
        !DAY.test(said[at]!) &&
        titles.every((other, j) => j === k || !other.some((o) => meets(o, tw)));
      if (only) {
        distinct += 1;
        if (pointers.has(said[at + 1] ?? '') || pointers.has(said[at + 2] ?? '')) pointed = true;
      }
    }
    const ratio = met / title.length;
    // "انٹرنیٹ کا بل" is not "بجلی کا بل", "internet bill" not "Pay electricity bill": a word
    // naming the task may not follow (where its name starts) another noun the title lacks.
    if (used.size > 0 && otherModifier(said, Math.min(...used), used, lang)) return;
    if (distinct >= 1 && (met >= 2 || ratio >= 0.5 || pointed))
      scored.push({ task, met, distinct, ratio, used });
  });
  if (scored.length === 0) {
    // "quote emailed", "bill de diya" with two quotes or bills: the words name a kind of task, and
    // every task of that kind is asked about.
    const nouns = said.filter(
      (w) =>
        (w.length >= 3 || (w.length === 2 && /[\u0600-\u06ff]/u.test(w))) &&
        content(w) &&
        !filler.has(w) &&
        !generic.has(w) &&
        !DAY.test(w) &&
        titles.some((t) => t.some((tw) => !generic.has(tw) && meets(w, tw))),
    );
    // Only a short line ("quote emailed", "bill de diya hai"): a longer one says more than which kind.
    if (nouns.length === 0 || nouns.length > 2 || said.length > 5) return null;
    const having = tasks.filter((_, k) =>
      nouns.every((w) => titles[k]!.some((tw) => !generic.has(tw) && meets(w, tw))),
    );
    const used = new Set(said.flatMap((w, i) => (nouns.includes(w) ? [i] : [])));
    return having.length >= 2 && having.length <= 5 ? { kind: 'several', tasks: having, used } : null;
  }
  scored.sort((a, b) => b.distinct - a.distinct || b.ratio - a.ratio || b.met - a.met);
  const [best, next] = scored;
  const same = (s: Scored) => s.distinct === best!.distinct && s.ratio === best!.ratio && s.met === best!.met;
  if (next && same(next)) {
    const tied = scored.filter(same);
    return {
      kind: 'several',
      tasks: tied.map((s) => s.task),
      used: new Set(tied.flatMap((s) => [...s.used])),
    };
  }
  // The words naming the task, with the pointers after them ("wala kaam").
  const used = new Set(best!.used);
  for (const i of best!.used) for (const j of [i + 1, i + 2]) if (pointers.has(said[j] ?? '')) used.add(j);
  return { kind: 'one', task: best!.task, used };
}

/** The indexes of the words making up any of the phrases of several words found in `said`. */
function phraseWords(said: string[], phrases: string[]): Set<number> {
  const out = new Set<number>();
  for (const phrase of phrases) {
    const parts = words(phrase);
    if (parts.length < 2) continue;
    for (let i = 0; i + parts.length <= said.length; i++)
      if (parts.every((p, k) => said[i + k] === p)) for (let k = 0; k < parts.length; k++) out.add(i + k);
  }
  return out;
}

/** The word before said[i] (past "ka", "کی" ...) when it is a noun not naming the task, else false. */
function otherModifier(said: string[], i: number, used: Set<number>, lang: Lang): boolean {
  let j = i - 1;
  while (j >= 0 && POSTPOSITIONS.has(said[j]!)) j -= 1;
  if (j < 0 || used.has(j)) return false;
  const w = said[j]!;
  const data = DATA[lang];
  const known = [data.filler, data.generic, data.pointers, data.changeMarkers, data.not, data.later];
  if (!content(w) || /\d/u.test(w) || known.some((list) => list.includes(w))) return false;
  if (DAY.test(w) || data.done.includes(w) || NOUN_LEADS.has(w)) return false;
  // An English verb in the past ("picked up the uniforms") is no noun.
  if (lang !== 'ur' && /^[a-z]{3,}ed$/u.test(w)) return false;
  return true;
}

/** Words that come before a task's name in news and are no noun of their own. */
const NOUN_LEADS = new Set([
  'no',
  'about',
  'regarding',
  're',
  'for',
  'ab',
  'aaj',
  'اب',
  'آج',
  'yaar',
  'acha',
  'btw',
  'update',
  'ok',
  'okay',
  'also',
  'and',
  'aur',
  'اور',
  'so',
  'still',
  'paid',
  'sent',
  'filed',
  'submitted',
  // A verb's particle ("pick up Ammi's medicine"): no noun.
  'up',
  'out',
  'off',
  'down',
  'over',
  'back',
]);
