// A recurrence rule in words, for the task list and editor: "every 2 weeks on Monday and Friday".
import type { ByDay, Rule, Weekday } from './rule.js';

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const UNITS = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' } as const;
const ADVERBS = { DAILY: 'daily', WEEKLY: 'weekly', MONTHLY: 'monthly', YEARLY: 'yearly' } as const;
const WORKWEEK = 'MO,TU,WE,TH,FR';

function nth(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 1 -> "1st", -1 -> "last", -2 -> "2nd-to-last". */
function position(n: number): string {
  if (n > 0) return nth(n);
  return n === -1 ? 'last' : `${nth(-n)}-to-last`;
}

function join(items: string[], word = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

function weekdaySet(days: ByDay[]): string {
  return days.map((d) => d.weekday).join(',');
}

function byDayPhrase(days: ByDay[]): string {
  if (days.every((d) => d.ordinal === undefined)) {
    if (weekdaySet(days) === WORKWEEK) return 'on weekdays';
    return `on ${join(days.map((d) => DAY_NAMES[d.weekday]))}`;
  }
  return `on ${join(days.map((d) => (d.ordinal === undefined ? `every ${DAY_NAMES[d.weekday]}` : `the ${position(d.ordinal)} ${DAY_NAMES[d.weekday]}`)))}`;
}

function monthDayPhrase(days: number[]): string {
  return `on the ${join(days.map((n) => (n > 0 ? nth(n) : `${position(n)} day`)))}`;
}

/** What the rule picks within a period, as one phrase ("on the last weekday"), or null. */
function dayPhrase(rule: Rule): string | null {
  const { byDay, byMonthDay, bySetPos } = rule;
  if (bySetPos && byDay && !byMonthDay && byDay.every((d) => d.ordinal === undefined)) {
    const set = weekdaySet(byDay);
    const kind =
      set === WORKWEEK
        ? 'weekday'
        : set === 'SA,SU'
          ? 'weekend day'
          : set === 'MO,TU,WE,TH,FR,SA,SU'
            ? 'day'
            : join(
                byDay.map((d) => DAY_NAMES[d.weekday]),
                'or',
              );
    return `on the ${join(bySetPos.map(position))} ${kind}`;
  }
  const parts: string[] = [];
  if (byMonthDay) parts.push(monthDayPhrase(byMonthDay));
  if (byDay)
    parts.push(
      byMonthDay
        ? `if a ${join(
            byDay.map((d) => DAY_NAMES[d.weekday]),
            'or',
          )}`
        : byDayPhrase(byDay),
    );
  if (bySetPos) parts.push(`(only the ${join(bySetPos.map(position))} of those)`);
  return parts.length > 0 ? parts.join(' ') : null;
}

function untilPhrase(until: string): string {
  const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  return until.length === 8 ? date : `${date} ${until.slice(9, 11)}:${until.slice(11, 13)} UTC`;
}

/** English only for now; `lang` keeps the signature stable for translations. */
export function describeRule(rule: Rule, _lang: 'en' = 'en'): string {
  const { freq, interval, byMonth, byMonthDay, byDay, bySetPos } = rule;
  let text: string;
  const plainDays = byDay && !byMonthDay && !bySetPos && byDay.every((d) => d.ordinal === undefined);
  if (
    interval === 1 &&
    (freq === 'DAILY' || freq === 'WEEKLY') &&
    plainDays &&
    byDay &&
    weekdaySet(byDay) === WORKWEEK
  ) {
    text = 'every weekday';
    if (byMonth) text += ` in ${join(byMonth.map((m) => MONTH_NAMES[m - 1]!))}`;
  } else if (
    freq === 'YEARLY' &&
    interval === 1 &&
    byMonth?.length === 1 &&
    byMonthDay?.length === 1 &&
    byMonthDay[0]! > 0 &&
    !byDay &&
    !bySetPos
  ) {
    text = `every year on ${MONTH_NAMES[byMonth[0]! - 1]} ${byMonthDay[0]}`;
  } else {
    const detail = [dayPhrase(rule), byMonth ? `in ${join(byMonth.map((m) => MONTH_NAMES[m - 1]!))}` : null]
      .filter((p) => p !== null)
      .join(' ');
    const unit = UNITS[freq];
    const every = interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
    text = detail === '' ? (interval === 1 ? ADVERBS[freq] : every) : `${every} ${detail}`;
  }
  if (rule.count !== undefined) text += rule.count === 1 ? ', once' : `, ${rule.count} times`;
  if (rule.until !== undefined) text += `, until ${untilPhrase(rule.until)}`;
  return text;
}
