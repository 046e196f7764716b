// The calendar's arithmetic, free of React: which days a week or a month shows, where each task sits
// (its due day, at its time in the week view), a series' next occurrences, and what a drop means.
import { listOccurrences, localMoment, parseRule } from '#shared/recurrence/index.js';
import type { Task } from '../api/types';
import { dayIn, daysBetween, instantIn, wallTimeIn } from '../tasks/due';

export type CalendarMode = 'week' | 'month';

/** Sunday 0 … Saturday 6, as Date.getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;

/** A day (YYYY-MM-DD) moved by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() as Weekday;

/** The first day of the week holding `day`. */
export function weekStartOf(day: string, firstDay: Weekday): string {
  return addDays(day, -((weekdayOf(day) - firstDay + 7) % 7));
}

// Regions whose weeks start on Sunday or Saturday (CLDR's weekData; every other starts on Monday),
// for browsers whose Intl.Locale has no week info (Firefox): the region of the tag, else its
// likely region ("ur" is ur-Arab-PK, "en" en-Latn-US).
const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_FIRST = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/**
 * The first day of a week in a language (the app's, else the browser's): from Intl's week info
 * where the browser has it, else from the table above; Monday where it cannot tell.
 */
export function localeFirstDay(language: string = navigator.language): Weekday {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    // Intl counts Monday 1 … Sunday 7.
    if (first !== undefined) return (first % 7) as Weekday;
    const region = locale.region ?? locale.maximize().region ?? '';
    return SUNDAY_FIRST.has(region) ? 0 : SATURDAY_FIRST.has(region) ? 6 : 1;
  } catch {
    // An unknown language tag: Monday.
  }
  return 1;
}

export interface CalendarRange {
  /** The first day shown. */
  start: string;
  /** The day after the last one shown. */
  end: string;
  days: string[];
}

/** The days a week (7) or a month (whole weeks covering it: 35 or 42) shows around `anchor`. */
export function rangeOf(mode: CalendarMode, anchor: string, firstDay: Weekday): CalendarRange {
  let start: string;
  let count: number;
  if (mode === 'week') {
    start = weekStartOf(anchor, firstDay);
    count = 7;
  } else {
    const first = `${anchor.slice(0, 8)}01`;
    start = weekStartOf(first, firstDay);
    const last = addDays(addMonths(first, 1), -1);
    count = Math.ceil((daysBetween(start, last) + 1) / 7) * 7;
  }
  const days = Array.from({ length: count }, (_, i) => addDays(start, i));
  return { start, end: addDays(start, count), days };
}

/** The first of the month `months` after the month of `day`. */
export function addMonths(day: string, months: number): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Where Previous and Next go: a week, or the first of a month. */
export function stepAnchor(mode: CalendarMode, anchor: string, step: 1 | -1): string {
  return mode === 'week' ? addDays(anchor, 7 * step) : addMonths(anchor, step);
}

/** One task on the calendar: on a day, at a wall time when timed; a series' later occurrence is projected. */
export interface Placed {
  key: string;
  task: Task;
  day: string;
  /** HH:MM in the account's zone, for a timed task. */
  time?: string;
  /** A later occurrence of a series, shown where it will be: not the task's own due moment. */
  projected: boolean;
}

/** The day and time a task is due at, in the account's zone. */
export function dueOf(task: Task, timeZone: string): { day: string; time?: string } | null {
  if (task.due_at) return wallTimeIn(new Date(task.due_at), timeZone);
  if (task.due_date) return { day: task.due_date };
  return null;
}

/** How many occurrences of one series a range shows at most (a daily series in a 6-week month: 42). */
const MAX_OCCURRENCES = 62;

/**
 * The tasks a range shows, by day (in time order: all-day first). A series shows at its due moment and
 * at its next occurrences within the range; one that counts from completion shows only its due moment,
 * since its next one depends on when it is done.
 */
export function place(tasks: Task[], range: CalendarRange, timeZone: string): Map<string, Placed[]> {
  const byDay = new Map<string, Placed[]>();
  const seen = new Set<number>();
  const put = (placed: Placed) => {
    if (placed.day < range.start || placed.day >= range.end) return;
    const list = byDay.get(placed.day) ?? [];
    list.push(placed);
    byDay.set(placed.day, list);
  };
  for (const task of tasks) {
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    const due = dueOf(task, timeZone);
    if (!due) continue;
    put({ key: `${task.id}`, task, ...due, projected: false });
    if (!task.recurrence || task.completed || task.recurrence_from === 'completion') continue;
    for (const next of projections(task, due, range, timeZone)) {
      put({ key: `${task.id}@${next.day}`, task, ...next, projected: true });
    }
  }
  for (const list of byDay.values()) {
    list.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '') || a.task.id - b.task.id);
  }
  return byDay;
}

/** A series' occurrences after its due moment and before the range ends. */
function projections(
  task: Task,
  due: { day: string; time?: string },
  range: CalendarRange,
  timeZone: string,
): { day: string; time?: string }[] {
  const parsed = parseRule(task.recurrence ?? '');
  if (!parsed.ok) return [];
  const start = due.time ? { date: due.day, time: due.time } : { date: due.day };
  // Occurrences are counted from the due moment; a daily series due long ago would need many to reach
  // the range, so those before it are stepped over in runs.
  const shown: { day: string; time?: string }[] = [];
  let from = start;
  for (let round = 0; round < 20 && shown.length < MAX_OCCURRENCES; round++) {
    const batch = listOccurrences(parsed.rule, from, timeZone, 100);
    const later = batch.slice(round === 0 ? 1 : 1);
    if (later.length === 0) break;
    for (const occurrence of later) {
      const at = occurrence.at ? localMoment(occurrence.at, timeZone) : undefined;
      const day = occurrence.date;
      if (day >= range.end) return shown;
      if (day >= range.start) shown.push(at ? { day, time: at.time } : { day });
    }
    const last = later.at(-1)!;
    from = last.at ? { date: last.date, time: localMoment(last.at, timeZone).time } : { date: last.date };
  }
  return shown;
}

/** What dropping a task on a day (keeping its time) or at a time means for its due fields. */
export type Drop = { day: string } | { day: string; time: string };

export interface Reschedule {
  due_date?: string | null;
  due_at?: string | null;
}

/**
 * The new due fields for a drop: on a day, a timed task keeps its wall time and an all-day or
 * undated one becomes all-day; at a time, the task becomes timed then. Null when nothing changes.
 */
export function rescheduleFor(task: Task, drop: Drop, timeZone: string): Reschedule | null {
  const due = dueOf(task, timeZone);
  const time = 'time' in drop ? drop.time : task.due_at ? due?.time : undefined;
  if (time !== undefined) {
    const at = instantIn(drop.day, time, timeZone);
    return task.due_at && Date.parse(task.due_at) === Date.parse(at) ? null : { due_at: at, due_date: null };
  }
  return task.due_date === drop.day && !task.due_at ? null : { due_date: drop.day, due_at: null };
}

/** The task's due fields as they are, to put back on Undo. */
export const dueFieldsOf = (task: Task): Reschedule => ({ due_date: task.due_date, due_at: task.due_at });

/** Today in the zone. */
export const todayIn = (timeZone: string, now: Date = new Date()) => dayIn(now, timeZone);

/** The half-hour slots of a day in the week view: "00:00" … "23:30". */
export const SLOTS = Array.from(
  { length: 48 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

/** The slot (HH:00 or HH:30) a wall time falls in. */
export const slotOf = (time: string) => `${time.slice(0, 3)}${Number(time.slice(3, 5)) < 30 ? '00' : '30'}`;

/** A timed task without a duration fills one slot of the week view. */
export const SLOT_MINUTES = 30;

/** Where a timed task sits in its day's slots in the week view. */
export interface Block {
  /** How far into its slot it starts, in slots (09:10 in the 09:00 slot: 1/3). */
  offset: number;
  /** How many slots it covers: its duration, up to the end of the day. */
  span: number;
  /** Side by side with the tasks it overlaps: its lane, of `lanes`. */
  lane: number;
  lanes: number;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The blocks of a day's timed tasks: from the due time for the task's duration (a slot when it has
 * none), overlapping ones side by side, as many lanes as a run of overlapping tasks needs.
 */
export function blocksOf(items: Placed[]): Map<string, Block> {
  const timed = items
    .filter((item) => item.time)
    .map((item) => {
      const start = minutesOf(item.time!);
      const end = Math.min(24 * 60, start + (item.task.duration ?? SLOT_MINUTES));
      return { key: item.key, start, end: Math.max(end, start + 1) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks = new Map<string, Block>();
  let run: { key: string; start: number; end: number; lane: number }[] = [];
  let laneEnds: number[] = [];
  let runEnd = -1;
  const close = () => {
    for (const r of run) {
      blocks.set(r.key, {
        offset: (r.start % SLOT_MINUTES) / SLOT_MINUTES,
        span: (r.end - r.start) / SLOT_MINUTES,
        lane: r.lane,
        lanes: laneEnds.length,
      });
    }
    run = [];
    laneEnds = [];
  };
  for (const t of timed) {
    if (t.start >= runEnd) close();
    let lane = laneEnds.findIndex((end) => end <= t.start);
    if (lane < 0) lane = laneEnds.push(t.end) - 1;
    else laneEnds[lane] = t.end;
    run.push({ ...t, lane });
    runEnd = Math.max(runEnd, t.end);
  }
  close();
  return blocks;
}
