// Due moments in words, on the person's wall clock and relative to now: "today", "tomorrow at 5 PM",
// "Mon 16 Jun", "Mon 5 Jan 2026"; in Urdu "کل شام 5 بجے", in Roman Urdu "kal shaam 5 baje".
import { DAY_MS, type Day, dayOf, MINUTE_MS, partsOf, weekdayOf } from '#shared/time/days.js';
import { wallClock } from '#shared/time/zone.js';
import type { Lang } from './language.js';
import type { Clock } from './when.js';

const WEEKDAYS: Record<Lang, string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ur: ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'],
  roman: ['itwar', 'peer', 'mangal', 'budh', 'jumeraat', 'jumma', 'hafta'],
};
const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ur: [
    'جنوری',
    'فروری',
    'مارچ',
    'اپریل',
    'مئی',
    'جون',
    'جولائی',
    'اگست',
    'ستمبر',
    'اکتوبر',
    'نومبر',
    'دسمبر',
  ],
  roman: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
/** Yesterday, today, tomorrow. Urdu says کل for both neighbours, so yesterday is "گزشتہ کل". */
const NEAR: Record<Lang, [string, string, string]> = {
  en: ['yesterday', 'today', 'tomorrow'],
  ur: ['گزشتہ کل', 'آج', 'کل'],
  roman: ['guzishta kal', 'aaj', 'kal'],
};
/** Urdu clocks name the part of the day instead of am/pm: صبح from 04:00, دوپہر 12, شام 16, رات 20. */
const PERIODS: Record<'ur' | 'roman', [number, string][]> = {
  ur: [
    [20, 'رات'],
    [16, 'شام'],
    [12, 'دوپہر'],
    [4, 'صبح'],
    [0, 'رات'],
  ],
  roman: [
    [20, 'raat'],
    [16, 'shaam'],
    [12, 'dopahar'],
    [4, 'subah'],
    [0, 'raat'],
  ],
};

function dayWords(day: Day, today: Day, lang: Lang): string {
  const near = NEAR[lang][day - today + 1];
  if (near) return near;
  const { year, month, date } = partsOf(day);
  const weekday = WEEKDAYS[lang][weekdayOf(day)]!;
  const sameYear = year === partsOf(today).year;
  return `${weekday} ${date} ${MONTHS[lang][month - 1]}${sameYear ? '' : ` ${year}`}`;
}

function timeWords(minutes: number, lang: Lang): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const clock = minute === 0 ? String(twelve) : `${twelve}:${String(minute).padStart(2, '0')}`;
  if (lang === 'en') return `${clock} ${hour < 12 ? 'AM' : 'PM'}`;
  const period = PERIODS[lang].find(([from]) => hour >= from)![1];
  return `${period} ${clock} ${lang === 'ur' ? 'بجے' : 'baje'}`;
}

/** The day and minutes past midnight of a due moment on the person's clock; null without one. */
function wallMoment(
  due_date: string | null | undefined,
  due_at: string | null | undefined,
  timeZone: string,
): { day: Day; minutes: number | null } | null {
  if (due_date) {
    const [year, month, date] = due_date.split('-').map(Number);
    if (!year || !month || !date) return null;
    return { day: dayOf(year, month, date), minutes: null };
  }
  if (!due_at) return null;
  const instant = Date.parse(due_at);
  if (Number.isNaN(instant)) return null;
  const wall = wallClock(instant, timeZone);
  return { day: Math.floor(wall / DAY_MS), minutes: Math.floor((wall % DAY_MS) / MINUTE_MS) };
}

/** "tomorrow at 5 PM", "Mon 16 Jun", "کل شام 5 بجے", "jumma 13 Jun, subah 9 baje"; null without a due moment. */
export function dueWords(
  due_date: string | null | undefined,
  due_at: string | null | undefined,
  lang: Lang,
  clock: Clock,
): string | null {
  const moment = wallMoment(due_date, due_at, clock.timeZone);
  if (!moment) return null;
  const today = Math.floor(wallClock(clock.now.getTime(), clock.timeZone) / DAY_MS);
  const day = dayWords(moment.day, today, lang);
  if (moment.minutes === null) return day;
  const time = timeWords(moment.minutes, lang);
  // A near day reads as one phrase ("kal shaam 5 baje"); a date is set off by a comma.
  const near = Math.abs(moment.day - today) <= 1;
  if (lang === 'en') return `${day} at ${time}`;
  return near ? `${day} ${time}` : `${day}${lang === 'ur' ? '،' : ','} ${time}`;
}
