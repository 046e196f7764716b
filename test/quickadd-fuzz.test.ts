// Quick add on any input, a seeded fuzz run: never throws, never loses text, keeps a clean title, is
// fast over the phrase table, and gives an empty title only for blank input. No server, no database.
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import { AKL, KHI, KOL, LON, NY, parse, rows, SYD, UTC, WED_UTC } from './support/quickadd-phrases.js';

/** Small seeded generator so a failing fuzz input can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'every',
  'on',
  'at',
  'by',
  'due',
  'the',
  'next',
  'this',
  'in',
  'of',
  'and',
  'other',
  'last',
  'day',
  'week',
  'weeks',
  'month',
  'year',
  'weekday',
  'weekend',
  'tonight',
  'today',
  'tomorrow',
  'monday',
  'sun',
  'dec',
  'feb',
  '29',
  '31st',
  '1st',
  '0',
  '99',
  '9999',
  '12am',
  '13pm',
  '9:30',
  '24:00',
  '2:30am',
  'noon',
  'midnight',
  'daily',
  'monthly',
  '!high',
  '!1',
  'p4',
  '#',
  '#2',
  '#tag',
  '#ürgent',
  '#کام',
  '2026-02-29',
  '2028-02-29',
  '0000-01-01',
  'constructor',
  '__proto__',
  'toString',
  'a',
  'an',
  'half',
  'hour',
  'min',
  ',',
  '-',
  '.',
  '!',
  ':',
  '\t',
  '\n',
  ' ',
  '  ',
  'İ',
  '🎉',
  '\u200d',
  '\u0000',
  'x',
];

describe('parseQuickAdd on any input', () => {
  it('never throws, never loses text and keeps a clean, non-empty title', () => {
    const next = random(20261118);
    const zones = [UTC, NY, LON, KHI, KOL, SYD, AKL];
    for (let n = 0; n < 1500; n++) {
      let text = '';
      const limit = Math.floor(next() * 500);
      while (text.length < limit) {
        text +=
          next() < 0.7
            ? `${PIECES[Math.floor(next() * PIECES.length)]} `
            : String.fromCharCode(Math.floor(next() * 0x3000));
      }
      text = text.slice(0, 500);
      const now = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 15 * 365 * 86_400_000));
      const zone = zones[n % zones.length]!;
      const result = parseQuickAdd(text, { now, timeZone: zone, recurrence: next() < 0.8 });

      if (/\S/.test(text)) expect(result.title.length, text).toBeGreaterThan(0);
      expect(result.title).toBe(result.title.trim());
      expect(result.title).not.toMatch(/\s\s/);
      expect(result.tags.length).toBeLessThanOrEqual(20);
      if (result.due_date !== null) expect(result.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (result.due_at !== null) {
        expect(result.due_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
        expect(result.due_date).toBeNull();
      }
      for (const word of text.split(/\s+/)) {
        const core = word.replace(/[,.;:!?]+$/u, '');
        const kept =
          core === '' ||
          /^[-–—,;:|/]+$/u.test(core) ||
          result.title.includes(core) ||
          result.matches.some((m) => m.text.includes(core));
        expect(kept, `"${word}" lost from ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  it('is fast: well under a millisecond per typical line', () => {
    const lines = rows.map((r) => ({ ...r, now: new Date(r.now) }));
    // The best of several rounds: a busy machine or a GC pause must not fail the suite.
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 10; round++) {
      const started = performance.now();
      for (const r of lines) parseQuickAdd(r.text, { now: r.now, timeZone: r.zone });
      best = Math.min(best, (performance.now() - started) / lines.length);
    }
    expect(best).toBeLessThan(1);
  });

  it('returns an empty title only for blank input', () => {
    expect(parse({ text: '   ', now: WED_UTC, zone: UTC }).title).toBe('');
    expect(parse({ text: ' \t tomorrow ', now: WED_UTC, zone: UTC }).title).toBe('tomorrow');
  });
});
