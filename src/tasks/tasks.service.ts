// The task service: every operation is (db, userId, input) -> result and always scoped by the
// owner. REST routes, MCP tools and the chat agent are thin adapters over these functions.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { type TaskRow, tasks } from '../db/schema.js';
import { notFound } from '../errors.js';
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

const sortExpression = (field: SortField): SQL =>
  field === 'title'
    ? sql`lower(${tasks.title})`
    : sql`${field === 'created' ? tasks.createdAt : tasks.updatedAt}`;

const castFor = (field: SortField) => (field === 'title' ? sql`text` : sql`timestamptz`);

export async function listTasks(db: Database, userId: string, query: ListQuery): Promise<TaskPage> {
  const descending = query.sort.startsWith('-');
  const field = query.sort.replace('-', '') as SortField;
  const key = sortExpression(field);
  const matching = and(eq(tasks.userId, userId), statusFilter(query.status));

  let after: SQL | undefined;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, query.sort);
    // Row comparison matches the (key, id) index order exactly, so pages never overlap or skip.
    const bound = sql`(${cursor.v}::${castFor(field)}, ${cursor.id}::bigint)`;
    after = descending ? sql`(${key}, ${tasks.id}) < ${bound}` : sql`(${key}, ${tasks.id}) > ${bound}`;
  }

  const order = descending ? [desc(key), desc(tasks.id)] : [asc(key), asc(tasks.id)];
  // One round trip: the page plus the total matching count as a scalar subquery.
  const rows = await db
    .select({ task: tasks, sortKey: key.mapWith(String), total: db.$count(tasks, matching) })
    .from(tasks)
    .where(and(matching, after))
    .orderBy(...order)
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const hasMore = rows.length > query.limit;
  const count = rows[0] ? Number(rows[0].total) : query.cursor ? await db.$count(tasks, matching) : 0;
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          s: query.sort,
          v:
            field === 'title'
              ? last.sortKey
              : (field === 'created' ? last.task.createdAt : last.task.updatedAt).toISOString(),
          id: last.task.id,
        })
      : null;
  return { tasks: page.map((r) => r.task), count, nextCursor };
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
 * Applies changes to one owned task. A write that changes nothing leaves the row (and its
 * updated_at) untouched, which makes PUT, PATCH and setting completion idempotent.
 */
async function applyChanges(db: Database, userId: string, id: number, changes: Changes): Promise<Task> {
  assertPossibleId(id);
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
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
    .where(and(ownedTask(userId, id), sql`(${sql.join(differs, sql` or `)})`))
    .returning();
  return updated ?? getTask(db, userId, id);
}

export function replaceTask(db: Database, userId: string, id: number, input: TaskInput): Promise<Task> {
  return applyChanges(db, userId, id, {
    title: input.title,
    description: input.description ?? null,
    completed: input.completed ?? false,
  });
}

export function updateTask(db: Database, userId: string, id: number, patch: TaskPatch): Promise<Task> {
  return applyChanges(db, userId, id, patch);
}

/** Sets completion when `completed` is given (idempotent), else toggles it atomically. */
export async function setCompletion(
  db: Database,
  userId: string,
  id: number,
  completed: boolean | undefined,
): Promise<Task> {
  if (completed !== undefined) return applyChanges(db, userId, id, { completed });
  assertPossibleId(id);
  const [row] = await db
    .update(tasks)
    .set({
      completed: sql`not ${tasks.completed}`,
      completedAt: sql`case when ${tasks.completed} then null else now() end`,
      updatedAt: sql`now()`,
    })
    .where(ownedTask(userId, id))
    .returning();
  if (!row) throw notFound(`Task ${id}`);
  return row;
}

export async function deleteTask(db: Database, userId: string, id: number): Promise<void> {
  assertPossibleId(id);
  const deleted = await db.delete(tasks).where(ownedTask(userId, id)).returning({ id: tasks.id });
  if (deleted.length === 0) throw notFound(`Task ${id}`);
}
