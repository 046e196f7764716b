// A recurrence rule in words in the reader's language, through the message catalogs (their
// `shared` part, shared/i18n/catalogs/<code>/shared.json): what describe.ts says in English, for
// the web app and the command line in any other language. Day and month names and dates come from
// Intl in the locale, lists are joined by Intl.ListFormat, and counts and ordinals follow the
// language's plural rules (ICU `plural` and `selectordinal`).
import { isWorkweek, plainDays, WORKWEEK, weekdaySet, yearlyDate } from './describe.js';
import { type ByDay, type Freq, parseRule, type Rule, type Weekday } from './rule.js';

/** A message in the reader's language, its `{names}` filled in (the web app's `t`, the CLI's). */
export type Translate = (message: string, vars?: Readonly<Record<string, string | number>>) => string;

/** How much to say: everything (`full`), or what a task row shows (`row`: no count or end). */
export interface Speaking {
  t: Translate;
  /** The locale of Intl's names, dates and list words. */
  locale: string;
  detail?: 'full' | 'row';
}

/** A Sunday (UTC): the days after it are Monday to Saturday. */
const SUNDAY = Date.UTC(2026, 10, 29);
const DAY_INDEX: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

function dayName(day: Weekday, locale: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    SUNDAY + DAY_INDEX[day] * 86_400_000,
  );
}

const monthName = (month: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 1));

const joined = (items: string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new Intl.ListFormat(locale, { type }).format(items);

/** "every 2 weeks", "every day". */
function everyPeriod(freq: Freq, n: number, t: Translate): string {
  switch (freq) {
    case 'HOURLY':
      return t('every {n, plural, one {hour} other {# hours}}', { n });
    case 'DAILY':
      return t('every {n, plural, one {day} other {# days}}', { n });
    case 'WEEKLY':
      return t('every {n, plural, one {week} other {# weeks}}', { n });
    case 'MONTHLY':
      return t('every {n, plural, one {month} other {# months}}', { n });
    default:
      return t('every {n, plural, one {year} other {# years}}', { n });
  }
}

/** "daily": a rule that says nothing but its period. */
function periodically(freq: Freq, t: Translate): string {
  switch (freq) {
    case 'HOURLY':
      return t('hourly');
    case 'DAILY':
      return t('daily');
    case 'WEEKLY':
      return t('weekly');
    case 'MONTHLY':
      return t('monthly');
    default:
      return t('yearly');
  }
}

/** A position within a period: "2nd", "last", "2nd-to-last". */
function position(n: number, t: Translate): string {
  if (n > 0) return t('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n });
  if (n === -1) return t('last');
  return t('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}-to-last', { n: -n });
}

/** A day of the month: "the 15th", "the last day". */
function monthDay(n: number, t: Translate): string {
  if (n > 0) return t('the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n });
  if (n === -1) return t('the last day');
  return t('the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}-to-last day', { n: -n });
}

function byDayPhrase(days: ByDay[], t: Translate, locale: string): string {
  if (days.every((d) => d.ordinal === undefined)) {
    if (weekdaySet(days) === WORKWEEK) return t('on weekdays');
    return t('on {days}', {
      days: joined(
        days.map((d) => dayName(d.weekday, locale)),
        locale,
      ),
    });
  }
  const each = days.map((d) =>
    d.ordinal === undefined
      ? t('every {weekday}', { weekday: dayName(d.weekday, locale) })
      : t('the {position} {weekday}', {
          position: position(d.ordinal, t),
          weekday: dayName(d.weekday, locale),
        }),
  );
  return t('on {days}', { days: joined(each, locale) });
}

/** What the rule picks within a period ("on the last weekday"), or null. */
function dayPhrase(rule: Rule, t: Translate, locale: string): string | null {
  const { byDay, byMonthDay, bySetPos } = rule;
  const names = (days: ByDay[]) =>
    joined(
      days.map((d) => dayName(d.weekday, locale)),
      locale,
      'disjunction',
    );
  if (bySetPos && byDay && !byMonthDay && byDay.every((d) => d.ordinal === undefined)) {
    const set = weekdaySet(byDay);
    const kind =
      set === WORKWEEK
        ? 'weekday'
        : set === 'SA,SU'
          ? 'weekend'
          : set === 'MO,TU,WE,TH,FR,SA,SU'
            ? 'day'
            : 'days';
    return t(
      'on the {positions} {kind, select, weekday {weekday} weekend {weekend day} day {day} other {{days}}}',
      {
        positions: joined(
          bySetPos.map((n) => position(n, t)),
          locale,
        ),
        kind,
        days: names(byDay),
      },
    );
  }
  const parts: string[] = [];
  if (byMonthDay)
    parts.push(
      t('on {days}', {
        days: joined(
          byMonthDay.map((n) => monthDay(n, t)),
          locale,
        ),
      }),
    );
  if (byDay)
    parts.push(byMonthDay ? t('if a {days}', { days: names(byDay) }) : byDayPhrase(byDay, t, locale));
  if (bySetPos)
    parts.push(
      t('(only the {positions} of those)', {
        positions: joined(
          bySetPos.map((n) => position(n, t)),
          locale,
        ),
      }),
    );
  return parts.length > 0 ? parts.join(' ') : null;
}

const inMonths = (months: number[], t: Translate, locale: string) =>
  t('in {months}', {
    months: joined(
      months.map((m) => monthName(m, locale)),
      locale,
    ),
  });

/** The end of a rule, as a date (and time, in UTC) in the locale. */
function untilDate(until: string, locale: string): string {
  const [y, m, d] = [until.slice(0, 4), until.slice(4, 6), until.slice(6, 8)].map(Number) as [
    number,
    number,
    number,
  ];
  if (until.length === 8)
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
  const at = Date.UTC(y, m - 1, d, Number(until.slice(9, 11)), Number(until.slice(11, 13)));
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(at);
}

/** A weekly rule's days up front, as a row shows it ("every Mon and Thu"), or null. */
function rowForm(rule: Rule, t: Translate, locale: string): string | null {
  const days = plainDays(rule);
  if (isWorkweek(rule) || rule.freq !== 'WEEKLY' || !days) return null;
  const names = joined(
    days.map((d) => dayName(d.weekday, locale, days.length > 1 ? 'short' : 'long')),
    locale,
  );
  const text =
    rule.interval === 1
      ? t('every {days}', { days: names })
      : t('{every} {detail}', {
          every: everyPeriod('WEEKLY', rule.interval, t),
          detail: t('on {days}', { days: names }),
        });
  return rule.byMonth
    ? t('{rule} {months}', { rule: text, months: inMonths(rule.byMonth, t, locale) })
    : text;
}

/** A rule in words in the reader's language (describe.ts's `full`, or `row`). */
export function describeRuleIn(rule: Rule, { t, locale, detail = 'full' }: Speaking): string {
  if (detail === 'row') {
    const row = rowForm(rule, t, locale);
    if (row !== null) return row;
    return describeRuleIn({ ...rule, count: undefined, until: undefined }, { t, locale });
  }
  const { freq, interval, byMonth } = rule;
  let text: string;
  if (isWorkweek(rule)) {
    text = byMonth
      ? t('every weekday {months}', { months: inMonths(byMonth, t, locale) })
      : t('every weekday');
  } else if (yearlyDate(rule)) {
    const { month, day } = yearlyDate(rule)!;
    const date = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(2024, month - 1, day),
    );
    text = t('every year on {date}', { date });
  } else {
    const detail = [dayPhrase(rule, t, locale), byMonth ? inMonths(byMonth, t, locale) : null]
      .filter((p) => p !== null)
      .join(' ');
    const every = everyPeriod(freq, interval, t);
    text =
      detail === ''
        ? interval === 1
          ? periodically(freq, t)
          : every
        : t('{every} {detail}', { every, detail });
  }
  if (rule.count !== undefined)
    text = t('{rule}, {n, plural, =1 {once} other {# times}}', { rule: text, n: rule.count });
  if (rule.until !== undefined)
    text = t('{rule}, until {date}', { rule: text, date: untilDate(rule.until, locale) });
  return text;
}

/** An RRULE body in words in the reader's language; a rule that cannot be read: "on a custom schedule". */
export function describeRuleTextIn(text: string, speaking: Speaking): string {
  const { t } = speaking;
  const parsed = parseRule(text);
  return parsed.ok ? describeRuleIn(parsed.rule, speaking) : t('on a custom schedule');
}
