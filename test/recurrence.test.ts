// Recurring tasks: RRULE parsing, descriptions and next occurrences, as tables of expected sequences
// (month ends, leap days, ordinals, BYSETPOS, COUNT/UNTIL, DST in three zones), then a property run
// against a day-by-day reference. Pure unit tests: no server, no database.
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import {
  describeRule,
  describeRuleText,
  type LocalMoment,
  listOccurrences,
  localMoment,
  nextOccurrence,
  nextOccurrenceFromCompletion,
  type Occurrence,
  parseRule,
  type Rule,
} from '#shared/recurrence/index.js';
import { weekdayNumber } from '#shared/recurrence/rule.js';
import { dayOf, daysInMonth, formatDay, partsOf, weekdayOf } from '#shared/time/days.js';
import { mulberry32 } from './support/random.js';

const UTC = 'UTC';
const NY = 'America/New_York';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';

function rule(text: string): Rule {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.rule;
}

/** Up to `n` occurrences, each the next after the one before, as the service would ask. */
function sequence(text: string, start: LocalMoment, zone: string, n: number): string[] {
  return listOccurrences(rule(text), start, zone, n).map((o) => o.at ?? o.date);
}

function at(date: string, time?: string): LocalMoment {
  return time === undefined ? { date } : { date, time };
}

describe('nextOccurrence: sequences', () => {
  const rows: { name: string; rule: string; start: LocalMoment; zone?: string; want: string[] }[] = [
    // Daily and weekly
    {
      name: 'daily',
      rule: 'FREQ=DAILY',
      start: at('2026-01-30'),
      want: ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02'],
    },
    {
      name: 'every 3 days over a month end',
      rule: 'FREQ=DAILY;INTERVAL=3',
      start: at('2026-02-26'),
      want: ['2026-02-26', '2026-03-01', '2026-03-04', '2026-03-07'],
    },
    {
      name: 'daily on weekdays',
      rule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
      start: at('2026-03-05'),
      want: ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'],
    },
    {
      name: 'daily in December only',
      rule: 'FREQ=DAILY;BYMONTH=12',
      start: at('2026-12-30'),
      want: ['2026-12-30', '2026-12-31', '2027-12-01', '2027-12-02'],
    },
    {
      name: 'daily on Feb 29 only',
      rule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29',
      start: at('2024-02-29'),
      want: ['2024-02-29', '2028-02-29', '2032-02-29'],
    },
    {
      name: 'weekly on Monday',
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      start: at('2026-03-02'),
      want: ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'],
    },
    {
      name: 'weekly, no BYDAY: the start weekday, over a year end',
      rule: 'FREQ=WEEKLY',
      start: at('2026-12-29'),
      want: ['2026-12-29', '2027-01-05', '2027-01-12'],
    },
    {
      name: 'weekly Mon/Wed/Fri',
      rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      start: at('2026-03-04'),
      want: ['2026-03-04', '2026-03-06', '2026-03-09', '2026-03-11', '2026-03-13'],
    },
    {
      name: 'every 2 weeks Tue/Thu from a Thursday',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
      start: at('2026-01-08'),
      want: ['2026-01-08', '2026-01-20', '2026-01-22', '2026-02-03', '2026-02-05'],
    },
    {
      name: 'every 2 weeks on Monday from a Thursday: weeks count from the start week',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      start: at('2026-01-08'),
      want: ['2026-01-08', '2026-01-19', '2026-02-02', '2026-02-16'],
    },
    {
      name: 'every 2 weeks on Sunday, weeks from Monday',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU',
      start: at('2026-01-05'),
      want: ['2026-01-05', '2026-01-11', '2026-01-25', '2026-02-08'],
    },
    {
      name: 'every 2 weeks on Sunday, WKST=SU',
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU',
      start: at('2026-01-05'),
      want: ['2026-01-05', '2026-01-18', '2026-02-01', '2026-02-15'],
    },
    {
      name: 'weekly in January only',
      rule: 'FREQ=WEEKLY;BYMONTH=1;BYDAY=FR',
      start: at('2026-01-23'),
      want: ['2026-01-23', '2026-01-30', '2027-01-01', '2027-01-08'],
    },
    // Monthly
    {
      name: 'BYMONTHDAY=31 skips short months',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=31',
      start: at('2026-01-31'),
      want: ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31'],
    },
    {
      name: 'monthly from the 31st, no BYMONTHDAY, skips too',
      rule: 'FREQ=MONTHLY',
      start: at('2026-01-31'),
      want: ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31'],
    },
    {
      name: 'monthly from the 30th skips February',
      rule: 'FREQ=MONTHLY',
      start: at('2026-01-30'),
      want: ['2026-01-30', '2026-03-30', '2026-04-30'],
    },
    {
      name: 'last day of the month',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      start: at('2026-01-31'),
      want: ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    },
    {
      name: 'last day, leap February',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      start: at('2027-12-31'),
      want: ['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31'],
    },
    {
      name: 'second to last day',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=-2',
      start: at('2026-01-30'),
      want: ['2026-01-30', '2026-02-27', '2026-03-30'],
    },
    {
      name: 'every 2 months on the 1st',
      rule: 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1',
      start: at('2026-01-01'),
      want: ['2026-01-01', '2026-03-01', '2026-05-01', '2026-07-01'],
    },
    {
      name: 'the 1st and 15th',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=1,15',
      start: at('2026-01-15'),
      want: ['2026-01-15', '2026-02-01', '2026-02-15', '2026-03-01'],
    },
    {
      name: 'second Tuesday',
      rule: 'FREQ=MONTHLY;BYDAY=2TU',
      start: at('2026-01-13'),
      want: ['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12'],
    },
    {
      name: 'last Friday',
      rule: 'FREQ=MONTHLY;BYDAY=-1FR',
      start: at('2026-01-30'),
      want: ['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29'],
    },
    {
      name: 'fifth Monday: only months that have one',
      rule: 'FREQ=MONTHLY;BYDAY=5MO',
      start: at('2026-03-30'),
      want: ['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30'],
    },
    {
      name: 'first and third Wednesday',
      rule: 'FREQ=MONTHLY;BYDAY=1WE,3WE',
      start: at('2026-01-07'),
      want: ['2026-01-07', '2026-01-21', '2026-02-04', '2026-02-18'],
    },
    {
      name: 'last weekday of the month (BYSETPOS=-1)',
      rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      start: at('2026-01-30'),
      want: ['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29', '2026-06-30'],
    },
    {
      name: 'first weekday of the month (BYSETPOS=1)',
      rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      start: at('2026-02-02'),
      want: ['2026-02-02', '2026-03-02', '2026-04-01', '2026-05-01', '2026-06-01'],
    },
    {
      name: 'Friday the 13th (BYDAY limits BYMONTHDAY)',
      rule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
      start: at('2026-02-13'),
      want: ['2026-02-13', '2026-03-13', '2026-11-13', '2027-08-13'],
    },
    {
      name: 'quarterly on the last day',
      rule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
      start: at('2026-03-31'),
      want: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'],
    },
    // Yearly
    {
      name: 'yearly on Feb 29: leap years only',
      rule: 'FREQ=YEARLY',
      start: at('2024-02-29'),
      want: ['2024-02-29', '2028-02-29', '2032-02-29', '2036-02-29'],
    },
    {
      name: 'yearly on Feb 29 by parts, over 2100 (not leap)',
      rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      start: at('2096-02-29'),
      want: ['2096-02-29', '2104-02-29', '2108-02-29'],
    },
    {
      name: 'yearly on Dec 24',
      rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24',
      start: at('2026-12-24'),
      want: ['2026-12-24', '2027-12-24', '2028-12-24'],
    },
    {
      name: 'every 2 years',
      rule: 'FREQ=YEARLY;INTERVAL=2',
      start: at('2026-07-04'),
      want: ['2026-07-04', '2028-07-04', '2030-07-04'],
    },
    {
      name: 'last Sunday in March',
      rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      start: at('2026-03-29'),
      want: ['2026-03-29', '2027-03-28', '2028-03-26', '2029-03-25'],
    },
    {
      name: 'fourth Thursday in November',
      rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
      start: at('2026-11-26'),
      want: ['2026-11-26', '2027-11-25', '2028-11-23'],
    },
    {
      name: 'first Monday of the year',
      rule: 'FREQ=YEARLY;BYDAY=1MO',
      start: at('2026-01-05'),
      want: ['2026-01-05', '2027-01-04', '2028-01-03'],
    },
    {
      name: 'January and July on the start date',
      rule: 'FREQ=YEARLY;BYMONTH=1,7',
      start: at('2026-01-15'),
      want: ['2026-01-15', '2026-07-15', '2027-01-15', '2027-07-15'],
    },
    {
      name: 'yearly BYMONTHDAY alone: that day of every month',
      rule: 'FREQ=YEARLY;BYMONTHDAY=1',
      start: at('2026-11-01'),
      want: ['2026-11-01', '2026-12-01', '2027-01-01'],
    },
    {
      name: 'last weekday of the year',
      rule: 'FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      start: at('2026-12-31'),
      want: ['2026-12-31', '2027-12-31', '2028-12-29'],
    },
    // COUNT and UNTIL (inclusive)
    {
      name: 'COUNT=3',
      rule: 'FREQ=DAILY;COUNT=3',
      start: at('2026-01-01'),
      want: ['2026-01-01', '2026-01-02', '2026-01-03'],
    },
    {
      name: 'COUNT=4 on Tue/Thu',
      rule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4',
      start: at('2026-01-06'),
      want: ['2026-01-06', '2026-01-08', '2026-01-13', '2026-01-15'],
    },
    {
      name: 'COUNT counts skipped months not at all',
      rule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3',
      start: at('2026-01-31'),
      want: ['2026-01-31', '2026-03-31', '2026-05-31'],
    },
    {
      name: 'COUNT=1: the start only',
      rule: 'FREQ=YEARLY;COUNT=1',
      start: at('2026-05-01'),
      want: ['2026-05-01'],
    },
    {
      name: 'UNTIL a date, inclusive',
      rule: 'FREQ=DAILY;UNTIL=20260103',
      start: at('2026-01-01'),
      want: ['2026-01-01', '2026-01-02', '2026-01-03'],
    },
    {
      name: 'UNTIL a date, timed series: the whole day',
      rule: 'FREQ=DAILY;UNTIL=20260102',
      start: at('2026-01-01', '23:30'),
      zone: NY,
      want: ['2026-01-02T04:30:00.000Z', '2026-01-03T04:30:00.000Z'],
    },
    {
      name: 'UNTIL an instant, inclusive',
      rule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260316T090000Z',
      start: at('2026-03-02', '09:00'),
      zone: LON,
      want: ['2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z', '2026-03-16T09:00:00.000Z'],
    },
    {
      name: 'UNTIL an instant a second earlier',
      rule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260316T085959Z',
      start: at('2026-03-02', '09:00'),
      zone: LON,
      want: ['2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z'],
    },
    {
      name: 'UNTIL an instant, all-day series: its local date',
      rule: 'FREQ=DAILY;UNTIL=20260103T230000Z',
      start: at('2026-01-02'),
      zone: SYD,
      want: ['2026-01-02', '2026-01-03', '2026-01-04'],
    },
    {
      name: 'UNTIL before the start: nothing',
      rule: 'FREQ=DAILY;UNTIL=20251231',
      start: at('2026-01-01'),
      want: [],
    },
    // DST: wall times stay put
    {
      name: 'New York 09:00 over spring-forward',
      rule: 'FREQ=DAILY',
      start: at('2026-03-06', '09:00'),
      zone: NY,
      want: [
        '2026-03-06T14:00:00.000Z',
        '2026-03-07T14:00:00.000Z',
        '2026-03-08T13:00:00.000Z',
        '2026-03-09T13:00:00.000Z',
      ],
    },
    {
      name: 'New York 09:00 over fall-back',
      rule: 'FREQ=DAILY',
      start: at('2026-10-30', '09:00'),
      zone: NY,
      want: [
        '2026-10-30T13:00:00.000Z',
        '2026-10-31T13:00:00.000Z',
        '2026-11-01T14:00:00.000Z',
        '2026-11-02T14:00:00.000Z',
      ],
    },
    {
      name: 'New York 02:30 on the gap day is 03:30 that day only',
      rule: 'FREQ=DAILY',
      start: at('2026-03-07', '02:30'),
      zone: NY,
      want: [
        '2026-03-07T07:30:00.000Z',
        '2026-03-08T07:30:00.000Z',
        '2026-03-09T06:30:00.000Z',
        '2026-03-10T06:30:00.000Z',
      ],
    },
    {
      name: 'New York 01:30 on the fall-back day is the first 01:30',
      rule: 'FREQ=DAILY',
      start: at('2026-10-31', '01:30'),
      zone: NY,
      want: ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
    },
    {
      name: 'New York weekly Monday 09:00 over spring-forward',
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      start: at('2026-03-02', '09:00'),
      zone: NY,
      want: ['2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z', '2026-03-16T13:00:00.000Z'],
    },
    {
      name: 'London 09:00 over spring-forward',
      rule: 'FREQ=DAILY',
      start: at('2026-03-28', '09:00'),
      zone: LON,
      want: ['2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z'],
    },
    {
      name: 'London 09:00 over fall-back',
      rule: 'FREQ=DAILY',
      start: at('2026-10-24', '09:00'),
      zone: LON,
      want: ['2026-10-24T08:00:00.000Z', '2026-10-25T09:00:00.000Z', '2026-10-26T09:00:00.000Z'],
    },
    {
      name: 'London 01:30 on the gap day is 02:30 BST',
      rule: 'FREQ=DAILY',
      start: at('2026-03-28', '01:30'),
      zone: LON,
      want: ['2026-03-28T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-03-30T00:30:00.000Z'],
    },
    {
      name: 'London monthly on the last Sunday at 01:30',
      rule: 'FREQ=MONTHLY;BYDAY=-1SU',
      start: at('2026-02-22', '01:30'),
      zone: LON,
      want: ['2026-02-22T01:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-04-26T00:30:00.000Z'],
    },
    {
      name: 'Sydney 09:00 over spring-forward (October)',
      rule: 'FREQ=DAILY',
      start: at('2026-10-03', '09:00'),
      zone: SYD,
      want: ['2026-10-02T23:00:00.000Z', '2026-10-03T22:00:00.000Z', '2026-10-04T22:00:00.000Z'],
    },
    {
      name: 'Sydney 09:00 over fall-back (April)',
      rule: 'FREQ=DAILY',
      start: at('2026-04-04', '09:00'),
      zone: SYD,
      want: ['2026-04-03T22:00:00.000Z', '2026-04-04T23:00:00.000Z', '2026-04-05T23:00:00.000Z'],
    },
    {
      name: 'Sydney 02:30 on the gap day is 03:30 that day only',
      rule: 'FREQ=DAILY',
      start: at('2026-10-03', '02:30'),
      zone: SYD,
      want: ['2026-10-02T16:30:00.000Z', '2026-10-03T16:30:00.000Z', '2026-10-04T15:30:00.000Z'],
    },
  ];

  it.each(rows)('$name: $rule', ({ rule: text, start, zone, want }) => {
    // Series with an end are listed to it; open ones as far as the table goes.
    const n = /COUNT|UNTIL/.test(text) ? want.length + 3 : want.length;
    expect(sequence(text, start, zone ?? UTC, n)).toEqual(want);
  });

  it('gives the local date with each timed occurrence', () => {
    const list = listOccurrences(rule('FREQ=DAILY'), at('2026-10-03', '09:00'), SYD, 2);
    expect(list).toEqual([
      { date: '2026-10-03', at: '2026-10-02T23:00:00.000Z' },
      { date: '2026-10-04', at: '2026-10-03T22:00:00.000Z' },
    ]);
  });
});

describe('nextOccurrence: after, done and the end of a series', () => {
  const rows: {
    name: string;
    rule: string;
    start: LocalMoment;
    after: LocalMoment;
    zone?: string;
    done?: number;
    want: Occurrence | null;
  }[] = [
    {
      name: 'deep into a long daily series',
      rule: 'FREQ=DAILY',
      start: at('2000-01-01'),
      after: at('2026-05-05'),
      done: 9_622,
      want: { date: '2026-05-06' },
    },
    {
      name: 'every 7 days, years on',
      rule: 'FREQ=DAILY;INTERVAL=7',
      start: at('2000-01-01'),
      after: at('2026-05-05'),
      want: { date: '2026-05-09' },
    },
    {
      name: 'before the start: the start',
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      start: at('2026-03-02'),
      after: at('2026-01-01'),
      done: 0,
      want: { date: '2026-03-02' },
    },
    {
      name: 'a start off the rule still counts first',
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      start: at('2026-03-04'),
      after: at('2026-03-01'),
      want: { date: '2026-03-04' },
    },
    {
      name: 'timed, earlier the same day: today',
      rule: 'FREQ=DAILY',
      start: at('2026-01-01', '09:00'),
      after: at('2026-06-10', '08:00'),
      want: { date: '2026-06-10', at: '2026-06-10T09:00:00.000Z' },
    },
    {
      name: 'timed, at the occurrence: strictly after',
      rule: 'FREQ=DAILY',
      start: at('2026-01-01', '09:00'),
      after: at('2026-06-10', '09:00'),
      want: { date: '2026-06-11', at: '2026-06-11T09:00:00.000Z' },
    },
    {
      name: 'timed series, after a whole day',
      rule: 'FREQ=DAILY',
      start: at('2026-01-01', '09:00'),
      after: at('2026-06-10'),
      want: { date: '2026-06-11', at: '2026-06-11T09:00:00.000Z' },
    },
    {
      name: 'all-day series, after a time: the next day',
      rule: 'FREQ=DAILY',
      start: at('2026-01-01'),
      after: at('2026-06-10', '00:00'),
      want: { date: '2026-06-11' },
    },
    {
      name: 'timed, after the shifted gap occurrence',
      rule: 'FREQ=DAILY',
      start: at('2026-03-01', '02:30'),
      after: at('2026-03-08', '03:30'),
      zone: NY,
      want: { date: '2026-03-09', at: '2026-03-09T06:30:00.000Z' },
    },
    {
      name: 'COUNT reached',
      rule: 'FREQ=DAILY;COUNT=3',
      start: at('2026-01-01'),
      after: at('2026-01-03'),
      done: 3,
      want: null,
    },
    {
      name: 'COUNT honoured through done',
      rule: 'FREQ=DAILY;COUNT=3',
      start: at('2026-01-01'),
      after: at('2026-01-02'),
      done: 2,
      want: { date: '2026-01-03' },
    },
    {
      name: 'past UNTIL',
      rule: 'FREQ=DAILY;UNTIL=20260103',
      start: at('2026-01-01'),
      after: at('2026-01-03'),
      want: null,
    },
    {
      name: 'a rule that never fits again',
      rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      start: at('2026-02-01'),
      after: at('2026-02-01'),
      want: null,
    },
    {
      name: 'every 12 months on the 31st from April: never',
      rule: 'FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31',
      start: at('2026-04-30'),
      after: at('2026-04-30'),
      want: null,
    },
    {
      name: 'a fifth Monday that BYSETPOS=6 never reaches',
      rule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6',
      start: at('2026-01-01'),
      after: at('2026-01-01'),
      want: null,
    },
  ];

  it.each(rows)('$name', ({ rule: text, start, after, zone, done, want }) => {
    expect(nextOccurrence(rule(text), start, after, zone ?? UTC, done ?? 1)).toEqual(want);
  });

  it('refuses malformed moments', () => {
    expect(() => nextOccurrence(rule('FREQ=DAILY'), at('2026-02-30'), at('2026-03-01'), UTC, 1)).toThrow(
      RangeError,
    );
    expect(() =>
      nextOccurrence(rule('FREQ=DAILY'), at('2026-02-01', '24:00'), at('2026-03-01'), UTC, 1),
    ).toThrow(/HH:MM/);
  });

  it('is fast deep into long series: no day-by-day walk from the start', () => {
    const daily = rule('FREQ=DAILY');
    const weekdays = rule('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR');
    const began = performance.now();
    for (let i = 0; i < 500; i++) {
      const after = formatDay(dayOf(2030, 1, 1) + i);
      nextOccurrence(daily, at('1990-01-01'), at(after), UTC, 1);
      nextOccurrence(weekdays, at('1990-01-01', '09:00'), at(after, '10:00'), NY, 1);
    }
    // Each call is microseconds; the bound is loose so that a loaded CI machine does not flake.
    expect(performance.now() - began).toBeLessThan(2_000);
  });
});

describe('nextOccurrenceFromCompletion', () => {
  const rows: {
    name: string;
    rule: string;
    completedAt: string;
    time?: string;
    zone: string;
    done?: number;
    want: Occurrence | null;
  }[] = [
    {
      name: 'every 3 days from the day it was done',
      rule: 'FREQ=DAILY;INTERVAL=3',
      completedAt: '2026-03-05T12:00:00Z',
      zone: UTC,
      want: { date: '2026-03-08' },
    },
    {
      name: 'the local date of completion counts (Sydney is a day ahead)',
      rule: 'FREQ=DAILY;INTERVAL=3',
      completedAt: '2026-03-05T22:00:00Z',
      zone: SYD,
      want: { date: '2026-03-09' },
    },
    {
      name: 'keeps the series wall time across DST',
      rule: 'FREQ=DAILY;INTERVAL=3',
      completedAt: '2026-03-05T15:00:00Z',
      time: '09:00',
      zone: NY,
      want: { date: '2026-03-08', at: '2026-03-08T13:00:00.000Z' },
    },
    {
      name: 'weekly on Monday, done on a Wednesday',
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      completedAt: '2026-03-04T10:00:00Z',
      zone: LON,
      want: { date: '2026-03-09' },
    },
    {
      name: 'weekly with no day: a week after',
      rule: 'FREQ=WEEKLY',
      completedAt: '2026-03-04T10:00:00Z',
      zone: LON,
      want: { date: '2026-03-11' },
    },
    {
      name: 'monthly from Jan 31 skips February, as fixed series do',
      rule: 'FREQ=MONTHLY',
      completedAt: '2026-01-31T10:00:00Z',
      zone: UTC,
      want: { date: '2026-03-31' },
    },
    {
      name: 'COUNT reached',
      rule: 'FREQ=DAILY;INTERVAL=2;COUNT=4',
      completedAt: '2026-03-05T12:00:00Z',
      zone: UTC,
      done: 4,
      want: null,
    },
    {
      name: 'past UNTIL',
      rule: 'FREQ=DAILY;INTERVAL=7;UNTIL=20260310',
      completedAt: '2026-03-05T12:00:00Z',
      zone: UTC,
      want: null,
    },
  ];

  it.each(rows)('$name', ({ rule: text, completedAt, time, zone, done, want }) => {
    expect(nextOccurrenceFromCompletion(rule(text), completedAt, time, zone, done ?? 1)).toEqual(want);
  });
});

describe('parseRule', () => {
  const valid: [string, string][] = [
    ['FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=MO'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=MO'],
    ['freq=weekly;byday=fr,mo', 'FREQ=WEEKLY;BYDAY=MO,FR'],
    ['FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1,1,1', 'FREQ=MONTHLY;BYMONTHDAY=1,-1'],
    ['COUNT=5;FREQ=DAILY;', 'FREQ=DAILY;COUNT=5'],
    ['FREQ=WEEKLY;WKST=MO;INTERVAL=2', 'FREQ=WEEKLY;INTERVAL=2'],
    ['FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=SU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;WKST=SU'],
    ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR,TH,WE,TU,MO', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['FREQ=YEARLY;BYDAY=20MO', 'FREQ=YEARLY;BYDAY=20MO'],
    ['FREQ=DAILY;UNTIL=20270101T090000Z', 'FREQ=DAILY;UNTIL=20270101T090000Z'],
    ['  FREQ=YEARLY;BYMONTHDAY=24;BYMONTH=12  ', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24'],
  ];
  it.each(valid)('reads %s as %s', (text, normalized) => {
    const parsed = parseRule(text);
    expect(parsed.ok && parsed.normalized).toBe(normalized);
  });

  it('reads the rules quick add writes, unchanged', () => {
    const now = new Date('2026-11-18T10:00:00.000Z');
    for (const line of [
      'Pay rent every month on the 1st',
      'Standup every weekday at 9am',
      'Gym every 2 weeks on monday and thursday',
      'Report every month on the last day',
      'Cards every year on dec 24',
      'Water plants daily',
      'Review every 3 months',
    ]) {
      const rrule = parseQuickAdd(line, { now, timeZone: UTC }).recurrence;
      expect(rrule, line).not.toBeNull();
      const parsed = parseRule(rrule!);
      expect(parsed.ok && parsed.normalized, line).toBe(rrule);
    }
  });

  const invalid: [string, RegExp][] = [
    ['', /needs FREQ/],
    ['BYDAY=MO', /needs FREQ/],
    ['FREQ=HOURLY', /FREQ=HOURLY is not supported/],
    ['FREQ=FORTNIGHTLY', /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=DAILY;FOO=1', /Unknown part "FOO"/],
    ['FREQ=DAILY;BYHOUR=9', /BYHOUR is not supported/],
    ['FREQ=YEARLY;BYWEEKNO=20', /BYWEEKNO is not supported/],
    ['FREQ=DAILY;FREQ=WEEKLY', /FREQ is given twice/],
    ['FREQ=DAILY;INTERVAL', /"INTERVAL" is not a NAME=VALUE part/],
    ['FREQ=DAILY;INTERVAL=', /INTERVAL has no value/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be 1 to 999, not "0"/],
    ['FREQ=DAILY;INTERVAL=1000', /INTERVAL must be 1 to 999/],
    ['FREQ=DAILY;INTERVAL=two', /INTERVAL must be/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be 1 to 10000/],
    ['FREQ=DAILY;COUNT=99999', /COUNT must be 1 to 10000/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', /COUNT and UNTIL cannot both be given/],
    ['FREQ=DAILY;UNTIL=2027-01-01', /UNTIL must be a date \(YYYYMMDD\) or a UTC time/],
    ['FREQ=DAILY;UNTIL=20270101T090000', /UNTIL must be a date/],
    ['FREQ=DAILY;UNTIL=20270230', /UNTIL is not a real date or time/],
    ['FREQ=WEEKLY;BYDAY=2MO', /BYDAY ordinals \(2MO\) need FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=DAILY;BYDAY=-1FR', /BYDAY ordinals \(-1FR\) need/],
    ['FREQ=MONTHLY;BYDAY=6MO', /BYDAY ordinal 6 is out of range within a month/],
    ['FREQ=YEARLY;BYDAY=54MO', /A BYDAY ordinal must be 1 to 53/],
    ['FREQ=MONTHLY;BYDAY=0MO', /A BYDAY ordinal must be/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY values are MO, TU/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY must be 1 to 31 or -1 to -31, not "32"/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY must be/],
    ['FREQ=MONTHLY;BYMONTHDAY=1,,2', /BYMONTHDAY has an empty value/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH must be 1 to 12, not "13"/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs another BY part/],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', /BYSETPOS must be/],
    ['FREQ=WEEKLY;WKST=XX', /WKST must be one of/],
    [
      `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: 32 }, (_, i) => (i % 2 ? i : -i - 1)).join(',')}`,
      /at most 31 values/,
    ],
    [`FREQ=DAILY;${'X'.repeat(250)}`, /at most 256 characters/],
  ];
  it.each(invalid)('refuses %s', (text, error) => {
    const parsed = parseRule(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('describeRule', () => {
  const rows: [string, string][] = [
    ['FREQ=WEEKLY;BYDAY=MO', 'every week on Monday'],
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1', 'every 2 months on the 1st'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['FREQ=DAILY;COUNT=5', 'daily, 5 times'],
    ['FREQ=DAILY;UNTIL=20270101', 'daily, until 2027-01-01'],
    ['FREQ=DAILY;INTERVAL=3', 'every 3 days'],
    ['FREQ=WEEKLY', 'weekly'],
    ['FREQ=YEARLY;COUNT=1', 'yearly, once'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR', 'every 2 weeks on weekdays'],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270101T120000Z',
      'every 2 weeks on Tuesday and Thursday, until 2027-01-01 12:00 UTC',
    ],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'every week on Monday, Wednesday and Friday'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'every month on the last day'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15,-1', 'every month on the 1st, 15th and last day'],
    ['FREQ=MONTHLY;BYMONTHDAY=-2', 'every month on the 2nd-to-last day'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', 'every month on the 22nd'],
    ['FREQ=MONTHLY;BYDAY=2TU', 'every month on the 2nd Tuesday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Friday'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'every month on the last weekday'],
    ['FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1', 'every month on the 1st weekend day'],
    ['FREQ=MONTHLY;BYDAY=MO,FR;BYSETPOS=1,-1', 'every month on the 1st and last Monday or Friday'],
    ['FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR', 'every month on the 13th if a Friday'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24', 'every year on December 24'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'every year on the last Sunday in March'],
    ['FREQ=YEARLY;INTERVAL=2;BYMONTH=1,7', 'every 2 years in January and July'],
    ['FREQ=DAILY;BYMONTH=12', 'every day in December'],
    [
      'FREQ=MONTHLY;BYMONTHDAY=11,12,13;BYSETPOS=1',
      'every month on the 11th, 12th and 13th (only the 1st of those)',
    ],
  ];
  it.each(rows)('%s -> %s', (text, words) => {
    expect(describeRule(rule(text))).toBe(words);
    expect(describeRule(rule(text), { detail: 'full' })).toBe(words);
  });

  it('has short forms, for the web list (how often) and the assistant (naming plain days)', () => {
    const often = (text: string) => describeRuleText(text, { detail: 'frequency' });
    const days = (text: string) => describeRuleText(text, { detail: 'days' });
    expect(often('FREQ=WEEKLY;BYDAY=MO')).toBe('every week');
    expect(often('RRULE:FREQ=DAILY;INTERVAL=3;COUNT=10')).toBe('every 3 days');
    expect(often('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('every weekday');
    expect(often('FREQ=HOURLY')).toBe('on a custom schedule');
    expect(days('FREQ=WEEKLY;BYDAY=MO,FR')).toBe('every Monday, Friday');
    expect(days('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBe('every 2 weeks');
    expect(days('FREQ=MONTHLY;BYDAY=1MO')).toBe('every month');
  });
});

// ---------------------------------------------------------------------------------------------
// Property run: random valid rules against a day-by-day reference of what each rule part means.

const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function randomRuleText(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], most: number): T[] => {
    const n = 1 + Math.floor(random() * most);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
  const parts = [`FREQ=${freq}`];
  if (random() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(random() * 4)}`);
  const byMonth = random() < (freq === 'YEARLY' ? 0.5 : 0.15);
  if (byMonth) parts.push(`BYMONTH=${some([1, 2, 3, 6, 9, 11, 12], 3).join(',')}`);
  let by = byMonth;
  if (freq !== 'WEEKLY' && random() < 0.35) {
    parts.push(`BYMONTHDAY=${some([1, 2, 13, 15, 28, 29, 30, 31, -1, -2, -7], 3).join(',')}`);
    by = true;
  }
  if (random() < 0.5) {
    const ordinals =
      freq === 'MONTHLY' || (freq === 'YEARLY' && byMonth)
        ? [1, 2, 3, 4, 5, -1, -2]
        : freq === 'YEARLY'
          ? [1, 2, 10, 52, 53, -1, -53]
          : [];
    const days = some(CODES, 4).map((d) =>
      ordinals.length > 0 && random() < 0.5 ? `${pick(ordinals)}${d}` : d,
    );
    parts.push(`BYDAY=${days.join(',')}`);
    by = true;
  }
  if (by && random() < 0.3) parts.push(`BYSETPOS=${some([1, 2, -1, -2, 3], 2).join(',')}`);
  if (freq === 'WEEKLY' && random() < 0.3) parts.push(`WKST=${pick(CODES)}`);
  const end = random();
  if (end < 0.2) parts.push(`COUNT=${1 + Math.floor(random() * 6)}`);
  else if (end < 0.35)
    parts.push(`UNTIL=20${27 + Math.floor(random() * 3)}0${1 + Math.floor(random() * 9)}15`);
  // Parts in a random order: the parser must not care.
  const [first, ...rest] = parts;
  return [first, ...rest.sort(() => random() - 0.5)].join(';');
}

/**
 * Does `day` fit every rule part except BYSETPOS, for a series anchored at `startDay` (which gives
 * the interval's phase and the defaults)? The reference reads each part on its own, day by day.
 */
function fitsParts(r: Rule, startDay: number, day: number): boolean {
  const s = partsOf(startDay);
  const d = partsOf(day);
  const wkst = weekdayNumber(r.wkst ?? 'MO');
  const weekStart = (x: number) => x - ((weekdayOf(x) - wkst + 7) % 7);
  const step = {
    DAILY: day - startDay,
    WEEKLY: (weekStart(day) - weekStart(startDay)) / 7,
    MONTHLY: d.year * 12 + d.month - (s.year * 12 + s.month),
    YEARLY: d.year - s.year,
  }[r.freq];
  if (step % r.interval !== 0) return false;
  const length = daysInMonth(d.year, d.month);
  if (r.byMonth && !r.byMonth.includes(d.month)) return false;
  if (!r.byMonth && !r.byMonthDay && !r.byDay && r.freq === 'YEARLY' && d.month !== s.month) return false;
  if (r.byMonthDay) {
    if (!r.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === d.date)) return false;
  } else if (!r.byDay && (r.freq === 'MONTHLY' || r.freq === 'YEARLY') && d.date !== s.date) return false;
  if (r.byDay) {
    const inMonth = r.freq === 'MONTHLY' || (r.freq === 'YEARLY' && r.byMonth !== undefined);
    const scopeStart = inMonth ? dayOf(d.year, d.month, 1) : dayOf(d.year, 1, 1);
    const scopeLength = inMonth ? length : dayOf(d.year + 1, 1, 1) - scopeStart;
    const index = day - scopeStart;
    const fits = r.byDay.some((b) => {
      if (weekdayNumber(b.weekday) !== weekdayOf(day)) return false;
      if (b.ordinal === undefined) return true;
      return b.ordinal > 0
        ? Math.floor(index / 7) + 1 === b.ordinal
        : Math.floor((scopeLength - 1 - index) / 7) + 1 === -b.ordinal;
    });
    if (!fits) return false;
  } else if (r.freq === 'WEEKLY' && weekdayOf(day) !== weekdayOf(startDay)) return false;
  return true;
}

/**
 * The reference: a day after the start that fits every part, then BYSETPOS over its whole period
 * (days before the start still count for positions; only the result is limited to the start on).
 * Period sets are kept per rule, so that scanning day by day stays quick.
 */
function reference(r: Rule, startDay: number): (day: number) => boolean {
  const periods = new Map<number, Set<number>>();
  return (day) => {
    if (day <= startDay) return day === startDay;
    if (!r.bySetPos) return fitsParts(r, startDay, day);
    const d = partsOf(day);
    const weekStart = day - ((weekdayOf(day) - weekdayNumber(r.wkst ?? 'MO') + 7) % 7);
    const [from, to] = {
      DAILY: [day, day],
      WEEKLY: [weekStart, weekStart + 6],
      MONTHLY: [dayOf(d.year, d.month, 1), dayOf(d.year, d.month, daysInMonth(d.year, d.month))],
      YEARLY: [dayOf(d.year, 1, 1), dayOf(d.year, 12, 31)],
    }[r.freq] as [number, number];
    let picked = periods.get(from);
    if (!picked) {
      const set: number[] = [];
      for (let x = from; x <= to; x++) if (fitsParts(r, startDay, x)) set.push(x);
      picked = new Set(
        r.bySetPos.map((p) => set[p > 0 ? p - 1 : set.length + p]!).filter((x) => x !== undefined),
      );
      periods.set(from, picked);
    }
    return picked.has(day);
  };
}

function untilDay(r: Rule): number | null {
  if (!r.until) return null;
  return dayOf(Number(r.until.slice(0, 4)), Number(r.until.slice(4, 6)), Number(r.until.slice(6, 8)));
}

describe('property: random rules against a day-by-day reference', () => {
  const random = mulberry32(20_261_118);
  const zones = [UTC, NY, LON, SYD];
  const times = [undefined, '09:00', '02:30', '01:30', '23:45', '00:00'];
  const cases = Array.from({ length: 400 }, (_, i) => {
    const text = randomRuleText(random);
    const start = formatDay(dayOf(2026, 1, 1) + Math.floor(random() * 730));
    const time = times[Math.floor(random() * times.length)];
    const zone = zones[Math.floor(random() * zones.length)]!;
    return { i, text, start, time, zone };
  });

  it.each(cases)('#$i $text from $start $time in $zone', ({ text, start, time, zone }) => {
    const parsed = parseRule(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const r = parsed.rule;
    // The normalized text means the same rule.
    const again = parseRule(parsed.normalized);
    expect(again.ok && again.rule).toEqual(r);
    expect(describeRule(r).length).toBeGreaterThan(0);

    const startDay = dayOf(Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10)));
    const referenceFits = reference(r, startDay);
    const list = listOccurrences(r, at(start, time), zone, 6);
    const days = list.map((o) =>
      dayOf(Number(o.date.slice(0, 4)), Number(o.date.slice(5, 7)), Number(o.date.slice(8, 10))),
    );
    const limit = untilDay(r);

    // The start first; then strictly increasing, in dates and in instants.
    if (limit === null || startDay <= limit) expect(list[0]?.date).toBe(start);
    for (let k = 1; k < list.length; k++) {
      expect(days[k]!).toBeGreaterThan(days[k - 1]!);
      if (time) expect(Date.parse(list[k]!.at!)).toBeGreaterThan(Date.parse(list[k - 1]!.at!));
    }
    if (r.count !== undefined) expect(list.length).toBeLessThanOrEqual(r.count);
    if (limit !== null) for (const d of days) expect(d).toBeLessThanOrEqual(limit);

    // Every occurrence after the start fits the rule, and none is missed in between.
    const missed: string[] = [];
    for (let k = 1; k < days.length; k++) {
      expect(referenceFits(days[k]!), list[k]!.date).toBe(true);
      for (let d = days[k - 1]! + 1; d < days[k]!; d++) if (referenceFits(d)) missed.push(formatDay(d));
    }
    // A series that stopped early stopped for a reason: COUNT, UNTIL, or nothing for a good while.
    if (list.length < 6 && list.length !== r.count) {
      const last = days.at(-1) ?? startDay;
      const end = Math.min(limit ?? Number.POSITIVE_INFINITY, last + 3 * 366);
      for (let d = last + 1; d <= end; d++) if (referenceFits(d)) missed.push(formatDay(d));
    }

    expect(missed).toEqual([]);

    // Timed series keep the start's wall time, or move forward by a DST gap (an hour in these zones).
    if (time) {
      for (const o of list) {
        const local = localMoment(o.at!, zone);
        expect(local.date).toBe(o.date);
        const [h, m] = time.split(':').map(Number) as [number, number];
        const shift = Number(local.time.slice(0, 2)) * 60 + Number(local.time.slice(3)) - (h * 60 + m);
        expect([0, 60]).toContain(shift);
      }
    }
  });
});
