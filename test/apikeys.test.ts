// Personal API keys over HTTP: created with a JWT (or session), shown once, stored hashed, usable as
// `Authorization: Bearer dbl_...` or `X-API-Key`, listed without the key, revoked at once.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
type Client = ReturnType<TestServer['as']>;
let kate: Client;

beforeAll(async () => {
  server = await startTestServer();
  kate = server.as('kate');
});
afterAll(() => server.close());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Requests authenticated with an API key, in `Authorization: Bearer` or `X-API-Key`. */
const withKey =
  (key: string, via: 'bearer' | 'header' = 'bearer') =>
  <T = any>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    server.request<T>(method, path, {
      ...options,
      headers: {
        ...options.headers,
        ...(via === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key }),
      },
    });

async function createKey(client: Client, body: Record<string, unknown> = { name: 'cli' }) {
  const res = await client('POST', '/api/me/api-keys', { body });
  expect(res.status).toBe(201);
  return res.body as { id: number; name: string; start: string; key: string; expires_at: string | null };
}

async function rows(query: string): Promise<Record<string, unknown>[]> {
  return rawQuery<Record<string, unknown>>(server.database.db, query, []);
}

function expectUnauthorized(res: ApiResponse) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.error_code).toBe('AUTH_INVALID');
  expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
}

describe('create', () => {
  it('answers 201 with the key shown once, its start, and no expiry by default', async () => {
    const before = Date.now();
    const res = await kate('POST', '/api/me/api-keys', { body: { name: 'cli' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(res.body).sort()).toEqual(
      ['created_at', 'expires_at', 'id', 'key', 'last_used_at', 'name', 'scopes', 'start'].sort(),
    );
    expect(res.body).toMatchObject({ name: 'cli', expires_at: null, last_used_at: null, scopes: ['api'] });
    expect(Number.isInteger(res.body.id)).toBe(true);
    expect(res.body.key).toMatch(/^dbl_[A-Za-z0-9_-]{40,}$/);
    expect(res.body.start).toMatch(/^dbl_.+/);
    expect(res.body.start.length).toBeLessThan(res.body.key.length);
    expect(res.body.key.startsWith(res.body.start)).toBe(true);
    expect(res.body.created_at).toMatch(ISO);
    expect(Date.parse(res.body.created_at)).toBeGreaterThan(before - 60_000);
    expect(Date.parse(res.body.created_at)).toBeLessThan(Date.now() + 60_000);
  });

  it('gives every key a different value', async () => {
    const a = await createKey(kate, { name: 'a' });
    const b = await createKey(kate, { name: 'b' });
    expect(a.key).not.toBe(b.key);
    expect(a.id).not.toBe(b.id);
  });

  it('sets expires_at about expires_in_days ahead', async () => {
    const res = await kate('POST', '/api/kate/api-keys', { body: { name: 'monthly', expires_in_days: 30 } });
    expect(res.status).toBe(201);
    expect(res.body.expires_at).toMatch(ISO);
    const ahead = Date.parse(res.body.expires_at) - Date.now();
    expect(ahead).toBeGreaterThan(30 * DAY_MS - 5 * 60_000);
    expect(ahead).toBeLessThan(30 * DAY_MS + 5 * 60_000);
    const oneDay = await createKey(kate, { name: 'daily', expires_in_days: 1 });
    expect(Date.parse(oneDay.expires_at!) - Date.now()).toBeGreaterThan(DAY_MS - 5 * 60_000);
    expect(Date.parse(oneDay.expires_at!) - Date.now()).toBeLessThan(DAY_MS + 5 * 60_000);
  });

  it('trims the name', async () => {
    const key = await createKey(kate, { name: '  laptop  ' });
    expect(key.name).toBe('laptop');
  });
});

describe('using a key', () => {
  let key: string;
  beforeAll(async () => {
    key = (await createKey(server.as('lena'), { name: 'script' })).key;
  });

  it('works as Authorization: Bearer and as X-API-Key, for the same user as the JWT', async () => {
    const lena = server.as('lena');
    const viaBearer = await withKey(key, 'bearer')('POST', '/api/me/tasks', {
      body: { title: 'by bearer key' },
    });
    expect(viaBearer.status).toBe(201);
    expect(viaBearer.body.user_id).toBe('lena');
    const viaHeader = await withKey(key, 'header')('POST', '/api/lena/tasks', {
      body: { title: 'by x-api-key' },
    });
    expect(viaHeader.status).toBe(201);
    expect(viaHeader.body.user_id).toBe('lena');
    const viaJwt = await lena('POST', '/api/me/tasks', { body: { title: 'by jwt' } });
    expect(viaJwt.status).toBe(201);

    const titles = (res: ApiResponse) => res.body.tasks.map((t: { title: string }) => t.title);
    const expected = ['by jwt', 'by x-api-key', 'by bearer key'];
    const listedByBearer = await withKey(key, 'bearer')('GET', '/api/me/tasks');
    expect(listedByBearer.status).toBe(200);
    expect(titles(listedByBearer)).toEqual(expected);
    const listedByHeader = await withKey(key, 'header')('GET', '/api/lena/tasks');
    expect(listedByHeader.status).toBe(200);
    expect(titles(listedByHeader)).toEqual(expected);
    expect(titles(await lena('GET', '/api/lena/tasks'))).toEqual(expected);
    const one = await withKey(key, 'header')('GET', `/api/me/tasks/${viaJwt.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(viaJwt.body);
  });

  it('accepts the bearer scheme case-insensitively', async () => {
    const res = await server.request('GET', '/api/me/tasks', { headers: { authorization: `bearer ${key}` } });
    expect(res.status).toBe(200);
  });
});

describe('list', () => {
  it('lists the keys newest first, never the key itself; last_used_at is set once used', async () => {
    const mia = server.as('mia');
    const first = await createKey(mia, { name: 'first' });
    const second = await createKey(mia, { name: 'second', expires_in_days: 7 });
    const list = await mia('GET', '/api/me/api-keys');
    expect(list.status).toBe(200);
    expect(list.body.api_keys.map((k: { name: string }) => k.name)).toEqual(['second', 'first']);
    for (const k of list.body.api_keys) {
      expect(k).not.toHaveProperty('key');
      expect(k).not.toHaveProperty('key_hash');
      expect(Object.keys(k).sort()).toEqual(
        ['created_at', 'expires_at', 'id', 'last_used_at', 'name', 'scopes', 'start'].sort(),
      );
    }
    expect(list.text).not.toContain(first.key);
    expect(list.text).not.toContain(second.key);
    expect(list.body.api_keys[0]).toMatchObject({
      id: second.id,
      start: second.start,
      expires_at: second.expires_at,
      last_used_at: null,
    });
    expect(list.body.api_keys[1]).toMatchObject({ id: first.id, start: first.start, last_used_at: null });

    const before = Date.now();
    expect((await withKey(first.key)('GET', '/api/me/tasks')).status).toBe(200);
    const after = await mia('GET', '/api/mia/api-keys');
    const used = after.body.api_keys.find((k: { id: number }) => k.id === first.id);
    expect(used.last_used_at).toMatch(ISO);
    expect(Date.parse(used.last_used_at)).toBeGreaterThan(before - 60_000);
    expect(Date.parse(used.last_used_at)).toBeGreaterThanOrEqual(Date.parse(used.created_at));
    expect(after.body.api_keys.find((k: { id: number }) => k.id === second.id).last_used_at).toBeNull();
  });

  it('answers an empty list for a user without keys', async () => {
    const res = await server.as('no-keys')('GET', '/api/me/api-keys');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ api_keys: [] });
  });
});

describe('storage', () => {
  it('stores only a hash: the key is in no column', async () => {
    const created = await createKey(server.as('nina'), { name: 'stored' });
    const stored = await rows('select * from api_keys');
    const mine = stored.filter((r) => r.user_id === 'nina');
    expect(mine).toHaveLength(1);
    expect(String(mine[0]!.key_hash).length).toBeGreaterThan(0);
    for (const row of stored) {
      for (const value of Object.values(row)) {
        expect(String(value)).not.toContain(created.key);
        // Not even the secret part without the prefix.
        expect(String(value)).not.toContain(created.key.slice(4));
      }
    }
  });
});

describe('revoke', () => {
  it('answers 204 and the key is refused at once; a second delete is 404', async () => {
    const olga = server.as('olga');
    const created = await createKey(olga, { name: 'to revoke' });
    const keep = await createKey(olga, { name: 'to keep' });
    expect((await withKey(created.key)('GET', '/api/me/tasks')).status).toBe(200);

    const res = await olga('DELETE', `/api/me/api-keys/${created.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expectUnauthorized(await withKey(created.key, 'bearer')('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey(created.key, 'header')('GET', '/api/me/tasks'));

    const again = await olga('DELETE', `/api/olga/api-keys/${created.id}`);
    expect(again.status).toBe(404);
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(again.body.error_code).toBe('NOT_FOUND');

    const list = await olga('GET', '/api/me/api-keys');
    expect(list.body.api_keys.map((k: { id: number }) => k.id)).toEqual([keep.id]);
    expect((await withKey(keep.key)('GET', '/api/me/tasks')).status).toBe(200);
  });

  it('answers 404 for ids that never existed, and 422 for ids that are not integers', async () => {
    const olga = server.as('olga');
    expect((await olga('DELETE', '/api/me/api-keys/999999')).status).toBe(404);
    expect((await olga('DELETE', '/api/me/api-keys/99999999999999999999')).status).toBe(404);
    const bad = await olga('DELETE', '/api/me/api-keys/abc');
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ path: 'id', location: 'params' }));
  });
});

describe('refused keys', () => {
  it('refuses an expired key', async () => {
    const created = await createKey(server.as('paul'), { name: 'short-lived', expires_in_days: 1 });
    expect((await withKey(created.key)('GET', '/api/me/tasks')).status).toBe(200);
    await server.database.db.execute(
      `update api_keys set expires_at = now() - interval '1 second' where id = ${Number(created.id)}`,
    );
    const res = await withKey(created.key)('GET', '/api/me/tasks');
    expectUnauthorized(res);
    expect(res.body.detail).toMatch(/expired/);
    expectUnauthorized(
      await withKey(created.key, 'header')('POST', '/api/me/tasks', { body: { title: 'x' } }),
    );
  });

  it('refuses an unknown well-formed key and garbage', async () => {
    const unknown = `dbl_${randomBytes(32).toString('base64url')}`;
    expectUnauthorized(await withKey(unknown, 'bearer')('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey(unknown, 'header')('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey('garbage', 'header')('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey('dbl_', 'header')('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey(`dbl_${'a'.repeat(300)}`, 'header')('GET', '/api/me/tasks'));
  });

  it('refuses a key that differs from a real one in its last character', async () => {
    const created = await createKey(server.as('paul'), { name: 'almost' });
    const last = created.key.at(-1)!;
    const altered = created.key.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    expectUnauthorized(await withKey(altered)('GET', '/api/me/tasks'));
    expect((await withKey(created.key)('GET', '/api/me/tasks')).status).toBe(200);
  });
});

describe('scopes', () => {
  it('keeps an app password (caldav) out of the REST API and MCP; api and both work there', async () => {
    const caldav = await createKey(kate, { name: 'phone', scopes: ['caldav'] });
    expect(caldav).toMatchObject({ scopes: ['caldav'] });
    expectUnauthorized(await withKey(caldav.key)('GET', '/api/me/tasks'));
    expectUnauthorized(await withKey(caldav.key, 'header')('GET', '/api/me/tasks'));
    const mcp = await withKey(caldav.key)('POST', '/mcp', {
      body: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      headers: { accept: 'application/json, text/event-stream' },
    });
    expect(mcp.status).toBe(401);
    const both = await createKey(kate, { name: 'both', scopes: ['caldav', 'api'] });
    expect(both).toMatchObject({ scopes: ['api', 'caldav'] });
    expect((await withKey(both.key)('GET', '/api/me/tasks')).status).toBe(200);
    const listed = await kate('GET', '/api/me/api-keys');
    expect(listed.body.api_keys.find((k: { id: number }) => k.id === caldav.id).scopes).toEqual(['caldav']);
  });
});

describe('a key cannot manage keys', () => {
  it('answers 403 AUTH_FORBIDDEN to create, list and revoke with a key, by either header', async () => {
    const quinn = server.as('quinn');
    const created = await createKey(quinn, { name: 'limited' });
    for (const via of ['bearer', 'header'] as const) {
      const client = withKey(created.key, via);
      for (const res of [
        await client('POST', '/api/me/api-keys', { body: { name: 'minted by a key' } }),
        await client('GET', '/api/me/api-keys'),
        await client('GET', '/api/quinn/api-keys'),
        await client('DELETE', `/api/me/api-keys/${created.id}`),
      ]) {
        expect(res.status).toBe(403);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(res.body.error_code).toBe('AUTH_FORBIDDEN');
      }
    }
    const list = await quinn('GET', '/api/me/api-keys');
    expect(list.body.api_keys.map((k: { name: string }) => k.name)).toEqual(['limited']);
    expect((await withKey(created.key)('GET', '/api/me/tasks')).status).toBe(200);
  });
});

describe('validation', () => {
  const cases: [string, unknown, string][] = [
    ['name missing', {}, 'name'],
    ['name empty', { name: '' }, 'name'],
    ['name whitespace', { name: '   ' }, 'name'],
    ['name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
    ['name with a newline', { name: 'two\nlines' }, 'name'],
    ['name with a NUL', { name: 'nul\u0000' }, 'name'],
    ['name with DEL', { name: 'del\u007f' }, 'name'],
    ['name not a string', { name: 42 }, 'name'],
    ['unknown field', { name: 'ok', scope: 'all' }, 'scope'],
    ['scopes empty', { name: 'ok', scopes: [] }, 'scopes'],
    ['scopes unknown', { name: 'ok', scopes: ['admin'] }, 'scopes.0'],
    ['scopes repeated', { name: 'ok', scopes: ['api', 'api'] }, 'scopes'],
    ['scopes not a list', { name: 'ok', scopes: 'caldav' }, 'scopes'],
    ['expires_in_days 0', { name: 'ok', expires_in_days: 0 }, 'expires_in_days'],
    ['expires_in_days -1', { name: 'ok', expires_in_days: -1 }, 'expires_in_days'],
    ['expires_in_days 3651', { name: 'ok', expires_in_days: 3651 }, 'expires_in_days'],
    ['expires_in_days 1.5', { name: 'ok', expires_in_days: 1.5 }, 'expires_in_days'],
    ['expires_in_days "7"', { name: 'ok', expires_in_days: '7' }, 'expires_in_days'],
    ['expires_in_days null', { name: 'ok', expires_in_days: null }, 'expires_in_days'],
  ];

  it.each(cases)('refuses %s with 422 naming the field, and creates nothing', async (_, body, field) => {
    const rex = server.as('rex');
    const before = (await rex('GET', '/api/me/api-keys')).body.api_keys;
    const res = await rex('POST', '/api/me/api-keys', { body });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.error_code).toBe('VALIDATION_ERROR');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: field, location: 'body' }));
    expect(res.body.detail).toContain(field);
    expect((await rex('GET', '/api/me/api-keys')).body.api_keys).toEqual(before);
  });

  it('accepts the boundaries: 100 characters and 3650 days', async () => {
    const key = await createKey(server.as('rex'), { name: 'y'.repeat(100), expires_in_days: 3650 });
    expect(key.name).toBe('y'.repeat(100));
    expect(Date.parse(key.expires_at!) - Date.now()).toBeGreaterThan(3649 * DAY_MS);
  });

  it('refuses a body that is not an object', async () => {
    const res = await server.as('rex')('POST', '/api/me/api-keys', { body: ['cli'] });
    expect(res.status).toBe(422);
    expect(res.body.error_code).toBe('VALIDATION_ERROR');
  });

  it('requires authentication', async () => {
    const res = await server.request('POST', '/api/me/api-keys', { body: { name: 'anon' } });
    expect(res.status).toBe(401);
    expect(res.body.error_code).toBe('AUTH_MISSING');
    expect((await server.request('GET', '/api/me/api-keys')).status).toBe(401);
  });
});

describe('cross-user', () => {
  let aKey: { id: number; key: string };
  const sam = () => server.as('sam');
  const tom = () => server.as('tom');

  beforeAll(async () => {
    aKey = await createKey(sam(), { name: 'sams key' });
  });

  it("does not let B list or revoke A's keys through A's path", async () => {
    const list = await tom()('GET', '/api/sam/api-keys');
    expect(list.status).toBe(403);
    expect(list.body.error_code).toBe('AUTH_FORBIDDEN');
    expect(list.text).not.toContain('sams key');
    const create = await tom()('POST', '/api/sam/api-keys', { body: { name: 'planted' } });
    expect(create.status).toBe(403);
    const revoke = await tom()('DELETE', `/api/sam/api-keys/${aKey.id}`);
    expect(revoke.status).toBe(403);
    expect(revoke.body.error_code).toBe('AUTH_FORBIDDEN');
    const names = (await sam()('GET', '/api/me/api-keys')).body.api_keys.map((k: { name: string }) => k.name);
    expect(names).toEqual(['sams key']);
    expect((await withKey(aKey.key)('GET', '/api/me/tasks')).status).toBe(200);
  });

  it("answers 404 when B revokes A's key id on B's own path, and A's key keeps working", async () => {
    const own = await tom()('DELETE', `/api/me/api-keys/${aKey.id}`);
    expect(own.status).toBe(404);
    expect(own.body.error_code).toBe('NOT_FOUND');
    const ownById = await tom()('DELETE', `/api/tom/api-keys/${aKey.id}`);
    expect(ownById.status).toBe(404);
    expect((await tom()('GET', '/api/me/api-keys')).body).toEqual({ api_keys: [] });
    const still = await withKey(aKey.key)('GET', '/api/me/tasks');
    expect(still.status).toBe(200);
    expect((await sam()('GET', '/api/me/api-keys')).body.api_keys).toHaveLength(1);
  });

  it("refuses A's key on B's tasks with 403", async () => {
    await tom()('POST', '/api/me/tasks', { body: { title: 'toms secret' } });
    for (const via of ['bearer', 'header'] as const) {
      const list = await withKey(aKey.key, via)('GET', '/api/tom/tasks');
      expect(list.status).toBe(403);
      expect(list.body.error_code).toBe('AUTH_FORBIDDEN');
      expect(list.text).not.toContain('toms secret');
      const create = await withKey(aKey.key, via)('POST', '/api/tom/tasks', { body: { title: 'planted' } });
      expect(create.status).toBe(403);
    }
    const toms = await tom()('GET', '/api/me/tasks');
    expect(toms.body.tasks.map((t: { title: string }) => t.title)).toEqual(['toms secret']);
  });
});
