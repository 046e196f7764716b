// The previous release's database (test/fixtures/upgrade/README.md): its pg_dump, loaded into a new
// Postgres database on the server project or an in-memory embedded one, as it was (unmigrated).
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, PGLITE_OPTIONS } from '../../server/platform/db/client.js';
import { createServerDatabase, onServer } from './database.js';

const DUMP = new URL('../fixtures/upgrade/previous-release.sql', import.meta.url);
/** Every fixture account's password. */
export const PREVIOUS_RELEASE_PASSWORD = 'fixture password 2026';
/** The API key fill.mjs made for Ana (its hash is in the dump). */
export const ANA_KEY = 'dbl_MnfDnSHTRTVSjBD4J9qLQ9tJsxCV1xc16eLKOS_qQxU';

/**
 * The dump, loadable: pg_dump empties the search_path while it loads, and the generated columns'
 * functions (doable_task_json's parts) call each other unqualified, so their rows could not be
 * computed; the public schema stays on the path instead.
 */
async function loadable(): Promise<string> {
  const dump = await readFile(DUMP, 'utf8');
  return dump.replace(
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'SET search_path = public, pg_catalog;',
  );
}

/** Loaded on the project's kind of database, or on `kind`. */
export async function previousRelease(kind: 'embedded' | 'server' = onServer ? 'server' : 'embedded') {
  const dump = await loadable();
  if (kind === 'server') {
    const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    await client.query(dump);
    await client.end();
    return { handle: await openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 }), drop: fresh.drop };
  }
  const pglite = new PGlite(PGLITE_OPTIONS);
  await pglite.exec(dump);
  // The dump empties the session's search_path; the app's session needs the default.
  await pglite.exec('reset search_path');
  return { handle: await openDatabase({ kind: 'embedded', pglite }), drop: async () => {} };
}
