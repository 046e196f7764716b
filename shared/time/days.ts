// Calendar days as whole days since 1970-01-01, so that day arithmetic is plain integer arithmetic.

export type Day = number;

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
}

export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 0 = Monday ... 6 = Sunday: weeks start on Monday. */
export function mondayIndex(weekday: number): number {
  return (weekday + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `months` later on the same date, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = partsOf(day);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOf(y, m, Math.min(date, daysInMonth(y, m)));
}

/** YYYY-MM-DD. */
export function formatDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
