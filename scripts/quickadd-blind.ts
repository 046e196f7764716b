// Scores quick add against a table written without reading the parser (the blind table, one JSON
// object a line: {lang, text, expect}; its context is fixed: now Wednesday 2026-11-18 10:00 in
// Asia/Karachi, dates day-first for ur/roman-ur and month-first for en, the lists below).
// A line is correct when every field matches. Prints the score by language and each miss.
// A repeat rule's parts and the labels are compared in any order.
//   npx tsx scripts/quickadd-blind.ts [path]   (default test/support/quickadd-blind2.jsonl)
import { readFileSync } from 'node:fs';
import { type DateOrder, parseQuickAdd, type QuickAddList } from '../shared/quickadd/quickadd.js';

const NOW = new Date('2026-11-18T05:00:00.000Z');
const ZONE = 'Asia/Karachi';
const LISTS: QuickAddList[] = [
  { name: 'Inbox' },
  { name: 'Home' },
  { name: 'Work', sections: ['Meetings', 'Admin'] },
  { name: 'Groceries' },
  { name: 'Side Project', sections: ['Ideas', 'Build', 'Launch'] },
  { name: 'Family', members: [{ name: 'sara' }, { name: 'ahmed' }, { name: 'you' }] },
];

interface Expect {
  title: string;
  list: string | null;
  section: string | null;
  labels: string[];
  priority: 'high' | 'medium' | 'low' | null;
  due_date: string | null;
  due_time: string | null;
  repeat: string | null;
  reminders: ({ before_minutes: number } | { at: string })[];
  assignee: string | null;
}

/** An instant as the zone's wall clock: "2026-11-19T08:00". */
function local(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export function readAsBlind(text: string, order: DateOrder): Expect {
  const p = parseQuickAdd(text, { now: NOW, timeZone: ZONE, lists: LISTS, dateOrder: order, urdu: true });
  const at = p.due_at ? local(p.due_at) : null;
  return {
    title: p.title,
    list: p.list === 'Inbox' ? null : p.list,
    section: p.section,
    labels: p.tags.map((t) => t.toLowerCase()),
    priority: p.priority === 'none' ? null : p.priority,
    due_date: at ? at.slice(0, 10) : p.due_date,
    due_time: at ? at.slice(11) : null,
    repeat: p.recurrence,
    reminders: p.reminders.map((r) =>
      'minutes_before' in r ? { before_minutes: r.minutes_before } : { at: local(r.at) },
    ),
    assignee: p.assignee,
  };
}

const FIELDS: (keyof Expect)[] = [
  'title',
  'list',
  'section',
  'labels',
  'priority',
  'due_date',
  'due_time',
  'repeat',
  'reminders',
  'assignee',
];

/** A field as compared: a rule's parts and the labels sorted, everything else as it is. */
function comparable(field: keyof Expect, value: unknown): string {
  if (field === 'repeat' && typeof value === 'string')
    return JSON.stringify(
      value
        .toUpperCase()
        .replace(/^RRULE:/, '')
        .split(';')
        .sort(),
    );
  if (field === 'labels' && Array.isArray(value)) return JSON.stringify([...value].sort());
  return JSON.stringify(value);
}

function main() {
  const path = process.argv[2] ?? 'test/support/quickadd-blind2.jsonl';
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const score = new Map<string, { correct: number; wrong: number }>();
  const misses: string[] = [];
  for (const line of lines) {
    const { lang, text, expect } = JSON.parse(line) as { lang: string; text: string; expect: Expect };
    const got = readAsBlind(text, lang === 'en' ? 'mdy' : 'dmy');
    const wrong = FIELDS.filter(
      (f) =>
        comparable(f, got[f] ?? null) !==
        comparable(f, (expect as Partial<Expect>)[f] ?? (f === 'labels' || f === 'reminders' ? [] : null)),
    );
    const s = score.get(lang) ?? { correct: 0, wrong: 0 };
    if (wrong.length === 0) s.correct += 1;
    else {
      s.wrong += 1;
      const diff = wrong.map(
        (f) => `${f}: got ${JSON.stringify(got[f])}, expected ${JSON.stringify(expect[f])}`,
      );
      misses.push(`- [${lang}] ${text}\n  ${diff.join('\n  ')}`);
    }
    score.set(lang, s);
  }
  const total = [...score.values()].reduce(
    (a, s) => ({ correct: a.correct + s.correct, wrong: a.wrong + s.wrong }),
    {
      correct: 0,
      wrong: 0,
    },
  );
  console.log(`blind table: ${total.correct} correct / ${total.wrong} wrong of ${lines.length}`);
  for (const [lang, s] of score) console.log(`  ${lang}: ${s.correct} correct / ${s.wrong} wrong`);
  console.log('\nmisses:');
  console.log(misses.join('\n'));
}

main();
