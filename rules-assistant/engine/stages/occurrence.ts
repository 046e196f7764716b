// This one time of a repeating task is off: "no backup this sunday, I'll be at my
// sister's mehndi", "not going in tonight, they cancelled my night shift", "is hafte kiraya
// collection nahi hogi", "اس مہینے ماسی کو تنخواہ نہیں دینی". People name the repeating thing by
// a word or two of it, not by its title, and give the reason in the same line; what makes it a skip
// is its shape: a word saying it will not happen, the one time meant (this week, this sunday,
// today), and an open repeating task that the line's words name better than any other task. The
// one time must be the task's next one (its due day in that day, week or month: dueFits, checked by
// the skip), else the assistant says when that is and changes nothing. Words are data
// (lang/occurrence.json). Pure: tested without tools.

import { dayIn } from '#shared/time/zone.js';
import data from '../lang/occurrence.json' with { type: 'json' };
import { cleanText, type Lang, words } from '../language.js';
import type { Clock } from '../when.js';
import { type TaskLike, tellingWordsSaid, withoutSetAside } from './about.js';

export interface MaybeRepeating extends TaskLike {
  recurrence?: string | null;
  due_date?: string | null;
  due_at?: string | null;
}

type Words = Record<Lang, string[]>;
const OFF = data.off as Words;
const FOR_GOOD = data.forGood as Words;
const NOT_OFF = data.notOff as Words;
const THIS_TIME: Record<Lang, RegExp[]> = {
  en: data.thisTime.en.map((p) => new RegExp(p, 'iu')),
  roman: data.thisTime.roman.map((p) => new RegExp(p, 'iu')),
  ur: data.thisTime.ur.map((p) => new RegExp(p, 'iu')),
};
/** English and Roman Urdu are written in one line often: their words are read together. */
const latin = <T>(table: Record<Lang, T[]>, lang: Lang): T[] =>
  lang === 'ur' ? table.ur : [...table.en, ...table.roman];

const WEEKDAYS: [RegExp, number][] = [
  [/\b(?:monday|somwar|peer)\b|پیر/iu, 1],
  [/\b(?:tuesday|mangal)\b|منگل/iu, 2],
  [/\b(?:wednesday|budh)\b|بدھ/iu, 3],
  [/\b(?:thursday|jumeraat|jumerat)\b|جمعرات/iu, 4],
  [/\b(?:friday|jumma|juma)\b|جمعہ|جمعے/iu, 5],
  [/\b(?:saturday)\b|ہفتہ/iu, 6],
  [/\b(?:sunday|itwaar|itwar)\b|اتوار/iu, 0],
];

const addDays = (day: string, n: number): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
};
const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The days the one time said covers: [first, last] (YYYY-MM-DD). */
function spanSaid(said: string, clock: Clock): [string, string] {
  const today = dayIn(clock.now, clock.timeZone);
  if (/\btomorrow|کل/iu.test(said)) return [addDays(today, 1), addDays(today, 1)];
  if (/\b(?:today|tonight|aaj)\b|آج/iu.test(said)) return [today, today];
  if (/\b(?:month|mahine|mahinay)\b|مہینے/iu.test(said)) {
    const last = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 0));
    return [`${today.slice(0, 8)}01`, last.toISOString().slice(0, 10)];
  }
  const weekday = WEEKDAYS.find(([pattern]) => pattern.test(said));
  const next = /\bnext\b|\bagl[eiy]|اگل/iu.test(said);
  if (weekday && !/\bweek(?:end)?\b|hafte|hafta|haftay|ہفتے/iu.test(said)) {
    // "next monday" said on a Monday is a week away; said on another day, the coming one.
    const ahead = (weekday[1] - weekdayOf(today) + 7) % 7 || (next ? 7 : 0);
    const day = addDays(today, ahead);
    return [day, day];
  }
  if (next) {
    // Next week: its Monday to its Sunday.
    const monday = addDays(today, 7 - ((weekdayOf(today) + 6) % 7));
    return [monday, addDays(monday, 6)];
  }
  // This time: its next one, whenever it is.
  if (/\b(?:time|dafa|baar|bar)\b|بار|دفعہ/iu.test(said)) return [today, '9999-12-31'];
  // This week (or weekend): the next seven days ("skip this week's standup" said on a Wednesday
  // means the coming Monday's, this week's being past).
  return [today, addDays(today, 7)];
}

/** A question's first word; Roman Urdu's "is" before a day or week is "this" ("is sunday", "is hafte"). */
const QUESTION =
  /^(?:are|do|does|did|was|will|kya|کیا)\b|^is\b(?!\s+(?:hafte|hafta|haftay|mahine|dafa|baar|bar|week|weekend|month|\p{L}+day|itwaar|itwar|somwar|peer|mangal|budh|jumeraat|jumerat|jumma|juma)\b)/iu;

/**
 * Whether a line has the shape of one time being off (a word of not, the one time meant, no
 * question, no stop for good), read from its words alone: the tasks are looked at only then.
 */
export function saysOneTimeOff(text: string, lang: Lang): boolean {
  // A question ("is there no gym this week?", "kya aaj class nahi hai") is answered elsewhere.
  if (/[?؟]/u.test(text) || QUESTION.test(text.trim())) return false;
  const line = ` ${words(withoutSetAside(text)).join(' ')} `;
  const has = (phrase: string) => line.includes(` ${phrase} `);
  if (!latin(OFF, lang).some(has) || [...latin(FOR_GOOD, lang), ...latin(NOT_OFF, lang)].some(has))
    return false;
  return oneTimeSaid(text, lang) !== null;
}

/**
 * The open repeating task a line of that shape says one time of is off, named better than any other
 * task; null when none is. Whether the time said is the task's next one is the skip's to check
 * (dueFits): a time that is not is answered, never read as a move.
 */
export function occurrenceOff<T extends MaybeRepeating>(text: string, tasks: T[], lang: Lang): T | null {
  if (!saysOneTimeOff(text, lang)) return null;
  // The words of not ("nahi") name no task, though one may look like a title's word ("Nani").
  const off = new Set(latin(OFF, lang));
  const naming = words(text)
    .filter((w) => !off.has(w))
    .join(' ');
  const open = tasks
    .filter((t) => !t.completed)
    .map((task) => ({ task, n: tellingWordsSaid(naming, task.title, lang) }))
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n);
  // Only a repeating task has a time to skip: the best of them, unless a task that does not repeat
  // is named better, or another repeating one as well.
  const repeating = open.filter((s) => s.task.recurrence);
  const best = repeating[0];
  if (!best || repeating[1]?.n === best.n || open[0]!.n > best.n) return null;
  return best.task;
}

/** The one time a line says ("this friday", "is hafte", "آج"), or null when it says none. */
export function oneTimeSaid(text: string, lang: Lang): string | null {
  const clean = cleanText(text).toLowerCase();
  for (const pattern of latin(THIS_TIME, lang)) {
    const match = pattern.exec(clean);
    if (match) return match[0];
  }
  return null;
}

/** Whether a task next due on `due` (YYYY-MM-DD; overdue included) falls in the one time said. */
export function dueFits(said: string, due: string, clock: Clock): boolean {
  const [first, last] = spanSaid(said, clock);
  return due <= last && (due >= first || due < dayIn(clock.now, clock.timeZone));
}
