// Applies the generated SQL migrations in ./drizzle, exactly once across concurrently starting instances.
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateServer } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migrateEmbedded } from 'drizzle-orm/pglite/migrator';
import { TASK_JSON_FUNCTION_SQL, TASK_JSON_SQL_BODY } from '../tasks/tasks.presenter.js';
import { SUBTASK_COUNTS_FUNCTION_SQL } from '../tasks/tasks.rows.js';
import { type Database, type DatabaseHandle, rawQuery } from './client.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Arbitrary constant shared by every instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK_KEY = 0x646f61626c65;

/**
 * Functions whose body is derived from TypeScript, (re)installed after the migrations whenever the
 * stored body differs: doable_task_json builds the task JSON of live events from the presenter's
 * field list (docs/decisions/0047-task-json-from-one-field-list.md), with doable_subtask_counts.
 */
async function installDerivedFunctions(db: Database): Promise<void> {
  const [installed] = await rawQuery<{ body: string | null }>(
    db,
    "select (select prosrc from pg_proc where oid = to_regprocedure('doable_task_json(tasks)')) as body",
    [],
  );
  if (installed?.body !== TASK_JSON_SQL_BODY) {
    await rawQuery(db, SUBTASK_COUNTS_FUNCTION_SQL, []);
    await rawQuery(db, TASK_JSON_FUNCTION_SQL, []);
  }
}

export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.withExclusiveLock(MIGRATION_LOCK_KEY, async () => {
    if (handle.kind === 'server') {
      await migrateServer(handle.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      await migrateEmbedded(handle.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    await installDerivedFunctions(handle.db);
  });
}
