// Safe writes: ETags on every task response, If-Match against lost updates, If-None-Match for
// cheap re-reads, and Idempotency-Key for retried creates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const create = async (user: string, title: string) => {
  const res = await server.as(user)('POST', '/api/me/tasks', { body: { title } });
  expect(res.status).toBe(201);
  return res;
};

describe('ETags', () => {
  it('every task response carries a strong ETag that changes only when the task does', async () => {
    const call = server.as('etag-user');
    const created = await create('etag-user', 'first');
    const etag = created.headers.get('etag');
    expect(etag).toMatch(/^"\d+"$/);
    const path = `/api/me/tasks/${created.body.id}`;
    expect((await call('GET', path)).headers.get('etag')).toBe(etag);
    const unchanged = await call('PATCH', path, { body: { title: 'first' } });
    expect(unchanged.headers.get('etag')).toBe(etag);
    const changed = await call('PATCH', path, { body: { title: 'second' } });
    expect(changed.headers.get('etag')).not.toBe(etag);
    const toggled = await call('PATCH', `${path}/complete`);
    expect(toggled.headers.get('etag')).not.toBe(changed.headers.get('etag'));
    const replaced = await call('PUT', path, { body: { title: 'third' } });
    expect(replaced.headers.get('etag')).not.toBe(toggled.headers.get('etag'));
  });

  it('If-None-Match with the current ETag answers 304 without a body; a stale one gets the task', async () => {
    const call = server.as('etag-reader');
    const created = await create('etag-reader', 'cached');
    const path = `/api/me/tasks/${created.body.id}`;
    const etag = created.headers.get('etag')!;
    const fresh = await call('GET', path, { headers: { 'if-none-match': etag } });
    expect(fresh.status).toBe(304);
    expect(fresh.text).toBe('');
    expect(fresh.headers.get('etag')).toBe(etag);
    expect((await call('GET', path, { headers: { 'if-none-match': `W/${etag}` } })).status).toBe(304);
    expect((await call('GET', path, { headers: { 'if-none-match': '*' } })).status).toBe(304);
    await call('PATCH', path, { body: { title: 'changed' } });
    const stale = await call('GET', path, { headers: { 'if-none-match': etag } });
    expect(stale.status).toBe(200);
    expect(stale.body.title).toBe('changed');
  });
});

describe('If-Match', () => {
  it('two tabs: the second write with the old ETag is refused with 412 and changes nothing', async () => {
    const call = server.as('two-tabs');
    const created = await create('two-tabs', 'shared');
    const path = `/api/me/tasks/${created.body.id}`;
    const read = created.headers.get('etag')!;
    const tabA = await call('PATCH', path, { body: { title: 'from tab A' }, headers: { 'if-match': read } });
    expect(tabA.status).toBe(200);
    const before = (await call('GET', path)).text;
    for (const [method, suffix, body] of [
      ['PATCH', '', { title: 'from tab B' }],
      ['PUT', '', { title: 'from tab B' }],
      ['PATCH', '/complete', undefined],
      ['PATCH', '/complete', { completed: true }],
      ['DELETE', '', undefined],
    ] as const) {
      const tabB = await call(method, `${path}${suffix}`, { body, headers: { 'if-match': read } });
      expectProblem(tabB, 412, 'PRECONDITION_FAILED');
    }
    expect((await call('GET', path)).text).toBe(before);
    const current = (await call('GET', path)).headers.get('etag')!;
    expect((await call('DELETE', path, { headers: { 'if-match': `"0", ${current}` } })).status).toBe(204);
  });

  it('of several concurrent writes with the same If-Match exactly one wins', async () => {
    const call = server.as('racer');
    const created = await create('racer', 'contended');
    const path = `/api/me/tasks/${created.body.id}`;
    const etag = created.headers.get('etag')!;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call('PATCH', path, { body: { title: `writer ${i}` }, headers: { 'if-match': etag } }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 412)).toHaveLength(5);
    const winner = results.find((r) => r.status === 200)!.body.title;
    expect((await call('GET', path)).body.title).toBe(winner);
  });

  it('If-Match: * and no If-Match write unconditionally; weak or foreign tags never match', async () => {
    const call = server.as('star');
    const created = await create('star', 'any');
    const path = `/api/me/tasks/${created.body.id}`;
    expect((await call('PATCH', path, { body: { title: 'a' }, headers: { 'if-match': '*' } })).status).toBe(
      200,
    );
    expect((await call('PATCH', path, { body: { title: 'b' } })).status).toBe(200);
    const etag = (await call('GET', path)).headers.get('etag')!;
    expect(
      (await call('PATCH', path, { body: { title: 'c' }, headers: { 'if-match': `W/${etag}` } })).status,
    ).toBe(412);
    expect(
      (await call('PATCH', path, { body: { title: 'c' }, headers: { 'if-match': 'garbage' } })).status,
    ).toBe(412);
  });

  it('a missing task is 404 even with If-Match, and another user’s task too', async () => {
    const mine = await create('owner-etag', 'mine');
    const res = await server.as('other-etag')('PATCH', `/api/me/tasks/${mine.body.id}`, {
      body: { title: 'x' },
      headers: { 'if-match': mine.headers.get('etag')! },
    });
    expectProblem(res, 404, 'NOT_FOUND');
    expectProblem(
      await server.as('owner-etag')('DELETE', '/api/me/tasks/999999999', { headers: { 'if-match': '"1"' } }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('Idempotency-Key', () => {
  const count = async (user: string) => (await server.as(user)('GET', '/api/me/tasks')).body.count as number;

  it('a retry with the same key and body returns the first response and creates nothing', async () => {
    const call = server.as('retrier');
    const headers = { 'idempotency-key': 'create-milk-1' };
    const first = await call('POST', '/api/me/tasks', {
      body: { title: 'Milk', description: 'oat' },
      headers,
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const retry = await call('POST', '/api/me/tasks', {
      body: { description: 'oat', title: 'Milk' },
      headers,
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await count('retrier')).toBe(1);
  });

  it('the same key with another body is 422 and creates nothing', async () => {
    const call = server.as('reuser');
    const headers = { 'idempotency-key': 'k-1' };
    await call('POST', '/api/me/tasks', { body: { title: 'one' }, headers });
    const other = await call('POST', '/api/me/tasks', { body: { title: 'two' }, headers });
    expectProblem(other, 422, 'VALIDATION_ERROR');
    expect(other.body.errors).toEqual([
      expect.objectContaining({ path: 'Idempotency-Key', location: 'headers' }),
    ]);
    expect(await count('reuser')).toBe(1);
  });

  it('concurrent retries create one task and all get the same answer', async () => {
    const call = server.as('stormer');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('POST', '/api/me/tasks', { body: { title: 'once' }, headers: { 'idempotency-key': 'storm' } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await count('stormer')).toBe(1);
  });

  it('keys belong to one user, and expire after 24 hours', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    const a = await server.as('idem-a')('POST', '/api/me/tasks', { body: { title: 'a' }, headers });
    const b = await server.as('idem-b')('POST', '/api/me/tasks', { body: { title: 'b' }, headers });
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    await server.database.db.execute(
      "update idempotency_keys set created_at = now() - interval '25 hours' where user_id = 'idem-a'",
    );
    const later = await server.as('idem-a')('POST', '/api/me/tasks', { body: { title: 'a' }, headers });
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.id).not.toBe(a.body.id);
    expect(await count('idem-a')).toBe(2);
  });

  it('refuses a malformed key, and a failed create records nothing under the key', async () => {
    const call = server.as('bad-key');
    for (const key of ['', 'x'.repeat(256), 'has space', 'ünïcode']) {
      const res = await call('POST', '/api/me/tasks', {
        body: { title: 't' },
        headers: { 'idempotency-key': key },
      });
      expectProblem(res, 422, 'VALIDATION_ERROR');
    }
    const invalid = await call('POST', '/api/me/tasks', {
      body: { title: '' },
      headers: { 'idempotency-key': 'v1' },
    });
    expect(invalid.status).toBe(422);
    const valid = await call('POST', '/api/me/tasks', {
      body: { title: 'fine' },
      headers: { 'idempotency-key': 'v1' },
    });
    expect(valid.status).toBe(201);
    expect(valid.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('bad-key')).toBe(1);
  });
});
