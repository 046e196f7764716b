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

describe('ways of saying time the assistant once read with words of its own, now read by quick add', () => {
  // Wednesday 2026-11-18, 10:00 in Karachi (UTC+5): the assistant reads time through readWhen, so
  // these are read the same in quick add, the assistant, the importers and filters.
  const read = (text: string) => {
    const p = parseQuickAdd(text, { now: new Date(WED_KHI), timeZone: KHI, urdu: true });
    return [p.title, p.due_date ?? p.due_at, p.recurrence];
  };
  it.each([
    // English parts of an hour and hours in words: the next sensible hour, as "at 3" is.
    ['call the bank at half past 3', ['call the bank', '2026-11-18T10:30:00.000Z', null]],
    ['call the bank quarter to 9', ['call the bank', '2026-11-19T03:45:00.000Z', null]],
    ['call the bank at quarter past 4 pm', ['call the bank', '2026-11-18T11:15:00.000Z', null]],
    ['call the bank tomorrow at seven pm', ['call the bank', '2026-11-19T14:00:00.000Z', null]],
    ["call the bank tomorrow at eight o'clock", ['call the bank', '2026-11-19T03:00:00.000Z', null]],
    ['call the bank at about 6', ['call the bank', '2026-11-18T13:00:00.000Z', null]],
    // A number after "at" that counts something stays a title word; so does "about" without "at".
    ['look at seven options', ['look at seven options', null, null]],
    ['talk about 5 options', ['talk about 5 options', null, null]],
    // "until friday" is a due day; after a repeat it ends the repeat.
    ['pay the deposit until friday', ['pay the deposit', '2026-11-20', null]],
    [
      'water the plants every day until friday',
      ['water the plants', '2026-11-18', 'FREQ=DAILY;UNTIL=20261120'],
    ],
    ['file the report by the end of the month', ['file the report', '2026-11-30', null]],
    ['pay rent on the 1st of every month', ['pay rent', '2026-12-01', 'FREQ=MONTHLY;BYMONTHDAY=1']],
    ['book the car service sometime next week', ['book the car service', '2026-11-23', null]],
    // A misspelt tomorrow is tomorrow.
    ['renew the passport tommorow', ['renew the passport', '2026-11-19', null]],
    ['renew the passport tomorow', ['renew the passport', '2026-11-19', null]],
    // A weekday of next week, in English, Roman Urdu and Urdu.
    ['dentist next week thursday', ['dentist', '2026-11-26', null]],
    ['agle hafte jumeraat dentist ke paas jana', ['dentist ke paas jana', '2026-11-26', null]],
    ['اگلے ہفتے کی جمعرات ڈینٹسٹ', ['ڈینٹسٹ', '2026-11-26', null]],
    // ہفتہ is Saturday "on" it or as its day; after "is" or a number it is the week.
    ['ہفتے کو گاڑی دھلوانی ہے', ['گاڑی دھلوانی ہے', '2026-11-21', null]],
    ['hafte ke din gaari dhulwani hai', ['gaari dhulwani hai', '2026-11-21', null]],
    ['is hafte ko report bhejni hai', ['is hafte ko report bhejni hai', null, null]],
    // A part of the day with "ko" alone: the next one; the month's "end" borrowed in Roman Urdu.
    ['shaam ko sabzi leni hai', ['sabzi leni hai', '2026-11-18T14:00:00.000Z', null]],
    ['bill mahine ke end tak jama karna', ['bill jama karna', '2026-11-30', null]],
    // The night's small hours after a day and its night, as "raat 2 baje" alone.
    ['flight kal raat 2 baje', ['flight', '2026-11-18T21:00:00.000Z', null]],
    ['flight kal raat 10 baje', ['flight', '2026-11-19T17:00:00.000Z', null]],
    // A number quick add otherwise skips as an English word, right before the word for date.
    ['bees tareekh ko kiraya dena', ['kiraya dena', '2026-11-20', null]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
