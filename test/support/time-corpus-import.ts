// The Todoist importer scored against a blind corpus of Todoist's date language (test/time-corpus/,
// test/time-corpus-holdout/): each English phrase goes in as the DATE of a one-task Todoist CSV
// (DATE_LANG en, TIMEZONE the phrase's zone, the account's date order the phrase's, the import's
// `now` the phrase's), through the import path as the import worker runs it (the CSV converted by
// fromTodoistCsv, then checked by the import contract, ImportSchema: what the import stores), and
// the stored due date or moment, the first three occurrences of its repeat, whether it counts from
// completion, its duration and its deadline are compared with what the corpus expects.
//
// The corpus's phrases are quick-add text: a title and date words ("buy milk today"). A Todoist DATE
// holds only the date words, so the phrase fed to the importer is the line's text less its expected
// title: the text whole when the expected title is "", else the text with the title's words taken
// out (the first run of words equal to the title, compared case-insensitively; the corpus's titles
// are the text's words in order, without the date words and their particles such as "on" and "at",
// which stay in the phrase: "dentist on friday" gives "on friday"). Lines whose title words are not
// found in the text in order, and lines with no date words left (nothing to import as a DATE), are
// counted apart and not scored. Lines the corpus marks unsure are counted apart too. Urdu and Roman
// Urdu lines are not used: Todoist's DATE_LANG has neither.
//
// The comparison is quick add's (test/support/time-corpus.ts), without the title. Used by
// scripts/time-corpus-import.ts (`npm run corpus:import`) and test/time-corpus.test.ts.
import { readFileSync } from 'node:fs';
import { listOccurrences, localMoment, parseRule } from '#shared/recurrence/index.js';
import { dayOf } from '#shared/time/days.js';
import { zonedInstant } from '#shared/time/zone.js';
import { fromTodoistCsv } from '../../server/features/transfer/import.foreign.js';
import { ImportSchema } from '../../server/features/transfer/transfer.schema.js';

interface Expect {
  title?: string;
  due_date?: string;
  due_at?: string;
  due?: null;
  repeat?: { next: string[]; from_completion?: boolean; count?: number; until?: string };
  duration_minutes?: number;
  deadline?: string;
  unsure?: boolean;
}

interface Phrase {
  id: string;
  lang: 'en' | 'ur' | 'roman';
  text: string;
  now: string;
  zone: string;
  date_order: 'DMY' | 'MDY';
  expect: Expect;
}

/** An instant from a local wall time (YYYY-MM-DDTHH:MM[:SS]) in `zone`. */
function instantOf(local: string, zone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`not a local time: ${local}`);
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return new Date(zonedInstant(day, Number(m[4]) * 60 + Number(m[5]), zone));
}

const words = (s: string) => s.normalize('NFC').trim().split(/\s+/u).filter(Boolean);

/** The date words of a line: its text less its expected title; null when the title is not found. */
export function datePhrase(text: string, title: string | undefined): string | null {
  if (title === undefined || title.trim() === '') return text.trim();
  const all = words(text);
  const want = words(title).map((w) => w.toLowerCase());
  for (let at = 0; at + want.length <= all.length; at++) {
    if (want.every((w, i) => all[at + i]!.toLowerCase() === w))
      return [...all.slice(0, at), ...all.slice(at + want.length)].join(' ');
  }
  return null;
}

const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** What the importer stores for a DATE, in the corpus's terms. */
function imported(p: Phrase, phrase: string) {
  const csv =
    'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT\r\n' +
    `task,A task,,4,1,Me (1),,${quoted(phrase)},en,${p.zone},,\r\n`;
  const options = {
    listName: 'Corpus',
    timeZone: p.zone,
    now: instantOf(p.now, p.zone),
    dateOrder: p.date_order === 'DMY' ? 'dmy' : 'mdy',
  } as Parameters<typeof fromTodoistCsv>[1];
  const { left_out: _leftOut, dates_as_text: _datesAsText, ...document } = fromTodoistCsv(csv, options);
  const checked = ImportSchema.safeParse(document);
  if (!checked.success) throw new Error(`refused by the import contract: ${checked.error.message}`);
  const task = checked.data.tasks[0]!;
  const local = (at: string) => {
    const m = localMoment(at, p.zone);
    return `${m.date}T${m.time}`;
  };
  const due = task.due_at ? local(task.due_at) : (task.due_date ?? null);
  let next: string[] | null = null;
  if (task.recurrence && due) {
    const rule = parseRule(task.recurrence);
    if (rule.ok) {
      const [date, time] = due.split('T');
      next = listOccurrences(rule.rule, time ? { date: date!, time } : { date: date! }, p.zone, 3).map((o) =>
        o.at ? local(o.at) : o.date,
      );
    }
  }
  return {
    due,
    next,
    fromCompletion: task.recurrence_from === 'completion',
    duration: task.duration ?? null,
    deadline: task.deadline ?? null,
    keptAsText: (task.description ?? '').includes(`Due: ${phrase}`),
  };
}

/** What is wrong with the stored task, by part: empty when it is right. */
function misses(p: Phrase, got: ReturnType<typeof imported>): string[] {
  const e = p.expect;
  const wrong: string[] = [];
  const wantDue = e.due_date ?? e.due_at ?? null;
  if ((got.due ?? null) !== wantDue) wrong.push(`due ${got.due ?? 'none'} (want ${wantDue ?? 'none'})`);
  if (e.repeat) {
    const want = e.repeat.next.slice(0, 3);
    if (!got.next || want.some((d, i) => got.next![i] !== d))
      wrong.push(`repeat ${got.next?.join(' ') ?? 'none'} (want ${want.join(' ')})`);
    if ((e.repeat.from_completion ?? false) !== got.fromCompletion) wrong.push('counts from completion');
  } else if (got.next) wrong.push('repeat read where none is');
  if ((e.duration_minutes ?? null) !== got.duration)
    wrong.push(`duration ${got.duration ?? 'none'} (want ${e.duration_minutes ?? 'none'})`);
  if ((e.deadline ?? null) !== got.deadline)
    wrong.push(`deadline ${got.deadline ?? 'none'} (want ${e.deadline ?? 'none'})`);
  return wrong;
}

export interface ImportTally {
  right: number;
  all: number;
  unsureRight: number;
  unsure: number;
  kept: number;
  noTitle: number;
  noDate: number;
}

/** The tally of the English lines and each miss in words. */
export function scoreImport(file: URL): { tally: ImportTally; missed: string[] } {
  const missed: string[] = [];
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Phrase & { header?: boolean })
    .filter((l) => !l.header && l.lang === 'en');

  const tally = { right: 0, all: 0, unsureRight: 0, unsure: 0, kept: 0, noTitle: 0, noDate: 0 };
  for (const p of lines) {
    const phrase = datePhrase(p.text, p.expect.title);
    if (phrase === null) {
      tally.noTitle++;
      missed.push(`${p.id}  ${p.text}\n    not scored: its title's words are not in its text`);
      continue;
    }
    if (phrase === '') {
      tally.noDate++;
      continue;
    }
    let wrong: string[];
    let kept = false;
    try {
      const got = imported(p, phrase);
      kept = got.keptAsText;
      wrong = misses(p, got);
    } catch (error) {
      wrong = [`threw ${(error as Error).message}`];
    }
    if (p.expect.unsure) {
      tally.unsure++;
      if (wrong.length === 0) tally.unsureRight++;
    } else {
      tally.all++;
      if (wrong.length === 0) tally.right++;
      else if (kept) tally.kept++;
    }
    if (wrong.length > 0)
      missed.push(
        `${p.id}${p.expect.unsure ? ' (unsure)' : ''}  DATE "${phrase}"${kept ? ' (kept as text)' : ''}\n    ${wrong.join('; ')}`,
      );
  }
  return { tally, missed };
}
