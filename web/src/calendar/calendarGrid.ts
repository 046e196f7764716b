// What the month and week grids share: their props, and days and weekdays in words.

import { intlLocale } from '../ui/i18n';
import type { CalendarRange, Placed } from './calendar';

/** How many tasks a month's day, and a week's all-day row, show before "+N more". */
export const SHOWN_PER_DAY = 3;

export interface GridProps {
  range: CalendarRange;
  today: string;
  placed: Map<string, Placed[]>;
  onOpen: (id: number) => void;
  onKeyMove: (item: Placed, key: string) => void;
}

export function weekdayNames(range: CalendarRange) {
  return range.days.slice(0, 7).map((day) => ({
    short: new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    ),
    long: new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(`${day}T12:00:00Z`),
    ),
  }));
}

export const longDay = (day: string, options: Intl.DateTimeFormatOptions = {}) =>
  new Intl.DateTimeFormat(intlLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...options,
  }).format(new Date(`${day}T12:00:00Z`));
