// calendar-query filters (RFC 4791 9.7), evaluated on the VCALENDAR a task is served as:
// comp-filter (with is-not-defined and time-range), prop-filter (defined, is-not-defined,
// text-match with negate-condition and the i;ascii-casemap / i;octet collations), param-filter.
import type { Element } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { readMoment } from '#shared/ical/ical.js';
import { listOccurrences, localMoment, parseRule } from '#shared/recurrence/index.js';
import { dayOf } from '#shared/time/days.js';
import { zonedInstant } from '#shared/time/zone.js';
import { CALDAV, child, children, is, textOf } from './caldav.xml.js';

export class FilterError extends Error {
  constructor(
    readonly precondition: 'c:valid-filter' | 'c:supported-collation',
    message: string,
  ) {
    super(message);
  }
}

/** Whether a filter needs the object's data (anything beyond "a VCALENDAR with a VTODO"). */
export function needsData(filter: Element): boolean {
  const top = child(filter, CALDAV, 'comp-filter');
  if (!top) return false;
  const inner = children(top);
  if (inner.length === 0) return false;
  if (inner.length > 1) return true;
  const vtodo = inner[0]!;
  return !is(vtodo, CALDAV, 'comp-filter') || children(vtodo).length > 0;
}

/** Whether a filter can match a VTODO at all (a comp-filter for VEVENT cannot). */
export function mayMatchTodos(filter: Element): boolean {
  const top = child(filter, CALDAV, 'comp-filter');
  if (!top) throw new FilterError('c:valid-filter', 'A filter holds one comp-filter for VCALENDAR');
  if ((top.getAttribute('name') ?? '').toUpperCase() !== 'VCALENDAR') return false;
  if (child(top, CALDAV, 'is-not-defined')) return false;
  for (const cf of children(top, CALDAV, 'comp-filter')) {
    const name = (cf.getAttribute('name') ?? '').toUpperCase();
    const negated = child(cf, CALDAV, 'is-not-defined') !== undefined;
    if (name !== 'VTODO' && !negated && name !== 'VTIMEZONE') return false;
    if (name === 'VTODO' && negated) return false;
  }
  return true;
}

/**
 * Evaluates the filter on an object's text. A value the object holds that cannot be read (a
 * client's malformed property, kept as sent) makes it match: more, not less (clients filter too).
 */
export function matches(filter: Element, text: string, zone: string): boolean {
  const top = child(filter, CALDAV, 'comp-filter');
  if (!top) throw new FilterError('c:valid-filter', 'A filter holds one comp-filter for VCALENDAR');
  try {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    return compFilter(top, [calendar], { calendar, zone });
  } catch (error) {
    if (error instanceof FilterError) throw error;
    return true;
  }
}

/** What reading moments needs: the object's VCALENDAR (its VTIMEZONEs) and the owner's zone. */
interface Where {
  calendar: ICAL.Component;
  zone: string;
}

function compFilter(filter: Element, candidates: ICAL.Component[], where: Where): boolean {
  const name = (filter.getAttribute('name') ?? '').toLowerCase();
  const found = candidates.filter((c) => c.name === name);
  if (child(filter, CALDAV, 'is-not-defined')) return found.length === 0;
  return found.some((component) =>
    children(filter).every((test) => {
      if (is(test, CALDAV, 'comp-filter')) return compFilter(test, component.getAllSubcomponents(), where);
      if (is(test, CALDAV, 'prop-filter')) return propFilter(test, component);
      if (is(test, CALDAV, 'time-range')) return timeRange(test, component, where.calendar, where.zone);
      throw new FilterError('c:valid-filter', `Unknown filter element ${test.localName}`);
    }),
  );
}

function propFilter(filter: Element, component: ICAL.Component): boolean {
  const name = (filter.getAttribute('name') ?? '').toLowerCase();
  if (name === '') throw new FilterError('c:valid-filter', 'A prop-filter needs a name');
  const props = component.getAllProperties(name);
  if (child(filter, CALDAV, 'is-not-defined')) return props.length === 0;
  if (props.length === 0) return false;
  return children(filter).every((test) => {
    if (is(test, CALDAV, 'text-match')) return props.some((p) => textMatch(test, p.getValues().map(String)));
    if (is(test, CALDAV, 'param-filter')) return props.some((p) => paramFilter(test, p));
    // A time-range on a property: evaluated leniently (more, not less).
    if (is(test, CALDAV, 'time-range')) return true;
    throw new FilterError('c:valid-filter', `Unknown filter element ${test.localName}`);
  });
}

function paramFilter(filter: Element, prop: ICAL.Property): boolean {
  const name = (filter.getAttribute('name') ?? '').toLowerCase();
  // ical.js keeps VALUE as the property's type, not as a parameter.
  const value =
    name === 'value' && prop.type !== prop.getDefaultType()
      ? prop.type.toUpperCase()
      : prop.getParameter(name);
  if (child(filter, CALDAV, 'is-not-defined')) return value === undefined;
  if (value === undefined) return false;
  const match = child(filter, CALDAV, 'text-match');
  return match ? textMatch(match, [String(value)]) : true;
}

function textMatch(test: Element, values: string[]): boolean {
  const collation = test.getAttribute('collation') || 'i;ascii-casemap';
  if (collation !== 'i;ascii-casemap' && collation !== 'i;octet' && collation !== 'i;unicode-casemap') {
    throw new FilterError('c:supported-collation', `Unsupported collation ${collation}`);
  }
  const fold = (s: string) => (collation === 'i;octet' ? s : s.toLowerCase());
  const needle = fold(textOf(test));
  const found = values.some((v) => fold(v).includes(needle));
  return (test.getAttribute('negate-condition') ?? 'no').toLowerCase() === 'yes' ? !found : found;
}

const NEVER_BEFORE = Number.NEGATIVE_INFINITY;
const NEVER_AFTER = Number.POSITIVE_INFINITY;
const DAY_MS = 86_400_000;
/** How many occurrences of a recurring task a time-range looks at (listOccurrences' most). */
const MAX_OCCURRENCES = 100;

function parseUtc(value: string | null): number | null {
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m)
    throw new FilterError('c:valid-filter', `time-range needs UTC date-times, not ${value.slice(0, 40)}`);
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

const dayStart = (date: string, zone: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return zonedInstant(dayOf(y, m, d), 0, zone);
};

/**
 * A property's instant: UTC as is, TZID by its IANA name or the object's VTIMEZONE, floating and
 * DATE values in the owner's zone (RFC 4791 9.9 reads them in the calendar's zone); an all-day DUE
 * lasts its whole day.
 */
function instantOf(
  component: ICAL.Component,
  calendar: ICAL.Component,
  name: string,
  zone: string,
): number | null {
  const prop = component.getFirstProperty(name);
  if (!prop) return null;
  const moment = readMoment(prop, calendar, zone);
  if (!moment) return null;
  if ('at' in moment) return Date.parse(moment.at);
  return dayStart(moment.date, zone) + (name === 'due' ? DAY_MS : 0);
}

interface Span {
  dtstart: number | null;
  due: number | null;
  completed: number | null;
  created: number | null;
}

/** RFC 4791 9.9's table for VTODO: whether a to-do with these moments overlaps [start, end). */
function overlaps({ dtstart, due, completed, created }: Span, start: number, end: number): boolean {
  if (dtstart !== null && due !== null)
    return (start < due || start <= dtstart) && (end > dtstart || end >= due);
  if (dtstart !== null) return start <= dtstart && end > dtstart;
  if (due !== null) return start < due && end >= due;
  if (completed !== null && created !== null) {
    return (start <= created || start <= completed) && (end >= created || end >= completed);
  }
  if (completed !== null) return start <= completed && end >= completed;
  if (created !== null) return end > created;
  return true;
}

/**
 * RFC 4791 9.9 for VTODO (other components: lenient, true): the to-do, or any of the first
 * occurrences of its RRULE (the product's recurrence engine, in the owner's zone), in the range.
 */
function timeRange(
  test: Element,
  component: ICAL.Component,
  calendar: ICAL.Component,
  zone: string,
): boolean {
  const start = parseUtc(test.getAttribute('start')) ?? NEVER_BEFORE;
  const end = parseUtc(test.getAttribute('end')) ?? NEVER_AFTER;
  if (component.name !== 'vtodo') return true;
  const span: Span = {
    dtstart: instantOf(component, calendar, 'dtstart', zone),
    due: instantOf(component, calendar, 'due', zone),
    completed: instantOf(component, calendar, 'completed', zone),
    created: instantOf(component, calendar, 'created', zone),
  };
  const duration = component.getFirstPropertyValue('duration');
  if (span.due === null && span.dtstart !== null && duration instanceof ICAL.Duration)
    span.due = span.dtstart + duration.toSeconds() * 1000;
  if (overlaps(span, start, end)) return true;
  const rrule = component.getFirstProperty('rrule');
  const parsed = rrule ? parseRule(String(rrule.getFirstValue())) : null;
  const anchorProp = component.getFirstProperty('dtstart') ?? component.getFirstProperty('due');
  const anchor = anchorProp ? readMoment(anchorProp, calendar, zone) : null;
  if (!parsed?.ok || !anchor) return false;
  const first = 'at' in anchor ? localMoment(anchor.at, zone) : { date: anchor.date };
  const base = 'at' in anchor ? Date.parse(anchor.at) : dayStart(anchor.date, zone);
  const shift = (at: number | null, by: number) => (at === null ? null : at + by);
  for (const occurrence of listOccurrences(parsed.rule, first, zone, MAX_OCCURRENCES)) {
    const at = occurrence.at ? Date.parse(occurrence.at) : dayStart(occurrence.date, zone);
    if (at > end) break;
    const by = at - base;
    if (overlaps({ ...span, dtstart: shift(span.dtstart, by), due: shift(span.due, by) }, start, end))
      return true;
  }
  return false;
}
