import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import {
  addMonths,
  blocksOf,
  localeFirstDay,
  place,
  rangeOf,
  rescheduleFor,
  stepAnchor,
  weekStartOf,
} from './calendar';

describe('the days a calendar shows', () => {
  it('a week starts on the locale’s first day; a month covers whole weeks', () => {
    // Thursday 2026-11-26.
    expect(weekStartOf('2026-11-26', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-26', 0)).toBe('2026-11-22');
    expect(weekStartOf('2026-11-23', 1)).toBe('2026-11-23');
    const week = rangeOf('week', '2026-11-26', 1);
    expect(week.days).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(week.end).toBe('2026-11-30');
    // November 2026 starts on a Sunday: Monday weeks need six rows, Sunday weeks five.
    const monday = rangeOf('month', '2026-11-26', 1);
    expect([monday.start, monday.days.length, monday.days.at(-1)]).toEqual(['2026-10-26', 42, '2026-12-06']);
    const sunday = rangeOf('month', '2026-11-26', 0);
    expect([sunday.start, sunday.days.length, sunday.days.at(-1)]).toEqual(['2026-11-01', 35, '2026-12-05']);
    // February 2027 starts on a Monday and has 28 days: four rows exactly.
    expect(rangeOf('month', '2027-02-10', 1).days.length).toBe(28);
  });

  it('steps by a week or to the first of the next month, across years', () => {
    expect(stepAnchor('week', '2026-12-28', 1)).toBe('2027-01-04');
    expect(stepAnchor('month', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepAnchor('month', '2027-01-15', -1)).toBe('2026-12-01');
    expect(addMonths('2026-03-31', -14)).toBe('2025-01-01');
  });

  it('reads the first day of the week from the language', () => {
    expect(localeFirstDay('en-US')).toBe(0);
    expect(localeFirstDay('en-GB')).toBe(1);
    expect(localeFirstDay('not a language')).toBe(1);
    // Urdu weeks start on Sunday, as CLDR (and so Intl) has it for Pakistan.
    expect(localeFirstDay('ur')).toBe(0);
    expect(localeFirstDay('ur-PK')).toBe(0);
  });

  it('knows the first day without Intl week info (Firefox), from the region or the likely one', () => {
    const proto = Intl.Locale.prototype as object;
    const saved = ['weekInfo', 'getWeekInfo'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
    );
    for (const [name] of saved) Reflect.deleteProperty(proto, name);
    try {
      expect(localeFirstDay('ur')).toBe(0);
      expect(localeFirstDay('en')).toBe(0);
      expect(localeFirstDay('en-GB')).toBe(1);
      expect(localeFirstDay('fa-IR')).toBe(6);
      expect(localeFirstDay('de')).toBe(1);
    } finally {
      for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(proto, name, descriptor);
    }
    expect(localeFirstDay('en-GB')).toBe(1);
  });
});

describe('where tasks sit', () => {
  const week = rangeOf('week', '2026-11-26', 1);

  it('on their due day in the account’s zone, all-day first, then by time', () => {
    const placed = place(
      [
        // 23:30 UTC on the 25th is 04:30 on the 26th in Karachi.
        task(1, 'Late call', { due_at: '2026-11-25T23:30:00Z' }),
        task(2, 'Pay rent', { due_date: '2026-11-26' }),
        task(3, 'Lunch', { due_at: '2026-11-26T07:00:00Z' }),
        task(4, 'Undated'),
        task(5, 'Next week', { due_date: '2026-11-30' }),
      ],
      week,
      'Asia/Karachi',
    );
    expect(placed.get('2026-11-26')?.map((p) => [p.task.title, p.time])).toEqual([
      ['Pay rent', undefined],
      ['Late call', '04:30'],
      ['Lunch', '12:00'],
    ]);
    expect([...placed.keys()]).toEqual(['2026-11-26']);
  });

  it('a series on its due day and its next occurrences in the range, projected; from completion only where due', () => {
    const placed = place(
      [
        task(1, 'Stretch', { due_date: '2026-11-20', recurrence: 'FREQ=DAILY' }),
        task(2, 'Standup', {
          due_at: '2026-11-24T09:00:00Z',
          recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
        }),
        task(3, 'Water plants', {
          due_date: '2026-11-24',
          recurrence: 'FREQ=DAILY',
          recurrence_from: 'completion',
        }),
        task(4, 'Short', { due_date: '2026-11-23', recurrence: 'FREQ=DAILY;UNTIL=20261125' }),
      ],
      week,
      'UTC',
    );
    const on = (day: string) =>
      (placed.get(day) ?? []).map((p) => `${p.task.title}${p.projected ? '*' : ''}`);
    expect(on('2026-11-23')).toEqual(['Stretch*', 'Short']);
    expect(on('2026-11-24')).toEqual(['Stretch*', 'Water plants', 'Short*', 'Standup']);
    expect(on('2026-11-26')).toEqual(['Stretch*', 'Standup*']);
    expect(on('2026-11-29')).toEqual(['Stretch*']);
    expect(placed.get('2026-11-26')?.find((p) => p.task.id === 2)?.time).toBe('09:00');
    expect(on('2026-11-25')).toEqual(['Stretch*', 'Short*']);
  });

  it('a daily series due years ago still reaches the range', () => {
    const placed = place(
      [task(1, 'Old habit', { due_date: '2024-01-01', recurrence: 'FREQ=DAILY' })],
      week,
      'UTC',
    );
    expect([...placed.keys()].length).toBe(7);
  });
});

describe('what a drop means', () => {
  it('a timed task keeps its wall time on another day, across a DST change', () => {
    // 09:00 in Paris on Saturday 2027-03-27 (UTC+1); the 29th is in summer time (UTC+2).
    const timed = task(1, 'Call', { due_at: '2027-03-27T08:00:00Z' });
    expect(rescheduleFor(timed, { day: '2027-03-29' }, 'Europe/Paris')).toEqual({
      due_at: '2027-03-29T07:00:00.000Z',
      due_date: null,
    });
  });

  it('an all-day or undated task becomes all-day on the day; a time makes it timed; the same place is no change', () => {
    const allDay = task(1, 'Rent', { due_date: '2026-11-26' });
    expect(rescheduleFor(allDay, { day: '2026-11-28' }, 'UTC')).toEqual({
      due_date: '2026-11-28',
      due_at: null,
    });
    expect(rescheduleFor(task(2, 'Someday'), { day: '2026-11-28' }, 'UTC')).toEqual({
      due_date: '2026-11-28',
      due_at: null,
    });
    expect(rescheduleFor(allDay, { day: '2026-11-27', time: '14:30' }, 'Asia/Karachi')).toEqual({
      due_at: '2026-11-27T09:30:00.000Z',
      due_date: null,
    });
    expect(rescheduleFor(allDay, { day: '2026-11-26' }, 'UTC')).toBeNull();
    const timed = task(3, 'Call', { due_at: '2026-11-26T10:00:00Z' });
    expect(rescheduleFor(timed, { day: '2026-11-26' }, 'UTC')).toBeNull();
    expect(rescheduleFor(timed, { day: '2026-11-26', time: '10:00' }, 'UTC')).toBeNull();
  });
});

describe('blocks in the week view', () => {
  const at = (id: number, time: string, duration: number | null = null, day = '2026-11-26') => ({
    key: `${id}`,
    task: task(id, `T${id}`, { due_at: `${day}T${time}:00Z`, duration }),
    day,
    time,
    projected: false,
  });

  it('a timed task covers its duration in half-hour slots, from its minute in its slot', () => {
    const blocks = blocksOf([at(1, '09:00', 90), at(2, '14:10', 45), at(3, '16:00')]);
    expect(blocks.get('1')).toEqual({ offset: 0, span: 3, lane: 0, lanes: 1 });
    expect(blocks.get('2')).toEqual({ offset: 1 / 3, span: 1.5, lane: 0, lanes: 1 });
    // No duration: one slot, as before.
    expect(blocks.get('3')).toEqual({ offset: 0, span: 1, lane: 0, lanes: 1 });
  });

  it('ends with the day, and overlapping tasks sit side by side', () => {
    expect(blocksOf([at(1, '23:00', 180)]).get('1')?.span).toBe(2);
    const blocks = blocksOf([
      at(1, '09:00', 120),
      at(2, '09:30', 30),
      at(3, '10:00', 30),
      at(4, '12:00', 60),
    ]);
    expect(blocks.get('1')).toMatchObject({ lane: 0, lanes: 2 });
    expect(blocks.get('2')).toMatchObject({ lane: 1, lanes: 2 });
    // 10:00 starts when 09:30 ends: the same lane.
    expect(blocks.get('3')).toMatchObject({ lane: 1, lanes: 2 });
    // After the run: alone again.
    expect(blocks.get('4')).toMatchObject({ lane: 0, lanes: 1 });
  });
});
