// Applies the generated SQL migrations in ./drizzle, exactly once across concurrently starting
// instances; a start whose schema is already current reads one row and applies nothing.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { TASK_JSON_PARTS_BUILD_SQL, TASK_JSON_PARTS_MARK } from './features/tasks/tasks.json.js';
import { TASK_JSON_FUNCTION_SQL, TASK_JSON_SQL_BODY } from './features/tasks/tasks.presenter.js';
import { SUBTASK_COUNTS_FUNCTION_SQL } from './features/tasks/tasks.rows.js';
import { type Database, type DatabaseHandle, queryRows, rawQuery } from './platform/db/client.js';
import { MIGRATIONS_FOLDER } from './platform/db/migrations.js';

/** Arbitrary constant shared by every instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 0x646f61626c65;

/**
 * What is derived from TypeScript, (re)installed after the migrations whenever the database holds
 * another version: doable_task_json, which builds the task JSON of live events from the presenter's
 * field list (docs/decisions/0047-task-json-from-one-field-list.md), with doable_subtask_counts;
 * and the task JSON's stored parts, json_head and json_tail, with their functions
 * (TASK_JSON_PARTS_BUILD_SQL, marked by TASK_JSON_PARTS_MARK), so a new task field needs no
 * hand-written migration for them.
 */
export async function installDerivedFunctions(db: Pick<Database, 'execute'>): Promise<void> {
  const [installed] = await queryRows<{ body: string | null; mark: string | null }>(
    db,
    sql.raw(
      "select (select prosrc from pg_proc where oid = to_regprocedure('doable_task_json(tasks)')) as body, " +
        "(select col_description('tasks'::regclass, a.attnum) from pg_attribute a where a.attrelid = 'tasks'::regclass " +
        "and a.attname = 'json_head' and not a.attisdropped) as mark",
    ),
  );
  if (installed?.body !== TASK_JSON_SQL_BODY) {
    await db.execute(sql.raw(SUBTASK_COUNTS_FUNCTION_SQL));
    await db.execute(sql.raw(TASK_JSON_FUNCTION_SQL));
  }
  if (installed?.mark !== TASK_JSON_PARTS_MARK) {
    for (const statement of TASK_JSON_PARTS_BUILD_SQL) await db.execute(sql.raw(statement));
  }
}

/**
 * What runMigrations installs, as one value: every migration (drizzle's own hash of its file, in
 * the journal's order) and the derived functions' SQL. Recorded in the database once they are
 * installed, so a later start that finds the same value has nothing to do
 * (docs/decisions/0134-schema-stamp.md).
 */
export function schemaStamp(): string {
  const hash = createHash('sha256');
  for (const migration of readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })) {
    hash.update(`${migration.folderMillis} ${migration.hash}\n`);
  }
  hash.update(SUBTASK_COUNTS_FUNCTION_SQL).update('\n').update(TASK_JSON_FUNCTION_SQL);
  hash.update('\n').update(TASK_JSON_PARTS_MARK);
  return hash.digest('hex');
}

/**
 * Beside drizzle's own record of the migrations (its schema, not the app's), so the stamp travels
 * with the schema it describes: a restored dump brings the stamp of the code that made it.
 */
const STAMP_TABLE = 'drizzle.doable_schema_stamp';
/** Undefined table (42P01) or schema (3F000): a database no stamp was ever recorded in. */
const NO_STAMP_CODES = new Set(['42P01', '3F000']);

async function recordedStamp(db: Database): Promise<string | undefined> {
  try {
    const [row] = await rawQuery<{ stamp: string }>(db, `select stamp from ${STAMP_TABLE}`, []);
    return row?.stamp;
  } catch (error) {
    if (NO_STAMP_CODES.has(String((error as { code?: unknown }).code))) return undefined;
    throw error;
  }
}

async function recordStamp(db: Database, stamp: string): Promise<void> {
  await rawQuery(
    db,
    `create table if not exists ${STAMP_TABLE} (one boolean primary key default true check (one), stamp text not null)`,
    [],
  );
  await rawQuery(
    db,
    `insert into ${STAMP_TABLE} (stamp) values ($1) on conflict (one) do update set stamp = excluded.stamp`,
    [stamp],
  );
}

/** A database a newer Doable migrated: this code refuses to run on it, and changes nothing. */
export class DatabaseTooNewError extends Error {}

/**
 * Refuses a database with migrations this code does not know (a newer version migrated it): drizzle
 * would apply nothing and the code would run on a schema it was not written for. Compares the newest
 * applied migration (drizzle records each file's journal time) with the newest this code has.
 */
async function assertNotNewer(db: Database): Promise<void> {
  let newest: number | undefined;
  try {
    const [row] = await rawQuery<{ newest: string | null }>(
      db,
      'select max(created_at)::text as newest from drizzle.__drizzle_migrations',
      [],
    );
    newest = row?.newest ? Number(row.newest) : undefined;
  } catch (error) {
    if (NO_STAMP_CODES.has(String((error as { code?: unknown }).code))) return; // a new database
    throw error;
  }
  const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).at(-1)?.folderMillis ?? 0;
  if (newest !== undefined && newest > known) {
    throw new DatabaseTooNewError(
      `The database was migrated by a newer version of Doable (its newest migration is from ` +
        `${new Date(newest).toISOString()}; this version knows migrations up to ${new Date(known).toISOString()}). ` +
        'Nothing was changed. Run the newer version, or restore a backup made with this one (docs/operations.md).',
    );
  }
}

export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  const stamp = schemaStamp();
  // The usual start: one read, no lock, no migrator loaded.
  if ((await recordedStamp(handle.db)) === stamp) return;
  await handle.withExclusiveLock(MIGRATION_LOCK_KEY, async () => {
    await assertNotNewer(handle.db);
    if (handle.kind === 'server') {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      await migrate(handle.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    // In one transaction: other instances never see the task JSON's stored parts missing, and a
    // rebuild that fails leaves them as they were.
    await handle.db.transaction((tx) => installDerivedFunctions(tx as unknown as Database));
    // Last, once everything it stands for is in place: an interrupted run leaves the old stamp,
    // and the next start checks again.
    await recordStamp(handle.db, stamp);
  });
}

/** The migrations' steps a restore takes (server/features/backup/backup.restore.ts). */
export const SCHEMA = { installDerivedFunctions, runMigrations };
