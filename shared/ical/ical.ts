// iCalendar (RFC 5545) for to-dos, written and read: content lines folded at 75 octets, TEXT
// escaping, DATE and DATE-TIME values, a calendar's header and footer and one VTODO written from a
// to-do's fields (exports, CalDAV, calendar feeds); and, read with ical.js, a client's moments in a
// time zone, its alarms, priorities and rules, and whether a VTODO served holds one sent. It knows
// no feature: callers map their records to `Todo` and back.
import ICAL from 'ical.js';
import { parseRule, ruleLeft } from '../recurrence/index.js';
import { ALL_DAY_REMINDER_MINUTES } from '../reminders/anchor.js';
import { dayOf } from '../time/days.js';
import { zonedInstant } from '../time/zone.js';

export type TodoPriority = 'none' | 'low' | 'medium' | 'high';

/** A to-do as written (a task's export or CalDAV fields). */
export interface Todo {
  uid: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: string | null;
  priority: TodoPriority;
  tags: readonly string[];
  due_date: string | null;
  due_at: string | null;
  recurrence?: string | null;
  /** Occurrences of the series already used: a COUNT is written as the occurrences left. */
  occurrences_done?: number;
  reminders?: readonly { at?: string; minutes_before?: number }[];
  /** RELATED-TO: the parent to-do's UID. */
  parent_uid?: string | null;
  /** X-DOABLE-LIST: the list's name. */
  list?: string | null;
  /** ESTIMATED-DURATION: how many minutes it takes. */
  duration?: number | null;
  /** X-DOABLE-DEADLINE: the day (YYYY-MM-DD) it must be done by. */
  deadline?: string | null;
  created_at: string;
  updated_at: string;
}

/** A day (DATE) or an instant (DATE-TIME, as ISO 8601 UTC). */
export type Moment = { date: string } | { at: string };

/** An alarm: at an instant, or minutes before the due moment. */
export type Alarm = { at: string } | { minutes_before: number };

// ---------------------------------------------------------------------------------------------
// Writing

const MAX_LINE_OCTETS = 75;
const ICS_PRIORITY: Record<TodoPriority, number | null> = {
  high: 1,
  medium: 5,
  low: 9,
  none: null, // RFC 5545: omitted is the same as 0, "undefined"
};

/**
 * One content line, folded so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1).
 * Breaks fall between code points, never inside a multi-byte character; each continuation
 * line starts with one space, which counts towards its 75 octets.
 */
export function contentLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets of UTF-8: short lines never need folding.
  if (line.length * 3 <= MAX_LINE_OCTETS) return `${line}\r\n`;
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const unit = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1); // NaN past the end
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return `${folded}${line.slice(start)}\r\n`;
}

/**
 * TEXT value escaping (RFC 5545 3.3.11). Line breaks become `\n`; other control characters
 * (allowed in task text, not in iCalendar TEXT) are dropped, tab is kept.
 */
export function icsText(value: string): string {
  return (
    value
      .toWellFormed()
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** UTC DATE-TIME in basic format: 2026-11-21T09:00:00.000Z -> 20261121T090000Z. */
export function icsDateTime(instant: string | Date): string {
  // The API's own instants are sliced directly: parsing 100,000 x 5 dates is the slow part.
  const iso =
    typeof instant === 'string' && ISO_UTC.test(instant) ? instant : new Date(instant).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** DATE: 2026-11-24 -> 20261124. */
export function icsDate(day: string): string {
  return day.replaceAll('-', '');
}

export function icsHeader(options: { calendarName: string; now: Date }): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Doable//Doable//EN',
    'CALSCALE:GREGORIAN',
    `NAME:${icsText(options.calendarName)}`, // RFC 7986
    `X-WR-CALNAME:${icsText(options.calendarName)}`, // what Apple and Google Calendar read
    `LAST-MODIFIED:${icsDateTime(options.now)}`, // RFC 7986: when this export was made
  ]
    .map(contentLine)
    .join('');
}

/**
 * One VTODO. Its UID is the to-do's uid (a task's is a UUID, as RFC 7986 5.3 recommends: the same
 * task keeps it in every export, and after an import into another account or server).
 */
export function icsTodo(task: Todo, options: { now: Date }): string {
  const lines = [
    'BEGIN:VTODO',
    `UID:${icsText(task.uid)}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `CREATED:${icsDateTime(task.created_at)}`,
    `LAST-MODIFIED:${icsDateTime(task.updated_at)}`,
    `SUMMARY:${icsText(task.title)}`,
  ];
  if (task.description) lines.push(`DESCRIPTION:${icsText(task.description)}`);
  lines.push(`STATUS:${task.completed ? 'COMPLETED' : 'NEEDS-ACTION'}`);
  if (task.completed_at) lines.push(`COMPLETED:${icsDateTime(task.completed_at)}`);
  if (task.completed) lines.push('PERCENT-COMPLETE:100');
  const priority = ICS_PRIORITY[task.priority];
  if (priority !== null) lines.push(`PRIORITY:${priority}`);
  if (task.tags.length > 0) lines.push(`CATEGORIES:${task.tags.map(icsText).join(',')}`);
  // RFC 5545 RELATED-TO (RELTYPE=PARENT is the default): the parent to-do's UID.
  if (task.parent_uid) lines.push(`RELATED-TO:${icsText(task.parent_uid)}`);
  if (task.list) lines.push(`X-DOABLE-LIST:${icsText(task.list)}`);
  // The time it takes, apart from DUE (RFC 5545 forbids DURATION beside DUE and reads it as DUE
  // minus DTSTART): the estimate of the IETF's task extensions to iCalendar, as Evolution writes it.
  if (task.duration) lines.push(`ESTIMATED-DURATION:${icsDuration(task.duration)}`);
  if (task.deadline) lines.push(`X-DOABLE-DEADLINE;VALUE=DATE:${icsDate(task.deadline)}`);
  // A task has at most one of the two; a timed due wins if both were ever set.
  if (task.due_at) lines.push(`DUE:${icsDateTime(task.due_at)}`);
  else if (task.due_date) lines.push(`DUE;VALUE=DATE:${icsDate(task.due_date)}`);
  // A recurring to-do: RRULE needs DTSTART (RFC 5545), the current occurrence's due moment.
  if (task.recurrence && (task.due_at || task.due_date)) {
    lines.push(
      task.due_at ? `DTSTART:${icsDateTime(task.due_at)}` : `DTSTART;VALUE=DATE:${icsDate(task.due_date!)}`,
    );
    lines.push(`RRULE:${ruleLeft(task.recurrence, task.occurrences_done ?? 0)}`);
  }
  for (const reminder of task.reminders ?? []) {
    const trigger = icsTrigger(reminder, task);
    if (trigger === null) continue;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(task.title)}`, trigger, 'END:VALARM');
  }
  lines.push('END:VTODO');
  return lines.map(contentLine).join('');
}

/** A signed RFC 5545 DURATION of whole minutes: -90 -> -PT1H30M, 2880 -> P2D. */
export function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  if (days && !time) return `${sign}P${days}D`;
  return `${sign}P${days ? `${days}D` : ''}T${time || '0M'}`;
}

/**
 * A reminder as a VALARM TRIGGER: an `at` reminder at its instant; a relative one from the due
 * moment (RELATED=END is DUE for a VTODO). An all-day task's reminders count back from 09:00 that
 * day, so they are offset from the start of the DATE. Without a due moment there is no alarm.
 */
function icsTrigger(reminder: { at?: string; minutes_before?: number }, task: Todo): string | null {
  if (reminder.at) return `TRIGGER;VALUE=DATE-TIME:${icsDateTime(reminder.at)}`;
  const before = reminder.minutes_before ?? 0;
  if (task.due_at) return `TRIGGER;RELATED=END:${icsDuration(-before)}`;
  if (task.due_date) return `TRIGGER;RELATED=END:${icsDuration(ALL_DAY_REMINDER_MINUTES - before)}`;
  return null;
}

export function icsFooter(): string {
  return contentLine('END:VCALENDAR');
}

// ---------------------------------------------------------------------------------------------
// Reading

// PRIORITY (RFC 5545 3.8.1.9: 1 highest, 9 lowest, 0 undefined) read; written as 1, 5 or 9 (ICS_PRIORITY).
export function priorityFromIcs(value: number): TodoPriority {
  if (!Number.isInteger(value) || value <= 0 || value > 9) return 'none';
  if (value <= 4) return 'high';
  if (value === 5) return 'medium';
  return 'low';
}

/** A DATE or DATE-TIME as a day or an instant (TZID by its IANA name or VTIMEZONE; floating in `zone`). */
export function readMoment(prop: ICAL.Property, calendar: ICAL.Component, zone: string): Moment | null {
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Time)) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  if (value.isDate) return { date: `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}` };
  const tzid = prop.getParameter('tzid');
  const wall = () =>
    zonedInstant(dayOf(value.year, value.month, value.day), value.hour * 60 + value.minute, tz()) +
    value.second * 1000;
  let tz = () => zone;
  if (value.zone === ICAL.Timezone.utcTimezone) {
    return {
      at: new Date(
        Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second),
      ).toISOString(),
    };
  }
  if (typeof tzid === 'string') {
    if (validZone(tzid)) tz = () => tzid;
    else {
      const vtz = calendar
        .getAllSubcomponents('vtimezone')
        .find((c) => c.getFirstPropertyValue('tzid') === tzid);
      if (vtz) {
        const time = value.clone();
        time.zone = new ICAL.Timezone(vtz);
        return { at: time.toJSDate().toISOString() };
      }
    }
  }
  return { at: new Date(wall()).toISOString() };
}

function validZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A VALARM as an alarm at an instant or minutes before the due moment, when it is one of those
 * (no later than `maxMinutesBefore`); else null. An all-day due moment's alarms count back from
 * ALL_DAY_REMINDER_MINUTES into its day.
 */
export function readAlarm(
  alarm: ICAL.Component,
  due: Moment | null,
  start: Moment | null,
  calendar: ICAL.Component,
  zone: string,
  maxMinutesBefore: number,
): Alarm | null {
  const trigger = alarm.getFirstProperty('trigger');
  if (!trigger) return null;
  const value = trigger.getFirstValue();
  if (value instanceof ICAL.Time) {
    const at = readMoment(trigger, calendar, zone);
    return at && 'at' in at ? { at: at.at } : null;
  }
  if (!(value instanceof ICAL.Duration)) return null;
  const minutes = value.toSeconds() / 60;
  if (!Number.isInteger(minutes)) return null;
  const related = String(trigger.getParameter('related') ?? 'START').toUpperCase();
  const anchor = related === 'END' ? due : (start ?? due);
  // Relative to a start that is not the due moment: an instant (that of DTSTART plus the offset).
  if (related !== 'END' && start && !(due && JSON.stringify(start) === JSON.stringify(due))) {
    if ('at' in start) return { at: new Date(Date.parse(start.at) + minutes * 60_000).toISOString() };
    return null;
  }
  if (!anchor) return null;
  const before = 'date' in anchor ? ALL_DAY_REMINDER_MINUTES - minutes : -minutes;
  if (before < 0 || before > maxMinutesBefore) return null;
  return { minutes_before: before };
}

/** An RRULE our recurrence rules (shared/recurrence) accept, normalised; null for one they cannot follow. */
export function recurrenceOf(prop: ICAL.Property): string | null {
  const value = prop.getFirstValue();
  if (!(value instanceof ICAL.Recur)) return null;
  const parsed = parseRule(value.toString());
  return parsed.ok ? parsed.normalized : null;
}

/** Stamps a server sets itself: they differ from a client's without the to-do differing. */
const STAMPS = new Set(['dtstamp', 'created', 'last-modified']);

/** The lines of a VTODO as a set: each property, and each subcomponent whole. */
function linesOf(text: string): Set<string> | null {
  try {
    const todo = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vtodo');
    if (!todo) return null;
    return new Set([
      ...todo
        .getAllProperties()
        .filter((prop) => !STAMPS.has(prop.name))
        .map((prop) => prop.toICALString()),
      ...todo.getAllSubcomponents().map((component) => component.toString()),
    ]);
  } catch {
    return null;
  }
}

/** Whether the served VTODO holds everything the client sent, as sent (its stamps aside). */
export function servesAsSent(served: string, sent: string): boolean {
  const ours = linesOf(served);
  const theirs = linesOf(sent);
  if (!ours || !theirs) return false;
  for (const line of theirs) if (!ours.has(line)) return false;
  return true;
}
