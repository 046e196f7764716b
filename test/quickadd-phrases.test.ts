// Quick add reads one line into task fields: the phrase table (test/support/quickadd-phrases.ts) with
// fixed clocks in several zones, the pieces read for highlighting, a weekday followed by its date.
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import { URDU_WORDS, URDU_WORDS_LISTED } from '#shared/quickadd/quickadd.urdu.js';
import {
  KHI,
  NY,
  parse,
  parseTableRow,
  rows,
  tableRows,
  UTC,
  WED_KHI,
  WED_NY,
  WED_UTC,
} from './support/quickadd-phrases.js';

describe('parseQuickAdd', () => {
  it('has a large table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows)('$text (now $now, $zone)', (r) => {
    const { matches: _, unread: __, ...fields } = parse(r);
    expect(fields).toEqual(r.want);
  });

  it('reports the pieces it read, in order, for highlighting', () => {
    const { matches } = parse({
      text: 'Pay rent every month on the 1st at 9am #bills !high',
      now: WED_NY,
      zone: NY,
    });
    expect(matches).toEqual([
      { text: 'every month on the 1st', kind: 'recurrence' },
      { text: 'at 9am', kind: 'time' },
      { text: '#bills', kind: 'tag' },
      { text: '!high', kind: 'priority' },
    ]);
    expect(parse({ text: 'Tea in 30 min, tomorrow', now: WED_UTC, zone: UTC }).matches).toEqual([
      { text: 'in 30 min', kind: 'time' },
    ]);
  });
});

describe('a weekday followed by the date itself', () => {
  // Wednesday 2026-11-18 in Karachi; Thursday the 26th is a Thursday, Monday the 26th is not.
  const read = (text: string) => parseQuickAdd(text, { now: new Date(WED_KHI), timeZone: KHI });
  it.each([
    ['interviews on thursday the 26th', '2026-11-26'],
    ['interviews thursday, 26 november', '2026-11-26'],
    // A date that is not that weekday: the weekday holds.
    ['interviews on monday the 26th', '2026-11-23'],
  ])('%s: due %s, both words out of the title', (text, day) => {
    const parsed = read(text);
    expect([parsed.title, parsed.due_date]).toEqual(['interviews', day]);
  });
  it('a part of the day after a repeat gives its time', () => {
    const parsed = read('plan meals every sunday evening at 8');
    expect([parsed.title, parsed.due_at, parsed.recurrence]).toEqual([
      'plan meals',
      '2026-11-22T15:00:00.000Z',
      'FREQ=WEEKLY;BYDAY=SU',
    ]);
  });
});

describe('the table in English, Urdu and Roman Urdu (lists, sections, people, reminders, ends)', () => {
  it('has at least 300 lines in the three languages', () => {
    expect(tableRows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(tableRows.map((r) => r.lang))).toEqual(new Set(['en', 'ur', 'roman-ur']));
  });

  it.each(tableRows)('$lang: $text ($date_order)', (r) => {
    const { matches: _, unread: __, ...fields } = parseTableRow(r);
    expect(fields).toEqual(r.want);
  });
});

describe('the Urdu and Roman Urdu words (shared/lang/urdu-when.json, the one table the assistant reads too)', () => {
  it('reads each word one way, and none of the English words the table marks for the assistant alone', () => {
    expect(URDU_WORDS.size).toBe(URDU_WORDS_LISTED);
    for (const word of ['hr', 'me', 'main', 'no', 'sat', 'tin', 'bees', 'tees', 'mint', 'hafta', 'ہفتہ'])
      expect(URDU_WORDS.has(word)).toBe(false);
  });
});
