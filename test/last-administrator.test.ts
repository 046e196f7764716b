// The server keeps an administrator: the last one cannot delete their own account (DELETE /api/me
// is a 409 problem that says what to do, and changes nothing), one of two may, and two that delete
// themselves at the same moment leave one (the check and the deletion are one transaction under
// the administrators' lock).
import { afterAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery';
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

/** Signs up and in: the account's id and a function making requests with its session. */
async function account(server: TestServer, name: string) {
  const email = uniqueEmail(name);
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name },
    headers: ORIGIN,
  });
  expect(up.status, up.text).toBe(200);
  const inn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
  expect(inn.status, inn.text).toBe(200);
  const cookie = inn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const as = (method: string, path: string, body?: unknown) =>
    server.request(method, path, { headers: { ...ORIGIN, cookie }, ...(body ? { body } : {}) });
  const me = await as('GET', '/api/me');
  return { id: me.body.id as string, is_admin: me.body.is_admin as boolean, as };
}

const admins = async (server: TestServer) =>
  (
    await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from users where is_admin and disabled_at is null',
      [],
    )
  )[0]!.n;

describe('the last administrator', () => {
  it('cannot delete their own account (409, nothing changed); with another administrator they can', async () => {
    const server = await startTestServer();
    servers.push(server);
    const root = await account(server, 'root');
    expect(root.is_admin).toBe(true);
    await (await root.as('POST', '/api/me/tasks', { title: 'Kept' })).body;

    const refused = await root.as('DELETE', '/api/me', { password: PASSWORD });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 409, error_code: 'CONFLICT' });
    expect(refused.body.detail).toMatch(/last administrator: make another account an administrator first/);
    expect((await root.as('GET', '/api/me')).status).toBe(200);
    expect((await root.as('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).toEqual(['Kept']);

    const other = await account(server, 'other');
    expect(other.is_admin).toBe(false);
    const made = await root.as('POST', `/api/admin/users/${other.id}/admin`, { is_admin: true });
    expect(made.status, made.text).toBe(200);
    expect((await root.as('DELETE', '/api/me', { password: PASSWORD })).status).toBe(204);
    expect(await admins(server)).toBe(1);
    // The one left is the last now.
    expect((await other.as('DELETE', '/api/me', { password: PASSWORD })).status).toBe(409);
  });

  it('two administrators deleting themselves at once: one goes, one stays', async () => {
    const server = await startTestServer();
    servers.push(server);
    const first = await account(server, 'first');
    const second = await account(server, 'second');
    expect((await first.as('POST', `/api/admin/users/${second.id}/admin`, { is_admin: true })).status).toBe(
      200,
    );
    const answers = await Promise.all(
      [first, second].map((who) => who.as('DELETE', '/api/me', { password: PASSWORD })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([204, 409]);
    expect(await admins(server)).toBe(1);
  });
});
