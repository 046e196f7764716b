// CalDAV with real clients from Debian against a listening server on loopback (docs/caldav.md):
// vdirsyncer + todoman two ways, and python-caldav (python3-caldav) for discovery, todos, save,
// complete, sync tokens, a 412 and a shared list; a task's duration and deadline with both. In CI
// (.ci/run installs them) a missing client fails the suite; elsewhere the suite is skipped with a
// message.
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

function missingClients(): string[] {
  const missing: string[] = [];
  if (spawnSync('vdirsyncer', ['--version']).status !== 0) missing.push('vdirsyncer');
  if (spawnSync('todoman', ['--version']).status !== 0) missing.push('todoman');
  if (spawnSync(PYTHON, ['-c', 'import caldav']).status !== 0) missing.push('python3-caldav');
  return missing;
}

const missing = missingClients();
if (missing.length > 0 && process.env.CI) {
  throw new Error(
    `CalDAV clients missing in CI: ${missing.join(', ')} (apt-get install -y vdirsyncer todoman python3-caldav)`,
  );
}
if (missing.length > 0) {
  console.warn(
    `Skipping test/caldav-clients.test.ts: install ${missing.join(', ')} (apt-get install -y vdirsyncer todoman python3-caldav)`,
  );
}

let server: TestServer;
let alice: Person;
let bob: Person;
let password: string;
let dir: string;

async function appPassword(who: Person): Promise<string> {
  return (await ok(who.as('POST', '/api/me/api-keys', { body: { name: 'client', scopes: ['caldav'] } }), 201))
    .key;
}

describe.skipIf(missing.length > 0)('CalDAV clients', () => {
  beforeAll(async () => {
    server = await startTestServer();
    alice = await person(server, 'Alice');
    bob = await person(server, 'Bob');
    password = await appPassword(alice);
    dir = await mkdtemp(path.join(tmpdir(), 'doable-caldav-'));
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  describe('vdirsyncer and todoman', () => {
    const env = () => ({ ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' });
    const vdirsyncer = async (...args: string[]) => {
      const child = execFile('vdirsyncer', ['-c', path.join(dir, 'vdirsyncer.conf'), ...args], {
        env: env(),
      });
      child.stdin?.end('y\ny\ny\ny\ny\ny\n');
      return new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout?.on('data', (d) => (output += d));
        child.stderr?.on('data', (d) => (output += d));
        child.on('close', (code) =>
          code === 0 ? resolve(output) : reject(new Error(`vdirsyncer ${args[0]} failed:\n${output}`)),
        );
      });
    };
    const todoman = async (...args: string[]) =>
      (await run('todoman', ['-c', path.join(dir, 'todoman.py'), ...args], { env: env() })).stdout;
    const porcelain = async () =>
      JSON.parse(await todoman('--porcelain', 'list', '--status', 'ANY')) as Array<{
        id: number;
        summary: string;
        completed: boolean;
        list: string;
        priority: number;
      }>;

    beforeAll(async () => {
      await mkdir(path.join(dir, 'calendars'), { recursive: true });
      await mkdir(path.join(dir, 'status'), { recursive: true });
      await writeFile(
        path.join(dir, 'vdirsyncer.conf'),
        [
          '[general]',
          `status_path = "${dir}/status/"`,
          '',
          '[pair doable]',
          'a = "local"',
          'b = "remote"',
          'collections = ["from b"]',
          'conflict_resolution = "b wins"',
          'metadata = ["displayname", "color"]',
          '',
          '[storage local]',
          'type = "filesystem"',
          `path = "${dir}/calendars/"`,
          'fileext = ".ics"',
          '',
          '[storage remote]',
          'type = "caldav"',
          `url = "${server.url}/dav/"`,
          `username = "${alice.email}"`,
          `password = "${password}"`,
          '',
        ].join('\n'),
      );
      await writeFile(
        path.join(dir, 'todoman.py'),
        [
          `path = "${dir}/calendars/*"`,
          `cache_path = "${dir}/todoman-cache.sqlite3"`,
          'date_format = "%Y-%m-%d"',
          'time_format = "%H:%M"',
          'default_list = "inbox"',
          'default_due = 0',
          '',
        ].join('\n'),
      );
    });

    it('syncs both ways: REST to todoman, todoman to REST', async () => {
      const list = await ok(
        alice.as('POST', '/api/me/lists', { body: { name: 'Home', color: '#3a87ad' } }),
        201,
      );
      const rest = await ok(
        alice.as('POST', '/api/me/tasks', {
          body: { title: 'Fix the sink', list_id: list.id, priority: 'high' },
        }),
        201,
      );
      await vdirsyncer('discover');
      await vdirsyncer('sync');
      await vdirsyncer('metasync');
      expect((await readdir(path.join(dir, 'calendars'))).sort()).toEqual(['inbox', String(list.id)].sort());
      let tasks = await porcelain();
      expect(tasks.find((t) => t.summary === 'Fix the sink')).toMatchObject({ list: 'Home', priority: 1 });

      // todoman creates a task and completes it; vdirsyncer uploads; the REST API shows it.
      await todoman('new', '-l', 'inbox', 'Call the plumber');
      await vdirsyncer('sync');
      const made = (await ok(alice.as('GET', '/api/me/tasks?limit=100'))).tasks.find(
        (t: { title: string }) => t.title === 'Call the plumber',
      );
      expect(made).toMatchObject({ list_id: null, completed: false });
      tasks = await porcelain();
      await todoman('done', String(tasks.find((t) => t.summary === 'Call the plumber')!.id));
      await vdirsyncer('sync');
      expect(await ok(alice.as('GET', `/api/me/tasks/${made.id}`))).toMatchObject({ completed: true });

      // A change and a deletion in the REST API reach todoman after a sync.
      await ok(alice.as('PATCH', `/api/me/tasks/${rest.id}`, { body: { title: 'Fix the kitchen sink' } }));
      const doomed = await ok(
        alice.as('POST', '/api/me/tasks', { body: { title: 'Doomed', list_id: list.id } }),
        201,
      );
      await vdirsyncer('sync');
      expect((await porcelain()).map((t) => t.summary)).toEqual(
        expect.arrayContaining(['Fix the kitchen sink', 'Doomed']),
      );
      await ok(alice.as('DELETE', `/api/me/tasks/${doomed.id}`), 204);
      await vdirsyncer('sync');
      const summaries = (await porcelain()).map((t) => t.summary);
      expect(summaries).toContain('Fix the kitchen sink');
      expect(summaries).not.toContain('Fix the sink');
      expect(summaries).not.toContain('Doomed');
      // And a second sync with nothing changed changes nothing.
      const before = await ok(alice.as('GET', '/api/me/tasks?limit=100'));
      await vdirsyncer('sync');
      expect(
        (await ok(alice.as('GET', '/api/me/tasks?limit=100'))).tasks.map(
          (t: { version?: number; updated_at: string }) => t.updated_at,
        ),
      ).toEqual(before.tasks.map((t: { updated_at: string }) => t.updated_at));
    }, 120_000);

    it('a duration and a deadline reach todoman’s files and survive its edits', async () => {
      const task = await ok(
        alice.as('POST', '/api/me/tasks', {
          body: { title: 'Plan the trip', due_date: '2026-12-01', duration: 45, deadline: '2026-12-24' },
        }),
        201,
      );
      await vdirsyncer('sync');
      const files = await readdir(path.join(dir, 'calendars', 'inbox'));
      const texts = await Promise.all(
        files.map((f) => readFile(path.join(dir, 'calendars', 'inbox', f), 'utf8')),
      );
      const file = texts.find((t) => t.includes('SUMMARY:Plan the trip'))!;
      expect(file).toContain('DUE;VALUE=DATE:20261201');
      expect(file).toContain('ESTIMATED-DURATION:PT45M');
      expect(file).toContain('X-DOABLE-DEADLINE;VALUE=DATE:20261224');
      // todoman (python icalendar) changes the priority and writes the whole VTODO back.
      const id = (await porcelain()).find((t) => t.summary === 'Plan the trip')!.id;
      await todoman('edit', String(id), '--priority', 'high');
      await vdirsyncer('sync');
      expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toMatchObject({
        priority: 'high',
        due_date: '2026-12-01',
        duration: 45,
        deadline: '2026-12-24',
      });
    }, 120_000);
  });

  describe('python-caldav', () => {
    it('reads, keeps, sets and refuses a duration and a deadline', async () => {
      const task = await ok(
        alice.as('POST', '/api/me/tasks', {
          body: {
            title: 'Write the report',
            due_at: '2026-11-21T09:00:00Z',
            duration: 90,
            deadline: '2026-11-30',
          },
        }),
        201,
      );
      const [{ uid } = { uid: '' }] = await rawQuery<{ uid: string }>(
        server.database.db,
        'select uid::text as uid from tasks where id = $1',
        [task.id],
      );
      const script = path.join(import.meta.dirname, 'fixtures/caldav/python-caldav-durations.py');
      const { stdout } = await run(PYTHON, [script, `${server.url}/dav/`, alice.email, password, uid], {
        env: { ...process.env, LANG: 'C.UTF-8' },
      });
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
      // The client sees the due moment as due, the duration and the deadline beside it.
      expect(out).toMatchObject({
        due: '2026-11-21T09:00:00+00:00',
        estimated_duration: 'PT1H30M',
        deadline: '20261130',
        has_duration_property: false,
      });
      expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toMatchObject({
        title: 'Write the report, first draft',
        due_at: '2026-11-21T09:00:00.000Z',
        duration: 90,
        deadline: '2026-11-30',
      });
      const shed = (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.find(
        (t: { title: string }) => t.title === 'Paint the shed',
      );
      expect(shed).toMatchObject({ due_date: '2026-12-05', duration: 150, deadline: '2026-12-12' });
      expect(out.bad).not.toBe('accepted');
      const titles = (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.map(
        (t: { title: string }) => t.title,
      );
      expect(titles).not.toContain('Never stored');
    });

    it('discovers, lists, saves, completes, syncs by token, meets a 412 and a read-only shared list', async () => {
      const shared = await ok(bob.as('POST', '/api/me/lists', { body: { name: "Bob's" } }), 201);
      await ok(bob.as('POST', '/api/me/tasks', { body: { title: 'Bob task', list_id: shared.id } }), 201);
      await join(bob, shared.id, alice, 'viewer');
      await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Open in inbox' } }), 201);
      const script = path.join(import.meta.dirname, 'fixtures/caldav/python-caldav.py');
      const { stdout } = await run(
        PYTHON,
        [script, `${server.url}/dav/`, alice.email, password, String(shared.id)],
        {
          env: { ...process.env, LANG: 'C.UTF-8' },
        },
      );
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(out.calendars).toEqual(expect.arrayContaining(['inbox', String(shared.id)]));
      expect(out.open_before).toContain('Open in inbox');
      expect(out.changed_after_save).toHaveLength(1);
      expect(out.open_after_complete).not.toContain('Water the plants');
      expect(out.all_after_complete).toContain('Water the plants');
      expect(out.kept_x_prop).toBe(true);
      expect(out.changed_after_complete).toHaveLength(1);
      expect(out.stale_put_status).toBe(412);
      expect(out.foreign_token).toBe('AuthorizationError');
      expect(out.shared_todos).toEqual(['Bob task']);
      expect(out.shared_write).not.toBe('accepted');
      const titles = (await ok(bob.as('GET', `/api/me/tasks?list_id=${shared.id}`))).tasks.map(
        (t: { title: string }) => t.title,
      );
      expect(titles).toEqual(['Bob task']);
      const water = (await ok(alice.as('GET', '/api/me/tasks?limit=100'))).tasks.find(
        (t: { title: string }) => t.title === 'Water the plants',
      );
      expect(water).toMatchObject({ completed: true, priority: 'medium' });
    });
  });
});
