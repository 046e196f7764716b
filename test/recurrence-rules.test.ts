// Recurring tasks, the rest of the rule API: the next occurrence after a moment, done and the end of a
// series, from a completion; parseRule (valid and refused rules) and describeRule. Pure unit tests.
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import {
  describeRule,
  describeRuleText,
  type LocalMoment,
  nextOccurrence,
  nextOccurrenceFromCompletion,
  type Occurrence,
  parseRule,
  type Rule,
} from '#shared/recurrence/index.js';
import { dayOf, formatDay } from '#shared/time/days.js';

const UTC = 'UTC';
const NY = 'America/New_York';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';

function rule(text: string): Rule {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.rule;
}

function at(date: string, time?: string): LocalMoment {
  return time === undefined ? { date } : { date, time };
}

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

describe('FREQ=HOURLY: every N hours of elapsed time', () => {
  it('steps from the start, across a DST change by the hours that pass', () => {
    // New York springs forward on 2027-03-14: 19:00 + 12 h is 08:00 local the next morning.
    const twelve = rule('FREQ=HOURLY;INTERVAL=12');
    const start = at('2027-03-13', '19:00');
    const first = nextOccurrence(twelve, start, at('2027-03-13', '18:00'), NY, 0);
    expect(first).toEqual({ date: '2027-03-13', at: '2027-03-14T00:00:00.000Z' });
    const second = nextOccurrence(twelve, start, at('2027-03-13', '19:00'), NY, 1);
    expect(second).toEqual({ date: '2027-03-14', at: '2027-03-14T12:00:00.000Z' });
  });
  it('honours COUNT and UNTIL', () => {
    expect(
      nextOccurrence(
        rule('FREQ=HOURLY;COUNT=2'),
        at('2026-05-01', '09:00'),
        at('2026-05-01', '10:00'),
        UTC,
        2,
      ),
    ).toBeNull();
    const until = rule('FREQ=HOURLY;INTERVAL=6;UNTIL=20260501T150000Z');
    expect(nextOccurrence(until, at('2026-05-01', '09:00'), at('2026-05-01', '09:00'), UTC, 1)).toEqual({
      date: '2026-05-01',
      at: '2026-05-01T15:00:00.000Z',
    });
    expect(nextOccurrence(until, at('2026-05-01', '09:00'), at('2026-05-01', '15:00'), UTC, 2)).toBeNull();
  });
  it('is read from quick add with its first time', () => {
    const parsed = parseQuickAdd('Medication every 12 hours starting at 7pm', {
      now: new Date('2026-11-28T05:00:00Z'),
      timeZone: 'Asia/Karachi',
    });
    expect(parsed).toMatchObject({
      title: 'Medication',
      recurrence: 'FREQ=HOURLY;INTERVAL=12',
      due_at: '2026-11-28T14:00:00.000Z',
    });
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
    {
      name: 'every 8 hours: that long after the completion, to the minute',
      rule: 'FREQ=HOURLY;INTERVAL=8',
      completedAt: '2026-03-05T12:34:56Z',
      time: '09:00',
      zone: UTC,
      want: { date: '2026-03-05', at: '2026-03-05T20:34:00.000Z' },
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
    ['FREQ=MINUTELY', /FREQ=MINUTELY is not supported/],
    ['FREQ=HOURLY;BYDAY=MO', /BYDAY is not supported with FREQ=HOURLY/],
    ['FREQ=FORTNIGHTLY', /FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY/],
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
    expect(often('FREQ=HOURLY;INTERVAL=12')).toBe('every 12 hours');
    expect(describeRuleText('FREQ=HOURLY')).toBe('hourly');
    expect(often('FREQ=SECONDLY')).toBe('on a custom schedule');
    expect(days('FREQ=WEEKLY;BYDAY=MO,FR')).toBe('every Monday, Friday');
    expect(days('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBe('every 2 weeks');
    expect(days('FREQ=MONTHLY;BYDAY=1MO')).toBe('every month');
  });
});
