// Export and import of one owner's tasks. Export streams in id order, a batch at a time, so a
// user with 100,000 tasks never has them all in memory at once; every task carries its uid, its
// identity across accounts and servers. Import takes our JSON export back (validated as a whole
// before anything is written: transfer.reader.ts) and applies it in one transaction, a batch at a
// time: a task whose uid the owner already has is updated, or skipped when identical; any other
// is created (with the file's uid when it has one).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/client.js';
import { lists, tasks } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { toListJson } from '../lists/lists.presenter.js';
import { MAX_LISTS } from '../lists/lists.schema.js';
import { listLists } from '../lists/lists.service.js';
import { getSettings } from '../settings/settings.service.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import { dueSortOf, type Task, taskColumns } from '../tasks/tasks.rows.js';
import { PRIORITIES, tagKey } from '../tasks/tasks.schema.js';
import { seriesOf } from '../tasks/tasks.series.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { csvHeader, csvRow, type ExportTask, icsFooter, icsHeader, icsTodo } from './formats.js';
import type { ImportList, ImportResult, ImportTask } from './transfer.schema.js';

export const EXPORT_FORMATS = ['json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

const BATCH = 1000;

/** The owner's tasks in id order, a batch per query, as the API shows them plus their uid. */
async function* ownedTasks(db: Database, userId: string): AsyncGenerator<ExportTask> {
  let after = 0;
  for (;;) {
    const batch: (Task & { uid: string; list: string | null; parentUid: string | null })[] = await db
      .select({
        ...taskColumns,
        uid: tasks.uid,
        list: lists.name,
        parentUid: sql<string | null>`(select p.uid from tasks p where p.id = ${tasks.parentId})`,
      })
      .from(tasks)
      .leftJoin(lists, eq(lists.id, tasks.listId))
      .where(and(eq(tasks.userId, userId), gt(tasks.id, after)))
      .orderBy(asc(tasks.id))
      .limit(BATCH);
    for (const { list, parentUid, ...task } of batch) {
      // Who made a task and who it is assigned to name other accounts: not carried to another.
      const { created_by: _by, assignee_id: _to, ...json } = toTaskJson(task);
      yield { ...json, uid: task.uid, list, parent_uid: parentUid };
    }
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  now?: Date;
}

/** The export as text chunks: header, one chunk per task, footer. */
export async function* exportTasks(
  db: Database,
  userId: string,
  options: ExportOptions,
): AsyncGenerator<string> {
  const now = options.now ?? new Date();
  const source = ownedTasks(db, userId);
  if (options.format === 'csv') {
    yield csvHeader();
    for await (const task of source) yield csvRow(task);
    return;
  }
  if (options.format === 'ics') {
    yield icsHeader({ calendarName: 'Doable tasks', now });
    for await (const task of source) yield icsTodo(task, { now });
    yield icsFooter();
    return;
  }
  const head = {
    format: 'doable-export',
    version: 1,
    exported_at: now.toISOString(),
    time_zone: options.timeZone,
    // The caller's own lists: the file holds their own tasks, not those of lists shared with them.
    lists: (await listLists(db, userId)).filter((l) => l.userId === userId).map(toListJson),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"tasks":[`;
  let first = true;
  for await (const task of source) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(task)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** Where an import's validated tasks come from, a batch at a time (transfer.reader.ts). */
export interface ImportSource {
  /** The number of tasks in the file. */
  readonly count: number;
  /** The file's lists (its tasks name lists too; either is matched by name or created). */
  readonly lists: ImportList[];
  /** The file's tasks in order, in batches of at most 1000. */
  batches(): AsyncIterable<ImportTask[]>;
}

/** An import whose tasks are already in memory. */
export function importSourceOf(list: ImportTask[], lists: ImportList[] = []): ImportSource {
  return {
    count: list.length,
    lists,
    async *batches() {
      for (let start = 0; start < list.length; start += BATCH) yield list.slice(start, start + BATCH);
    },
  };
}

const completedAtOf = (t: ImportTask) => (t.completed ? (t.completed_at ?? t.updated_at ?? null) : null);
const recurrenceFromOf = (t: ImportTask) => (t.recurrence == null ? null : (t.recurrence_from ?? 'due'));

/** List names (case-folded) to the owner's list ids, for one import. */
type ListIds = Map<string, number>;

const listKey = (name: string) => name.toLowerCase();

/**
 * The owner's lists for the names a batch (or the file's own list of lists) uses: each found by
 * name, case-insensitively, or created (with the file's color and archived flag). Past MAX_LISTS
 * lists the whole import is refused.
 */
async function ensureLists(
  tx: Database,
  userId: string,
  wanted: { name: string; color?: string | null; archived?: boolean; position?: number }[],
  ids: ListIds,
): Promise<void> {
  const missing = new Map<string, (typeof wanted)[number]>();
  for (const list of wanted) {
    const key = listKey(list.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, list);
  }
  if (missing.size === 0) return;
  const existing = await tx
    .select({ id: lists.id, name: lists.name })
    .from(lists)
    .where(eq(lists.userId, userId))
    .orderBy(asc(lists.archived), asc(lists.position), asc(lists.id));
  for (const row of existing) {
    const key = listKey(row.name);
    if (!ids.has(key)) ids.set(key, row.id);
    missing.delete(key);
  }
  if (missing.size === 0) return;
  if (existing.length + missing.size > MAX_LISTS) {
    throw new AppError(
      'CONFLICT',
      `This import needs ${missing.size} new lists; an account has at most ${MAX_LISTS} lists`,
    );
  }
  const created = await tx
    .insert(lists)
    .values(
      [...missing.values()].map((list) => ({
        userId,
        name: list.name,
        color: list.color ?? null,
        archived: list.archived ?? false,
        ...(list.position === undefined ? {} : { position: list.position }),
      })),
    )
    .returning({ id: lists.id, name: lists.name });
  for (const row of created) ids.set(listKey(row.name), row.id);
}

const listIdOf = (t: ImportTask, ids: ListIds) =>
  t.list == null ? null : (ids.get(listKey(t.list)) ?? null);

/** A new task for the owner from one task of the file: its uid (when it has one), timestamps and all. */
function newRow(userId: string, t: ImportTask, listIds: ListIds) {
  const created = t.created_at ?? t.updated_at;
  const completedAt = completedAtOf(t);
  const dueDate = t.due_date ?? null;
  const dueAt = t.due_at ?? null;
  return {
    userId,
    ...(t.uid === undefined ? {} : { uid: t.uid }),
    title: t.title,
    description: t.description ?? null,
    completed: t.completed,
    completedAt: completedAt ? new Date(completedAt) : t.completed ? sql`now()` : null,
    priority: PRIORITIES.indexOf(t.priority),
    tags: t.tags,
    tagKeys: t.tags.map(tagKey),
    dueDate,
    dueAt: dueAt ? new Date(dueAt) : null,
    dueSort: dueSortOf(userId, dueDate, dueAt),
    createdAt: created ? new Date(created) : sql`now()`,
    updatedAt: t.updated_at ? new Date(t.updated_at) : created ? new Date(created) : sql`now()`,
    ...seriesOf(userId, t.recurrence ?? null, t.recurrence_from ?? undefined, dueDate, dueAt),
    reminders: t.reminders,
    listId: listIdOf(t, listIds),
    ...(t.position === undefined ? {} : { position: t.position }),
  };
}

/**
 * Whether the owner's task already says what the file says: everything an import writes but the
 * series link (compared once every task of the file has its id here) and the timestamps.
 */
function sameTask(current: Task, t: ImportTask, listIds: ListIds): boolean {
  const json = toTaskJson(current);
  if (t.list !== undefined && json.list_id !== listIdOf(t, listIds)) return false;
  if (t.position !== undefined && json.position !== t.position) return false;
  const completedAt = t.completed ? (completedAtOf(t) ?? json.completed_at) : null;
  return (
    json.title === t.title &&
    json.description === (t.description ?? null) &&
    json.completed === t.completed &&
    json.completed_at === completedAt &&
    json.priority === t.priority &&
    json.tags.length === t.tags.length &&
    json.tags.every((tag, i) => tag === t.tags[i]) &&
    json.due_date === (t.due_date ?? null) &&
    json.due_at === (t.due_at ?? null) &&
    json.recurrence === (t.recurrence ?? null) &&
    json.recurrence_from === recurrenceFromOf(t) &&
    JSON.stringify(json.reminders) === JSON.stringify(t.reminders)
  );
}

/**
 * Brings the owner's tasks `changes` (id and the file's task) to what the file says, keeping their
 * ids and creation time: version + 1, updated_at now. As an edit does, a change of the rule or the
 * due moment restarts a series (its COUNT). One statement per batch.
 */
async function updateTasks(
  tx: Database,
  userId: string,
  zone: string,
  changes: { id: number; task: ImportTask }[],
  listIds: ListIds,
): Promise<void> {
  const rows = changes.map(({ id, task: t }) => ({
    id,
    // A file without lists (an older export) leaves the task's list alone.
    keep_list: t.list === undefined,
    list_id: listIdOf(t, listIds),
    position: t.position ?? null,
    title: t.title,
    description: t.description ?? null,
    completed: t.completed,
    completed_at: completedAtOf(t),
    priority: PRIORITIES.indexOf(t.priority),
    tags: t.tags,
    tag_keys: t.tags.map(tagKey),
    due_date: t.due_date ?? null,
    due_at: t.due_at ?? null,
    recurrence: t.recurrence ?? null,
    recurrence_from: recurrenceFromOf(t),
    reminders: t.reminders,
  }));
  await tx.execute(sql`
    update tasks set
      title = f.title,
      description = f.description,
      completed = f.completed,
      completed_at = case when f.completed then coalesce(f.completed_at, tasks.completed_at, now()) end,
      priority = f.priority,
      tags = f.tags,
      tag_keys = f.tag_keys,
      due_date = f.due_date,
      due_at = f.due_at,
      due_sort = coalesce(f.due_at, f.due_date::timestamp at time zone ${zone}),
      recurrence = f.recurrence,
      recurrence_from = f.recurrence_from,
      series_start_date = case when f.recurrence is not null
        then coalesce(f.due_date, (f.due_at at time zone ${zone})::date) end,
      series_start_time = case when f.recurrence is not null
        then to_char(f.due_at at time zone ${zone}, 'HH24:MI') end,
      occurrences_done = case when tasks.recurrence is distinct from f.recurrence
        or tasks.due_date is distinct from f.due_date or tasks.due_at is distinct from f.due_at
        then 0 else tasks.occurrences_done end,
      reminders = f.reminders,
      list_id = case when f.keep_list then tasks.list_id else f.list_id end,
      position = coalesce(f.position, tasks.position),
      version = tasks.version + 1,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(
      id bigint, keep_list boolean, list_id bigint, position float8, title text, description text, completed boolean, completed_at timestamptz,
      priority smallint, tags text[], tag_keys text[], due_date date, due_at timestamptz,
      recurrence text, recurrence_from text, reminders jsonb)
    where tasks.user_id = ${userId} and tasks.id = f.id`);
}

/** A task of the file that is, or may need to be, an occurrence record of a series. */
interface Link {
  id: number;
  /** The file's series_task_id: an id of the file. */
  series: number | null;
  /** The link the task has here now (null for a task just created). */
  current: number | null;
  outcome: 'created' | 'updated' | 'skipped';
}

/**
 * Puts subtasks under their parents (named by uid or by id in the file; the import contract has
 * checked that they form no cycle and nest at most MAX_DEPTH deep), each in its top ancestor's
 * list (`listOf`: the list the file gave each task, undefined when it named none). A task that was
 * identical but for its parent has changed after all.
 */
async function linkParents(
  tx: Database,
  userId: string,
  children: { id: number; task: ImportTask; current: number | null; outcome: Link['outcome'] }[],
  idOf: Map<number, number>,
  idOfUid: Map<string, number>,
  listOf: Map<number, number | null | undefined>,
  result: { updated: number; skipped: number },
): Promise<void> {
  const parentOf = new Map<number, number>();
  for (const child of children) {
    const { parent_uid: uid, parent_id: fileId } = child.task;
    const parent = uid != null ? idOfUid.get(uid) : fileId != null ? idOf.get(fileId) : undefined;
    if (parent !== undefined) parentOf.set(child.id, parent);
  }
  const relink: { id: number; parent: number; list: number | null | undefined }[] = [];
  for (const child of children) {
    const parent = parentOf.get(child.id);
    if (parent === undefined || parent === child.current) continue;
    if (child.outcome === 'skipped') {
      result.skipped--;
      result.updated++;
      child.outcome = 'updated';
    }
    let top = parent;
    for (let hops = 0; parentOf.has(top) && hops < MAX_DEPTH; hops++) top = parentOf.get(top)!;
    relink.push({ id: child.id, parent, list: listOf.get(top) });
  }
  if (relink.length === 0) return;
  // A new version (and a live event) for each, created ones too: their creation event had no parent.
  await tx.execute(
    sql`update tasks set parent_id = l.parent, version = tasks.version + 1, updated_at = now(),
          list_id = case when l.keep then tasks.list_id else l.list end
        from unnest(${arrayLiteral(relink.map((r) => r.id))}::bigint[],
          ${arrayLiteral(relink.map((r) => r.parent))}::bigint[],
          ${arrayLiteral(relink.map((r) => r.list ?? null))}::bigint[],
          ${arrayLiteral(relink.map((r) => r.list === undefined))}::boolean[]) as l(id, parent, list, keep)
        where tasks.user_id = ${userId} and tasks.id = l.id`,
  );
}

/** Integers (or nulls) as one Postgres array literal: one parameter, whatever the driver. */
const arrayLiteral = (values: readonly (number | boolean | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;

/**
 * Applies a (validated) export to the owner's tasks, all or nothing, keeping completion,
 * timestamps, priority, tags, due moments, reminders and recurrence:
 * - a task with a uid the owner already has: skipped when identical, else updated (same id,
 *   version + 1); the file wins;
 * - any other task is created: with the file's uid when it has one (an export of another account,
 *   or of another server), else a new one (older exports carry no uids), and a new id.
 * Each occurrence record ends up linked to its series' task here, found by the file's ids (a series
 * outside the file: a new record has no link, a task already here keeps its own).
 * Tasks of the owner that are not in the file are left alone.
 */
export async function importTasks(db: Database, userId: string, source: ImportSource): Promise<ImportResult> {
  const result = { imported: 0, created: 0, updated: 0, skipped: 0 };
  if (source.count === 0) return result;
  const run = async (tx: Database) => {
    const { timeZone } = await getSettings(tx, userId);
    const listIds: ListIds = new Map();
    await ensureLists(tx, userId, source.lists, listIds);
    /** The file's ids to the ids here. */
    const idOf = new Map<number, number>();
    /** The file's uids to the ids here. */
    const idOfUid = new Map<string, number>();
    /** The list the file gave each of its tasks (by id here); undefined when it named none. */
    const listOf = new Map<number, number | null | undefined>();
    /** Tasks of the file that name a parent, with the parent they have here now. */
    const children: { id: number; task: ImportTask; current: number | null; outcome: Link['outcome'] }[] = [];
    const links: Link[] = [];
    const note = (
      t: ImportTask,
      id: number,
      current: number | null,
      outcome: Link['outcome'],
      parent: number | null,
    ) => {
      if (t.id !== undefined) idOf.set(t.id, id);
      if (t.uid !== undefined) idOfUid.set(t.uid, id);
      listOf.set(id, t.list === undefined ? undefined : listIdOf(t, listIds));
      if (t.parent_uid != null || t.parent_id != null)
        children.push({ id, task: t, current: parent, outcome });
      if (t.series_task_id !== undefined && (t.series_task_id !== null || current !== null)) {
        links.push({ id, series: t.series_task_id, current, outcome });
      }
      result[outcome]++;
    };
    for await (const batch of source.batches()) {
      await ensureLists(
        tx,
        userId,
        batch.flatMap((t) => (t.list == null ? [] : [{ name: t.list }])),
        listIds,
      );
      const uids = batch.flatMap((t) => (t.uid === undefined ? [] : [t.uid]));
      const existing: (Task & { uid: string })[] =
        uids.length === 0
          ? []
          : await tx
              .select({ ...taskColumns, uid: tasks.uid })
              .from(tasks)
              .where(
                and(eq(tasks.userId, userId), sql`${tasks.uid} = any(${`{${uids.join(',')}}`}::uuid[])`),
              );
      const byUid = new Map(existing.map((task) => [task.uid, task]));
      const creates: ImportTask[] = [];
      const changes: { id: number; task: ImportTask }[] = [];
      for (const t of batch) {
        const current = t.uid === undefined ? undefined : byUid.get(t.uid);
        if (current === undefined) creates.push(t);
        else if (sameTask(current, t, listIds)) {
          note(t, current.id, current.seriesTaskId, 'skipped', current.parentId);
        } else {
          changes.push({ id: current.id, task: t });
          note(t, current.id, current.seriesTaskId, 'updated', current.parentId);
        }
      }
      if (changes.length > 0) await updateTasks(tx, userId, timeZone, changes, listIds);
      if (creates.length > 0) {
        const inserted = await tx
          .insert(tasks)
          .values(creates.map((t) => newRow(userId, t, listIds)))
          .returning({ id: tasks.id });
        inserted.forEach((row, i) => {
          note(creates[i]!, row.id, null, 'created', null);
        });
      }
    }
    await linkParents(tx, userId, children, idOf, idOfUid, listOf, result);
    // Occurrence records point at their series' task here; a task that was identical but for its
    // link has changed after all.
    const relink: [number, number | null, boolean][] = [];
    for (const link of links) {
      const series = link.series === null ? null : idOf.get(link.series);
      if (series === undefined || series === link.current) continue;
      const bump = link.outcome === 'skipped';
      if (bump) {
        result.skipped--;
        result.updated++;
      }
      relink.push([link.id, series, bump]);
    }
    if (relink.length > 0) {
      const ids = arrayLiteral(relink.map(([id]) => id));
      const series = arrayLiteral(relink.map(([, s]) => s));
      const bumps = arrayLiteral(relink.map(([, , b]) => b));
      await tx.execute(
        sql`update tasks set series_task_id = l.series,
              version = tasks.version + case when l.bump then 1 else 0 end,
              updated_at = case when l.bump then now() else tasks.updated_at end
            from unnest(${ids}::bigint[], ${series}::bigint[], ${bumps}::boolean[]) as l(id, series, bump)
            where tasks.user_id = ${userId} and tasks.id = l.id`,
      );
    }
  };
  try {
    await db.transaction(async (tx) => run(tx as unknown as Database));
  } catch (error) {
    const { cause, constraint } = error as { cause?: { constraint?: string }; constraint?: string };
    if ((cause?.constraint ?? constraint) === 'tasks_user_uid_idx') {
      throw new AppError(
        'CONFLICT',
        'Another import added some of these tasks at the same time; send the file again to update or skip them',
        { cause: error },
      );
    }
    throw error;
  }
  result.imported = result.created;
  await settleStatistics(db, result.created);
  return result;
}

/**
 * After an import that grew the table by a good share (autovacuum's rule for analyzing: 50 rows
 * plus 10% of the table), brings the planner's statistics and the visibility map up to date at
 * once: PGlite never autovacuums, and a Postgres server gets to it within a minute or so, planning
 * lists for the old, smaller table meanwhile (measured in README, Benchmark). Inside the caller's
 * transaction (an Idempotency-Key) VACUUM cannot run, so ANALYZE alone does; a vacuum or analyze
 * already running is not waited for.
 */
async function settleStatistics(db: Database, imported: number): Promise<void> {
  if (imported < 50) return;
  const table = (await db.execute(
    sql`select reltuples::float8 as estimate from pg_class where oid = 'tasks'::regclass`,
  )) as unknown as { rows: { estimate: number }[] };
  if (imported < 50 + 0.1 * Math.max(0, Number(table.rows[0]?.estimate ?? 0))) return;
  const inTransaction = db instanceof PgTransaction;
  await db.execute(
    sql.raw(inTransaction ? 'analyze (skip_locked) tasks' : 'vacuum (analyze, skip_locked) tasks'),
  );
}
