// Saved filters: a user's named queries in the filter language, each with the count of open tasks
// it matches now. The counts of all of a user's filters are one statement over their visible open
// tasks (one pass, one count per filter), compiled as a list request's filter is (tasks.filter.ts).
// A query is stored as typed: its dates (today, sunday, +4 hours) are read each time it is used.
import { and, asc, eq, sql } from 'drizzle-orm';
import { FilterError, parseFilter } from '#shared/filter/filter.js';
import { VISIBLE_TASKS } from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { savedFilters } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { getSettings } from '../settings/settings.service.js';
import {
  compileFilter,
  hasDates,
  readFilterContext,
  readFilterTime,
  resolveFilterDates,
} from '../tasks/tasks.filter.js';
import {
  MAX_SAVED_FILTERS,
  type SavedFilterInput,
  type SavedFilterJson,
  type SavedFilterPatch,
} from './filters.schema.js';

type Row = typeof savedFilters.$inferSelect;

const MAX_ID = Number.MAX_SAFE_INTEGER;

/** Open tasks each query matches, by the row's id: one statement for them all. */
async function openCounts(db: Database, userId: string, rows: Row[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (rows.length === 0) return counts;
  // $1 the owner, $2 unused (a list statement's limit: the compiled filters count from $4), $3 the zone.
  const params: unknown[] = [userId, 0, (await getSettings(db, userId)).timeZone];
  const columns: string[] = [];
  const trees = rows.map((row) => {
    try {
      return parseFilter(row.query);
    } catch {
      // Saved before the language changed: it counts nothing, and says so when opened.
      return undefined;
    }
  });
  const context = await readFilterContext(
    db,
    userId,
    trees.filter((tree) => tree !== undefined),
  );
  for (const tree of trees) {
    let filter: ReturnType<typeof compileFilter> | undefined;
    try {
      filter = tree === undefined ? undefined : compileFilter(tree, params.length + 1, context);
    } catch (error) {
      // A date its owner's date order does not read (saved before they changed it): as above.
      if (!(error instanceof AppError)) throw error;
    }
    if (filter === undefined) {
      columns.push('0');
      continue;
    }
    params.push(...filter.values);
    columns.push(`count(*) filter (where ${filter.sql})::int`);
  }
  const [counted] = await rawQuery<{ counts: number[] }>(
    db,
    `select array[${columns.join(', ')}] as counts, $2::int as unused, $3::text as zone from tasks ` +
      `where ${VISIBLE_TASKS} and not completed`,
    params,
  );
  rows.forEach((row, i) => {
    counts.set(row.id, Number(counted?.counts[i] ?? 0));
  });
  return counts;
}

const present = (row: Row, openCount: number): SavedFilterJson => ({
  id: row.id,
  name: row.name,
  query: row.query,
  color: row.color,
  position: row.position,
  open_count: openCount,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

const owned = (userId: string, id: number) => and(eq(savedFilters.userId, userId), eq(savedFilters.id, id));

export async function listSavedFilters(db: Database, userId: string): Promise<SavedFilterJson[]> {
  const rows = await db
    .select()
    .from(savedFilters)
    .where(eq(savedFilters.userId, userId))
    .orderBy(asc(savedFilters.position), asc(savedFilters.id));
  const counts = await openCounts(db, userId, rows);
  return rows.map((row) => present(row, counts.get(row.id) ?? 0));
}

export async function getSavedFilter(db: Database, userId: string, id: number): Promise<SavedFilterJson> {
  if (id < 1 || id > MAX_ID) throw notFound(`Filter ${id}`);
  const [row] = await db.select().from(savedFilters).where(owned(userId, id));
  if (!row) throw notFound(`Filter ${id}`);
  const counts = await openCounts(db, userId, [row]);
  return present(row, counts.get(row.id) ?? 0);
}

/**
 * Refuses a query whose dates do not read in the owner's date order (the contract read them in
 * either): `13/12` for an account that writes month first. As the contract's mistakes, a 422.
 */
async function checkDates(db: Database, userId: string, query: string): Promise<void> {
  const tree = parseFilter(query);
  if (!hasDates(tree)) return;
  try {
    resolveFilterDates(tree, await readFilterTime(db, userId));
  } catch (error) {
    if (error instanceof FilterError) throw invalid('query', error.message, 'body');
    throw error;
  }
}

const nameTaken = (name: string) =>
  new AppError('CONFLICT', `You have a filter named "${name}" already: choose another name`);

/** Whether an error is the unique index on (owner, name) refusing a second filter of that name. */
const isNameClash = (error: unknown) => {
  for (let e: unknown = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if (code === '23505' && (constraint === undefined || constraint === 'saved_filters_user_name_idx'))
      return true;
  }
  return false;
};

export async function createSavedFilter(
  db: Database,
  userId: string,
  input: SavedFilterInput,
): Promise<SavedFilterJson> {
  await checkDates(db, userId, input.query);
  let rows: { id: unknown }[];
  try {
    // The count and the insert are one statement (as lists do): a burst cannot pass the limit by much.
    rows = await rawQuery<{ id: unknown }>(
      db,
      'insert into saved_filters (user_id, name, query, color, position) ' +
        'select $1, $2, $3, $4, coalesce($5::float8, doable_new_position()) ' +
        'where (select count(*) from saved_filters where user_id = $1) < $6 returning id',
      [userId, input.name, input.query, input.color ?? null, input.position ?? null, MAX_SAVED_FILTERS],
    );
  } catch (error) {
    if (isNameClash(error)) throw nameTaken(input.name);
    throw error;
  }
  if (rows.length === 0) {
    throw new AppError(
      'CONFLICT',
      `You have ${MAX_SAVED_FILTERS} saved filters, the most one account can have: delete some`,
    );
  }
  return getSavedFilter(db, userId, Number(rows[0]!.id));
}

export async function updateSavedFilter(
  db: Database,
  userId: string,
  id: number,
  patch: SavedFilterPatch,
): Promise<SavedFilterJson> {
  if (id < 1 || id > MAX_ID) throw notFound(`Filter ${id}`);
  if (patch.query !== undefined) await checkDates(db, userId, patch.query);
  const set: Partial<typeof savedFilters.$inferInsert> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.query !== undefined) set.query = patch.query;
  if (patch.color !== undefined) set.color = patch.color;
  if (patch.position !== undefined) set.position = patch.position;
  let row: { id: number } | undefined;
  try {
    [row] = await db
      .update(savedFilters)
      .set({ ...set, updatedAt: sql`now()` })
      .where(owned(userId, id))
      .returning({ id: savedFilters.id });
  } catch (error) {
    if (isNameClash(error) && patch.name !== undefined) throw nameTaken(patch.name);
    throw error;
  }
  if (!row) throw notFound(`Filter ${id}`);
  return getSavedFilter(db, userId, id);
}

export async function deleteSavedFilter(db: Database, userId: string, id: number): Promise<void> {
  if (id < 1 || id > MAX_ID) throw notFound(`Filter ${id}`);
  const [row] = await db.delete(savedFilters).where(owned(userId, id)).returning({ id: savedFilters.id });
  if (!row) throw notFound(`Filter ${id}`);
}
