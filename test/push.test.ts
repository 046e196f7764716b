// Web Push, as a browser and its push service see it: subscriptions saved per
// device and validated; each reminder sent once to each of the recipient's devices, encrypted to
// the device (checked by decrypting it, aes128gcm) and signed with the server's VAPID key (checked
// against the k= key); retries after a push service error; a 410 forgets the device; never to
// another user; exactly once with two instances on one database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { twoHandles, until } from './support/live.js';
import { pushService } from './support/push-service.js';
import { startTestServer, type TestServer } from './support/server.js';

const FAST = {
  REMINDER_POLL_SECONDS: '0.2',
  PUSH_POLL_SECONDS: '0.2',
  PUSH_ALLOW_PRIVATE: 'true',
  PUSH_RETRY_SECONDS: '0.2,0.2',
  VAPID_SUBJECT: 'mailto:ops@example.com',
};

let server: TestServer;
let push: Awaited<ReturnType<typeof pushService>>;
beforeAll(async () => {
  server = await startTestServer({ env: FAST });
  push = await pushService();
});
afterAll(async () => {
  await push.close();
  await server.close();
});

const PATH = '/api/me/push-subscriptions';

/** A task whose reminder is due now (the scheduler picks it up within its 0.2 s round). */
async function remindNow(on: TestServer, user: string, title: string, extra: object = {}): Promise<number> {
  const { status, body } = await on.as(user)('POST', '/api/me/tasks', {
    body: {
      title,
      due_at: new Date(Date.now() + 3_600_000).toISOString(),
      reminders: [{ minutes_before: 5 }],
      ...extra,
    },
  });
  expect(status).toBe(201);
  await rawQuery(
    on.database.db,
    `update task_reminders set fire_at = now() - interval '1 second' where task_id = $1 and sent_at is null`,
    [body.id],
  );
  return body.id;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rawQuery<{ n: number }>(server.database.db, sql, params);
  return Number(row!.n);
}

describe('push subscriptions', () => {
  it('gives the VAPID key, saves a device once per endpoint, and lists it without the endpoint', async () => {
    const call = server.as('sub-user');
    const empty = await call('GET', PATH);
    expect(empty.status).toBe(200);
    expect(empty.body.subscriptions).toEqual([]);
    expect(empty.body.vapid_public_key).toMatch(/^[A-Za-z0-9_-]{87}$/);
    // The same key for every call and every user (one pair per server, kept in the database).
    expect((await server.as('other')('GET', PATH)).body.vapid_public_key).toBe(empty.body.vapid_public_key);

    const laptop = push.device('sub-laptop');
    const created = await call('POST', PATH, {
      body: { ...laptop, expirationTime: null, name: 'Work laptop' },
      headers: { 'user-agent': 'Mozilla/5.0 Test' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Work laptop',
      user_agent: 'Mozilla/5.0 Test',
      endpoint_origin: push.origin,
      failure_count: 0,
      last_success_at: null,
    });
    expect(JSON.stringify(created.body)).not.toContain('/push/');
    const again = await call('POST', PATH, { body: { ...laptop, name: 'Laptop' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);
    const list = await call('GET', PATH);
    expect(list.body.subscriptions.map((s: any) => [s.id, s.name])).toEqual([[created.body.id, 'Laptop']]);
  });

  it('refuses bad subscriptions with a problem and saves nothing', async () => {
    const call = server.as('bad-sub');
    const good = push.device('bad-sub-device');
    const cases: [string, object][] = [
      ['endpoint', { ...good, endpoint: 'not a url' }],
      ['endpoint', { ...good, endpoint: 'ftp://push.example.com/x' }],
      ['endpoint', { ...good, endpoint: `https://push.example.com/${'x'.repeat(2100)}` }],
      ['endpoint', { ...good, endpoint: 'https://user:secret@push.example.com/x' }],
      ['keys', { endpoint: good.endpoint }],
      ['keys.p256dh', { ...good, keys: { ...good.keys, p256dh: 'short' } }],
      ['keys.auth', { ...good, keys: { ...good.keys, auth: 'A'.repeat(40) } }],
      ['name', { ...good, name: 'n'.repeat(101) }],
      ['extra', { ...good, extra: true }],
    ];
    for (const [path, body] of cases) {
      const res = await call('POST', PATH, { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(JSON.stringify(res.body.errors), JSON.stringify(body).slice(0, 80)).toContain(path);
    }
    expect((await call('GET', PATH)).body.subscriptions).toEqual([]);
  });

  it('refuses plain http and internal endpoints unless PUSH_ALLOW_PRIVATE', async () => {
    const strict = await startTestServer({ env: { VAPID_SUBJECT: 'mailto:ops@example.com' } });
    try {
      const call = strict.as('strict-user');
      const device = push.device('strict-device');
      for (const endpoint of [device.endpoint, 'https://127.0.0.1/push/x', 'https://localhost/push/x']) {
        const res = await call('POST', PATH, { body: { ...device, endpoint } });
        expectProblem(res, 422, 'VALIDATION_ERROR');
        expect(res.body.errors[0].path).toBe('endpoint');
      }
      expect((await call('GET', PATH)).body.subscriptions).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it("is the owner's alone: another user can neither list nor delete it", async () => {
    const mine = await server.as('owner-x')('POST', PATH, { body: push.device('owner-x-phone') });
    expect(mine.status).toBe(201);
    const other = server.as('intruder-x');
    expect((await other('GET', PATH)).body.subscriptions).toEqual([]);
    expectProblem(await other('DELETE', `${PATH}/${mine.body.id}`), 404, 'NOT_FOUND');
    expectProblem(
      await other('DELETE', PATH, { body: { endpoint: `${push.origin}/push/owner-x-phone` } }),
      404,
      'NOT_FOUND',
    );
    expect((await server.as('owner-x')('GET', PATH)).body.subscriptions).toHaveLength(1);
    expect((await server.as('owner-x')('DELETE', `${PATH}/${mine.body.id}`)).status).toBe(204);
    expect((await server.as('owner-x')('GET', PATH)).body.subscriptions).toEqual([]);
  });
});

describe('reminders by push', () => {
  it("reach each of the recipient's devices once, encrypted to it and signed with the server's key", async () => {
    const call = server.as('pushed');
    const key = (await call('GET', PATH)).body.vapid_public_key;
    await call('POST', PATH, { body: push.device('pushed-phone') });
    await call('POST', PATH, { body: push.device('pushed-laptop') });
    await server.as('bystander')('POST', PATH, { body: push.device('bystander-phone') });
    const id = await remindNow(server, 'pushed', 'Call the dentist');
    await until(() => push.messages.filter((m) => m.json.task.id === id).length >= 2, 'two pushes');
    await new Promise((r) => setTimeout(r, 600));
    const mine = push.messages.filter((m) => m.json.task.id === id);
    expect(mine.map((m) => m.device).sort()).toEqual(['pushed-laptop', 'pushed-phone']);
    for (const m of mine) {
      expect(m.json).toMatchObject({
        type: 'reminder',
        task: { id, title: 'Call the dentist', priority: 'none' },
        reminder: { minutes_before: 5 },
        url: expect.stringContaining(`?task=${id}`),
      });
      expect(m.vapidKey).toBe(key);
      expect(m.claims.aud).toBe(push.origin);
      expect(m.claims.sub).toBe('mailto:ops@example.com');
      expect(m.claims.exp * 1000).toBeGreaterThan(Date.now());
      expect(m.claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000);
      expect(m.headers.urgency).toBe('high');
      expect(m.headers.topic).toBe(`task-${id}`);
      expect(Number(m.headers.ttl)).toBeGreaterThan(0);
    }
    expect(push.messages.some((m) => m.device === 'bystander-phone')).toBe(false);
    expect(push.refused).toEqual([]);
    const listed = (await call('GET', PATH)).body.subscriptions;
    expect(listed.every((s: any) => s.last_success_at !== null && s.last_status === 201)).toBe(true);
  });

  it('retries after a push service error, and forgets a device its push service says is gone', async () => {
    const call = server.as('flaky');
    await call('POST', PATH, { body: push.device('flaky-phone') });
    await call('POST', PATH, { body: push.device('gone-phone') });
    push.answer('flaky-phone', 503, 500);
    push.forget('gone-phone');
    const id = await remindNow(server, 'flaky', 'Water the plants');
    await until(
      () => push.messages.some((m) => m.json.task.id === id),
      'the push after two failures',
      15_000,
    );
    await until(
      async () => (await call('GET', PATH)).body.subscriptions.length === 1,
      'the gone device removed',
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(push.messages.filter((m) => m.json.task.id === id).map((m) => m.device)).toEqual(['flaky-phone']);
    const [left] = (await call('GET', PATH)).body.subscriptions;
    expect(left).toMatchObject({ failure_count: 0, last_status: 201 });
  });

  it("an assigned task's reminder goes to the assignee's devices, not the owner's", async () => {
    // Sharing needs real accounts (invitations by email): sign two people up.
    const person = async (name: string) => {
      const email = `${name}.${Date.now()}@example.com`;
      const up = await server.request('POST', '/api/auth/sign-up/email', {
        body: { name, email, password: 'correct horse battery staple' },
        headers: { origin: 'http://localhost:3000' },
      });
      expect(up.status, up.text).toBe(200);
      return { id: up.body.user.id as string, email, as: server.as(up.body.user.id) };
    };
    const owner = await person('Olive');
    const helper = await person('Hank');
    const list = await owner.as('POST', '/api/me/lists', { body: { name: 'Chores' } });
    const invite = await owner.as('POST', `/api/me/lists/${list.body.id}/members`, {
      body: { email: helper.email, role: 'editor' },
    });
    expect(
      (
        await helper.as('POST', `/api/me/invitations/${invite.body.id}/accept`, {
          body: { token: new URL(invite.body.link).hash.slice(1) },
        })
      ).status,
    ).toBe(200);
    await owner.as('POST', PATH, { body: push.device('olive-phone') });
    await helper.as('POST', PATH, { body: push.device('hank-phone') });
    const id = await remindNow(server, owner.id, 'Take out the bins', {
      list_id: list.body.id,
      assignee_id: helper.id,
    });
    await until(() => push.messages.some((m) => m.json.task?.id === id), "the assignee's push");
    await new Promise((r) => setTimeout(r, 600));
    expect(push.messages.filter((m) => m.json.task?.id === id).map((m) => m.device)).toEqual(['hank-phone']);
    // Being assigned it is an inbox notification, pushed to the assignee too (notifications-delivery).
    expect(
      push.messages
        .filter((m) => m.json.type === 'notification')
        .map((m) => [m.device, m.json.notification.text]),
    ).toEqual([['hank-phone', 'Olive assigned you “Take out the bins”']]);
  });

  it('deleting the account deletes its devices', async () => {
    const email = `leaver.${Date.now()}@example.com`;
    const up = await server.request('POST', '/api/auth/sign-up/email', {
      body: { name: 'Leaver', email, password: 'correct horse battery staple' },
      headers: { origin: 'http://localhost:3000' },
    });
    const call = server.as(up.body.user.id);
    await call('POST', PATH, { body: push.device('leaver-phone') });
    const before = await count(`select count(*)::int as n from push_subscriptions where user_id = $1`, [
      up.body.user.id,
    ]);
    expect(before).toBe(1);
    expect(
      (await call('DELETE', '/api/me', { body: { password: 'correct horse battery staple' } })).status,
    ).toBe(204);
    expect(
      await count(`select count(*)::int as n from push_subscriptions where user_id = $1`, [up.body.user.id]),
    ).toBe(0);
  });
});

describe('several instances', () => {
  it('two instances on one database send each reminder to each device exactly once, with one key', async () => {
    const { a, b, drop } = await twoHandles();
    const one = await startTestServer({ database: a, env: FAST });
    const two = await startTestServer({ database: b, env: FAST });
    try {
      const keyOne = (await one.as('race')('GET', PATH)).body.vapid_public_key;
      const keyTwo = (await two.as('race')('GET', PATH)).body.vapid_public_key;
      expect(keyTwo).toBe(keyOne);
      await one.as('race')('POST', PATH, { body: push.device('race-a') });
      await two.as('race')('POST', PATH, { body: push.device('race-b') });
      const ids: number[] = [];
      for (let i = 0; i < 20; i++) ids.push(await remindNow(one, 'race', `Race ${i}`));
      const ours = () =>
        push.messages.filter((m) => m.device.startsWith('race-') && ids.includes(m.json.task.id));
      await until(() => ours().length >= 40, 'forty pushes', 20_000);
      await new Promise((r) => setTimeout(r, 800));
      const seen = ours().map((m) => `${m.device}:${m.json.task.id}`);
      expect(seen).toHaveLength(40);
      expect(new Set(seen).size).toBe(40);
      expect(ours().every((m) => m.vapidKey === keyOne)).toBe(true);
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  });
});
