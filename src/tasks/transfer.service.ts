// Export and import of one owner's tasks. Export streams in id order, a batch at a time, so a
// user with 100,000 tasks never has them all in memory at once; every task carries its uid, its
// identity across accounts and servers. Import takes our JSON export back (validated as a whole
// before anything is written: transfer.reader.ts) and applies it in one transaction, a batch at a
// time: a task whose uid the owner already has is updated, or skipped when identical; any other
// is created (with the file's uid when it has one).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { tasks } from '../db/schema.js';
import { AppError } from '../errors.js';
import { getSettings } from '../settings/settings.service.js';
import { csvHeader, csvRow, type ExportTask, icsFooter, icsHeader, icsTodo } from './formats.js';
import { toTaskJson } from './tasks.presenter.js';
import { dueSortOf, type Task, taskColumns } from './tasks.rows.js';
import { PRIORITIES, tagKey } from './tasks.schema.js';
import { seriesOf } from './tasks.series.js';
import type { ImportResult, ImportTask } from './transfer.schema.js';

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
    const batch: (Task & { uid: string })[] = await db
      .select({ ...taskColumns, uid: tasks.uid })
      .from(tasks)
      .where(and(eq(tasks.userId, userId), gt(tasks.id, after)))
      .orderBy(asc(tasks.id))
      .limit(BATCH);
    for (const task of batch) yield { ...toTaskJson(task), uid: task.uid };
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
  /** The file's tasks in order, in batches of at most 1000. */
  batches(): AsyncIterable<ImportTask[]>;
}

/** An import whose tasks are already in memory. */
export function importSourceOf(list: ImportTask[]): ImportSource {
  return {
    count: list.length,
    async *batches() {
      for (let start = 0; start < list.length; start += BATCH) yield list.slice(start, start + BATCH);
    },
  };
}

const completedAtOf = (t: ImportTask) => (t.completed ? (t.completed_at ?? t.updated_at ?? null) : null);
const recurrenceFromOf = (t: ImportTask) => (t.recurrence == null ? null : (t.recurrence_from ?? 'due'));

/** A new task for the owner from one task of the file: its uid (when it has one), timestamps and all. */
function newRow(userId: string, t: ImportTask) {
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
  };
}

/**
 * Whether the owner's task already says what the file says: everything an import writes but the
 * series link (compared once every task of the file has its id here) and the timestamps.
 */
function sameTask(current: Task, t: ImportTask): boolean {
  const json = toTaskJson(current);
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
): Promise<void> {
  const rows = changes.map(({ id, task: t }) => ({
    id,
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
      version = tasks.version + 1,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(
      id bigint, title text, description text, completed boolean, completed_at timestamptz,
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
    /** The file's ids to the ids here. */
    const idOf = new Map<number, number>();
    const links: Link[] = [];
    const note = (t: ImportTask, id: number, current: number | null, outcome: Link['outcome']) => {
      if (t.id !== undefined) idOf.set(t.id, id);
      if (t.series_task_id !== undefined && (t.series_task_id !== null || current !== null)) {
        links.push({ id, series: t.series_task_id, current, outcome });
      }
      result[outcome]++;
    };
    for await (const batch of source.batches()) {
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
        else if (sameTask(current, t)) note(t, current.id, current.seriesTaskId, 'skipped');
        else {
          changes.push({ id: current.id, task: t });
          note(t, current.id, current.seriesTaskId, 'updated');
        }
      }
      if (changes.length > 0) await updateTasks(tx, userId, timeZone, changes);
      if (creates.length > 0) {
        const inserted = await tx
          .insert(tasks)
          .values(creates.map((t) => newRow(userId, t)))
          .returning({ id: tasks.id });
        inserted.forEach((row, i) => {
          note(creates[i]!, row.id, null, 'created');
        });
      }
    }
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
