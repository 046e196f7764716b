// The task service: every operation is (db, caller, input) -> result. Each resolves the caller's
// actor once (server/platform/access/access.ts): the caller's own tasks, or those of a list shared
// with the caller, written as their owner. REST routes, MCP tools and the chat agent are thin
// adapters over these functions. Listing
// lives in tasks.list.ts, recurring series in tasks.series.ts, the row and its shared SQL in
// tasks.rows.ts.
import { and, type SQL, sql } from 'drizzle-orm';
import { parseQuickAdd, type QuickAddParse } from '#shared/quickadd/quickadd.js';
import {
  type Actor,
  actorForNewTask,
  actorOn,
  asActor,
  assertAssignable,
} from '../../platform/access/access.js';
import type { Action } from '../../platform/access/policy.js';
import type { Database } from '../../platform/db/client.js';
import { namedBuilt, namedQuery } from '../../platform/db/prepared.js';
import { tasks } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { getSettings } from '../settings/settings.service.js';
import { quickAddInput } from './quick.js';
import { detailsForQuickAdd, listsForQuickAdd, quickAddList } from './quick.places.js';
import { type PlainValues, plainReplacement } from './tasks.fields.js';
import {
  assertExpected,
  assertPossibleId,
  type Expected,
  keysOf,
  ownedTask,
  ownerZone,
  PLAIN_COLUMNS,
  type Reminder,
  TASK_RETURNING,
  type Task,
  taskColumns,
  taskFromRow,
  versionMatches,
} from './tasks.rows.js';
import { PRIORITIES, type Priority, type TaskInput, type TaskPatch } from './tasks.schema.js';
import { advanceSeries, reopenOccurrence } from './tasks.series.js';
import {
  carryToList,
  completeSubtrees,
  lockNodes,
  type Move,
  type MoveTarget,
  placeMove,
  placeNew,
  reopenSubtrees,
  unassignStrays,
} from './tasks.tree.js';

/** One task the caller owns, or can see through a shared list. */
export function getTask(db: Database, caller: string, id: number): Promise<Task> {
  return taskFor(db, caller, id, 'task.read');
}

/** One task the caller may do `action` to (policy.ts): 404 when they cannot see it, 403 when they may not. */
export async function taskFor(db: Database, caller: string, id: number, action: Action): Promise<Task> {
  const actor = await actorOn(db, caller, action, { task: id });
  return ownTask(db, actor.owner, id);
}

/**
 * Resolves the caller's actor on task `id` for `action` (404 when they cannot see it, 403 when
 * they may not) and runs `op` as that actor.
 */
async function onTask<T>(
  db: Database,
  caller: string,
  id: number,
  action: Action,
  op: (actor: Actor, db: Database) => Promise<T>,
): Promise<T> {
  const actor = await actorOn(db, caller, action, { task: id });
  return asActor(db, actor, (tx) => op(actor, tx));
}

/** One of the owner's own tasks. */
async function ownTask(db: Database, owner: string, id: number): Promise<Task> {
  assertPossibleId(id);
  const [row] = await db.select(taskColumns).from(tasks).where(ownedTask(owner, id));
  if (!row) throw notFound(`Task ${id}`);
  return row;
}

const tagArray = (names: string[]) => sql.param(names, tasks.tags);

/**
 * A create's INSERT. The owner's zone places an all-day due date (due_sort) and starts a series
 * (its first day and time, as seriesOf does for other writes); $14 is the repeat, null for none.
 */
const INSERT_TASK = `insert into tasks (user_id, created_by, list_id, section_id, parent_id, title, description,
    completed, completed_at, priority, tags, tag_keys, due_date, due_at, due_sort, recurrence, recurrence_from,
    series_start_date, series_start_time, occurrences_done, reminders, assignee_id${PLAIN_COLUMNS.map((c) => `, ${c.name}`).join('')})
  select $1, $2, $3, $4, $5, $6, $7, $8, case when $8 then now() end, $9, $10::text[], $11::text[], $12::date,
    $13::timestamptz, coalesce($13::timestamptz, ($12::date)::timestamp at time zone z.zone), $14, $15,
    case when $14::text is not null then coalesce($12::date, ($13::timestamptz at time zone z.zone)::date) end,
    case when $14::text is not null then to_char($13::timestamptz at time zone z.zone, 'HH24:MI') end,
    0, $16::jsonb, $17${PLAIN_COLUMNS.map((c, i) => `, $${18 + i}::${c.type}`).join('')}
  from (select coalesce((select time_zone from user_settings where user_id = $1), 'UTC') as zone) z
  ${TASK_RETURNING}`;

/**
 * Creates a task: the caller's own, or, in a list shared with the caller as an editor (or under
 * such a task), the list owner's, made by the caller.
 */
export async function createTask(db: Database, caller: string, input: TaskInput): Promise<Task> {
  const actor = await actorForNewTask(db, caller, input.list_id, input.parent_id);
  const { owner } = actor;
  const completed = input.completed ?? false;
  const dueDate = input.due_date ?? null;
  const dueAt = input.due_at ?? null;
  const tags = input.tags ?? [];
  const place =
    input.list_id != null || input.parent_id != null || input.section_id != null
      ? await placeNew(db, owner, input.list_id, input.parent_id, input.section_id)
      : { listId: null, parentId: null, sectionId: null };
  if (input.assignee_id) await assertAssignable(db, actor, place.listId, input.assignee_id);
  // One statement of fixed text (not built by Drizzle's query builder, whose building cost a create
  // about a fifth of its CPU: docs/decisions/0149-task-writes-written-out-as-sql.md), named so that
  // Postgres parses and plans it once per connection; values travel as parameters; defaults (id,
  // uid, position, version, times) are the table's.
  const dueAtValue = dueAt === null ? null : new Date(dueAt).toISOString();
  const recurrence = input.recurrence ?? null;
  const [row] = await namedQuery<Record<string, unknown>>(db, 'doable_task_insert', INSERT_TASK, [
    owner,
    owner === caller ? null : caller,
    place.listId,
    place.sectionId,
    place.parentId,
    input.title,
    input.description ?? null,
    completed,
    PRIORITIES.indexOf(input.priority ?? 'none'),
    tags,
    keysOf(tags),
    dueDate,
    dueAtValue,
    recurrence,
    recurrence === null ? null : (input.recurrence_from ?? 'due'),
    JSON.stringify(input.reminders ?? []),
    input.assignee_id ?? null,
    ...PLAIN_COLUMNS.map((c) => c.parameter(input[c.json] ?? null)),
  ]);
  return taskFromRow(row!);
}

/** Quick add's reading of one line, with the ids of the list, section and person it named. */
export interface QuickAddReading extends QuickAddParse {
  list_id: number | null;
  section_id: number | null;
  assignee_id: string | null;
}

/**
 * Quick add's reading of one line, in the owner's time zone and date order, relative to `now`.
 * "#Name" is one of the caller's lists (own or shared) when one is so named; "/Section" and
 * "+person" are looked up in the list the line names, else in `place.list_id`.
 */
export async function readQuickAdd(
  db: Database,
  caller: string,
  text: string,
  now = new Date(),
  place: { list_id?: number | null; keep?: string[] } = {},
): Promise<QuickAddReading> {
  const [{ timeZone, dateOrder }, all] = await Promise.all([
    getSettings(db, caller),
    listsForQuickAdd(db, caller),
  ]);
  const lists = all.map((l) => quickAddList(l));
  const options = { now, timeZone, dateOrder, keep: place.keep, urdu: true, lists };
  const first = parseQuickAdd(text, options);
  const target = first.list
    ? all.find((l) => l.name === first.list)
    : all.find((l) => l.id === place.list_id);
  const none = { list_id: null, section_id: null, assignee_id: null };
  // Sections and people are looked up only when the line may name one.
  if (!target || !/(^|\s)[/+]\S/u.test(text))
    return { ...first, ...none, list_id: first.list ? target!.id : null };
  const details = await detailsForQuickAdd(db, target.id);
  const parse = parseQuickAdd(text, {
    ...options,
    defaultList: target.name,
    lists: all.map((l) => (l.id === target.id ? quickAddList(l, details) : quickAddList(l))),
  });
  return {
    ...parse,
    list_id: parse.list ? target.id : null,
    section_id: details.sections.find((s) => s.name === parse.section)?.id ?? null,
    assignee_id: details.people.find((p) => p.name === parse.assignee)?.id ?? null,
  };
}

/**
 * Quick add: creates the task one line describes (422 on `text` when that task is not valid), in a
 * list or under a parent when given. A list the line names wins over `place.list_id` (and the
 * section given with it); a section or person it names is that list's.
 */
export async function quickAdd(
  db: Database,
  caller: string,
  text: string,
  now = new Date(),
  place: {
    list_id?: number | null;
    parent_id?: number | null;
    section_id?: number | null;
    keep?: string[];
  } = {},
): Promise<Task> {
  const { keep: _kept, ...at } = place;
  const reading = await readQuickAdd(db, caller, text, now, place);
  const where =
    reading.list_id !== null
      ? { ...at, list_id: reading.list_id, section_id: reading.section_id }
      : { ...at, section_id: reading.section_id ?? at.section_id };
  return createTask(db, caller, {
    ...quickAddInput(reading),
    ...where,
    ...(reading.assignee_id ? { assignee_id: reading.assignee_id } : {}),
  });
}

/** A change to some fields of a task; the due moment changes as a whole. */
export interface Changes extends PlainValues {
  title?: string;
  description?: string | null;
  completed?: boolean;
  priority?: Priority;
  tags?: string[];
  /** The due moment; a side left undefined keeps its current value. */
  due?: { date?: string | null; at?: string | null };
  recurrence?: string | null;
  recurrenceFrom?: 'due' | 'completion';
  reminders?: Reminder[];
  /** Who the task is assigned to (the owner or a member of its list), or null. */
  assignee?: string | null;
  /** Another list, parent or place among siblings (resolved into `place` inside the write). */
  target?: MoveTarget;
  place?: Move;
}

/**
 * The changes a PATCH body asks for. Setting one kind of due moment clears the other; clearing
 * one (null) leaves the other as it is.
 */
function patchChanges(patch: TaskPatch): Changes {
  const {
    due_date,
    due_at,
    recurrence,
    recurrence_from,
    list_id,
    parent_id,
    section_id,
    assignee_id,
    ...rest
  } = patch;
  const changes: Changes = rest;
  if (assignee_id !== undefined) changes.assignee = assignee_id;
  const target = targetOf(list_id, parent_id, section_id);
  if (target) changes.target = target;
  if (recurrence !== undefined) changes.recurrence = recurrence;
  if (recurrence_from !== undefined) changes.recurrenceFrom = recurrence_from;
  if (due_date != null) changes.due = { date: due_date, at: null };
  else if (due_at != null) changes.due = { date: null, at: due_at };
  else if (due_date === null || due_at === null) changes.due = { date: due_date, at: due_at };
  return changes;
}

/** A change of list, parent or section, when any is given. */
function targetOf(
  listId: number | null | undefined,
  parentId: number | null | undefined,
  sectionId: number | null | undefined,
): MoveTarget | undefined {
  if (listId === undefined && parentId === undefined && sectionId === undefined) return undefined;
  return {
    ...(listId !== undefined ? { list_id: listId } : {}),
    ...(parentId !== undefined ? { parent_id: parentId } : {}),
    ...(sectionId !== undefined ? { section_id: sectionId } : {}),
  };
}

/** Explains why a conditional write touched no row: no such task (404), or a stale version (412). */
async function missedWrite(db: Database, owner: string, id: number, expected: Expected): Promise<Task> {
  const current = await ownTask(db, owner, id);
  assertExpected(id, current.version, expected);
  return current;
}

/**
 * Applies changes to one of the actor's owner's tasks. A write that changes nothing leaves the row
 * (its updated_at and version) untouched, which makes PUT, PATCH and setting completion idempotent.
 * A change of completion or place is one transaction with what follows for the subtree: completing
 * completes its open subtasks, reopening restores those completed with it, a new list takes the
 * subtasks along. A member's move needs their write access at the destination too (placeMove).
 */
async function applyChanges(
  db: Database,
  actor: Actor,
  id: number,
  changes: Changes,
  expected: Expected,
): Promise<Task> {
  const { owner } = actor;
  assertPossibleId(id);
  if (changes.completed === undefined && changes.target === undefined && !changes.assignee) {
    return writeChanges(db, owner, id, changes, expected);
  }
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    // A move locks where it goes too, in the same id order: two crossed moves (A under B while B
    // goes under A) then queue on each other instead of deadlocking on the parent's foreign key.
    const { parent_id: parentId, after_id: afterId, before_id: beforeId } = changes.target ?? {};
    const beside = [parentId, afterId, beforeId].filter((n): n is number => typeof n === 'number');
    const locked = await lockNodes(tx, owner, [id, ...beside]);
    const place = changes.target
      ? await placeMove(
          tx,
          actor,
          locked.find((node) => node.id === id),
          id,
          changes.target,
        )
      : undefined;
    let followed = changes.completed === false ? await reopenSubtrees(tx, owner, [id]) : 0;
    const task = await writeChanges(tx, owner, id, { ...changes, place }, expected);
    if (changes.assignee) await assertAssignable(tx, actor, task.listId, changes.assignee);
    if (place) {
      await carryToList(tx, owner, place.descendants, place.listId, place.sectionId);
      followed += await unassignStrays(tx, owner, [id, ...place.descendants]);
    }
    if (changes.completed === true && task.subtasks.open > 0)
      followed += await completeSubtrees(tx, owner, [id]);
    return followed > 0 ? ownTask(tx, owner, id) : task;
  });
}

/** Moves a task to another list, under another parent, or between two siblings (POST .../move). */
export function moveTask(
  db: Database,
  caller: string,
  id: number,
  target: MoveTarget,
  expected?: Expected,
): Promise<Task> {
  return onTask(db, caller, id, 'task.update', (actor, tx) =>
    applyChanges(tx, actor, id, { target }, expected),
  );
}

/** The one UPDATE of a task's own row; see applyChanges. */
async function writeChanges(
  db: Database,
  owner: string,
  id: number,
  changes: Changes,
  expected: Expected,
): Promise<Task> {
  const [updated] = await writeRows(db, owner, and(ownedTask(owner, id), versionMatches(expected))!, changes);
  return updated ?? missedWrite(db, owner, id, expected);
}

/**
 * The UPDATE behind every change of task fields, on the owner's rows that `scope` selects; only
 * rows that differ from the changes are written (so each gets one new version and one event).
 */
export async function writeRows(db: Database, owner: string, scope: SQL, changes: Changes): Promise<Task[]> {
  // Written out as SQL, one "column = value" per change (not built by Drizzle's query builder: see
  // createTask); values travel as parameters.
  const set: SQL[] = [sql`updated_at = now()`, sql`version = tasks.version + 1`];
  const differs: SQL[] = [];
  const change = (column: string, value: SQL, differsFrom: SQL = value) => {
    set.push(sql`${sql.raw(column)} = ${value}`);
    differs.push(sql`${sql.raw(`tasks.${column}`)} is distinct from ${differsFrom}`);
  };
  if (changes.title !== undefined) change('title', sql`${changes.title}::text`);
  if (changes.description !== undefined) change('description', sql`${changes.description}::text`);
  if (changes.completed !== undefined) {
    change('completed', sql`${changes.completed}::boolean`);
    set.push(sql`completed_at = ${changes.completed ? sql`coalesce(tasks.completed_at, now())` : null}`);
  }
  if (changes.priority !== undefined)
    change('priority', sql`${PRIORITIES.indexOf(changes.priority)}::smallint`);
  if (changes.tags !== undefined) {
    change('tags', sql`${tagArray(changes.tags)}::text[]`);
    set.push(sql`tag_keys = ${tagArray(keysOf(changes.tags))}::text[]`);
  }
  const newAt = changes.due?.at === undefined ? sql`tasks.due_at` : sql`${changes.due.at}::timestamptz`;
  const newDate = changes.due?.date === undefined ? sql`tasks.due_date` : sql`${changes.due.date}::date`;
  if (changes.due !== undefined) {
    const { date, at } = changes.due;
    if (date !== undefined) change('due_date', sql`${date}::date`);
    if (at !== undefined)
      change('due_at', sql`${at === null ? null : new Date(at).toISOString()}::timestamptz`);
    set.push(sql`due_sort = coalesce(${newAt}, (${newDate})::timestamp at time zone ${ownerZone(owner)})`);
  }
  if (changes.place !== undefined) {
    const { listId, parentId, position } = changes.place;
    change('list_id', sql`${listId}::bigint`);
    change('parent_id', sql`${parentId}::bigint`);
    change('section_id', sql`${changes.place.sectionId}::bigint`);
    change('position', sql`${position}::float8`);
  }
  if (changes.assignee !== undefined) change('assignee_id', sql`${changes.assignee}::text`);
  if (changes.reminders !== undefined) change('reminders', sql`${JSON.stringify(changes.reminders)}::jsonb`);
  for (const c of PLAIN_COLUMNS) if (changes[c.json] !== undefined) change(c.name, c.write(changes[c.json]));
  if (changes.recurrence !== undefined)
    differs.push(sql`tasks.recurrence is distinct from ${changes.recurrence}::text`);
  if (changes.recurrenceFrom !== undefined)
    differs.push(sql`tasks.recurrence_from is distinct from ${changes.recurrenceFrom}::text`);
  // Editing the rule or the due moment of a series restarts it from the (new) due moment.
  if (changes.recurrence !== undefined || changes.due !== undefined || changes.recurrenceFrom !== undefined) {
    const rule = changes.recurrence === undefined ? sql`tasks.recurrence` : sql`${changes.recurrence}::text`;
    const from =
      changes.recurrenceFrom === undefined
        ? sql`coalesce(tasks.recurrence_from, 'due')`
        : sql`${changes.recurrenceFrom}::text`;
    const zone = ownerZone(owner);
    set.push(
      sql`recurrence = ${rule}`,
      sql`recurrence_from = case when ${rule} is null then null else ${from} end`,
      sql`series_start_date = case when ${rule} is null then null else coalesce(${newDate}, (${newAt} at time zone ${zone})::date) end`,
      sql`series_start_time = case when ${rule} is null then null else to_char(${newAt} at time zone ${zone}, 'HH24:MI') end`,
      // Only a real change of the rule or the due moment restarts the count (a PUT repeats them).
      sql`occurrences_done = case when tasks.recurrence is distinct from ${rule} or tasks.due_date is distinct from ${newDate} or tasks.due_at is distinct from ${newAt} then 0 else tasks.occurrences_done end`,
    );
  }
  const rows = await recurrenceChecked(
    namedBuilt<Record<string, unknown>>(
      db,
      'task_write',
      sql`update tasks set ${sql.join(set, sql`, `)} where ${scope} and (${sql.join(differs, sql` or `)}) ${sql.raw(TASK_RETURNING)}`,
    ),
  );
  return rows.map(taskFromRow);
}

/** A recurring task left without a due moment is refused by the database: say why, as a 422. */
async function recurrenceChecked<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    // The driver's own error (a named statement) or Drizzle's wrapping it (in a transaction).
    const { cause, constraint: own } = err as { cause?: { constraint?: string }; constraint?: string };
    const constraint = cause?.constraint ?? own;
    if (constraint === 'tasks_recurrence_needs_due') {
      throw invalid(
        'recurrence',
        'needs a due_date or due_at: a recurring task always has a next occurrence',
        'body',
      );
    }
    throw err;
  }
}

export function replaceTask(
  db: Database,
  caller: string,
  id: number,
  input: TaskInput,
  expected?: Expected,
): Promise<Task> {
  return onTask(db, caller, id, 'task.update', (actor, tx) =>
    applyChanges(tx, actor, id, replacement(input), expected),
  );
}

/** What a PUT changes: every field, except a list, parent or assignee it leaves out. */
function replacement(input: TaskInput): Changes {
  return {
    title: input.title,
    description: input.description ?? null,
    completed: input.completed ?? false,
    priority: input.priority ?? 'none',
    tags: input.tags ?? [],
    due: { date: input.due_date ?? null, at: input.due_at ?? null },
    recurrence: input.recurrence ?? null,
    reminders: input.reminders ?? [],
    ...plainReplacement(input),
    // Not recurring: recurrence_from stays null (a repeated PUT must change nothing).
    ...(input.recurrence ? { recurrenceFrom: input.recurrence_from ?? 'due' } : {}),
    // Seed clients know nothing of lists: an omitted list, parent or section stays as it is.
    ...(targetOf(input.list_id, input.parent_id, input.section_id)
      ? { target: targetOf(input.list_id, input.parent_id, input.section_id) }
      : {}),
    ...(input.assignee_id !== undefined ? { assignee: input.assignee_id } : {}),
  };
}

export function updateTask(
  db: Database,
  caller: string,
  id: number,
  patch: TaskPatch,
  expected?: Expected,
): Promise<Task> {
  return onTask(db, caller, id, 'task.update', (actor, tx) =>
    applyChanges(tx, actor, id, patchChanges(patch), expected),
  );
}

/**
 * Sets completion when `completed` is given (idempotent), else toggles it atomically. Completing
 * a recurring task completes its current occurrence instead (see advanceSeries); reopening one
 * with the occurrence it completed takes that completion back (see reopenOccurrence).
 */
export function setCompletion(
  db: Database,
  caller: string,
  id: number,
  completed: boolean | undefined,
  expected?: Expected,
  occurrence?: string,
): Promise<Task> {
  return onTask(db, caller, id, 'task.update', (actor, tx) =>
    setActorsCompletion(tx, actor, id, completed, expected, occurrence),
  );
}

async function setActorsCompletion(
  db: Database,
  actor: Actor,
  id: number,
  completed: boolean | undefined,
  expected: Expected,
  occurrence: string | undefined,
): Promise<Task> {
  const { owner } = actor;
  if (completed !== false) {
    const advanced = await advanceSeries(db, owner, id, 'complete', expected, occurrence);
    if (advanced) return advanced;
  } else if (occurrence !== undefined) {
    const reopened = await reopenOccurrence(db, owner, id, expected, occurrence);
    if (reopened) return reopened;
  }
  if (completed !== undefined) return applyChanges(db, actor, id, { completed }, expected);
  // A toggle reads the state under the row's lock, then sets the other one.
  assertPossibleId(id);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [row] = await tx
      .select({ completed: tasks.completed })
      .from(tasks)
      .where(ownedTask(owner, id))
      .for('update');
    if (!row) throw notFound(`Task ${id}`);
    return applyChanges(tx, actor, id, { completed: !row.completed }, expected);
  });
}

/**
 * Snoozes a task's reminders until `until`: one more `{at}` reminder then; `at` reminders already
 * past are dropped so snoozing again and again never fills the ten. 409 for a completed task (it
 * keeps no reminders pending). Reads and writes under the row's lock.
 */
export function snoozeTask(
  db: Database,
  caller: string,
  id: number,
  until: Date,
  expected?: Expected,
): Promise<Task> {
  assertPossibleId(id);
  return onTask(db, caller, id, 'task.update', ({ owner }, tx) =>
    tx.transaction(async (txn) => {
      const t = txn as unknown as Database;
      const [row] = await t
        .select({ reminders: tasks.reminders, completed: tasks.completed })
        .from(tasks)
        .where(ownedTask(owner, id))
        .for('update');
      if (!row) throw notFound(`Task ${id}`);
      if (row.completed)
        throw new AppError('CONFLICT', `Task ${id} is completed: it has no reminders to snooze`);
      const now = Date.now();
      const at = until.toISOString();
      const kept = row.reminders.filter((r) => !('at' in r && (Date.parse(r.at) <= now || r.at === at)));
      return writeChanges(t, owner, id, { reminders: [...kept, { at }].slice(-10) }, expected);
    }),
  );
}

export function deleteTask(db: Database, caller: string, id: number, expected?: Expected): Promise<void> {
  return onTask(db, caller, id, 'task.delete', ({ owner }, tx) => deleteOwnTask(tx, owner, id, expected));
}

async function deleteOwnTask(db: Database, owner: string, id: number, expected: Expected): Promise<void> {
  assertPossibleId(id);
  const deleted = await db
    .delete(tasks)
    .where(and(ownedTask(owner, id), versionMatches(expected)))
    .returning({ id: tasks.id });
  if (deleted.length === 0) await missedWrite(db, owner, id, expected);
}
