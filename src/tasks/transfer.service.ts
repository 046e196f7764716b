// Export and import of one owner's tasks. Export streams in id order, a batch at a time, so a
// user with 100,000 tasks never has them all in memory at once. Import takes our JSON export
// back: it is validated as a whole before anything is written, then inserted in one transaction.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/client.js';
import { tasks } from '../db/schema.js';
import { csvHeader, csvRow, icsFooter, icsHeader, icsTodo } from './formats.js';
import {
  DescriptionSchema,
  DueAtSchema,
  DueDateSchema,
  PRIORITIES,
  PrioritySchema,
  RecurrenceFromSchema,
  RecurrenceSchema,
  RemindersSchema,
  TagsSchema,
  type TaskJson,
  TitleSchema,
  tagKey,
  toTaskJson,
} from './tasks.schema.js';
import { dueSortOf, seriesOf, type Task, taskColumns } from './tasks.service.js';

export const EXPORT_FORMATS = ['json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

const BATCH = 1000;

/** The owner's tasks in id order, a batch per query. */
async function* ownedTasks(db: Database, userId: string): AsyncGenerator<TaskJson> {
  let after = 0;
  for (;;) {
    const batch: Task[] = await db
      .select(taskColumns)
      .from(tasks)
      .where(and(eq(tasks.userId, userId), gt(tasks.id, after)))
      .orderBy(asc(tasks.id))
      .limit(BATCH);
    for (const task of batch) yield toTaskJson(task);
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  /** Host name for iCalendar UIDs (stable per server). */
  host: string;
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
    for await (const task of source) yield icsTodo(task, { now, host: options.host });
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

export const IMPORT_MAX_TASKS = 100_000;

const Instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine((s) => /^\d{4}-/.test(s) && s >= '1900', 'must be between 1900 and 9999');

/** One task of an export. id and user_id are accepted and ignored (the importer owns the copy). */
const ImportTaskSchema = z
  .strictObject({
    id: z.number().int().optional(),
    user_id: z.string().max(255).optional(),
    title: TitleSchema,
    description: DescriptionSchema.optional(),
    completed: z.boolean().default(false),
    completed_at: Instant.nullable().optional(),
    priority: PrioritySchema.default('none'),
    tags: TagsSchema.default([]),
    due_date: DueDateSchema.optional(),
    due_at: DueAtSchema.optional(),
    recurrence: RecurrenceSchema.optional(),
    recurrence_from: RecurrenceFromSchema.nullable().optional(),
    reminders: RemindersSchema.default([]),
    series_task_id: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('Linked to the imported copy of that task'),
    created_at: Instant.optional(),
    updated_at: Instant.optional(),
  })
  .superRefine((task, ctx) => {
    if (task.recurrence != null && task.due_date == null && task.due_at == null) {
      ctx.addIssue({ code: 'custom', path: ['recurrence'], message: 'needs a due_date or due_at' });
    }
    if (task.due_date != null && task.due_at != null) {
      ctx.addIssue({ code: 'custom', path: ['due_at'], message: 'give due_date or due_at, not both' });
    }
    if (!task.completed && task.completed_at != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_at'],
        message: 'must be null when completed is false',
      });
    }
  });

export const ImportSchema = z
  .strictObject({
    format: z.literal('doable-export').describe('As written by GET /export?format=json'),
    version: z.literal(1),
    exported_at: z.string().max(64).optional(),
    time_zone: z.string().max(64).optional().describe('Informational; import does not change your settings'),
    tasks: z.array(ImportTaskSchema).max(IMPORT_MAX_TASKS, `at most ${IMPORT_MAX_TASKS} tasks per import`),
  })
  .meta({ id: 'Import', description: 'A JSON export of Doable (GET /export?format=json).' });

export type ImportInput = z.output<typeof ImportSchema>;

/**
 * Inserts every task of a (validated) export for the owner, keeping completion, timestamps,
 * priority, tags, due moments and recurrence; new ids, with each completed occurrence linked to
 * the new copy of its series (by the export's ids). A series restarts its COUNT on import.
 * All or nothing.
 */
export async function importTasks(db: Database, userId: string, input: ImportInput): Promise<number> {
  const run = async (tx: Database) => {
    for (let start = 0; start < input.tasks.length; start += BATCH) {
      const rows = input.tasks.slice(start, start + BATCH).map((t) => {
        const created = t.created_at ?? t.updated_at;
        const completedAt = t.completed ? (t.completed_at ?? t.updated_at ?? null) : null;
        const dueDate = t.due_date ?? null;
        const dueAt = t.due_at ?? null;
        return {
          userId,
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
      });
      const inserted = await tx.insert(tasks).values(rows).returning({ id: tasks.id });
      inserted.forEach((row, i) => {
        const oldId = input.tasks[start + i]!.id;
        if (oldId !== undefined) newIds.set(oldId, row.id);
      });
    }
    // Occurrence records point at their series' new id (a series outside the file: no link).
    const links: [number, number][] = [];
    for (const t of input.tasks) {
      const record = t.id === undefined ? undefined : newIds.get(t.id);
      const series = t.series_task_id == null ? undefined : newIds.get(t.series_task_id);
      if (record !== undefined && series !== undefined) links.push([record, series]);
    }
    if (links.length > 0) {
      // Integer arrays as Postgres array literals: one parameter each, whatever the driver.
      const ids = `{${links.map(([id]) => id).join(',')}}`;
      const series = `{${links.map(([, s]) => s).join(',')}}`;
      await tx.execute(
        sql`update tasks set series_task_id = l.series from unnest(${ids}::bigint[], ${series}::bigint[]) as l(id, series) where tasks.user_id = ${userId} and tasks.id = l.id`,
      );
    }
  };
  const newIds = new Map<number, number>();
  if (input.tasks.length === 0) return 0;
  await db.transaction(async (tx) => run(tx as unknown as Database));
  await settleStatistics(db, input.tasks.length);
  return input.tasks.length;
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
