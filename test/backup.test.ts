// Backups and restore (docs/operations.md, "Backups and restore"). A backup is
// taken over HTTP while four writers keep creating tasks: it holds every task acknowledged before
// it was asked for, its tables agree with each other (one snapshot), and it restores into an empty
// embedded database and (on the server project) an empty Postgres database, row for row; there
// people sign in with their passwords and API keys, and new tasks get new ids. A restore refuses a
// database that is not empty, a file cut short and a file from a newer version, and changes
// nothing. A backup of the previous release's embedded database restores (into the Postgres server
// on its project) and is migrated. `npm run backup`
// asks a running server on the embedded database to write it; `npm run restore` refuses while
// that server runs and fills a new data directory, which a server then serves.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError } from '../server/features/backup/backup.format.js';
import { RestoreRefusedError, restoreBackup } from '../server/features/backup/backup.restore.js';
import { Backups } from '../server/features/backup/backup.service.js';
import { writeBackup } from '../server/features/backup/backup.write.js';
import { SCHEMA } from '../server/migrate.js';
import { type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServerDatabase, databaseKind, emptyEmbedded, onServer } from './support/database.js';
import { join, ok, type Person, person } from './support/people.js';
import { ANA_KEY, PREVIOUS_RELEASE_PASSWORD, previousRelease } from './support/previous-release.js';
import { startTestServer, TEST_APP_URL, TEST_SECRET, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery staple';
const root = path.resolve(import.meta.dirname, '..');

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface ReadBackup {
  header: any;
  /** Each table's rows, as the JSON text the file holds, sorted. */
  tables: Record<string, string[]>;
  sequences: Record<string, string | null>;
  lines: string[];
}

async function readBackup(file: string): Promise<ReadBackup> {
  const lines = gunzipSync(await readFile(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  const tables: Record<string, string[]> = {};
  let current: string[] | undefined;
  let sequences = {};
  for (const line of lines.slice(1)) {
    if (current && !line.startsWith('{"end":')) current.push(line);
    else if (line.startsWith('{"end":')) current = undefined;
    else if (line.startsWith('{"table":')) {
      current = [];
      tables[JSON.parse(line).table] = current;
    } else if (line.startsWith('{"sequences":')) sequences = JSON.parse(line).sequences;
  }
  for (const rows of Object.values(tables)) rows.sort();
  return { header: JSON.parse(lines[0]!), tables, sequences, lines };
}

/** What `handle` holds now, read the way a backup reads it. */
async function contents(handle: DatabaseHandle): Promise<ReadBackup> {
  const file = path.join(await tempDir('doable-contents-'), 'now.jsonl.gz');
  await writeBackup(handle.db, handle.kind, file);
  return await readBackup(file);
}

/** Empty databases of every kind this project reaches: embedded always, the server's on its project. */
async function emptyTargets(): Promise<{ kind: string; handle: DatabaseHandle }[]> {
  const targets = [
    {
      kind: 'embedded',
      handle: await openDatabase({ kind: 'embedded', pglite: await emptyEmbedded() }),
    },
  ];
  if (onServer) {
    const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
    const handle = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 });
    cleanups.push(fresh.drop);
    targets.push({ kind: 'server', handle });
  }
  for (const t of targets) cleanups.push(() => t.handle.close());
  return targets;
}

const signIn = (server: TestServer, email: string, password = PASSWORD) =>
  server.request('POST', '/api/auth/sign-in/email', { body: { email, password }, headers: ORIGIN });

async function cookieOf(server: TestServer, email: string, password = PASSWORD): Promise<string> {
  const res = await signIn(server, email, password);
  expect(res.status, res.text).toBe(200);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** The suites' servers have BETTER_AUTH_SECRET set: their backups are signed with it. */
const SIGNED = { secret: TEST_SECRET };

describe(`a backup of the ${databaseKind} database`, () => {
  let server: TestServer;
  let admin: Person;
  let ana: Person;
  let ben: Person;
  let anaKey: string;
  let file: string;
  let backup: ReadBackup;
  const acknowledged: number[] = [];
  let before: Set<number>;
  const failures: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      env: { BACKUP_DIR: await tempDir('doable-backups-'), BACKUP_KEEP: '3' },
    });
    cleanups.push(() => server.close());
    admin = await person(server, 'Admin'); // the first account: the administrator
    ana = await person(server, 'Ana');
    ben = await person(server, 'Ben');
    const anaCookie = await cookieOf(server, ana.email);
    anaKey = (
      await ok(
        server.request('POST', '/api/me/api-keys', {
          headers: { cookie: anaCookie, ...ORIGIN },
          body: { name: 'sync' },
        }),
        201,
      )
    ).key;
    await ok(ana.as('PATCH', '/api/me/settings', { body: { time_zone: 'Europe/Lisbon' } }));
    const home = await ok(ana.as('POST', '/api/me/lists', { body: { name: 'Home', color: '#22aa55' } }), 201);
    const ferns = await ok(
      ana.as('POST', '/api/me/tasks', {
        body: {
          title: 'Water the ferns',
          list_id: home.id,
          due_date: '2026-12-01',
          recurrence: 'FREQ=WEEKLY',
          tags: ['plants'],
          priority: 'high',
          reminders: [{ minutes_before: 60 }],
        },
      }),
      201,
    );
    await ok(ana.as('POST', '/api/me/tasks', { body: { title: 'Buy soil', parent_id: ferns.id } }), 201);
    const trip = await ok(ana.as('POST', '/api/me/lists', { body: { name: 'Trip' } }), 201);
    await join(ana, trip.id, ben, 'editor');
    const train = await ok(
      ben.as('POST', '/api/me/tasks', { body: { title: 'Book the train', list_id: trip.id } }),
      201,
    );
    await ok(ben.as('POST', `/api/me/tasks/${train.id}/comments`, { body: { body: 'Window seats' } }), 201);

    // Four writers keep creating tasks while the backup is taken.
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const res = await ana.as('POST', '/api/me/tasks', { body: { title: `Load ${n}.${i}` } });
        if (res.status === 201) acknowledged.push(res.body.id);
        else failures.push(`${res.status} ${res.text}`);
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 10));
    before = new Set(acknowledged);
    const made = await ok(admin.as('POST', '/api/admin/backups'), 201);
    const during = acknowledged.length;
    while (acknowledged.length < during + 20) await new Promise((r) => setTimeout(r, 10));
    writing = false;
    await Promise.all(writers);
    file = path.join(server.config.backup.dir, made.name);
    backup = await readBackup(file);
  });

  it('is written while writes go on, holds what was acknowledged before it, and is one snapshot', async () => {
    expect(failures).toEqual([]);
    expect(backup.header).toMatchObject({
      format: 'doable-backup',
      version: 1,
      source: server.database.kind,
    });
    const tasks = backup.tables.tasks!.map((row) => JSON.parse(row));
    const ids = new Set(tasks.map((t) => t.id));
    expect([...before].filter((id) => !ids.has(id))).toEqual([]);
    // Writes went on after it: the server has tasks the backup has not.
    expect(acknowledged.filter((id) => !ids.has(id)).length).toBeGreaterThan(0);
    // The tallies were read from the same moment as the tasks they count.
    for (const row of backup.tables.task_counts!.map((r) => JSON.parse(r))) {
      expect(row.total, row.user_id).toBe(tasks.filter((t) => t.user_id === row.user_id).length);
    }
    expect(Object.keys(backup.tables)).toEqual(
      expect.arrayContaining([
        'users',
        'accounts',
        'sessions',
        'api_keys',
        'lists',
        'list_members',
        'task_events',
      ]),
    );
    // Generated columns are computed again on restore, not carried.
    expect(tasks[0]).not.toHaveProperty('json_head');
    expect(backup.lines.at(-1)).toMatch(/^\{"complete":true,"tables":\{/);
  });

  it("is listed in the Admin API with the schedule, and the administrators' log records it", async () => {
    const listed = await ok(admin.as('GET', '/api/admin/backups'));
    expect(listed).toMatchObject({ every_minutes: null, keep: 3 });
    expect(listed.backups[0]).toMatchObject({ name: path.basename(file), bytes: expect.any(Number) });
    const log = await ok(admin.as('GET', '/api/admin/actions'));
    expect(log.actions[0]).toMatchObject({
      action: 'backup',
      actor_id: admin.id,
      target_id: path.basename(file),
    });
    const refused = await ana.as('POST', '/api/admin/backups');
    expect(refused.status).toBe(403);
  });

  it('restores into an empty database of each kind, row for row, where people sign in and go on', async () => {
    for (const { kind, handle } of await emptyTargets()) {
      const summary = await restoreBackup(handle, file, SCHEMA, SIGNED);
      expect(summary.tables.tasks, kind).toBe(backup.tables.tasks!.length);
      const restored = await contents(handle);
      for (const [table, rows] of Object.entries(backup.tables)) {
        expect(restored.tables[table], `${kind}: ${table}`).toEqual(rows);
      }
      expect(restored.sequences).toEqual(backup.sequences);

      const app = await startTestServer({ database: handle });
      try {
        const cookie = await cookieOf(app, ana.email);
        const mine = await ok(
          app.request('GET', '/api/me/tasks?limit=200&q=ferns', {
            token: null,
            headers: { cookie, ...ORIGIN },
          }),
        );
        expect(mine.tasks[0], kind).toMatchObject({
          title: 'Water the ferns',
          recurrence: 'FREQ=WEEKLY',
          tags: ['plants'],
        });
        const byKey = await app.request('GET', '/api/me/lists', {
          token: null,
          headers: { 'x-api-key': anaKey },
        });
        expect(byKey.status, kind).toBe(200);
        expect(byKey.body.lists.map((l: any) => l.name)).toEqual(expect.arrayContaining(['Home', 'Trip']));
        const benTrip = (await ok(app.as(ben.id)('GET', '/api/me/lists'))).lists.find(
          (l: any) => l.name === 'Trip',
        );
        expect(benTrip, kind).toMatchObject({ role: 'editor' });
        // The sequences came back: a new task gets a new id.
        const fresh = await ok(
          app.as(ana.id)('POST', '/api/me/tasks', { body: { title: 'After the restore' } }),
          201,
        );
        const maxId = Math.max(...backup.tables.tasks!.map((r) => JSON.parse(r).id));
        expect(fresh.id, kind).toBeGreaterThan(maxId);
        expect((await signIn(app, ana.email, 'wrong password')).status, kind).toBe(401);
      } finally {
        await app.close();
      }
    }
  });

  it('refuses a database that is not empty, a file cut short, and a newer version, changing nothing', async () => {
    const tasks = async (h: DatabaseHandle) =>
      (await rawQuery<{ n: number }>(h.db, 'select count(*)::int as n from tasks', []))[0]!.n;
    const count = await tasks(server.database);
    await expect(restoreBackup(server.database, file, SCHEMA, SIGNED)).rejects.toThrow(RestoreRefusedError);
    expect(await tasks(server.database)).toBe(count);

    const dir = await tempDir('doable-damaged-');
    const cut = path.join(dir, 'cut.jsonl.gz');
    await writeFile(cut, gzipSync(`${backup.lines.slice(0, -1).join('\n')}\n`));
    const newer = path.join(dir, 'newer.jsonl.gz');
    const header = {
      ...backup.header,
      schema: { ...backup.header.schema, newest_migration: 4_102_444_800_000 },
    };
    await writeFile(newer, gzipSync(`${[JSON.stringify(header), ...backup.lines.slice(1)].join('\n')}\n`));
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'not a backup');
    for (const { kind, handle } of await emptyTargets()) {
      await expect(restoreBackup(handle, cut, SCHEMA), kind).rejects.toThrow(/cut short/);
      await expect(restoreBackup(handle, newer, SCHEMA), kind).rejects.toThrow(/newer version/);
      await expect(restoreBackup(handle, text, SCHEMA), kind).rejects.toThrow(BackupFileError);
      // Nothing was kept: the same database takes the whole file afterwards.
      const empty = await rawQuery<{ n: number }>(
        handle.db,
        'select count(*)::int as n from pg_tables where schemaname = current_schema()',
        [],
      );
      expect(empty[0]!.n, kind).toBe(0);
      await restoreBackup(handle, file, SCHEMA, SIGNED);
      expect(await tasks(handle), kind).toBe(backup.tables.tasks!.length);
    }
  });

  it('keeps the newest BACKUP_KEEP and is due after BACKUP_EVERY', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const dir = await tempDir('doable-kept-');
    // Read in place (no copy of the embedded database): this is about which files are kept.
    const inPlace = { ...server.database, copy: undefined };
    const backups = new Backups(inPlace, { dir, everyMs: 3_600_000, keep: 2 }, () => now);
    expect(await backups.due()).toBe(true);
    for (let i = 0; i < 3; i++) {
      await backups.run();
      expect(await backups.due()).toBe(false);
      now = new Date(now.getTime() + 3_600_000);
      expect(await backups.due()).toBe(true);
    }
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([
      'doable-2030-01-01T01-00-00-000Z.jsonl.gz',
      'doable-2030-01-01T02-00-00-000Z.jsonl.gz',
    ]);
  });
});

describe("a backup of the previous release's embedded database", () => {
  it('restores at its own schema (on the Postgres server on its project), is migrated, and its people sign in', async () => {
    const { handle, drop } = await previousRelease('embedded');
    cleanups.push(drop);
    cleanups.push(() => handle.close());
    const file = path.join(await tempDir('doable-previous-'), 'previous.jsonl.gz');
    const written = await writeBackup(handle.db, handle.kind, file);
    const target = (await emptyTargets()).at(-1);
    await restoreBackup(target!.handle, file, SCHEMA);
    const counts = await rawQuery<{ users: number; tasks: number; admins: number }>(
      target!.handle.db,
      'select (select count(*)::int from users) as users, (select count(*)::int from tasks) as tasks, (select count(*)::int from users where is_admin) as admins',
      [],
    );
    // Migration 0031 ran after the rows were in: the oldest account is the administrator.
    expect(counts[0]).toEqual({ users: written.tables.users, tasks: written.tables.tasks, admins: 1 });
    const app = await startTestServer({ database: target!.handle });
    try {
      await cookieOf(app, 'ana@fixture.example', PREVIOUS_RELEASE_PASSWORD);
      const byKey = await app.request('GET', '/api/me/tasks', {
        token: null,
        headers: { 'x-api-key': ANA_KEY },
      });
      expect(byKey.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('npm run backup and npm run restore', () => {
  const cli = (env: Record<string, string>, args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['server/launch/cli.mjs', 'backup', ...args],
        {
          cwd: root,
          env: { PATH: process.env.PATH, BETTER_AUTH_SECRET: TEST_SECRET, ...env },
          timeout: 120_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  /** `npm start` in a child process on `env`; answers its URL once it listens. */
  async function start(
    env: Record<string, string>,
  ): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'info',
        PORT: '0',
        HOST: '127.0.0.1',
        APP_URL: TEST_APP_URL,
        BETTER_AUTH_SECRET: TEST_SECRET,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    cleanups.push(async () => child.exitCode === null && child.kill('SIGKILL'));
    const until = Date.now() + 90_000;
    let port: string | undefined;
    while (!port && Date.now() < until && child.exitCode === null) {
      port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1];
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!port) throw new Error(`the server did not start:\n${out}`);
    return {
      url: `http://127.0.0.1:${port}`,
      child,
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
      },
    };
  }

  async function fetchJson(url: string, init: RequestInit = {}) {
    const res = await fetch(url, {
      ...init,
      headers: { 'content-type': 'application/json', ...ORIGIN, ...init.headers },
    });
    return {
      status: res.status,
      body: (await res.json().catch(() => undefined)) as any,
      headers: res.headers,
    };
  }

  it.skipIf(onServer)(
    'backs up a running server on the embedded database and restores into a new data directory',
    async () => {
      const first = await tempDir('doable-first-');
      const running = await start({ DATA_DIR: first });
      const email = 'operator@example.com';
      const up = await fetchJson(`${running.url}/api/auth/sign-up/email`, {
        method: 'POST',
        body: JSON.stringify({ name: 'Operator', email, password: PASSWORD }),
      });
      expect(up.status).toBe(200);
      const signIn = async (url: string) => {
        const res = await fetchJson(`${url}/api/auth/sign-in/email`, {
          method: 'POST',
          body: JSON.stringify({ email, password: PASSWORD }),
        });
        expect(res.status).toBe(200);
        return res.headers.getSetCookie()[0]!.split(';')[0]!;
      };
      const cookie = await signIn(running.url);
      const task = await fetchJson(`${running.url}/api/me/tasks`, {
        method: 'POST',
        headers: { cookie },
        body: JSON.stringify({ title: 'Kept by the backup' }),
      });
      expect(task.status).toBe(201);

      const usage = await cli({ DATA_DIR: first }, ['restore']);
      expect(usage).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: npm run backup') });
      // An option is no file name ("npm run backup -- --help" wrote a backup called "--help").
      const help = await cli({ DATA_DIR: first }, ['backup', '--help']);
      expect(help).toMatchObject({ code: 1, stderr: expect.stringContaining('Usage: npm run backup') });
      expect(existsSync(path.join(root, '--help'))).toBe(false);
      const written = await cli({ DATA_DIR: first }, ['backup']);
      expect(written.stderr).toBe('');
      expect(written.stdout).toMatch(
        /^Backup written: .*\/backups\/doable-.*\.jsonl\.gz \(.* MB; 1 account\(s\), 0 list\(s\), 1 task\(s\)\)/,
      );
      // The server wrote it and goes on serving.
      expect((await fetchJson(`${running.url}/health/ready`)).status).toBe(200);
      const backupFile = /^Backup written: (\S+)/.exec(written.stdout)![1]!;

      const whileRunning = await cli({ DATA_DIR: first }, ['restore', backupFile]);
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.stderr).toContain('A server is running');
      await running.stop();

      // A data directory that does not exist yet: the restore makes it.
      const second = path.join(await tempDir('doable-second-'), 'new', 'data');
      const restored = await cli({ DATA_DIR: second }, ['restore', backupFile]);
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toContain('1 account(s), 0 list(s), 1 task(s)');
      const again = await cli({ DATA_DIR: second }, ['restore', backupFile]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('The database is not empty');

      const serving = await start({ DATA_DIR: second });
      try {
        const tasks = await fetchJson(`${serving.url}/api/me/tasks`, {
          headers: { cookie: await signIn(serving.url) },
        });
        expect(tasks.body.tasks.map((t: any) => t.title)).toEqual(['Kept by the backup']);
      } finally {
        await serving.stop();
      }
    },
    // Two starts of the real server and five command-line runs, each loading the server's modules.
    180_000,
  );
  it.runIf(onServer)(
    'backs up the Postgres server and restores into an empty database',
    async () => {
      const source = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      const target = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      cleanups.push(source.drop, target.drop);
      const sourceHandle = await openDatabase({ kind: 'server', url: source.url, poolMax: 2 });
      await SCHEMA.runMigrations(sourceHandle);
      const app = await startTestServer({ database: sourceHandle });
      const owner = await person(app, 'Owner');
      await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Kept by the backup' } }), 201);
      const file = path.join(await tempDir('doable-cli-'), 'server.jsonl.gz');
      const written = await cli({ DATABASE_URL: source.url }, ['backup', file]);
      expect(written.stderr).toBe('');
      expect(written.stdout).toContain(`Backup written: ${file}`);
      await app.close();

      const restored = await cli({ DATABASE_URL: target.url }, ['restore', file]);
      expect(restored.stderr).toBe('');
      const refused = await cli({ DATABASE_URL: source.url }, ['restore', file]);
      expect(refused.stderr).toContain('The database is not empty');
      const again = await startTestServer({
        database: await openDatabase({ kind: 'server', url: target.url, poolMax: 2 }),
      });
      try {
        await cookieOf(again, owner.email);
        const tasks = await ok(again.as(owner.id)('GET', '/api/me/tasks'));
        expect(tasks.tasks.map((t: any) => t.title)).toEqual(['Kept by the backup']);
      } finally {
        await again.close();
      }
    },
    120_000,
  ); // three command-line runs, each loading the server's modules
});
