// Reminder and repeat requests, once reminders.ts and repeats.ts have read the phrase ("remind me
// an hour before the dentist", "X ki 15 min pehle yaad dilana", "make the standup repeat every
// weekday", "skip this week's standup"): whether it is about a task already there (named by a task
// word, an id, "it", or words no new task would have) or asks for a new task with a reminder, and
// for a repeat, which task starts, stops or skips repeating. A reminder before a moment the line
// does not give is likelier about a task already there, so such a new task is marked `orExisting`.
// Its one word list is data (lang/remind-repeat.json; the phrases are the readers' own data).
import data from '../lang/remind-repeat.json' with { type: 'json' };
import { type Lang, words } from '../language.js';
import type { Target, Understanding } from '../meaning.js';
import type { ReminderSaying } from '../reminders.js';
import type { RepeatSaying } from '../repeats.js';
import { CLAUSE_NOISE, compiled, IT_WORDS, POLITE } from '../vocabulary.js';
import type { Clock, Details } from '../when.js';
import type { Readers } from './clauses.js';
import { withoutUrduVerbs } from './commands.js';
import { namesTask, readTarget } from './reference.js';
import { tidyTitle } from './values.js';

const TITLE_LEAD = compiled(data.en.titleLead);
/** "I want a reminder 30 min before X": the asking says nothing of the task. */
const WANTING = new Set(data.en.wanting);

/** The request a reminder phrase makes: a reminder on a task named or just talked about, or a new task with one. */
export function fromReminder(
  said: ReminderSaying,
  lang: Lang,
  clock: Clock,
  read: Readers,
): Understanding | null {
  const strip = (ws: string[]) => (lang === 'en' ? ws : withoutUrduVerbs(ws));
  if (said.kind === 'about') {
    const reminders = [{ at: said.at }];
    const ws = words(said.about);
    const target = readTarget(strip(ws));
    if (namesTask(ws, target)) return { intent: 'update', target, change: { reminders } };
    const title = tidyTitle(said.about.replace(TITLE_LEAD, ''));
    if (title.length === 0) return null;
    const details: Details = { title, priority: null, tags: [], due_date: null, due_at: null };
    return { intent: 'add', details, description: null, reminders, orExisting: true };
  }
  const reminders = [{ minutes_before: said.minutes }];
  const rest = words(said.rest).filter((w) => !POLITE.has(w) && !WANTING.has(w));
  if (rest.every((w) => IT_WORDS.has(w))) {
    const target: Target = said.of ? readTarget(words(said.of)) : { kind: 'it' };
    return { intent: 'update', target, change: { reminders } };
  }
  const target = readTarget(strip(rest).filter((w) => !CLAUSE_NOISE.has(w)));
  if (lang !== 'en') {
    // "رپورٹ والے کام کے لیے ...", "task 3 ka reminder ...": a task named; else the line adds one.
    if (namesTask(rest, target)) return { intent: 'update', target, change: { reminders } };
    const u = read.readAdd(said.rest, lang, clock);
    return u.intent === 'add' && u.details.title.length > 0 ? { ...u, reminders, ...undated(u) } : null;
  }
  const u = read.readMessage(said.rest, clock);
  if (u.intent === 'add') return { ...u, reminders, ...undated(u) };
  if (u.intent === 'update') return { ...u, change: { ...(u.change ?? {}), reminders } };
  if (u.intent !== 'unknown') return null;
  // "the dentist appointment, remind me an hour before": the line names the task.
  return target.kind === 'none' ? null : { intent: 'update', target, change: { reminders } };
}

/**
 * "مہمانوں کے کھانے سے ایک گھنٹہ پہلے یاد دلانا": a reminder before a moment the line does not give
 * counts back from a task's due moment, so it is far likelier about a task already there.
 */
function undated(u: Extract<Understanding, { intent: 'add' }>): { orExisting?: true } {
  return u.details.due_date || u.details.due_at ? {} : { orExisting: true };
}

/** The request a repeat phrase makes about the task it names, or the one just talked about. */
export function fromRepeat(said: RepeatSaying, lang: Lang): Understanding | null {
  const named = lang === 'en' ? said.about : withoutUrduVerbs(said.about);
  const target: Target = said.about.length === 0 ? { kind: 'it' } : readTarget(named);
  if (target.kind === 'none') return null;
  if (said.kind === 'skip') return { intent: 'skip', target };
  if (said.kind === 'stop') return { intent: 'update', target, change: { recurrence: null } };
  const due = said.due_at ? { due_at: said.due_at, due_date: null } : {};
  return { intent: 'update', target, change: { recurrence: said.rule, ...due } };
}
