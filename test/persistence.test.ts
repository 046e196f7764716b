// Data survives a restart of the embedded database; migrations run once even when several
// instances start together; /health tells the truth when the database goes away.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, runMigrations, schemaStamp } from '../server/migrate.js';
import { openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServerDatabase, embeddedOnDisk, emptyEmbedded, onServer } from './support/database.js';
import { startTestServer } from './support/server.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('embedded database', () => {
  it('keeps tasks across a restart of the server and the database', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-restart-'));
    dirs.push(dataDir);
    await embeddedOnDisk(dataDir);

    const first = await startTestServer({ database: await openDatabase({ kind: 'embedded', dataDir }) });
    const created = await first.as('keeper')('POST', '/api/me/tasks', {
      body: { title: 'Survive a restart' },
    });
    expect(created.status).toBe(201);
    await first.close();

    const second = await startTestServer({ database: await openDatabase({ kind: 'embedded', dataDir }) });
    await runMigrations(second.database); // applying again at start is a no-op
    const list = await second.as('keeper')('GET', '/api/me/tasks');
    expect(list.body.tasks).toEqual([created.body]);
    await second.close();
    // Two on-disk embedded databases open and close here: seconds alone, more on a busy machine.
  }, 90_000);
});

describe('migrations', () => {
  it('apply exactly once when several instances start together', async () => {
    // Three "instances" with their own connections migrate one empty database at the same moment.
    let handles: Awaited<ReturnType<typeof openDatabase>>[];
    let drop = async () => {};
    if (onServer) {
      const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      drop = fresh.drop;
      handles = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 })),
      );
    } else {
      const one = await openDatabase({ kind: 'embedded', pglite: await emptyEmbedded() });
      handles = [one, one, one];
    }
    await Promise.all(handles.map((h) => runMigrations(h)));
    const count = async (sql: string) => (await rawQuery<{ n: number }>(handles[0]!.db, sql, []))[0]!.n;
    const journal = JSON.parse(
      await readFile(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
    );
    expect(await count('select count(*)::int as n from drizzle.__drizzle_migrations')).toBe(
      journal.entries.length,
    );
    expect(await count('select count(*)::int as n from tasks')).toBe(0);
    await Promise.all([...new Set(handles)].map((h) => h.close()));
    await drop();
  });
});

describe('the schema stamp', () => {
  it('lets a start on a current schema read one row, and makes one on a changed schema migrate again', async () => {
    let handle: Awaited<ReturnType<typeof openDatabase>>;
    let drop = async () => {};
    if (onServer) {
      const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      drop = fresh.drop;
      handle = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 });
    } else {
      handle = await openDatabase({ kind: 'embedded', pglite: await emptyEmbedded() });
    }
    await runMigrations(handle);
    const recorded = async () =>
      (await rawQuery<{ stamp: string }>(handle.db, 'select stamp from drizzle.doable_schema_stamp', []))[0]
        ?.stamp;
    expect(await recorded()).toBe(schemaStamp());

    // Every statement the driver is sent during the next start's check.
    const client = (handle.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
      .$client;
    const sent: string[] = [];
    const query = client.query;
    client.query = (...args: unknown[]) => {
      sent.push(String(args[0]));
      return query.apply(client, args);
    };
    await runMigrations(handle);
    expect(sent).toEqual(['select stamp from drizzle.doable_schema_stamp']);

    // Code whose migrations or derived functions differ (here: a database last migrated by such
    // code, which left its own stamp and not this code's task JSON function) migrates again.
    client.query = query;
    await rawQuery(handle.db, "update drizzle.doable_schema_stamp set stamp = 'another schema'", []);
    await rawQuery(handle.db, 'drop function doable_task_json(tasks)', []);
    await runMigrations(handle);
    expect(await recorded()).toBe(schemaStamp());
    const server = await startTestServer({ database: handle });
    // Creating a task runs the event trigger, which needs the function the start put back.
    const created = await server.as('stamp-user')('POST', '/api/me/tasks', {
      body: { title: 'After a change' },
    });
    expect(created.status).toBe(201);
    await server.close();
    await drop();
  });
});

describe('a database a newer version migrated', () => {
  it('is refused with a message that says so, and nothing in it changes', async () => {
    let handle: Awaited<ReturnType<typeof openDatabase>>;
    let drop = async () => {};
    if (onServer) {
      const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      drop = fresh.drop;
      handle = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 });
    } else {
      handle = await openDatabase({ kind: 'embedded', pglite: await emptyEmbedded() });
    }
    await runMigrations(handle);
    // What a newer Doable leaves: a migration this code does not have, and its own stamp.
    await rawQuery(
      handle.db,
      `insert into drizzle.__drizzle_migrations (hash, created_at)
       select 'from a newer version', max(created_at) + 86400000 from drizzle.__drizzle_migrations`,
      [],
    );
    await rawQuery(handle.db, "update drizzle.doable_schema_stamp set stamp = 'a newer schema'", []);
    const before = await rawQuery(handle.db, 'select hash, created_at from drizzle.__drizzle_migrations', []);
    await expect(runMigrations(handle)).rejects.toThrow(
      /migrated by a newer version of Doable .*Nothing was changed\. Run the newer version, or restore a backup/,
    );
    await expect(runMigrations(handle)).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(
      await rawQuery(handle.db, 'select hash, created_at from drizzle.__drizzle_migrations', []),
    ).toEqual(before);
    const [stamp] = await rawQuery<{ stamp: string }>(
      handle.db,
      'select stamp from drizzle.doable_schema_stamp',
      [],
    );
    expect(stamp!.stamp).toBe('a newer schema');
    await handle.close();
    await drop();
  });
});

describe('health', () => {
  it('answers 503 problem+json once the database is gone', async () => {
    const server = await startTestServer();
    await server.database.close();
    const res = await server.request('GET', '/health');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 503, error_code: 'DATABASE_ERROR' });
    expect(res.text).not.toMatch(/postgres|pglite|stack/i);
    await server.app.close();
  });
});
