// What a restore needs, on each database: a data directory that does not exist yet is made and
// filled (the embedded database); a Postgres role that may not set session_replication_role is
// refused before anything is written, with the grant it needs named (a Postgres server).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  openEmbeddedTarget,
  RestoreRefusedError,
  restoreBackup,
} from '../server/features/backup/backup.restore.js';
import { writeBackup } from '../server/features/backup/backup.write.js';
import { SCHEMA } from '../server/migrate.js';
import { openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServerDatabase, onServer } from './support/database.js';
import { ok, person } from './support/people.js';
import { startTestServer } from './support/server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('what a restore needs', () => {
  /** A backup of a server with one account and one task. */
  async function oneBackup(): Promise<string> {
    const app = await startTestServer();
    try {
      const owner = await person(app, 'Owner');
      await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Kept by the backup' } }), 201);
      const file = path.join(await tempDir('doable-needs-'), 'one.jsonl.gz');
      await writeBackup(app.database.db, app.database.kind, file);
      return file;
    } finally {
      await app.close();
    }
  }

  it.skipIf(onServer)(
    'fills a data directory that does not exist yet, making it',
    async () => {
      const file = await oneBackup();
      const dataDir = path.join(await tempDir('doable-new-'), 'new', 'data');
      const handle = await openEmbeddedTarget(dataDir);
      try {
        const summary = await restoreBackup(handle, file, SCHEMA);
        expect(summary.tables.tasks).toBe(1);
      } finally {
        await handle.close();
      }
      expect(existsSync(dataDir)).toBe(true);
    },
    240_000,
  );

  it.runIf(onServer)(
    'refuses a role that may not set session_replication_role, naming the grant it needs, and changes nothing',
    async () => {
      const file = await oneBackup();
      const role = `doable_restorer_${Date.now()}`;
      const limited = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      const admin = new pg.Client({ connectionString: limited.url });
      await admin.connect();
      await admin.query(`create role ${role} login password 'restorer-password' nosuperuser`);
      await admin.query(`alter database ${new URL(limited.url).pathname.slice(1)} owner to ${role}`);
      await admin.query(`alter schema public owner to ${role}`);
      await admin.end();
      // Cleaned up in reverse: the database first, then its owner.
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
        await c.connect();
        await c.query(`drop role if exists ${role}`);
        await c.end();
      }, limited.drop);
      const asRole = new URL(limited.url);
      asRole.username = role;
      asRole.password = 'restorer-password';
      const handle = await openDatabase({ kind: 'server', url: asRole.href, poolMax: 1 });
      try {
        const refused = await restoreBackup(handle, file, SCHEMA).then(
          () => undefined,
          (error: Error) => error,
        );
        expect(refused).toBeInstanceOf(RestoreRefusedError);
        expect(refused!.message).toMatch(/needs a database role that may set session_replication_role/);
        expect(refused!.message).toContain('GRANT SET ON PARAMETER session_replication_role TO <role>;');
        expect(refused!.message).not.toMatch(/Failed query/);
        const [tables] = await rawQuery<{ n: number }>(
          handle.db,
          "select count(*)::int as n from pg_tables where schemaname = 'public'",
          [],
        );
        expect(tables!.n).toBe(0);
      } finally {
        await handle.close();
      }
    },
  );
});
