// The mapping between a task and a VTODO, both ways (docs/caldav.md has the table; decision 0153
// why), over the iCalendar module (shared/ical/ical.ts). Out: its VTODO writer (icsTodo, as the
// export's) makes the fields both sides have; what the client sent that we do not map (the "extra": unknown properties and components,
// VTIMEZONEs, alarms we cannot express) is added back unchanged. In: ical.js reads the client's
// VCALENDAR into a task input (validated by the REST API's own TaskInputSchema) and the extra.
import ICAL from 'ical.js';
import {
  contentLine,
  icsTodo,
  type Moment,
  priorityFromIcs,
  readAlarm,
  readMoment,
  recurrenceOf,
} from '#shared/ical/ical.js';
import { ruleLeft } from '#shared/recurrence/index.js';
import type { Reminder, Task } from '../tasks/tasks.rows.js';
import {
  DESCRIPTION_MAX,
  MAX_MINUTES_BEFORE,
  PRIORITIES,
  TagSchema,
  type TaskInput,
  TaskInputSchema,
  tagKey,
} from '../tasks/tasks.schema.js';
import { componentLines, nameOf, propLines, rawCalendar } from './caldav.raw.js';

/** Why a body is refused, as a CalDAV precondition (RFC 4791 5.3.2.1). */
export class CalendarDataError extends Error {
  constructor(
    readonly precondition:
      | 'valid-calendar-data'
      | 'valid-calendar-object-resource'
      | 'supported-calendar-component',
    message: string,
  ) {
    super(message);
  }
}

/** What the task's VTODO carries that the task has no field for, kept per task (caldav_objects). */
export interface ObjectExtra {
  /** The client's UID (any text). */
  uid: string;
  /** A VCALENDAR holding the client's VTIMEZONEs and a VTODO with the properties and components we do not map. */
  extra: string | null;
}

/** A VTODO read into what the task service takes, plus what has no field. */
export interface ReadTodo {
  uid: string;
  input: TaskInput;
  /** RELATED-TO;RELTYPE=PARENT: the parent's UID. */
  parentUid: string | null;
  /** X-APPLE-SORT-ORDER. */
  sortOrder: number | null;
  extra: string | null;
}

/**
 * Properties the mapping owns: read into fields and written from them, never kept (the stamps are
 * the task's, so one ETag names one text; PRIORITY is one of Doable's three levels, 1, 5 or 9).
 */
const MAPPED = new Set([
  'uid',
  'dtstamp',
  'created',
  'last-modified',
  'priority',
  'x-apple-sort-order',
  'x-doable-list',
  'estimated-duration',
  'x-doable-deadline',
]);

/**
 * Read into a field and kept as sent too: served in place of the task's own line while they still
 * say what the task says (stillTrue), so their parameters and form come back (a TZID, several
 * CATEGORIES lines, a LANGUAGE); otherwise the task's line is served. RELATED-TO (RELTYPE=PARENT)
 * and VALARMs are kept alike (servedAlarm, stillTrue).
 */
const SHADOWED = new Set([
  'due',
  'dtstart',
  'completed',
  'status',
  'percent-complete',
  'summary',
  'description',
  'categories',
  'rrule',
]);

/**
 * Marks a kept line that was read into a field (a parent's RELATED-TO, an RRULE followed; in a
 * VALARM, the reminder it was read as): stored with the extra, never served, never taken from a client.
 */
const READ = 'x-doable-read';

/** VCALENDAR properties that are the server's: the VERSION and PRODID of what it serves (METHOD is refused). */
const CALENDAR_OWN = new Set(['version', 'prodid', 'method']);

const MAX_TITLE = 200;
const MAX_DESCRIPTION = DESCRIPTION_MAX;
const MAX_TAGS = 20;

function parseCalendar(text: string): ICAL.Component {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new CalendarDataError(
      'valid-calendar-data',
      `Not iCalendar: ${(error as Error).message.slice(0, 200)}`,
    );
  }
  if (Array.isArray(jcal) && typeof jcal[0] !== 'string') {
    throw new CalendarDataError('valid-calendar-object-resource', 'Send one VCALENDAR');
  }
  const calendar = new ICAL.Component(jcal as unknown[]);
  if (calendar.name !== 'vcalendar') throw new CalendarDataError('valid-calendar-data', 'Not a VCALENDAR');
  return calendar;
}

const sameMoment = (a: Moment | null, task: Pick<Task, 'dueDate' | 'dueAt'>) => {
  if (!a) return !task.dueDate && !task.dueAt;
  if ('date' in a) return a.date === task.dueDate;
  return task.dueAt !== null && Date.parse(a.at) === task.dueAt.getTime();
};

/** A client's VCALENDAR (one VTODO) read into a task input and its extra. `zone`: the owner's time zone. */
export function readTodo(text: string, zone: string): ReadTodo {
  try {
    return readCalendar(parseCalendar(text), zone, text);
  } catch (error) {
    if (error instanceof CalendarDataError) throw error;
    // ical.js reads values lazily: a value it cannot read surfaces here.
    throw new CalendarDataError(
      'valid-calendar-data',
      `Not valid iCalendar: ${String((error as Error).message).slice(0, 200)}`,
    );
  }
}

function readCalendar(calendar: ICAL.Component, zone: string, text: string): ReadTodo {
  if (calendar.getFirstPropertyValue('method')) {
    throw new CalendarDataError('valid-calendar-object-resource', 'A calendar object resource has no METHOD');
  }
  const others = calendar.getAllSubcomponents().filter((c) => c.name !== 'vtimezone' && c.name !== 'vtodo');
  if (others.length > 0) {
    throw new CalendarDataError(
      'supported-calendar-component',
      `This calendar holds tasks (VTODO) only, not ${others[0]!.name.toUpperCase()}`,
    );
  }
  const todos = calendar.getAllSubcomponents('vtodo');
  if (todos.length === 0) throw new CalendarDataError('valid-calendar-object-resource', 'No VTODO');
  const uids = new Set(todos.map((t) => t.getFirstPropertyValue('uid')));
  if (uids.size !== 1 || todos.length > 1) {
    // Overridden occurrences (RECURRENCE-ID) are not supported: one VTODO per resource.
    throw new CalendarDataError(
      'valid-calendar-object-resource',
      'Send exactly one VTODO (no RECURRENCE-ID overrides)',
    );
  }
  const todo = todos[0]!;
  const uid = String(todo.getFirstPropertyValue('uid') ?? '').trim();
  if (uid === '' || uid.length > 255)
    throw new CalendarDataError(
      'valid-calendar-object-resource',
      'The VTODO needs a UID (at most 255 characters)',
    );

  const dueProp = todo.getFirstProperty('due');
  const startProp = todo.getFirstProperty('dtstart');
  const due = dueProp ? readMoment(dueProp, calendar, zone) : null;
  const start = startProp ? readMoment(startProp, calendar, zone) : null;
  // A recurring to-do without DUE recurs from DTSTART: that is its due moment here.
  const dueMoment = due ?? (todo.hasProperty('rrule') ? start : null);

  const status = String(todo.getFirstPropertyValue('status') ?? '').toUpperCase();
  const percent = Number(todo.getFirstPropertyValue('percent-complete') ?? 0);
  const completed = status === 'COMPLETED' || todo.hasProperty('completed') || percent >= 100;

  const summary = String(todo.getFirstPropertyValue('summary') ?? '').trim();
  const descriptionValue = todo.getFirstPropertyValue('description');
  const description =
    typeof descriptionValue === 'string' && descriptionValue !== '' ? descriptionValue : null;
  const tags = tagsOf(todo.getAllProperties('categories'));
  // What does not fit a field (a long title or description, tags beyond what a task holds) is
  // stored cut to fit; the client's property is kept as sent either way (SHADOWED).
  const rrule = todo.getFirstProperty('rrule');
  const rule = rrule ? recurrenceOf(rrule) : null;
  const priority = priorityFromIcs(Number(todo.getFirstPropertyValue('priority') ?? 0));

  // What is kept, as the client's lines (caldav.raw.ts): every property Doable does not own and
  // every component. A line read into a field is marked (READ) and served while it still says what
  // the task says; an alarm read as a reminder carries its reading.
  const sent = rawCalendar(text);
  const reminders: Reminder[] = [];
  const keptComponents: string[] = [];
  const components = todo.getAllSubcomponents();
  componentLines(components, sent.todoComponents).forEach((lines, i) => {
    const alarm = components[i]!;
    const own = lines.filter((line) => nameOf(line) !== READ);
    const reminder =
      alarm.name === 'valarm' && !placeAlarm(alarm)
        ? readAlarm(alarm, dueMoment, start, calendar, zone, MAX_MINUTES_BEFORE)
        : null;
    if (reminder && reminders.length < 10) {
      reminders.push(reminder);
      own.splice(own.length - 1, 0, `X-DOABLE-READ:${reminderKey(reminder)}`);
    }
    keptComponents.push(...own);
  });
  let parentUid: string | null = null;
  const keptProps: string[] = [];
  const props = todo.getAllProperties();
  propLines(props, sent.todoProps).forEach((line, i) => {
    const prop = props[i]!;
    if (MAPPED.has(prop.name) || prop.name === READ || prop.getParameter(READ)) return;
    let read = prop.name === 'rrule' && prop === rrule && rule !== null && dueMoment !== null;
    if (prop.name === 'related-to' && parentUid === null && isParent(prop)) {
      parentUid = String(prop.getFirstValue());
      read = true;
    }
    keptProps.push(read ? line.replace(/^[^;:]*/, (name) => `${name};X-DOABLE-READ=TRUE`) : line);
  });
  const recurrence = rule && dueMoment ? rule : null;
  const plain = plainFieldsOf(todo);
  const sortOrder = Number(todo.getFirstPropertyValue('x-apple-sort-order'));

  const raw = {
    title: cut(summary || '(untitled)', MAX_TITLE),
    description:
      description !== null && [...description].length > MAX_DESCRIPTION
        ? cut(description, MAX_DESCRIPTION)
        : description,
    completed,
    priority,
    tags: tags.names,
    reminders,
    recurrence,
    ...(dueMoment && 'date' in dueMoment ? { due_date: dueMoment.date } : {}),
    ...(dueMoment && 'at' in dueMoment ? { due_at: dueMoment.at } : {}),
    ...plain,
  };
  // The REST API's own contract checks and normalises the fields (lengths, tags, the RRULE).
  const parsed = TaskInputSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new CalendarDataError(
      'valid-calendar-object-resource',
      `The task cannot be stored: ${why}`.slice(0, 500),
    );
  }
  const input: TaskInput = parsed.data;

  const calendarProps = calendar.getAllProperties();
  const head = propLines(calendarProps, sent.props).filter(
    (_, i) => !CALENDAR_OWN.has(calendarProps[i]!.name),
  );
  const timezones = componentLines(calendar.getAllSubcomponents('vtimezone'), sent.timezones).flat();
  const kept = [...head, ...timezones, ...keptProps, ...keptComponents];
  return {
    uid,
    input,
    parentUid,
    sortOrder: todo.hasProperty('x-apple-sort-order') && validSortOrder(sortOrder) ? sortOrder : null,
    extra:
      kept.length === 0
        ? null
        : [
            'BEGIN:VCALENDAR',
            ...head,
            ...timezones,
            'BEGIN:VTODO',
            ...keptProps,
            ...keptComponents,
            'END:VTODO',
            'END:VCALENDAR',
          ]
            .map(contentLine)
            .join(''),
  };
}

/** An alarm at a place (Apple's X-APPLE-PROXIMITY, a VLOCATION): no reminder here; kept as sent. */
const placeAlarm = (alarm: ICAL.Component) =>
  alarm.hasProperty('x-apple-proximity') || alarm.getAllSubcomponents('vlocation').length > 0;

const WHOLE_DURATION =
  /^([+-])?P(?:(\d{1,9})W|(?:(\d{1,9})D)?(?:T(?=\d)(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?)$/;

/**
 * ESTIMATED-DURATION (minutes) and X-DOABLE-DEADLINE (a day), each only when the VTODO has it: a
 * client that does not send one keeps the task's value. A value that is not one (a negative or
 * partial-minute duration, a deadline that is not a DATE) is refused; the task's contract checks
 * the range.
 */
function plainFieldsOf(todo: ICAL.Component): { duration?: number; deadline?: string } {
  const fields: { duration?: number; deadline?: string } = {};
  const estimate = todo.getFirstProperty('estimated-duration');
  if (estimate) {
    const text = String(estimate.getFirstValue() ?? '').trim();
    const match = WHOLE_DURATION.exec(text);
    const [weeks, days, hours, minutes, seconds] = (match?.slice(2) ?? []).map((n) => Number(n ?? 0));
    const total = match ? (((weeks! * 7 + days!) * 24 + hours!) * 60 + minutes!) * 60 + seconds! : Number.NaN;
    if (!match || match[1] === '-' || total <= 0 || total % 60 !== 0) {
      throw new CalendarDataError(
        'valid-calendar-object-resource',
        `ESTIMATED-DURATION must be a positive DURATION of whole minutes (PT45M, PT1H30M, P1D), not "${text.slice(0, 40)}"`,
      );
    }
    fields.duration = total / 60;
  }
  const deadline = todo.getFirstProperty('x-doable-deadline');
  if (deadline) {
    const value = deadline.getFirstValue();
    const text = value instanceof ICAL.Time ? (value.isDate ? value.toString() : '') : String(value ?? '');
    const day = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
    if (!day) {
      throw new CalendarDataError(
        'valid-calendar-object-resource',
        `X-DOABLE-DEADLINE must be a DATE (X-DOABLE-DEADLINE;VALUE=DATE:20261130), not "${text.slice(0, 40)}"`,
      );
    }
    fields.deadline = `${day[1]}-${day[2]}-${day[3]}`;
  }
  return fields;
}

/** The first `max` characters (code points), trimmed. */
const cut = (text: string, max: number) => [...text].slice(0, max).join('').trim();

/** CATEGORIES as tags: those a task can hold (TagSchema), at most 20. */
function tagsOf(props: ICAL.Property[]): { names: string[] } {
  const given = props.flatMap((p) => p.getValues().map(String)).filter((t) => t.trim() !== '');
  const names: string[] = [];
  const seen = new Set<string>();
  for (const tag of given) {
    const parsed = TagSchema.safeParse(tag);
    if (!parsed.success || seen.has(tagKey(parsed.data))) continue;
    seen.add(tagKey(parsed.data));
    names.push(parsed.data);
  }
  return { names: names.slice(0, MAX_TAGS) };
}

/** What writing a task needs besides the task: its UID and extra, its parent's UID, the owner's zone. */
export interface WriteContext {
  uid: string;
  extra: string | null;
  parentUid: string | null;
  /** The owner's time zone (floating times in the extra are read in it). */
  zone: string;
  now: Date;
}

const HEAD = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Doable//Doable CalDAV//EN\r\n';
const FOOT = 'END:VCALENDAR\r\n';

/** The task as a VCALENDAR of one VTODO: our fields, then what the client sent that still holds. */
export function writeTodo(task: Task, context: WriteContext): string {
  const extra = parseExtra(context.extra);
  const extraTodo = extra?.getFirstSubcomponent('vtodo') ?? null;
  // The client's alarms served as sent stand for the reminders they were read as.
  const alarms = extraTodo ? servedAlarms(extraTodo, task, extra!, context.zone) : null;
  const reminders = alarms
    ? (task.reminders as Reminder[]).filter((r) => !alarms.readings.has(reminderKey(r)))
    : task.reminders;
  const ours = icsTodo(
    {
      uid: context.uid,
      title: task.title,
      description: task.description,
      completed: task.completed,
      completed_at: task.completedAt?.toISOString() ?? null,
      priority: PRIORITIES[task.priority] ?? 'none',
      tags: task.tags,
      due_date: task.dueDate,
      due_at: task.dueAt?.toISOString() ?? null,
      recurrence: task.recurrence,
      occurrences_done: task.occurrencesDone,
      reminders: reminders as TaskInput['reminders'],
      duration: task.duration,
      deadline: task.deadline,
      parent_uid: context.parentUid,
      created_at: task.createdAt.toISOString(),
      updated_at: task.updatedAt.toISOString(),
    },
    { now: context.now },
  );
  const sortOrder = `X-APPLE-SORT-ORDER:${sortOrderOf(task.position)}`;
  if (!extra || !alarms) return HEAD + ours.replace(/END:VTODO\r\n$/, `${sortOrder}\r\nEND:VTODO\r\n`) + FOOT;
  // Ours and the client's, as lines: a kept line that still holds stands in for ours of its name.
  const mine = rawCalendar(`BEGIN:VCALENDAR\r\n${ours}END:VCALENDAR\r\n`);
  const stored = rawCalendar(context.extra!);
  const props = extraTodo!.getAllProperties();
  const replaced = new Set<string>();
  const kept: string[] = [];
  propLines(props, stored.todoProps).forEach((line, i) => {
    const prop = props[i]!;
    const shadow = shadowOf(prop, context.parentUid);
    if (shadow && !stillTrue(prop, task, extraTodo!, extra, context)) return;
    if (shadow) replaced.add(shadow);
    kept.push(line.replace(/^([^;:]*);X-DOABLE-READ=TRUE/i, '$1'));
  });
  const components = componentLines(extraTodo!.getAllSubcomponents(), stored.todoComponents)
    .filter((_, i) => alarms.served[i])
    .flatMap((lines) => lines.filter((line) => nameOf(line) !== READ));
  const lines = [
    ...propLines(extra.getAllProperties(), stored.props),
    ...componentLines(extra.getAllSubcomponents('vtimezone'), stored.timezones).flat(),
    'BEGIN:VTODO',
    ...mine.todoProps.filter((line) => !replaced.has(nameOf(line))),
    ...kept,
    sortOrder,
    ...mine.todoComponents.flat(),
    ...components,
    'END:VTODO',
  ];
  return HEAD + lines.map(contentLine).join('') + FOOT;
}

function parseExtra(extra: string | null): ICAL.Component | null {
  if (!extra) return null;
  try {
    return new ICAL.Component(ICAL.parse(extra) as unknown[]);
  } catch {
    return null;
  }
}

/**
 * Which of our lines a kept property stands in for when served: its name (SHADOWED), or for the
 * parent's RELATED-TO, ours when it names the same parent; null for a property served beside ours.
 */
function shadowOf(prop: ICAL.Property, parentUid: string | null): string | null {
  if (SHADOWED.has(prop.name)) return prop.name;
  if (prop.name !== 'related-to' || !isParent(prop)) return null;
  return prop.getParameter(READ) || String(prop.getFirstValue()) === parentUid ? 'related-to' : null;
}

const isParent = (prop: ICAL.Property) =>
  String(prop.getParameter('reltype') ?? 'PARENT').toUpperCase() === 'PARENT';

/** A reminder as the text that marks an alarm read as it. */
const reminderKey = (r: { at?: string; minutes_before?: number }) =>
  r.at !== undefined ? `at ${new Date(r.at).toISOString()}` : `before ${r.minutes_before ?? 0}`;

/**
 * Which kept components to serve (alarms read as a reminder the task still has, and every other
 * component) and the readings they stand for. An alarm relative to a DTSTART that
 * is no longer the due moment is not served (the reminder is, as ours).
 */
function servedAlarms(
  extraTodo: ICAL.Component,
  task: Task,
  calendar: ICAL.Component,
  zone: string,
): { served: boolean[]; readings: Set<string> } {
  const has = new Set((task.reminders as Reminder[]).map(reminderKey));
  const start = extraTodo.getFirstProperty('dtstart');
  const startHolds = !start || sameMoment(readMoment(start, calendar, zone), task);
  const served: boolean[] = [];
  const readings = new Set<string>();
  for (const component of extraTodo.getAllSubcomponents()) {
    const reading = component.name === 'valarm' ? component.getFirstPropertyValue(READ) : null;
    if (typeof reading === 'string') {
      const trigger = component.getFirstProperty('trigger');
      const fromStart =
        reading.startsWith('before') &&
        String(trigger?.getParameter('related') ?? 'START').toUpperCase() !== 'END';
      const holds = has.has(reading) && !(fromStart && !startHolds);
      served.push(holds);
      if (holds) readings.add(reading);
      continue;
    }
    served.push(true);
  }
  return { served, readings };
}

/** Whether a property the client sent still says what the task says (then it is served as sent). */
function stillTrue(
  prop: ICAL.Property,
  task: Task,
  todo: ICAL.Component,
  calendar: ICAL.Component,
  context: WriteContext,
): boolean {
  switch (prop.name) {
    case 'summary':
      return cut(String(prop.getFirstValue()).trim(), MAX_TITLE) === task.title;
    case 'description': {
      const text = String(prop.getFirstValue() ?? '');
      if (text === '') return task.description === null;
      return ([...text].length > MAX_DESCRIPTION ? cut(text, MAX_DESCRIPTION) : text) === task.description;
    }
    case 'categories': {
      const names = tagsOf(todo.getAllProperties('categories')).names;
      return names.length === task.tags.length && names.every((t, i) => t === task.tags[i]);
    }
    case 'rrule':
      // Followed: while it is the task's rule (a COUNT as the occurrences left); else while the
      // task does not recur.
      return prop.getParameter(READ)
        ? task.recurrence !== null && recurrenceOf(prop) === ruleLeft(task.recurrence, task.occurrencesDone)
        : !task.recurrence;
    case 'related-to':
      return String(prop.getFirstValue()) === context.parentUid;
    case 'due':
      return sameMoment(readMoment(prop, calendar, context.zone), task);
    case 'dtstart':
      return !task.recurrence || sameMoment(readMoment(prop, calendar, context.zone), task);
    case 'completed':
      return task.completed;
    case 'status': {
      const status = String(prop.getFirstValue()).toUpperCase();
      return status === 'COMPLETED' ? task.completed : !task.completed && status !== 'NEEDS-ACTION';
    }
    case 'percent-complete':
      return !task.completed && Number(prop.getFirstValue()) < 100;
    default:
      return true;
  }
}

/**
 * The extra of a task whose parent (RELATED-TO) is not known here: that relation is kept as sent,
 * served whatever parent the task has, no longer as the stand-in for one.
 */
export function unreadParent(extra: string): string {
  const calendar = parseExtra(extra);
  const relation = calendar
    ?.getFirstSubcomponent('vtodo')
    ?.getAllProperties('related-to')
    .find((prop) => prop.getParameter(READ));
  if (!calendar || !relation) return extra;
  relation.removeParameter(READ);
  return calendar.toString();
}

// X-APPLE-SORT-ORDER: Apple Reminders and Tasks.org order a list by it, ascending, in seconds since
// 2001-01-01 (an item without one sits where its creation time puts it). A task's position is
// milliseconds since 1970 when it is made (then midpoints between neighbours), so the one maps
// onto the other: each task's value follows from its own position, and a Doable task made at a
// moment sorts where an app's item made then would.
const APPLE_EPOCH = Date.UTC(2001, 0, 1);
/** The largest X-APPLE-SORT-ORDER taken: its position stays a whole number of milliseconds. */
const SORT_ORDER_MAX = 9_000_000_000_000;

export const sortOrderOf = (position: number) => Math.round((position - APPLE_EPOCH) / 1000);

/**
 * Where a PUT's X-APPLE-SORT-ORDER places a task at `position`: null (it stays) for none, for the
 * value served, or for the position itself, rounded (as a copy synced from an older Doable holds);
 * else that value's position among its siblings.
 */
export function placeOf(position: number, sortOrder: number | null): number | null {
  if (sortOrder === null || sortOrder === sortOrderOf(position) || sortOrder === Math.round(position))
    return null;
  return APPLE_EPOCH + sortOrder * 1000;
}
const validSortOrder = (n: number) => Number.isSafeInteger(n) && Math.abs(n) <= SORT_ORDER_MAX;
