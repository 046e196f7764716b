// A release older than its database: `npm start` (and `npm run db:migrate`) on a database a newer
// Doable migrated exits 1 with a message that says so, never listens, and changes nothing in it
// (not drizzle's record, not the schema's stamp, not a row). On the project's kind of database.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, rawQuery } from '../server/platform/db/client.js';
import { databaseKind, lastingDatabase } from './support/database.js';
import { TEST_APP_URL, TEST_SECRET } from './support/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          BETTER_AUTH_SECRET: TEST_SECRET,
          APP_URL: TEST_APP_URL,
          HOST: '127.0.0.1',
          PORT: '0',
          LOG_LEVEL: 'info',
          ...env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** What the database holds that a start could change. */
async function state(handle: DatabaseHandle) {
  return {
    migrations: await rawQuery(
      handle.db,
      'select hash, created_at from drizzle.__drizzle_migrations order by id',
      [],
    ),
    stamp: await rawQuery(handle.db, 'select stamp from drizzle.doable_schema_stamp', []),
    users: await rawQuery(handle.db, 'select id, email from users order by id', []),
    functions: await rawQuery(
      handle.db,
      "select md5(prosrc) as body from pg_proc where proname in ('doable_task_json', 'doable_subtask_counts') order by proname",
      [],
    ),
  };
}

const REFUSED =
  /The database was migrated by a newer version of Doable \(its newest migration is from .*; this version knows migrations up to .*\)\. Nothing was changed\. Run the newer version, or restore a backup made with this one/;

describe(`a release older than its ${databaseKind} database`, () => {
  let lasting: Awaited<ReturnType<typeof lastingDatabase>>;
  let before: Awaited<ReturnType<typeof state>>;

  beforeAll(async () => {
    lasting = await lastingDatabase();
    const handle = await lasting.open();
    try {
      await rawQuery(
        handle.db,
        "insert into users (id, email, name, email_verified, created_at, updated_at) values ('u-newer', 'kept@example.com', 'Kept', true, now(), now())",
        [],
      );
      // What a newer Doable leaves: a migration this code does not have and its own stamp (a start
      // that went on would install this code's derived functions and stamp over them).
      await rawQuery(
        handle.db,
        `insert into drizzle.__drizzle_migrations (hash, created_at)
         select 'a migration of a newer version', max(created_at) + 86400000 from drizzle.__drizzle_migrations`,
        [],
      );
      await rawQuery(handle.db, "update drizzle.doable_schema_stamp set stamp = 'a newer schema'", []);
      before = await state(handle);
    } finally {
      await handle.close();
    }
  }, 120_000);
  afterAll(() => lasting.cleanup());

  it('refuses to start: exit 1, the message says why and what to do, nothing listens, nothing changes', async () => {
    const started = await run('server/launch/start.mjs', [], lasting.env);
    expect(started.code).toBe(1);
    expect(started.stderr).toContain('Doable failed to start:');
    expect(started.stderr).toMatch(REFUSED);
    expect(started.stdout).not.toMatch(/Server listening|"listening"/i);
    const handle = await lasting.open();
    try {
      expect(await state(handle)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 150_000);

  it('refuses npm run db:migrate the same way', async () => {
    const migrated = await run(path.join('server', 'launch', 'cli.mjs'), ['migrate'], lasting.env);
    expect(migrated.code).toBe(1);
    expect(migrated.stderr).toMatch(REFUSED);
    const handle = await lasting.open();
    try {
      expect(await state(handle)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 150_000);
});
