// A private database per test file, cloned from the migrated snapshot built in global-setup.
// The same suites run on embedded PGlite (default) and on a Postgres server (TEST_DATABASE_URL).
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase, PGLITE_OPTIONS } from '../../server/platform/db/client.js';
import { embeddedDatabaseDir } from '../../server/platform/db/pglite.thread.js';
import { createServerDatabase } from './server-database.js';

export { createServerDatabase };

export const onServer = Boolean(process.env.TEST_DATABASE_URL);
export const databaseKind = onServer ? 'server' : 'embedded';
/**
 * Where embedded test databases run: on their worker thread, as in production (default), or on
 * the test's own thread (TEST_EMBEDDED_THREAD=main), the other setting's path.
 */
export const embeddedThread = process.env.TEST_EMBEDDED_THREAD === 'main' ? 'main' : 'worker';

export async function snapshotBlob(): Promise<Blob> {
  return new Blob([await readFile(inject('pgliteSnapshot'))]);
}

/**
 * A migrated embedded database on disk in the data directory `dataDir` (where a server or command
 * with DATA_DIR=dataDir opens it): a copy of the snapshot's closed data directory, made without
 * starting a database.
 */
export async function embeddedOnDisk(dataDir: string): Promise<void> {
  await cp(inject('pgliteDataDir'), embeddedDatabaseDir(dataDir), { recursive: true });
}

let emptyDump: Promise<Blob> | undefined;

/**
 * A new, empty embedded database in memory, as `new PGlite(PGLITE_OPTIONS)` makes one (created,
 * nothing migrated), loaded from a dump of the first one this process made: creating one (initdb)
 * took 4.4-5.2 s of CPU, loading the dump 1.0 s (docs/journal/ci-time.md).
 */
export async function emptyEmbedded(): Promise<PGlite> {
  emptyDump ??= (async () => {
    const first = new PGlite(PGLITE_OPTIONS);
    await first.exec('checkpoint');
    const dump = await first.dumpDataDir('none');
    await first.close();
    return dump;
  })();
  return PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: await emptyDump });
}

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject('serverTemplate');
  if (!serverUrl || !template) {
    if (embeddedThread === 'worker')
      return openDatabase({ kind: 'embedded', snapshotFile: inject('pgliteSnapshot'), reuseThread: true });
    return openDatabase({
      kind: 'embedded',
      pglite: await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: await snapshotBlob() }),
    });
  }
  const { url, drop } = await createServerDatabase(serverUrl, template);
  const handle = await openDatabase({ kind: 'server', url, poolMax: 5 });
  const close = handle.close;
  handle.close = async () => {
    await close();
    await drop();
  };
  return handle;
}

/**
 * A migrated database that outlives the servers and commands opened on it, on the project's kind:
 * a new Postgres database from the migrated template, or an embedded one on disk in a new data
 * directory. `env` points the command-line tools at it (DATABASE_URL or DATA_DIR); `open` opens it
 * again (the embedded database has one user at a time: close one before opening the next).
 */
export async function lastingDatabase(): Promise<{
  env: Record<string, string>;
  open: () => Promise<DatabaseHandle>;
  cleanup: () => Promise<void>;
}> {
  if (onServer) {
    const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!, inject('serverTemplate')!);
    return {
      env: { DATABASE_URL: fresh.url },
      open: () => openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 }),
      cleanup: fresh.drop,
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-lasting-'));
  await embeddedOnDisk(dataDir);
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ kind: 'embedded', dataDir }),
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}
