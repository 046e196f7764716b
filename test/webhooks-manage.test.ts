// Managing webhooks over HTTP: created with a secret shown once, listed, deleted; bad input and
// internal targets (SSRF) refused; other users' webhooks out of reach; removed with the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { isPublicAddress } from '../server/platform/http/outbound.js';
import { expectProblem, ISO } from './support/expect.js';
import { receiver, sleep, until } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

/** Short timings: retries after 0.2 s then 0.4 s, disabled after 3 consecutive failures. */
const FAST = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_SECONDS: '0.2',
  WEBHOOK_RETRY_SECONDS: '0.2,0.4',
  WEBHOOK_DISABLE_AFTER: '3',
  WEBHOOK_TIMEOUT_MS: '1000',
};

let server: TestServer;
let strict: TestServer;
beforeAll(async () => {
  [server, strict] = await Promise.all([startTestServer({ env: FAST }), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), strict.close()]);
});

const WEBHOOK_KEYS = [
  'created_at',
  'description',
  'disabled_at',
  'disabled_reason',
  'events',
  'failure_count',
  'id',
  'last_delivery_at',
  'last_error',
  'last_status',
  'url',
].sort();

describe('create, list, get, delete', () => {
  it('answers 201 with the secret once; list and get never show it; delete is 204 then 404', async () => {
    const call = server.as('wh-crud');
    const res = await call('POST', '/api/me/webhooks', {
      body: {
        url: 'https://hooks.example.com/doable?x=1',
        events: ['completed', 'created'],
        description: ' CI ',
      },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual([...WEBHOOK_KEYS, 'secret'].sort());
    expect(res.body).toMatchObject({
      url: 'https://hooks.example.com/doable?x=1',
      events: ['created', 'completed'],
      description: 'CI',
      last_status: null,
      last_error: null,
      last_delivery_at: null,
      failure_count: 0,
      disabled_at: null,
      disabled_reason: null,
    });
    expect(res.body.created_at).toMatch(ISO);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);

    const list = await call('GET', '/api/me/webhooks');
    expect(list.status).toBe(200);
    expect(list.body.webhooks).toHaveLength(1);
    expect(Object.keys(list.body.webhooks[0]).sort()).toEqual(WEBHOOK_KEYS);
    expect(list.text).not.toContain(res.body.secret);
    const { secret, ...shown } = res.body;
    expect(list.body.webhooks[0]).toEqual(shown);
    const one = await call('GET', `/api/wh-crud/webhooks/${res.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(shown);
    expect(one.text).not.toContain(secret);
    expect((await call('GET', `/api/me/webhooks/${res.body.id}/deliveries`)).body).toEqual({
      deliveries: [],
    });

    const deleted = await call('DELETE', `/api/me/webhooks/${res.body.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expectProblem(await call('DELETE', `/api/me/webhooks/${res.body.id}`), 404, 'NOT_FOUND');
    expectProblem(await call('GET', `/api/me/webhooks/${res.body.id}`), 404, 'NOT_FOUND');
    expect((await call('GET', '/api/me/webhooks')).body).toEqual({ webhooks: [] });
  });

  it('gives every webhook its own secret, and lists newest first', async () => {
    const call = server.as('wh-two');
    const a = await call('POST', '/api/me/webhooks', {
      body: { url: 'https://a.example.com/', events: ['created'] },
    });
    const b = await call('POST', '/api/me/webhooks', {
      body: { url: 'https://b.example.com/', events: ['deleted'] },
    });
    expect(a.body.secret).not.toBe(b.body.secret);
    const list = await call('GET', '/api/me/webhooks');
    expect(list.body.webhooks.map((w: { id: number }) => w.id)).toEqual([b.body.id, a.body.id]);
    expect(a.body.description).toBeNull();
  });

  it('allows 20 webhooks per user, not 21', async () => {
    const call = server.as('wh-many');
    for (let i = 0; i < 20; i++) {
      const res = await call('POST', '/api/me/webhooks', {
        body: { url: `https://h${i}.example.com/`, events: ['created'] },
      });
      expect(res.status).toBe(201);
    }
    const over = await call('POST', '/api/me/webhooks', {
      body: { url: 'https://over.example.com/', events: ['created'] },
    });
    expectProblem(over, 422, 'VALIDATION_ERROR');
    expect(over.body.detail).toMatch(/20 webhooks/);
    expect((await call('GET', '/api/me/webhooks')).body.webhooks).toHaveLength(20);
    // Another user is not affected.
    expect(
      (
        await server.as('wh-few')('POST', '/api/me/webhooks', {
          body: { url: 'https://x.example.com/', events: ['created'] },
        })
      ).status,
    ).toBe(201);
  });

  it('answers 404 for ids that never existed and 422 for ids that are not integers', async () => {
    const call = server.as('wh-ids');
    for (const path of ['/999999', '/99999999999999999999', '/999999/deliveries']) {
      expectProblem(await call('GET', `/api/me/webhooks${path}`), 404, 'NOT_FOUND');
    }
    expectProblem(await call('POST', '/api/me/webhooks/999999/enable'), 404, 'NOT_FOUND');
    const bad = await call('GET', '/api/me/webhooks/abc');
    expectProblem(bad, 422, 'VALIDATION_ERROR');
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ path: 'id', location: 'params' }));
    expectProblem(await server.request('GET', '/api/me/webhooks'), 401, 'AUTH_MISSING');
  });
});

describe('bad input', () => {
  const ok = { url: 'https://hooks.example.com/x', events: ['created'] };
  const cases: [string, unknown, string][] = [
    ['url missing', { events: ['created'] }, 'url'],
    ['url empty', { ...ok, url: '' }, 'url'],
    ['url not a URL', { ...ok, url: 'not a url' }, 'url'],
    ['url relative', { ...ok, url: '/hook' }, 'url'],
    ['url ftp', { ...ok, url: 'ftp://files.example.com/' }, 'url'],
    ['url javascript', { ...ok, url: 'javascript:alert(1)' }, 'url'],
    ['url file', { ...ok, url: 'file:///etc/passwd' }, 'url'],
    ['url with credentials', { ...ok, url: 'https://user:pass@hooks.example.com/' }, 'url'],
    ['url with a user name', { ...ok, url: 'https://user@hooks.example.com/' }, 'url'],
    ['url over 2048 characters', { ...ok, url: `https://hooks.example.com/${'a'.repeat(2030)}` }, 'url'],
    ['url not a string', { ...ok, url: 42 }, 'url'],
    ['events missing', { url: ok.url }, 'events'],
    ['events empty', { ...ok, events: [] }, 'events'],
    ['events unknown type', { ...ok, events: ['created', 'exploded'] }, 'events.1'],
    ['events not an array', { ...ok, events: 'created' }, 'events'],
    ['events null', { ...ok, events: null }, 'events'],
    ['description too long', { ...ok, description: 'x'.repeat(201) }, 'description'],
    ['description with a newline', { ...ok, description: 'two\nlines' }, 'description'],
    ['description not a string', { ...ok, description: 7 }, 'description'],
    ['unknown field', { ...ok, secret: 'mine' }, 'secret'],
  ];

  it.each(cases)('refuses %s with 422 naming the field, and stores nothing', async (_, body, field) => {
    const call = server.as('wh-bad');
    const res = await call('POST', '/api/me/webhooks', { body });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: field, location: 'body' }));
    expect((await call('GET', '/api/me/webhooks')).body).toEqual({ webhooks: [] });
  });

  it('refuses a body that is not an object, and no body', async () => {
    const call = server.as('wh-bad');
    expectProblem(
      await call('POST', '/api/me/webhooks', { body: ['https://x.example.com/'] }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await call('POST', '/api/me/webhooks')).status).toBe(422);
    expect((await call('GET', '/api/me/webhooks')).body).toEqual({ webhooks: [] });
  });

  it('accepts the boundaries: a 2048-character URL, 200-character description, duplicate types once', async () => {
    const url = `https://hooks.example.com/${'a'.repeat(2048 - 'https://hooks.example.com/'.length)}`;
    const res = await server.as('wh-edge')('POST', '/api/me/webhooks', {
      body: { url, events: ['deleted', 'created', 'deleted', 'reminder'], description: 'd'.repeat(200) },
    });
    expect(res.status).toBe(201);
    expect(res.body.url).toBe(url);
    expect(res.body.events).toEqual(['created', 'deleted', 'reminder']);
  });
});

describe('internal targets are refused (WEBHOOK_ALLOW_PRIVATE unset)', () => {
  const refused = [
    'http://127.0.0.1/hook',
    'http://127.1/hook',
    'http://2130706433/hook',
    'http://0x7f000001/hook',
    'http://0.0.0.0/hook',
    'http://10.1.2.3/hook',
    'http://172.16.0.1/hook',
    'http://192.168.1.10:8080/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/hook',
    'http://224.0.0.1/hook',
    'http://255.255.255.255/hook',
    'http://[::1]/hook',
    'http://[::]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:8.8.8.8]/hook',
    'http://[fc00::1]/hook',
    'http://[fd12:3456::1]/hook',
    'http://[fe80::1]/hook',
    'http://[ff02::1]/hook',
    'http://localhost:8080/hook',
    // RFC 6761: every name under .localhost is loopback, whatever DNS says, in any case, with or
    // without the root's trailing dot.
    'http://localhost./hook',
    'http://LocalHost/hook',
    'http://foo.localhost/hook',
    'http://Foo.LOCALHOST./hook',
    'http://a.b.localhost:8080/hook',
  ];

  it.each(refused)('refuses %s with 422 on url, and stores nothing', async (url) => {
    const call = strict.as('wh-ssrf');
    const res = await call('POST', '/api/me/webhooks', { body: { url, events: ['created'] } });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'url', location: 'body' }));
    expect((await call('GET', '/api/me/webhooks')).body).toEqual({ webhooks: [] });
  });

  it('accepts a public address', async () => {
    const res = await strict.as('wh-public')('POST', '/api/me/webhooks', {
      body: { url: 'https://93.184.215.14/hook', events: ['reminder'] },
    });
    expect(res.status).toBe(201);
  });

  it('classifies addresses', () => {
    for (const address of ['8.8.8.8', '93.184.215.14', '2606:4700:4700::1111', '2a00:1450:4001::1']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.127.255.255',
      '0.0.0.0',
      '224.0.0.251',
      '198.18.0.1',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:8.8.8.8',
      '64:ff9b::7f00:1',
      'fc00::1',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '2001:db8::1',
      '2002:7f00:1::1',
      'not-an-ip',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe('cross-user', () => {
  it("another user's webhooks are 403 through their path and 404 through one's own", async () => {
    const alice = server.as('wh-alice');
    const mallory = server.as('wh-mallory');
    const hook = (
      await alice('POST', '/api/me/webhooks', {
        body: { url: 'https://alice.example.com/', events: ['reminder'] },
      })
    ).body;
    for (const [method, path] of [
      ['GET', ''],
      ['POST', ''],
      ['GET', `/${hook.id}`],
      ['GET', `/${hook.id}/deliveries`],
      ['POST', `/${hook.id}/enable`],
      ['DELETE', `/${hook.id}`],
    ] as const) {
      const body =
        method === 'POST' && path === ''
          ? { url: 'https://evil.example.com/', events: ['created'] }
          : undefined;
      const theirs = await mallory(method, `/api/wh-alice/webhooks${path}`, { body });
      expectProblem(theirs, 403, 'AUTH_FORBIDDEN');
      expect(theirs.text).not.toContain('alice.example.com');
      if (path !== '') expectProblem(await mallory(method, `/api/me/webhooks${path}`), 404, 'NOT_FOUND');
    }
    expect((await mallory('GET', '/api/me/webhooks')).body).toEqual({ webhooks: [] });
    const still = (await alice('GET', '/api/me/webhooks')).body.webhooks;
    expect(still).toHaveLength(1);
    expect(still[0].url).toBe('https://alice.example.com/');
  });

  it("a webhook never receives another user's events", async () => {
    const hook = await receiver();
    try {
      const alice = server.as('wh-alice2');
      const bob = server.as('wh-bob2');
      await alice('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } });
      await bob('POST', '/api/me/tasks', { body: { title: 'bob private' } });
      await alice('POST', '/api/me/tasks', { body: { title: 'alice own' } });
      await until(() => hook.hits.length >= 1, 'alice delivery');
      await sleep(400);
      expect(hook.hits.map((h) => h.json.task.title)).toEqual(['alice own']);
      expect(hook.hits.every((h) => h.json.user_id === 'wh-alice2')).toBe(true);
    } finally {
      await hook.close();
    }
  });
});

describe('account deletion', () => {
  it("removes the user's webhooks and their deliveries", async () => {
    const hook = await receiver();
    try {
      const call = server.as('wh-leaver');
      const created = (
        await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } })
      ).body;
      await call('POST', '/api/me/tasks', { body: { title: 'before leaving' } });
      await until(() => hook.hits.length >= 1, 'a delivery');
      const res = await call('DELETE', '/api/me', { body: {} });
      expect(res.status, res.text).toBe(204);
      const count = async (query: string) =>
        Number((await rawQuery<{ n: number }>(server.database.db, query, [created.id]))[0]!.n);
      expect(await count('select count(*)::int as n from webhooks where id = $1')).toBe(0);
      expect(await count('select count(*)::int as n from webhook_deliveries where webhook_id = $1')).toBe(0);
      await sleep(300);
      // The tasks' deletion was not delivered.
      expect(hook.hits.map((h) => h.json.type)).toEqual(['created']);
    } finally {
      await hook.close();
    }
  });
});
