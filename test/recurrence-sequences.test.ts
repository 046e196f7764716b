// Recurring tasks, next occurrences as tables of expected sequences: month ends, leap days, ordinals,
// BYSETPOS, COUNT/UNTIL and DST in three zones. Pure unit tests: no server, no database.
import { describe, expect, it } from 'vitest';
import { type LocalMoment, listOccurrences, parseRule, type Rule } from '#shared/recurrence/index.js';

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
