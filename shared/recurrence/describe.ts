// A recurrence rule in words: the one describer, for the server (shared/recurrence), the web app's list
// (web/src/tasks/recurrence.ts) and the assistant's replies (in English, Urdu and Roman Urdu).
// `full` says everything the rule says, in English: "every 2 weeks on Monday and Friday, 10 times".
// The short forms say how often, in any language whose words are given: `frequency` ("every week",
// "every 3 days", "every weekday") and `days`, which names the days of a plain rule ("every Sunday").
// `row` is the English a task row shows: `full` without the count and end, weekly days up front
// ("every Mon and Thu").
// In another language, `full` and `row` are said through the catalogs by describe.words.ts.
// Plain and dependency-free, so the web app imports it too.
import { type ByDay, type Freq, parseRule, type Rule, type Weekday } from './rule.js';

/** The words of the short forms in one language. */
export interface RuleWords {
  /** Before how often: "every" ("every week", "every 2 weeks"). */
  every: string;
  /** A period, alone and after a number above 1 ("week", "weeks"); the hour in English when not given. */
  units: Record<Exclude<Freq, 'HOURLY'>, { one: string; many: string }> & {
    HOURLY?: { one: string; many: string };
  };
  days: Record<Weekday, string>;
  /** Between the days of "every Monday, Friday". */
  separator: string;
  /** Monday to Friday as one phrase ("every weekday"); without it, `days` names the five days. */
  everyWeekday?: string;
  /** A rule that cannot be read. */
  unreadable: string;
}

export const ENGLISH: RuleWords = {
  every: 'every',
  units: {
    HOURLY: { one: 'hour', many: 'hours' },
    DAILY: { one: 'day', many: 'days' },
    WEEKLY: { one: 'week', many: 'weeks' },
    MONTHLY: { one: 'month', many: 'months' },
    YEARLY: { one: 'year', many: 'years' },
  },
  days: {
    MO: 'Monday',
    TU: 'Tuesday',
    WE: 'Wednesday',
    TH: 'Thursday',
    FR: 'Friday',
    SA: 'Saturday',
    SU: 'Sunday',
  },
  separator: ', ',
  everyWeekday: 'every weekday',
  unreadable: 'on a custom schedule',
};

/** How much to say: see the top of this file. Only `full` and `row` are English alone. */
export type DescribeOptions =
  | { detail?: 'full' | 'row' }
  | { detail: 'frequency' | 'days'; words?: RuleWords };

const DAY_NAMES = ENGLISH.days;
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
const ADVERBS = {
  HOURLY: 'hourly',
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  YEARLY: 'yearly',
} as const;
export const WORKWEEK = 'MO,TU,WE,TH,FR';

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

export function weekdaySet(days: ByDay[]): string {
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

/** Days alone (no ordinals, month days or positions) picked within each period, or null. */
export function plainDays(rule: Rule): ByDay[] | null {
  const { byDay, byMonthDay, bySetPos } = rule;
  return byDay && !byMonthDay && !bySetPos && byDay.every((d) => d.ordinal === undefined) ? byDay : null;
}

/** Monday to Friday of every day or week. */
export function isWorkweek(rule: Rule): boolean {
  const days = plainDays(rule);
  return (
    rule.interval === 1 &&
    (rule.freq === 'DAILY' || rule.freq === 'WEEKLY') &&
    days !== null &&
    weekdaySet(days) === WORKWEEK
  );
}

/** How often, in short: "every week", "every 3 days", "every weekday"; `days`: "every Sunday". */
function shortForm(rule: Rule, detail: 'frequency' | 'days', words: RuleWords): string {
  if (words.everyWeekday && isWorkweek(rule)) return words.everyWeekday;
  const days = plainDays(rule);
  if (detail === 'days' && rule.interval === 1 && days)
    return `${words.every} ${days.map((d) => words.days[d.weekday]).join(words.separator)}`;
  const unit = words.units[rule.freq] ?? ENGLISH.units.HOURLY!;
  return rule.interval === 1 ? `${words.every} ${unit.one}` : `${words.every} ${rule.interval} ${unit.many}`;
}

const SHORT_DAYS: Record<Weekday, string> = {
  MO: 'Mon',
  TU: 'Tue',
  WE: 'Wed',
  TH: 'Thu',
  FR: 'Fri',
  SA: 'Sat',
  SU: 'Sun',
};

/**
 * The rule as a task row shows it, in English: what `full` says without the count and end, and the
 * days of a weekly rule up front ("every Monday", "every Mon and Thu", "every 2 weeks on Tue").
 */
function rowForm(rule: Rule): string {
  const days = plainDays(rule);
  if (isWorkweek(rule) || rule.freq !== 'WEEKLY' || !days)
    return describeRule({ ...rule, count: undefined, until: undefined });
  const names = join(days.map((d) => (days.length > 1 ? SHORT_DAYS : DAY_NAMES)[d.weekday]));
  const withMonths = rule.byMonth ? ` in ${join(rule.byMonth.map((m) => MONTH_NAMES[m - 1]!))}` : '';
  return `${rule.interval === 1 ? 'every' : `every ${rule.interval} weeks on`} ${names}${withMonths}`;
}

/** The one day of the year a yearly rule falls on ("every year on December 24"), or null. */
export function yearlyDate(rule: Rule): { month: number; day: number } | null {
  const { freq, interval, byMonth, byMonthDay, byDay, bySetPos } = rule;
  return freq === 'YEARLY' &&
    interval === 1 &&
    byMonth?.length === 1 &&
    byMonthDay?.length === 1 &&
    byMonthDay[0]! > 0 &&
    !byDay &&
    !bySetPos
    ? { month: byMonth[0]!, day: byMonthDay[0]! }
    : null;
}

/** A rule in words; everything it says by default, in English ("every 2 weeks on Monday and Friday"). */
export function describeRule(rule: Rule, options: DescribeOptions = {}): string {
  if (options.detail === 'frequency' || options.detail === 'days')
    return shortForm(rule, options.detail, options.words ?? ENGLISH);
  if (options.detail === 'row') return rowForm(rule);
  const { freq, interval, byMonth } = rule;
  let text: string;
  if (isWorkweek(rule)) {
    text = ENGLISH.everyWeekday!;
    if (byMonth) text += ` in ${join(byMonth.map((m) => MONTH_NAMES[m - 1]!))}`;
  } else if (yearlyDate(rule)) {
    const { month, day } = yearlyDate(rule)!;
    text = `every year on ${MONTH_NAMES[month - 1]} ${day}`;
  } else {
    const detail = [dayPhrase(rule), byMonth ? `in ${join(byMonth.map((m) => MONTH_NAMES[m - 1]!))}` : null]
      .filter((p) => p !== null)
      .join(' ');
    const unit = ENGLISH.units[freq] ?? ENGLISH.units.HOURLY!;
    const every = interval === 1 ? `every ${unit.one}` : `every ${interval} ${unit.many}`;
    text = detail === '' ? (interval === 1 ? ADVERBS[freq] : every) : `${every} ${detail}`;
  }
  if (rule.count !== undefined) text += rule.count === 1 ? ', once' : `, ${rule.count} times`;
  if (rule.until !== undefined) text += `, until ${untilPhrase(rule.until)}`;
  return text;
}

/** An RRULE body in words (see describeRule); the words' `unreadable` for a rule that cannot be read. */
export function describeRuleText(text: string, options: DescribeOptions = {}): string {
  const parsed = parseRule(text);
  if (parsed.ok) return describeRule(parsed.rule, options);
  return 'words' in options && options.words ? options.words.unreadable : ENGLISH.unreadable;
}
