// The task service: every operation is (db, userId, input) -> result and always scoped by the
// owner. REST routes, MCP tools and the chat agent are thin adapters over these functions.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, rawQuery } from '../db/client.js';
import { type TaskRow, tasks } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ListQuery, TaskInput, TaskPatch } from './tasks.schema.js';

export type Task = TaskRow;

export interface TaskPage {
  tasks: Task[];
  count: number;
  nextCursor: string | null;
}

/** Ids the API can express but no row can have (0, or beyond a JSON-safe integer) simply do not exist. */
function assertPossibleId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Task ${id}`);
}

const ownedTask = (userId: string, id: number) => and(eq(tasks.userId, userId), eq(tasks.id, id));

const statusFilter = (status: ListQuery['status']): SQL | undefined =>
  status === 'all' ? undefined : eq(tasks.completed, status === 'completed');

type SortField = 'created' | 'updated' | 'title';

const SORT_KEYS: Record<SortField, { expression: string; cast: string }> = {
  created: { expression: 'created_at', cast: 'timestamptz' },
  updated: { expression: 'updated_at', cast: 'timestamptz' },
  title: { expression: 'lower(title)', cast: 'text' },
};

export interface ListShape {
  sort: ListQuery['sort'];
  status: ListQuery['status'];
  after: boolean;
}

const statements = new Map<string, string>();

/**
 * The list statement for one shape of query: the page (limit + 1 rows, to know whether more
 * follow) and the total matching count as a scalar subquery, in one round trip. Built from
 * constant fragments only (values are always parameters) and cached: there are 36 shapes.
 * Parameters: $1 user id, $2 limit + 1, then $3 completed (when filtered), then the cursor's
 * key and id (when paging).
 */
export function listStatement(shape: ListShape): string {
  const cacheKey = `${shape.sort}|${shape.status}|${shape.after}`;
  const cached = statements.get(cacheKey);
  if (cached) return cached;
  const descending = shape.sort.startsWith('-');
  const { expression: key, cast } = SORT_KEYS[shape.sort.replace('-', '') as SortField];
  const direction = descending ? 'desc' : 'asc';
  let next = 3;
  const matching = shape.status === 'all' ? 'user_id = $1' : `user_id = $1 and completed = $${next++}`;
  const after = shape.after
    ? ` and (${key}, id) ${descending ? '<' : '>'} ($${next++}::${cast}, $${next++}::bigint)`
    : '';
  const text =
    'select id, user_id, title, description, completed, completed_at, created_at, updated_at, version, ' +
    `${key} as sort_key, (select count(*)::int from tasks where ${matching}) as total ` +
    `from tasks where ${matching}${after} order by ${key} ${direction}, id ${direction} limit $2`;
  statements.set(cacheKey, text);
  return text;
}

export async function listTasks(db: Database, userId: string, query: ListQuery): Promise<TaskPage> {
  const field = query.sort.replace('-', '') as SortField;
  const params: unknown[] = [userId, query.limit + 1];
  if (query.status !== 'all') params.push(query.status === 'completed');
  const cursor = query.cursor ? decodeCursor(query.cursor, query.sort) : undefined;
  if (cursor) params.push(cursor.v, cursor.id);
  const text = listStatement({ sort: query.sort, status: query.status, after: cursor !== undefined });
  // The hot path goes to the driver directly: Drizzle's per-request SQL building and generic row
  // mapping were ~30 µs and ~14% of CPU per list request in a profile.
  const rows = await rawQuery<ListRow>(db, text, params);

  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  const count = rows[0]
    ? Number(rows[0].total)
    : cursor
      ? await db.$count(tasks, and(eq(tasks.userId, userId), statusFilter(query.status)))
      : 0;
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          s: query.sort,
          v: field === 'title' ? String(last.sort_key) : asDate(last.sort_key).toISOString(),
          id: Number(last.id),
        })
      : null;
  return { tasks: page.map(taskFromRow), count, nextCursor };
}

interface ListRow {
  [column: string]: unknown;
  id: number | string | bigint;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
  sort_key: unknown;
  total: number;
}

// Drivers differ in how they hand back raw values (int8 as string or bigint; timestamps parsed or not).
const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

function taskFromRow(row: ListRow): Task {
  return {
    id: Number(row.id),
    userId: row.user_id,
    title: row.title,
    description: row.description,
    completed: row.completed,
    completedAt: row.completed_at === null ? null : asDate(row.completed_at),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
    version: Number(row.version),
  };
}

export async function getTask(db: Database, userId: string, id: number): Promise<Task> {
  assertPossibleId(id);
  const [row] = await db.select().from(tasks).where(ownedTask(userId, id));
  if (!row) throw notFound(`Task ${id}`);
  return row;
}

export async function createTask(db: Database, userId: string, input: TaskInput): Promise<Task> {
  const completed = input.completed ?? false;
  const [row] = await db
    .insert(tasks)
    .values({
      userId,
      title: input.title,
      description: input.description ?? null,
      completed,
      completedAt: completed ? sql`now()` : null,
    })
    .returning();
  return row!;
}

type Changes = { title?: string; description?: string | null; completed?: boolean };

/**
 * The versions a write may apply to (from If-Match); undefined means any. A write whose
 * precondition fails changes nothing and answers 412; a missing task is still 404.
 */
export type Expected = number[] | undefined;

const versionMatches = (expected: Expected) =>
  expected === undefined ? undefined : sql`${tasks.version} = any(${`{${expected.join(',')}}`}::int[])`;

/** Explains why a conditional write touched no row: no such task (404), or a stale version (412). */
async function missedWrite(db: Database, userId: string, id: number, expected: Expected): Promise<Task> {
  const current = await getTask(db, userId, id);
  if (expected !== undefined && !expected.includes(current.version)) {
    throw new AppError('PRECONDITION_FAILED', `Task ${id} has changed since version ${expected.join(', ')}`);
  }
  return current;
}

/**
 * Applies changes to one owned task. A write that changes nothing leaves the row (its
 * updated_at and version) untouched, which makes PUT, PATCH and setting completion idempotent.
 */
async function applyChanges(
  db: Database,
  userId: string,
  id: number,
  changes: Changes,
  expected: Expected,
): Promise<Task> {
  assertPossibleId(id);
  const set: Record<string, unknown> = { updatedAt: sql`now()`, version: sql`${tasks.version} + 1` };
  const differs: SQL[] = [];
  if (changes.title !== undefined) {
    set.title = changes.title;
    differs.push(sql`${tasks.title} is distinct from ${changes.title}`);
  }
  if (changes.description !== undefined) {
    set.description = changes.description;
    differs.push(sql`${tasks.description} is distinct from ${changes.description}`);
  }
  if (changes.completed !== undefined) {
    set.completed = changes.completed;
    set.completedAt = changes.completed ? sql`coalesce(${tasks.completedAt}, now())` : null;
    differs.push(sql`${tasks.completed} is distinct from ${changes.completed}`);
  }
  const [updated] = await db
    .update(tasks)
    .set(set)
    .where(and(ownedTask(userId, id), versionMatches(expected), sql`(${sql.join(differs, sql` or `)})`))
    .returning();
  return updated ?? missedWrite(db, userId, id, expected);
}

export function replaceTask(
  db: Database,
  userId: string,
  id: number,
  input: TaskInput,
  expected?: Expected,
): Promise<Task> {
  return applyChanges(
    db,
    userId,
    id,
    { title: input.title, description: input.description ?? null, completed: input.completed ?? false },
    expected,
  );
}

export function updateTask(
  db: Database,
  userId: string,
  id: number,
  patch: TaskPatch,
  expected?: Expected,
): Promise<Task> {
  return applyChanges(db, userId, id, patch, expected);
}

/** Sets completion when `completed` is given (idempotent), else toggles it atomically. */
export async function setCompletion(
  db: Database,
  userId: string,
  id: number,
  completed: boolean | undefined,
  expected?: Expected,
): Promise<Task> {
  if (completed !== undefined) return applyChanges(db, userId, id, { completed }, expected);
  assertPossibleId(id);
  const [row] = await db
    .update(tasks)
    .set({
      completed: sql`not ${tasks.completed}`,
      completedAt: sql`case when ${tasks.completed} then null else now() end`,
      updatedAt: sql`now()`,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(ownedTask(userId, id), versionMatches(expected)))
    .returning();
  return row ?? missedWrite(db, userId, id, expected);
}

export async function deleteTask(
  db: Database,
  userId: string,
  id: number,
  expected?: Expected,
): Promise<void> {
  assertPossibleId(id);
  const deleted = await db
    .delete(tasks)
    .where(and(ownedTask(userId, id), versionMatches(expected)))
    .returning({ id: tasks.id });
  if (deleted.length === 0) await missedWrite(db, userId, id, expected);
}
