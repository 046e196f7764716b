// Once before the files start: the server's build, when its source changed since (as `npm start`
// would; each file starts `npm start`'s entry point, several at once, which would each build it),
// and with TEST_DATABASE_URL set, a migrated template database on that Postgres server, from which
// each file's server gets a database of its own (support.ts, startServer).
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { ensureServerBuild } from '../../server/launch/build-server.mjs';
import { onAdmin, withDatabase } from '../support/server-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database on TEST_DATABASE_URL's server (null: embedded servers). */
    e2eServerTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  await ensureServerBuild();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide('e2eServerTemplate', null);
    return;
  }
  // Loaded only here: the embedded runs have no use for them.
  const [{ runMigrations }, { openDatabase }] = await Promise.all([
    import('../../server/migrate.js'),
    import('../../server/platform/db/client.js'),
  ]);
  const template = `doable_e2e_template_${randomBytes(4).toString('hex')}`;
  await onAdmin(serverUrl, `create database ${template}`);
  const database = await openDatabase({ kind: 'server', url: withDatabase(serverUrl, template), poolMax: 2 });
  await runMigrations(database);
  await database.close();
  project.provide('e2eServerTemplate', template);
  return () => onAdmin(serverUrl, `drop database if exists ${template} with (force)`);
}
