// Builds one migrated database once per test run; each test file clones it (see database.ts).
// Embedded: a PGlite data-directory dump, and the closed data directory it was dumped from (for
// suites and commands that need a database on disk), made from the migrated template `npm install`
// left (pglite.template.ts) when there is one: copying it and applying any newer migrations costs
// a fraction of creating a database and applying every migration. Server (TEST_DATABASE_URL set):
// a template database.
// And the server's build, when its source changed since (as `npm start` would): the suites start
// `npm start` and the operator's commands in processes of their own, several at once, which would
// each build it.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { ensureServerBuild } from '../../server/launch/build-server.mjs';
import { runMigrations } from '../../server/migrate.js';
import { openDatabase, PGLITE_OPTIONS } from '../../server/platform/db/client.js';
import { seedFromTemplate } from '../../server/platform/db/pglite.template.js';
import { withDatabase } from './server-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    /** The snapshot's data directory, closed: copy it, do not open it. */
    pgliteDataDir: string;
    serverTemplate: string | null;
  }
}

export { withDatabase };

/** The run's databases, made once, and how to remove them. */
interface Prepared {
  snapshot: string;
  dataDir: string;
  template: string | null;
  /** The projects using them; the last one's teardown removes them. */
  users: number;
  remove: () => Promise<void>;
}

// Vitest runs a project's global setup for each project with files in the run (`server` and
// `server-mocking` both name this one), one after the other in one process, before any file starts:
// the databases are made once and shared (a module is loaded once per project, globalThis once).
const shared = globalThis as typeof globalThis & { doableTestDatabases?: Promise<Prepared> };

export default async function setup(project: TestProject) {
  shared.doableTestDatabases ??= prepare();
  const prepared = await shared.doableTestDatabases;
  prepared.users += 1;
  project.provide('pgliteSnapshot', prepared.snapshot);
  project.provide('pgliteDataDir', prepared.dataDir);
  project.provide('serverTemplate', prepared.template);
  return async () => {
    prepared.users -= 1;
    if (prepared.users > 0) return;
    shared.doableTestDatabases = undefined;
    await prepared.remove();
  };
}

async function prepare(): Promise<Prepared> {
  await ensureServerBuild();
  const dir = await mkdtemp(path.join(tmpdir(), 'doable-test-'));
  const dataDir = path.join(dir, 'pglite');
  // Without a template of this PGlite version, PGlite creates the database and every migration runs.
  await seedFromTemplate(dataDir);
  const pglite = await PGlite.create(dataDir, PGLITE_OPTIONS);
  const embedded = await openDatabase({ kind: 'embedded', pglite });
  await runMigrations(embedded);
  const snapshot = path.join(dir, 'pglite.tar');
  // A checkpoint first: otherwise every database opened from the dump replays the migrations' WAL.
  await pglite.exec('checkpoint');
  await writeFile(snapshot, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await embedded.close();

  const serverUrl = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (serverUrl) {
    template = `doable_template_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const server = await openDatabase({ kind: 'server', url: withDatabase(serverUrl, template), poolMax: 2 });
    await runMigrations(server);
    await server.close();
    await admin.end();
  }

  return {
    snapshot,
    dataDir,
    template,
    users: 0,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      if (serverUrl && template) {
        const admin = new pg.Client({ connectionString: serverUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${template} with (force)`);
        await admin.end();
      }
    },
  };
}
