// The mapping between a task and a VTODO, both ways (docs/caldav.md has the table; decision 0153
// why), over the iCalendar module (shared/ical/ical.ts). Out: its VTODO writer (icsTodo, as the
// export's) makes the fields both sides have; what the client sent that we do not map (the "extra": unknown properties and components,
// VTIMEZONEs, alarms we cannot express) is added back unchanged. In: ical.js reads the client's
// VCALENDAR into a task input (validated by the REST API's own TaskInputSchema) and the extra.
import ICAL from 'ical.js';
import {
  icsTodo,
  type Moment,
  priorityFromIcs,
  readAlarm,
  readMoment,
  recurrenceOf,
} from '#shared/ical/ical.js';
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

/** Properties the mapping owns: read into fields, written from them (never kept in the extra). */
const MAPPED = new Set([
  'uid',
  'dtstamp',
  'created',
  'last-modified',
  'summary',
  'description',
  'priority',
  'categories',
  'rrule',
  'x-apple-sort-order',
  'x-doable-list',
  'estimated-duration',
  'x-doable-deadline',
]);

/**
 * Kept in the extra but served only while they still say what the task says (writeTodo): always
 * (due, dtstart, completion), or when they did not fit a field (summary, description, categories,
 * rrule: readTodo).
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
    return readCalendar(parseCalendar(text), zone);
  } catch (error) {
    if (error instanceof CalendarDataError) throw error;
    // ical.js reads values lazily: a value it cannot read surfaces here.
    throw new CalendarDataError(
      'valid-calendar-data',
      `Not valid iCalendar: ${String((error as Error).message).slice(0, 200)}`,
    );
  }
}

function readCalendar(calendar: ICAL.Component, zone: string): ReadTodo {
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
  // What does not fit a field (a long title or description, tags beyond what a task holds, a rule
  // the API cannot follow) is stored cut to fit, and the client's property kept as sent (SHADOWED).
  const keep = new Set<string>();
  if ([...summary].length > MAX_TITLE) keep.add('summary');
  if (description !== null && [...description].length > MAX_DESCRIPTION) keep.add('description');
  if (tags.changed) keep.add('categories');
  const rrule = todo.getFirstProperty('rrule');
  const rule = rrule ? recurrenceOf(rrule) : null;
  if (rrule && !(rule && dueMoment)) keep.add('rrule');
  const priority = priorityFromIcs(Number(todo.getFirstPropertyValue('priority') ?? 0));

  const reminders: Reminder[] = [];
  const extraTodo = new ICAL.Component(['vtodo', [], []]);
  for (const alarm of [...todo.getAllSubcomponents()]) {
    const reminder =
      alarm.name === 'valarm' ? readAlarm(alarm, dueMoment, start, calendar, zone, MAX_MINUTES_BEFORE) : null;
    if (reminder && reminders.length < 10) reminders.push(reminder);
    else extraTodo.addSubcomponent(alarm);
  }
  let parentUid: string | null = null;
  for (const prop of [...todo.getAllProperties()]) {
    if (prop.name === 'related-to') {
      const reltype = String(prop.getParameter('reltype') ?? 'PARENT').toUpperCase();
      if (reltype === 'PARENT' && parentUid === null) {
        parentUid = String(prop.getFirstValue());
        continue;
      }
    }
    if (!MAPPED.has(prop.name) || keep.has(prop.name)) extraTodo.addProperty(prop);
  }
  const recurrence = rule && dueMoment ? rule : null;
  const plain = plainFieldsOf(todo);
  const sortOrder = Number(todo.getFirstPropertyValue('x-apple-sort-order'));

  const raw = {
    title: cut(summary || '(untitled)', MAX_TITLE),
    description:
      description !== null && keep.has('description') ? cut(description, MAX_DESCRIPTION) : description,
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

  const extraCalendar = new ICAL.Component(['vcalendar', [], []]);
  for (const tz of [...calendar.getAllSubcomponents('vtimezone')]) extraCalendar.addSubcomponent(tz);
  extraCalendar.addSubcomponent(extraTodo);
  const empty = extraTodo.getAllProperties().length === 0 && extraTodo.getAllSubcomponents().length === 0;
  return {
    uid,
    input,
    parentUid,
    sortOrder: Number.isFinite(sortOrder) && todo.hasProperty('x-apple-sort-order') ? sortOrder : null,
    extra:
      empty && extraCalendar.getAllSubcomponents('vtimezone').length === 0 ? null : extraCalendar.toString(),
  };
}

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

/** CATEGORIES as tags: those a task can hold (TagSchema), at most 20; `changed` when any was left out. */
function tagsOf(props: ICAL.Property[]): { names: string[]; changed: boolean } {
  const given = props.flatMap((p) => p.getValues().map(String)).filter((t) => t.trim() !== '');
  const names: string[] = [];
  const seen = new Set<string>();
  for (const tag of given) {
    const parsed = TagSchema.safeParse(tag);
    if (!parsed.success || seen.has(tagKey(parsed.data))) continue;
    seen.add(tagKey(parsed.data));
    names.push(parsed.data);
  }
  const kept = names.slice(0, MAX_TAGS);
  return { names: kept, changed: kept.length !== given.length || kept.some((t, i) => t !== given[i]) };
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

/** The task as a VCALENDAR of one VTODO: our fields, then the client's extra. */
export function writeTodo(task: Task, context: WriteContext): string {
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
      reminders: task.reminders as TaskInput['reminders'],
      duration: task.duration,
      deadline: task.deadline,
      parent_uid: context.parentUid,
      created_at: task.createdAt.toISOString(),
      updated_at: task.updatedAt.toISOString(),
    },
    { now: context.now },
  );
  const sortOrder = `X-APPLE-SORT-ORDER:${Math.round(task.position)}\r\n`;
  const withOrder = ours.replace(/END:VTODO\r\n$/, `${sortOrder}END:VTODO\r\n`);
  if (!context.extra) return HEAD + withOrder + FOOT;
  const todo = new ICAL.Component(
    ICAL.parse(`BEGIN:VCALENDAR\r\n${ours}END:VCALENDAR\r\n`) as unknown[],
  ).getFirstSubcomponent('vtodo')!;
  let extra: ICAL.Component;
  try {
    extra = new ICAL.Component(ICAL.parse(context.extra) as unknown[]);
  } catch {
    return HEAD + withOrder + FOOT;
  }
  const extraTodo = extra.getFirstSubcomponent('vtodo');
  const timezones = extra.getAllSubcomponents('vtimezone').map((tz) => tz.toString());
  if (extraTodo) {
    const replaced = new Set<string>();
    for (const prop of [...extraTodo.getAllProperties()]) {
      if (SHADOWED.has(prop.name)) {
        if (!stillTrue(prop, task, extraTodo, extra, context.zone)) continue;
        if (!replaced.has(prop.name)) todo.removeAllProperties(prop.name);
        replaced.add(prop.name);
      }
      todo.addProperty(prop);
    }
    for (const component of [...extraTodo.getAllSubcomponents()]) todo.addSubcomponent(component);
  }
  // A recurring task's DTSTART is its current occurrence (ours); without DUE a client's DTSTART stands.
  const text = todo.toString().replace(/END:VTODO$/, `${sortOrder}END:VTODO`);
  return `${HEAD}${timezones.map((t) => `${t}\r\n`).join('')}${text}\r\n${FOOT}`;
}

/** Whether a property the client sent still says what the task says (then it is served as sent). */
function stillTrue(
  prop: ICAL.Property,
  task: Task,
  todo: ICAL.Component,
  calendar: ICAL.Component,
  zone: string,
): boolean {
  switch (prop.name) {
    case 'summary':
      return cut(String(prop.getFirstValue()).trim(), MAX_TITLE) === task.title;
    case 'description':
      return cut(String(prop.getFirstValue()), MAX_DESCRIPTION) === task.description;
    case 'categories': {
      const names = tagsOf(todo.getAllProperties('categories')).names;
      return names.length === task.tags.length && names.every((t, i) => t === task.tags[i]);
    }
    case 'rrule':
      return !task.recurrence;
    case 'due':
      return sameMoment(readMoment(prop, calendar, zone), task);
    case 'dtstart':
      return !task.recurrence;
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
