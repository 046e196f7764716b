// The blind corpora of Todoist's date language (test/time-corpus/, test/time-corpus-holdout/), read
// by quick add: for each phrase, what quick add reads (title, due date or moment, the first three
// occurrences of its repeat, whether it counts from completion, a duration, a deadline) against what
// the corpus expects, in the phrase's zone and date order at its `now`. Lines a corpus marks unsure
// are counted apart. Used by scripts/time-corpus.ts (the figures) and test/time-corpus.test.ts.
import { readFileSync } from 'node:fs';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import { listOccurrences, localMoment, parseRule } from '#shared/recurrence/index.js';
import { dayOf } from '#shared/time/days.js';
import { zonedInstant } from '#shared/time/zone.js';

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

export interface Phrase {
  id: string;
  lang: 'en' | 'ur' | 'roman';
  text: string;
  now: string;
  zone: string;
  date_order: 'DMY' | 'MDY';
  expect: Expect;
}

/** An instant from a local wall time (YYYY-MM-DDTHH:MM[:SS]) in `zone`. */
export function instantOf(local: string, zone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`not a local time: ${local}`);
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return new Date(zonedInstant(day, Number(m[4]) * 60 + Number(m[5]), zone));
}

/** A task's due moment and its repeat's first three occurrences, as the corpus writes them. */
export function dueInCorpusTerms(
  p: Phrase,
  task: { due_date?: string | null; due_at?: string | null; recurrence?: string | null },
): { due: string | null; next: string[] | null } {
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
  return { due, next };
}

/** What quick add read, in the corpus's terms. */
export function reading(p: Phrase) {
  const parse = parseQuickAdd(p.text, {
    now: instantOf(p.now, p.zone),
    timeZone: p.zone,
    dateOrder: p.date_order === 'DMY' ? 'dmy' : 'mdy',
    urdu: true,
  });
  return {
    title: parse.title as string | undefined,
    ...dueInCorpusTerms(p, parse),
    fromCompletion: parse.recurrence_from === 'completion',
    duration: parse.duration,
    deadline: parse.deadline,
  };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** What is wrong with the reading, by part: empty when it is right (the title only when one is read). */
export function misses(p: Phrase, got: ReturnType<typeof reading>): string[] {
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
  if (got.title !== undefined && e.title !== undefined && e.title !== '' && norm(got.title) !== norm(e.title))
    wrong.push(`title "${got.title}" (want "${e.title}")`);
  return wrong;
}

export interface Tally {
  right: number;
  all: number;
  unsureRight: number;
  unsure: number;
}

/** Scores quick add on a corpus file: the tally per language, and each miss in words. */
export function scoreCorpus(file: URL): { tally: Map<string, Tally>; missed: string[] } {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Phrase & { header?: boolean })
    .filter((l) => !l.header);
  const tally = new Map<string, Tally>();
  const missed: string[] = [];
  for (const p of lines) {
    const t = tally.get(p.lang) ?? { right: 0, all: 0, unsureRight: 0, unsure: 0 };
    tally.set(p.lang, t);
    let wrong: string[];
    try {
      wrong = misses(p, reading(p));
    } catch (error) {
      wrong = [`threw ${(error as Error).message}`];
    }
    if (p.expect.unsure) {
      t.unsure++;
      if (wrong.length === 0) t.unsureRight++;
    } else {
      t.all++;
      if (wrong.length === 0) t.right++;
    }
    if (wrong.length > 0)
      missed.push(`${p.id}${p.expect.unsure ? ' (unsure)' : ''}  ${p.text}\n    ${wrong.join('; ')}`);
  }
  return { tally, missed };
}
