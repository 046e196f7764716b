// The previous release's database (test/fixtures/upgrade/README.md): its pg_dump, loaded into a new
// Postgres database on the server project or an in-memory embedded one, as it was (unmigrated); or
// the data folder its embedded database left on disk, opened where it lies.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../server/platform/db/client.js';
import { createServerDatabase, emptyEmbedded, onServer } from './database.js';

const DUMP = new URL('../fixtures/upgrade/previous-release.sql', import.meta.url);
const DATA_FOLDER = new URL('../fixtures/upgrade/previous-release-data.tar.xz', import.meta.url);
/** Every fixture account's password. */
export const PREVIOUS_RELEASE_PASSWORD = 'fixture password 2026';
/** The API key fill.mjs made for Ana (its hash is in the dump). */
export const ANA_KEY = 'dbl_MnfDnSHTRTVSjBD4J9qLQ9tJsxCV1xc16eLKOS_qQxU';
/** The API key fill.mjs made for Ana in the data folder's run. */
export const ANA_KEY_DATA_FOLDER = 'dbl_MEP3q-KtbrqsDFeGh4_cblMwYgpX9E7pygDf1axL4IU';

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
  const pglite = await emptyEmbedded();
  await pglite.exec(dump);
  // The dump empties the session's search_path; the app's session needs the default.
  await pglite.exec('reset search_path');
  return { handle: await openDatabase({ kind: 'embedded', pglite }), drop: async () => {} };
}

/**
 * The previous release's own data folder (DATA_DIR with its `pglite` directory, as its server left
 * it on shutdown), unpacked into a new directory and opened as `npm start` opens one: on the
 * embedded database's worker thread, from disk.
 */
export async function previousReleaseDataFolder() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'doable-previous-'));
  await promisify(execFile)('tar', ['-xJf', DATA_FOLDER.pathname, '-C', dataDir]);
  const handle = await openDatabase({ kind: 'embedded', dataDir });
  return { handle, drop: () => rm(dataDir, { recursive: true, force: true }) };
}
