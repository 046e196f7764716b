// The blind corpora of Todoist's date language hold their scores, read by each surface: quick add
// (and with it readWhen), the Todoist importer (a DATE column) and the filter language (date
// filters over an embedded database). Each reads at least as many lines right as it did when the
// floors below were set; a drop names the lines it missed.
import { describe, expect, it } from 'vitest';
import { readWhen } from '#shared/when/read.js';
import { createTestDatabase } from './support/database.js';
import { scoreCorpus } from './support/time-corpus.js';
import { scoreFilters } from './support/time-corpus-filters.js';
import { scoreImport } from './support/time-corpus-import.js';

/** Right answers per language at least (unsure lines apart): the scores when these were set. */
const FLOORS: Record<string, Record<string, number>> = {
  'time-corpus/phrases.jsonl': { en: 249, ur: 60, roman: 55 },
  'time-corpus-holdout/phrases.jsonl': { en: 193, ur: 30, roman: 29 },
};

describe('the blind corpora of Todoist date phrases', () => {
  for (const [file, floors] of Object.entries(FLOORS)) {
    it(`${file}: each language at least as right as before`, () => {
      const { tally, missed } = scoreCorpus(new URL(`./${file}`, import.meta.url));
      const scores = Object.fromEntries([...tally].map(([lang, t]) => [lang, t.right]));
      for (const [lang, floor] of Object.entries(floors))
        expect(scores[lang], `${lang}; misses:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('the Todoist importer reads them as DATE columns', () => {
  for (const [file, floor] of [
    ['time-corpus/phrases.jsonl', 247],
    ['time-corpus-holdout/phrases.jsonl', 182],
  ] as const) {
    it(`${file}: at least ${floor} English dates right`, () => {
      const { tally, missed } = scoreImport(new URL(`./${file}`, import.meta.url));
      expect(tally.right, missed.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('the filter language reads Todoist date filters', () => {
  for (const [file, floor] of [
    ['time-corpus/filters.jsonl', 45],
    ['time-corpus-holdout/filters.jsonl', 42],
  ] as const) {
    it(`${file}: at least ${floor} filters match`, { timeout: 180_000 }, async () => {
      const { passed, misses } = await scoreFilters(
        new URL(`./${file}`, import.meta.url),
        createTestDatabase,
      );
      expect(passed, misses.join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('readWhen: a phrase that is only time', () => {
  const at = { now: new Date('2026-11-28T05:00:00Z'), timeZone: 'Asia/Karachi', dateOrder: 'dmy' as const };
  it('reads a whole phrase, and says what it left', () => {
    expect(readWhen('every 3rd friday at 9am', at)).toMatchObject({
      due_at: '2026-12-18T04:00:00.000Z',
      recurrence: 'FREQ=MONTHLY;BYDAY=3FR',
      recurrence_from: 'due',
      rest: '',
    });
    expect(readWhen('every! 2 weeks', at)).toMatchObject({
      recurrence: 'FREQ=WEEKLY;INTERVAL=2',
      recurrence_from: 'completion',
      rest: '',
    });
    expect(readWhen('tomorrow for 45 min {dec 15}', at)).toMatchObject({
      due_date: '2026-11-29',
      duration: 45,
      deadline: '2026-12-15',
      rest: '',
    });
    expect(readWhen('27/1', at)).toMatchObject({ due_date: '2027-01-27', rest: '' });
    expect(readWhen('for 1 h 30 min', at)).toMatchObject({ duration: 90, due_date: null, rest: '' });
    expect(readWhen('kal shaam 5 baje', at)).toMatchObject({ due_at: '2026-11-29T12:00:00.000Z', rest: '' });
  });
  it('reads no tags, priorities or lists, and keeps what is not time', () => {
    expect(readWhen('every other full moon', at).rest).toBe('every other full moon');
    expect(readWhen('friday #work !high', at)).toMatchObject({ due_date: '2026-12-04', rest: '#work !high' });
    expect(readWhen('', at)).toMatchObject({ due_date: null, rest: '' });
  });
});
