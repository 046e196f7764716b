// Recurrence rules: the RFC 5545 RRULE subset Doable supports, read strictly into a Rule.
//
// Supported parts: FREQ (HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL, BYDAY,
// BYMONTHDAY, BYMONTH, BYSETPOS, WKST; HOURLY takes no BY parts ("every 12 hours"). Anything else
// (BYHOUR, BYWEEKNO, BYYEARDAY, SECONDLY, MINUTELY ...)
// is refused with a message naming the part, never ignored: a rule we cannot honour must not be
// stored as if we could.

export type Freq = 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface ByDay {
  weekday: Weekday;
  /** 2 = the second, -1 = the last, in the month (MONTHLY, or YEARLY with BYMONTH) or the year. */
  ordinal?: number;
}

export interface Rule {
  freq: Freq;
  interval: number;
  byDay?: ByDay[];
  /** 1..31, or -1 (last day) .. -31. */
  byMonthDay?: number[];
  /** 1..12. */
  byMonth?: number[];
  /** Positions within each period's set of days: 1 = first, -1 = last. */
  bySetPos?: number[];
  count?: number;
  /** As given: YYYYMMDD (a local date, inclusive) or YYYYMMDDTHHMMSSZ (a UTC instant, inclusive). */
  until?: string;
  /** The day weeks start on, for WEEKLY with INTERVAL > 1; MO when absent. */
  wkst?: Weekday;
}

export type ParseResult = { ok: true; rule: Rule; normalized: string } | { ok: false; error: string };

export const MAX_RULE_LENGTH = 256;
export const MAX_INTERVAL = 999;
export const MAX_COUNT = 10_000;
const MAX_LIST = 31;

/** Monday first, as RRULE lists are written. */
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQS: readonly Freq[] = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const KNOWN = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
]);
const UNSUPPORTED = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'RSCALE', 'SKIP']);

/** 0 = Sunday ... 6 = Saturday, the numbering of shared/time/days.ts. */
export function weekdayNumber(weekday: Weekday): number {
  return (WEEKDAYS.indexOf(weekday) + 1) % 7;
}

class RuleError extends Error {}

function fail(message: string): never {
  throw new RuleError(message);
}

function integer(part: string, text: string, min: number, max: number, signed = false): number {
  const pattern = signed ? /^[+-]?\d{1,5}$/ : /^\d{1,5}$/;
  const n = pattern.test(text) ? Number(text) : Number.NaN;
  const inRange = n >= -max && n <= max && (signed ? n !== 0 && Math.abs(n) >= min : n >= min);
  if (!inRange) {
    const range = signed ? `${min} to ${max} or -${min} to -${max}` : `${min} to ${max}`;
    fail(`${part} must be ${range}, not "${text}"`);
  }
  return n;
}

function list<T>(part: string, text: string, read: (item: string) => T, key: (value: T) => string): T[] {
  const items = text.split(',');
  if (items.length > MAX_LIST) fail(`${part} lists at most ${MAX_LIST} values`);
  const seen = new Map<string, T>();
  for (const item of items) {
    if (item === '') fail(`${part} has an empty value`);
    const value = read(item);
    seen.set(key(value), value);
  }
  return [...seen.values()];
}

function readUntil(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(text);
  if (!m) fail(`UNTIL must be a date (YYYYMMDD) or a UTC time (YYYYMMDDTHHMMSSZ), not "${text}"`);
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const valid =
    year >= 1900 &&
    month >= 1 &&
    month <= 12 &&
    date >= 1 &&
    date <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!valid) fail(`UNTIL is not a real date or time: "${text}"`);
  return text;
}

function readByDay(item: string): ByDay {
  const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
  const weekday = m?.[2] as Weekday | undefined;
  if (!m || !weekday || !WEEKDAYS.includes(weekday))
    fail(`BYDAY values are MO, TU, WE, TH, FR, SA, SU with an optional ordinal (2TU, -1FR), not "${item}"`);
  if (m[1] === undefined) return { weekday };
  return { weekday, ordinal: integer('A BYDAY ordinal', m[1], 1, 53, true) };
}

function byDayKey(d: ByDay): string {
  return `${d.ordinal ?? ''}${d.weekday}`;
}

/** Reads an RRULE body ("FREQ=WEEKLY;BYDAY=MO"), with or without the "RRULE:" prefix. */
export function parseRule(text: string): ParseResult {
  try {
    const rule = readRule(text);
    return { ok: true, rule, normalized: formatRule(rule) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, error: error.message };
    throw error;
  }
}

function readRule(input: string): Rule {
  if (input.length > MAX_RULE_LENGTH) fail(`A recurrence rule is at most ${MAX_RULE_LENGTH} characters`);
  let text = input.trim();
  if (/^RRULE:/i.test(text)) text = text.slice(6);
  if (text === '') fail('A recurrence rule needs FREQ');

  const parts = new Map<string, string>();
  for (const piece of text.split(';')) {
    if (piece === '' && parts.size > 0) continue; // a trailing ";" is harmless
    const eq = piece.indexOf('=');
    const name = (eq < 0 ? piece : piece.slice(0, eq)).toUpperCase();
    if (eq < 0 || name === '') fail(`"${piece}" is not a NAME=VALUE part`);
    if (UNSUPPORTED.has(name)) fail(`${name} is not supported`);
    if (!KNOWN.has(name)) fail(`Unknown part "${name}"`);
    if (parts.has(name)) fail(`${name} is given twice`);
    const value = piece.slice(eq + 1).toUpperCase();
    if (value === '') fail(`${name} has no value`);
    parts.set(name, value);
  }

  const freqText = parts.get('FREQ');
  if (freqText === undefined) fail('A recurrence rule needs FREQ');
  const freq = FREQS.find((f) => f === freqText);
  if (!freq) {
    if (['SECONDLY', 'MINUTELY'].includes(freqText)) fail(`FREQ=${freqText} is not supported`);
    fail(`FREQ must be HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY, not "${freqText}"`);
  }
  if (freq === 'HOURLY')
    for (const name of ['BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS'])
      if (parts.has(name)) fail(`${name} is not supported with FREQ=HOURLY`);

  const rule: Rule = { freq, interval: 1 };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) rule.interval = integer('INTERVAL', interval, 1, MAX_INTERVAL);

  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) fail('COUNT and UNTIL cannot both be given');
  if (count !== undefined) rule.count = integer('COUNT', count, 1, MAX_COUNT);
  if (until !== undefined) rule.until = readUntil(until);

  const byMonth = parts.get('BYMONTH');
  if (byMonth !== undefined)
    rule.byMonth = list('BYMONTH', byMonth, (v) => integer('BYMONTH', v, 1, 12), String).sort(
      (a, b) => a - b,
    );

  const byMonthDay = parts.get('BYMONTHDAY');
  if (byMonthDay !== undefined) {
    if (freq === 'WEEKLY') fail('BYMONTHDAY cannot be used with FREQ=WEEKLY');
    rule.byMonthDay = list(
      'BYMONTHDAY',
      byMonthDay,
      (v) => integer('BYMONTHDAY', v, 1, 31, true),
      String,
    ).sort(positionOrder);
  }

  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    const days = list('BYDAY', byDay, readByDay, byDayKey);
    for (const d of days) {
      if (d.ordinal === undefined) continue;
      if (freq !== 'MONTHLY' && freq !== 'YEARLY')
        fail(`BYDAY ordinals (${byDayKey(d)}) need FREQ=MONTHLY or FREQ=YEARLY`);
      if (Math.abs(d.ordinal) > 5 && (freq === 'MONTHLY' || rule.byMonth))
        fail(`BYDAY ordinal ${d.ordinal} is out of range within a month (1 to 5 or -1 to -5)`);
    }
    rule.byDay = days.sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) ||
        positionOrder(a.ordinal ?? 0, b.ordinal ?? 0),
    );
  }

  const bySetPos = parts.get('BYSETPOS');
  if (bySetPos !== undefined) {
    if (!rule.byDay && !rule.byMonthDay && !rule.byMonth)
      fail('BYSETPOS needs another BY part (BYDAY, BYMONTHDAY or BYMONTH) to pick from');
    rule.bySetPos = list('BYSETPOS', bySetPos, (v) => integer('BYSETPOS', v, 1, 366, true), String).sort(
      positionOrder,
    );
  }

  const wkst = parts.get('WKST');
  if (wkst !== undefined) {
    const day = WEEKDAYS.find((d) => d === wkst);
    if (!day) fail(`WKST must be one of MO, TU, WE, TH, FR, SA, SU, not "${wkst}"`);
    if (day !== 'MO') rule.wkst = day;
  }
  return rule;
}

/** Positive positions first (1, 2, ...), then negative ones from the end (-1, -2, ...). */
function positionOrder(a: number, b: number): number {
  if (a > 0 !== b > 0) return a > 0 ? -1 : 1;
  return Math.abs(a) - Math.abs(b);
}

/** The canonical text of a rule, in the order quick add writes it. */
export function formatRule(rule: Rule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map(byDayKey).join(',')}`);
  if (rule.bySetPos) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.wkst && rule.wkst !== 'MO') parts.push(`WKST=${rule.wkst}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) parts.push(`UNTIL=${rule.until}`);
  return parts.join(';');
}

/**
 * A series' rule as it stands after `done` occurrences: COUNT lowered by them (at least 1, the
 * current occurrence), so a client that expands the rule from the current occurrence (CalDAV's
 * DTSTART, a feed's event) sees the occurrences left. Other rules, and rules we cannot read, as given.
 */
export function ruleLeft(recurrence: string, done: number): string {
  if (done <= 0) return recurrence;
  const parsed = parseRule(recurrence);
  if (!parsed.ok || parsed.rule.count === undefined) return recurrence;
  return formatRule({ ...parsed.rule, count: Math.max(1, parsed.rule.count - done) });
}
