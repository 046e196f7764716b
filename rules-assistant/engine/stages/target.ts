// The target stage: which existing task a request means, by scoring each title against the words
// typed (whole words, other forms, typos). A clear winner is acted on; several close ones are asked
// about ("which one?"), never guessed; none is "not found". Pure functions over the tasks a search
// or list returned, so they are tested without tools.
import rules from '../lang/rules.json' with { type: 'json' };
import { sameWord, words, wordsMeet } from '../language.js';

/** "mom's" names what "mom" does. */
const withoutPossessive = (w: string) => w.replace(/['’]s$/u, '');

export interface Titled {
  title: string;
}

/**
 * For references of three or more words that no title has nearly all of ("the espresso machine the
 * technician is coming for"): the one task with at least two of the words and twice as many as any
 * other; else the tasks tied near the top, to ask which; else none.
 */
export function bestMatching<T extends Titled>(tasks: T[], said: string[]): T[] {
  const terms = said.map(withoutPossessive);
  const meaningful = [...new Set(terms)].filter(
    (t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t) && (t.length > 1 || /\d/u.test(t)),
  );
  if (meaningful.length < 3) return [];
  const scored = tasks
    .map((task) => {
      const titleWords = words(task.title).filter((w) => !JOINERS.has(w) && !POSTPOSITIONS.has(w));
      const met = meaningful.filter((term) => titleWords.some((w) => wordsMeet(term, w)));
      return { task, met, score: met.length };
    })
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first) return [];
  if (!second || second.score * 2 <= first.score) return [first.task];
  const near = scored.filter((s) => s.score >= first.score - 1);
  // "done checking 7B's papers" with the 7B and 7C papers: the one of the best whose title has a
  // word said that no other task near the top has.
  const telling = near.filter(
    (s) =>
      s.score === first.score && s.met.some((term) => near.every((o) => o === s || !o.met.includes(term))),
  );
  return telling.length === 1 ? [telling[0]!.task] : near.map((s) => s.task);
}

/** Among several matches, the one whose title is exactly the words, or the only one having them as whole words. */
export function bestOf<T extends Titled>(tasks: T[], terms: string[]): T | null {
  const phrase = terms.join(' ');
  const exact = tasks.filter((t) => words(t.title).join(' ') === phrase);
  if (exact.length === 1) return exact[0]!;
  const whole = tasks.filter((t) => {
    const titleWords = new Set(words(t.title));
    return terms.every((w) => titleWords.has(w));
  });
  return whole.length === 1 && tasks.length > 1 && whole.length < tasks.length ? whole[0]! : null;
}

export const POSTPOSITIONS = new Set([
  'کا',
  'کے',
  'کی',
  'کو',
  'سے',
  'میں',
  'ka',
  'ke',
  'ki',
  'ko',
  'se',
  'mein',
]);

/** Short joining words say nothing about which task. */
export const JOINERS = new Set([
  'to',
  'at',
  'in',
  'on',
  'and',
  'or',
  'for',
  'by',
  'with',
  'of',
  'the',
  'a',
  'an',
  'my',
]);

/**
 * The tasks whose titles have the most of the typed words: all of them when there are one or two,
 * all but one from three on (one may restate the task, like "paid" in "paid the bill").
 */
export function closestTasks<T extends Titled>(tasks: T[], said: string[]): T[] {
  const terms = said.map(withoutPossessive);
  const meaningful = terms.filter((t) => !JOINERS.has(t) && t.length > 1);
  if (meaningful.length === 0) return [];
  const needed = meaningful.length >= 3 ? meaningful.length - 1 : meaningful.length;
  let best: T[] = [];
  let bestScore = 0;
  for (const task of tasks) {
    const titleWords = words(task.title).filter((w) => !JOINERS.has(w));
    const score = meaningful.filter((term) => titleWords.some((w) => wordsMeet(term, w))).length;
    if (score < needed) continue;
    if (score > bestScore) {
      best = [task];
      bestScore = score;
    } else if (score === bestScore) best.push(task);
  }
  return best;
}

/**
 * The tasks whose every title word is among the words typed ("no gym tomorrow, skip it" and "Gym";
 * "gym kal nahi jaunga" too): the longest such titles, since "Pay gas bill" named in full says more
 * than "Gas". Date words and the rest of the line may be around the title, never inside it.
 */
export function titlesContained<T extends Titled>(tasks: T[], said: string[]): T[] {
  const terms = said.map(withoutPossessive);
  let best: T[] = [];
  let bestLength = 0;
  for (const task of tasks) {
    const titleWords = words(task.title).filter((w) => !JOINERS.has(w) && !POSTPOSITIONS.has(w));
    if (titleWords.length === 0 || titleWords.length < bestLength) continue;
    // "the PTM got moved" and "Parent teacher meeting": a title's initials typed as one word.
    const initials = titleWords.length >= 3 ? titleWords.map((w) => w[0]).join('') : '';
    if (initials && terms.includes(initials)) {
      if (titleWords.length > bestLength) best = [];
      bestLength = titleWords.length;
      best.push(task);
      continue;
    }
    if (!titleWords.every((w) => terms.some((t) => wordsMeet(t, w)))) continue;
    // Forms meet loosely ("کرا" and "کرایہ"): half the title's words, at least, as typed.
    if (titleWords.filter((w) => terms.includes(w)).length * 2 < titleWords.length) continue;
    if (titleWords.length > bestLength) {
      best = [task];
      bestLength = titleWords.length;
    } else best.push(task);
  }
  return best;
}

/** Two words of one family: the same by wordsMeet, or sharing their first five letters ("cancellation", "cancel"). */
function related(a: string, b: string): boolean {
  const common = [...a].findIndex((c, i) => b[i] !== c);
  return wordsMeet(a, b) || (common === -1 ? a.length : common) >= 5;
}

/** "hai", "ہیں": the verb's helper after a to-do ("لینے ہیں") names no part of a task. */
const HELPERS = new Set(['ہے', 'ہیں', 'تھا', 'تھی', 'تھے', 'hai', 'hain', 'hay', 'hy', 'tha', 'thi', 'thay']);

/** The words of a title that name something (not joiners, postpositions or helpers; two letters or more). */
export const meaningfulWords = (title: string) =>
  words(title).filter((t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t) && !HELPERS.has(t) && t.length > 1);

/**
 * The open tasks a new title may really be about: those with every meaningful word of it
 * ("Netflix cancellation" and "Cancel Netflix subscription"), so that a statement which only
 * restates an existing task is asked about rather than added twice.
 */
export function tasksRestated<T extends Titled>(tasks: T[], title: string): T[] {
  const terms = meaningfulWords(title);
  if (terms.length === 0) return [];
  return tasks.filter((task) => {
    const titleWords = words(task.title);
    return terms.every((term) => titleWords.some((w) => related(term, w)));
  });
}

/**
 * The one task that has any of the longer words typed, when no other task has one ("the cake isn't
 * needed till sunday" and "Order birthday cake for Zara"); none when two or more do.
 */
/**
 * Tasks that share a distinctive word (four letters or more, or a form of it) with the terms: a word
 * found in several titles ("call", "کرنا") says what kind of thing a task is, not which task.
 */
export function tasksSharing<T extends Titled>(tasks: T[], said: string[]): T[] {
  const terms = said.map(withoutPossessive);
  const meaningful = terms.filter((t) => t.length >= 4 && !JOINERS.has(t) && !POSTPOSITIONS.has(t));
  const found = new Set<T>();
  for (const term of meaningful) {
    const having = tasks.filter((task) => words(task.title).some((w) => wordsMeet(term, w)));
    if (having.length === 1) found.add(having[0]!);
  }
  return [...found];
}

/** Every task sharing a longer word (four letters or more, or a form of it) with the terms. */
export function tasksSharingAWord<T extends Titled>(tasks: T[], said: string[]): T[] {
  const terms = said.map(withoutPossessive);
  const meaningful = terms.filter((t) => t.length >= 4 && !JOINERS.has(t) && !POSTPOSITIONS.has(t));
  return tasks.filter((task) => {
    const titleWords = words(task.title);
    return meaningful.some((term) => titleWords.some((w) => wordsMeet(term, w)));
  });
}

/** Words that name no thing a task is about: "about", "before" ... (`proposalFiller` in rules.json). */
const FILLER = new Set(rules.proposalFiller);

/**
 * The tasks a new task may restate, kept from those found by a shared word (`near`): a task stays
 * when a meaningful word of the new title is the same word as one of its own (no prefix: "rent" is
 * not "renew"; no filler: "about"), and, when the new task is scheduled (`scheduled`: a due moment,
 * a reminder or a repeat said with it) and its title has three meaningful words or more, when it
 * shares two of them: "Baldia case hearing wednesday 11am" is not "Call Amna about the court hearing".
 */
export function firmlyNear<T extends Titled>(near: T[], title: string, scheduled: boolean): T[] {
  const terms = words(title)
    .map(withoutPossessive)
    .filter(
      (t) => t.length > 1 && !JOINERS.has(t) && !POSTPOSITIONS.has(t) && !HELPERS.has(t) && !FILLER.has(t),
    );
  return near.filter((task) => {
    const own = words(task.title).map(withoutPossessive);
    const shared = terms.filter((t) => own.some((w) => sameWord(t, w))).length;
    if (shared === 0) return false;
    return !(scheduled && terms.length >= 3 && shared < 2);
  });
}

export function onlyTaskSharing<T extends Titled>(tasks: T[], said: string[]): T[] {
  const having = tasksSharingAWord(tasks, said);
  return having.length === 1 ? having : [];
}

const TITLE_JOINERS = new Set(rules.titleJoiners);

/**
 * A title joining two things ("Doodh aur anday lana", "Buy milk and eggs") named by words of only
 * one of them ("doodh le aaya"): the words may tell of half the task, so it is not theirs to finish.
 */
export function namesOnlyPart(task: Titled, said: string[]): boolean {
  const parts: string[][] = [[]];
  for (const w of words(task.title.replace(/[,،]/gu, ' and ')))
    if (TITLE_JOINERS.has(w)) parts.push([]);
    else parts.at(-1)!.push(w);
  const sides = parts.filter((p) => p.length > 0);
  if (sides.length < 2) return false;
  // The verb at either end belongs to every side ("Buy milk and eggs", "Doodh aur anday lana").
  if (sides[0]!.length > 1) sides[0]!.shift();
  if (sides.at(-1)!.length > 1) sides.at(-1)!.pop();
  const terms = said.map(withoutPossessive).filter((t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t));
  return sides.some((side) => !terms.some((t) => side.some((w) => wordsMeet(t, w))));
}
