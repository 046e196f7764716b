// An upgrade keeps a database made by the previous release. test/fixtures/upgrade/
// previous-release.sql is `pg_dump --inserts --no-owner --no-privileges` of a Postgres database
// that commit 988e23e (the last release before migrations 0031-0034) migrated and filled over its
// API with fill.mjs there: two accounts, a shared list, a recurring task with a subtask, a reminder,
// a comment, an API key; previous-release-data.tar.xz is the data folder the same commit's server
// left on the embedded database after the same fill. Today's code opens both: the dump on the
// Postgres server and on an embedded database it is loaded into, the data folder from disk as
// `npm start` would. The migrations apply, every row is there, and its people sign in and find
// what was theirs.
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../server/migrate.js';
import { rawQuery } from '../server/platform/db/client.js';
import { onServer } from './support/database.js';
import {
  ANA_KEY,
  ANA_KEY_DATA_FOLDER,
  PREVIOUS_RELEASE_PASSWORD,
  previousRelease,
  previousReleaseDataFolder,
} from './support/previous-release.js';
import { startTestServer, TEST_APP_URL } from './support/server.js';

const PASSWORD = PREVIOUS_RELEASE_PASSWORD;
const TABLES = [
  'users',
  'accounts',
  'lists',
  'list_members',
  'tasks',
  'task_comments',
  'api_keys',
  'task_events',
];

const SOURCES = [
  { name: 'its dump', open: () => previousRelease(), key: ANA_KEY },
  // The data folder is embedded whatever the project: the server project leaves it out.
  ...(onServer
    ? []
    : [{ name: 'its data folder', open: previousReleaseDataFolder, key: ANA_KEY_DATA_FOLDER }]),
];

describe.each(SOURCES)('a database made by the previous release, from $name', ({ open, key }) => {
  it('migrates, keeps every row, and its people sign in and find what was theirs', async () => {
    const { handle, drop } = await open();
    const count = async (table: string) =>
      (await rawQuery<{ n: number }>(handle.db, `select count(*)::int as n from ${table}`, []))[0]!.n;
    const before = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])));
    expect(before).toMatchObject({
      users: 2,
      lists: 2,
      list_members: 1,
      tasks: 6,
      task_comments: 1,
      api_keys: 1,
    });
    const applied = await count('drizzle.__drizzle_migrations');

    await runMigrations(handle);
    expect(await count('drizzle.__drizzle_migrations')).toBeGreaterThan(applied);
    expect(Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)])))).toEqual(
      before,
    );
    // Migration 0031: on a server that already has accounts, its oldest is the administrator.
    const admins = await rawQuery<{ email: string }>(handle.db, 'select email from users where is_admin', []);
    expect(admins.map((a) => a.email)).toEqual(['ana@fixture.example']);

    const server = await startTestServer({ database: handle });
    try {
      const signIn = async (email: string) => {
        const res = await server.request('POST', '/api/auth/sign-in/email', {
          body: { email, password: PASSWORD },
          headers: { origin: TEST_APP_URL },
        });
        expect(res.status, res.text).toBe(200);
        const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
        return (path: string) =>
          server.request('GET', path, { token: null, headers: { cookie, origin: TEST_APP_URL } });
      };
      const ana = await signIn('ana@fixture.example');
      const page = await ana('/api/me/tasks?limit=50&status=all');
      expect(page.status, page.text).toBe(200);
      const anaTasks = page.body.tasks.map((t: any) => t.title);
      expect(anaTasks.sort()).toEqual(
        ['Book the train', 'Buy soil', 'Old chore', 'Pay rent', 'Water the ferns'].sort(),
      );
      const ferns = (await ana('/api/me/tasks?q=ferns')).body.tasks[0];
      expect(ferns).toMatchObject({ recurrence: 'FREQ=WEEKLY', tags: ['plants'], priority: 'high' });
      const ben = await signIn('ben@fixture.example');
      const trip = (await ben('/api/me/lists')).body.lists.find((l: any) => l.name === 'Trip to Porto');
      expect(trip).toMatchObject({ role: 'editor', permissions: { create_tasks: true, share: false } });
      const comments = (await ben(`/api/me/tasks?list_id=${trip.id}`)).body.tasks;
      expect(comments.map((t: any) => t.title)).toEqual(['Book the train']);
      const byKey = await server.request('GET', '/api/me/tasks', {
        token: null,
        headers: { 'x-api-key': key },
      });
      expect(byKey.status).toBe(200);
    } finally {
      await server.close();
      await drop();
    }
  });
});
