// Cutting access cuts everything at once (docs/accounts.md): one account's credentials (a session
// cookie, a JWT of that session, an API key that is also its app password) open every kind of
// channel (event streams, MCP, CalDAV, a calendar feed, a webhook, push), then each way of ending
// access (an administrator disabling the account, revoking the key, signing the session out, a
// password change, a password reset, removal from a list) ends what it should within a second,
// and leaves the rest; across two instances on one database too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { basic } from './support/caldav.js';
import { receiver, sleep, twoHandles, until } from './support/live.js';
import { ok, type Person, person, sessionCookie } from './support/people.js';
import { pushService } from './support/push-service.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { linkIn, startSmtp, type TestSmtp } from './support/smtp.js';

const PASSWORD = 'correct horse battery staple';
const ORIGIN = { origin: TEST_APP_URL };
const ENV = {
  REMINDER_POLL_SECONDS: '0.2',
  PUSH_POLL_SECONDS: '0.2',
  PUSH_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_SECONDS: '0.2',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  VAPID_SUBJECT: 'mailto:ops@example.com',
  MAIL_FROM: 'Doable <doable@example.com>',
};
/** What "at once" means here: a channel ends within this long of the answer to the cut. */
const AT_ONCE_MS = 1000;

let smtp: TestSmtp;
let server: TestServer;
let admin: Person;
let push: Awaited<ReturnType<typeof pushService>>;
let hooks: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ env: { ...ENV, SMTP_URL: smtp.url } });
  admin = await person(server, 'Root'); // the first account: the administrator
  push = await pushService();
  hooks = await receiver();
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await hooks?.close();
  await smtp?.close();
});

/** An open SSE stream: `ended` is when the server ended it (undefined while it is open). */
async function openStream(on: TestServer, headers: Record<string, string>, path = '/api/me/events') {
  const controller = new AbortController();
  const res = await fetch(on.url + path, { headers, signal: controller.signal });
  expect(res.status, path).toBe(200);
  const state: { ended?: number } = {};
  const reader = res.body!.getReader();
  const reading = (async () => {
    try {
      for (;;) if ((await reader.read()).done) break;
      state.ended = Date.now();
    } catch {
      // aborted by the test
    }
  })();
  return {
    state,
    /** Waits (at most `ms`) for the server to end it: how long after `since` it ended. */
    endedWithin: async (since: number, ms = 5000) => {
      await until(() => state.ended !== undefined, `the stream ${path} to end`, ms);
      return state.ended! - since;
    },
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

/** A signed-in account with every door: a session cookie, that session's JWT, a key for API and CalDAV. */
async function signedIn(who: Person, on: TestServer = server) {
  const cookie = await sessionCookie(on, who.email, PASSWORD);
  const withCookie = { cookie, ...ORIGIN };
  const jwt = (await ok(on.request('GET', '/api/auth/token', { headers: withCookie }))).token as string;
  const created = await ok(
    on.request('POST', '/api/me/api-keys', {
      headers: withCookie,
      body: { name: 'phone and scripts', scopes: ['api', 'caldav'] },
    }),
    201,
  );
  const sessions = await ok(on.request('GET', '/api/me/sessions', { headers: withCookie }));
  const sessionId = sessions.sessions.find((s: { current: boolean }) => s.current).id as string;
  return {
    cookie,
    withCookie,
    sessionId,
    keyId: created.id as number,
    doors: {
      session: { cookie },
      jwt: { authorization: `Bearer ${jwt}` },
      key: { 'x-api-key': created.key as string },
    } as Record<'session' | 'jwt' | 'key', Record<string, string>>,
    appPassword: basic(who.email, created.key as string),
  };
}

type Creds = Awaited<ReturnType<typeof signedIn>>;

/** MCP's answer to `initialize` through these headers (200 when they open it). */
const mcp = (on: TestServer, headers: Record<string, string>) =>
  on.request('POST', '/mcp', {
    headers: { accept: 'application/json, text/event-stream', ...ORIGIN, ...headers },
    body: {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 'cuts', version: '1' } },
    },
  });

const caldav = (on: TestServer, auth: string) =>
  on.request('PROPFIND', '/dav/', { headers: { authorization: auth, depth: '0' } });

async function feedOf(creds: Creds) {
  const feed = await ok(
    server.request('POST', '/api/me/calendar-feeds', { headers: creds.withCookie, body: {} }),
    201,
  );
  const path = new URL(feed.url).pathname;
  return () => server.request('GET', path);
}

/** The account's three event streams, one through each door. */
async function streams(creds: Creds, on: TestServer = server) {
  return {
    session: await openStream(on, creds.doors.session),
    jwt: await openStream(on, creds.doors.jwt),
    key: await openStream(on, creds.doors.key),
  };
}

/** Every stream ended within a second of `at`; MCP through every door and CalDAV refused. */
async function expectEverythingCut(
  creds: Creds,
  open: Awaited<ReturnType<typeof streams>>,
  at: number,
): Promise<void> {
  for (const [door, stream] of Object.entries(open)) {
    expect(await stream.endedWithin(at), `the ${door} stream`).toBeLessThan(AT_ONCE_MS);
  }
  for (const door of Object.values(creds.doors)) expect((await mcp(server, door)).status).toBe(401);
  expect((await caldav(server, creds.appPassword)).status).toBe(401);
}

async function closeAll(open: Record<string, { close: () => Promise<void> }>) {
  for (const s of Object.values(open)) await s.close();
}

/** A task of `who` whose reminder fires now (the scheduler's round is 0.2 s). */
async function remindNow(who: Person, title: string): Promise<number> {
  const task = await ok(
    who.as('POST', '/api/me/tasks', {
      body: {
        title,
        due_at: new Date(Date.now() + 3_600_000).toISOString(),
        reminders: [{ minutes_before: 5 }],
      },
    }),
    201,
  );
  return task.id;
}
const fireReminderOf = (taskId: number) =>
  rawQuery(
    server.database.db,
    `update task_reminders set fire_at = now() - interval '1 second' where task_id = $1 and sent_at is null`,
    [taskId],
  );

describe('an administrator disables an account', () => {
  it('ends its streams through every door, refuses MCP, CalDAV and its feed, and sends it no webhook or push', async () => {
    const alice = await person(server, 'Alice');
    const creds = await signedIn(alice);
    const open = await streams(creds);
    for (const door of Object.values(creds.doors)) expect((await mcp(server, door)).status).toBe(200);
    expect((await caldav(server, creds.appPassword)).status).toBe(207);
    const feed = await feedOf(creds);
    expect((await feed()).status).toBe(200);
    const hook = await ok(
      alice.as('POST', '/api/me/webhooks', { body: { url: hooks.url, events: ['reminder'] } }),
      201,
    );
    const device = push.device(`alice-${alice.id}`);
    await ok(alice.as('POST', '/api/me/push-subscriptions', { body: device }), 201);
    // Both deliveries work while the account is enabled: a reminder reaches the webhook and the device.
    const before = await remindNow(alice, 'before');
    await fireReminderOf(before);
    await until(
      () => hooks.hits.some((h) => h.json.task_id === before),
      'the webhook to receive the first reminder',
    );
    await until(
      () => push.messages.some((m) => m.json.task?.id === before),
      'the device to receive the first reminder',
    );
    const later = await remindNow(alice, 'later');

    const cut = await server.request('POST', `/api/admin/users/${alice.id}/disable`, {
      headers: { cookie: await sessionCookie(server, admin.email, PASSWORD), ...ORIGIN },
    });
    expect(cut.status, cut.text).toBe(200);
    await expectEverythingCut(creds, open, Date.now());
    expect((await feed()).status).toBe(404);

    // A reminder comes due while it is disabled: recorded, but neither posted nor pushed.
    await fireReminderOf(later);
    const settled = async (table: string) =>
      (
        await rawQuery<{ status: string }>(
          server.database.db,
          `select d.status from ${table} d join task_events e on e.id = d.event_id where e.task_id = $1`,
          [later],
        )
      ).map((r) => r.status);
    await until(
      async () => (await settled('webhook_deliveries')).includes('cancelled'),
      'the webhook delivery',
    );
    await until(async () => (await settled('push_deliveries')).includes('cancelled'), 'the push delivery');
    await sleep(300);
    expect(hooks.hits.some((h) => h.json.task_id === later)).toBe(false);
    expect(push.messages.some((m) => m.json.task?.id === later)).toBe(false);
    expect(hook.id).toBeGreaterThan(0);
    await closeAll(open);
  });
});

describe('revoking an API key', () => {
  it("ends what the key opened and refuses its MCP and CalDAV, leaving the session's streams", async () => {
    const bob = await person(server, 'Bob');
    const creds = await signedIn(bob);
    const open = await streams(creds);
    const revoked = await server.request('DELETE', `/api/me/api-keys/${creds.keyId}`, {
      headers: creds.withCookie,
    });
    expect(revoked.status).toBe(204);
    const at = Date.now();
    expect(await open.key.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    expect((await mcp(server, creds.doors.key)).status).toBe(401);
    expect((await caldav(server, creds.appPassword)).status).toBe(401);
    await sleep(300);
    expect(open.session.state.ended).toBeUndefined();
    expect(open.jwt.state.ended).toBeUndefined();
    expect((await mcp(server, creds.doors.session)).status).toBe(200);
    await closeAll(open);
  });
});

describe('signing a session out', () => {
  it('from Settings (DELETE /api/me/sessions/{id}) ends its cookie and JWT streams, leaving the key and other sessions', async () => {
    const carol = await person(server, 'Carol');
    const creds = await signedIn(carol);
    const other = await sessionCookie(server, carol.email, PASSWORD);
    const open = await streams(creds);
    const otherStream = await openStream(server, { cookie: other });
    const out = await server.request('DELETE', `/api/me/sessions/${creds.sessionId}`, {
      headers: { cookie: other, ...ORIGIN },
    });
    expect(out.status, out.text).toBe(204);
    const at = Date.now();
    expect(await open.session.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    expect(await open.jwt.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    expect((await mcp(server, creds.doors.session)).status).toBe(401);
    expect((await mcp(server, creds.doors.jwt)).status).toBe(401);
    await sleep(300);
    expect(open.key.state.ended).toBeUndefined();
    expect(otherStream.state.ended).toBeUndefined();
    await closeAll({ ...open, otherStream });
  });

  it('with sign-out (POST /api/auth/sign-out) ends its streams too', async () => {
    const dan = await person(server, 'Dan');
    const creds = await signedIn(dan);
    const open = await streams(creds);
    const out = await server.request('POST', '/api/auth/sign-out', { headers: creds.withCookie, body: {} });
    expect(out.status, out.text).toBe(200);
    const at = Date.now();
    expect(await open.session.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    expect(await open.jwt.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    await sleep(300);
    expect(open.key.state.ended).toBeUndefined();
    await closeAll(open);
  });
});

describe('a password change', () => {
  it("ends other sessions' streams; keeps this session's, the key, the app password and the feed", async () => {
    const erin = await person(server, 'Erin');
    const creds = await signedIn(erin);
    const other = await sessionCookie(server, erin.email, PASSWORD);
    const feed = await feedOf(creds);
    const open = await streams(creds);
    const otherStream = await openStream(server, { cookie: other });
    const changed = await server.request('POST', '/api/me/password', {
      headers: creds.withCookie,
      body: { current_password: PASSWORD, new_password: 'another horse battery staple' },
    });
    expect(changed.status, changed.text).toBe(204);
    const at = Date.now();
    expect(await otherStream.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
    await sleep(300);
    expect(open.session.state.ended).toBeUndefined();
    expect(open.jwt.state.ended).toBeUndefined();
    expect(open.key.state.ended).toBeUndefined();
    expect((await mcp(server, creds.doors.key)).status).toBe(200);
    expect((await caldav(server, creds.appPassword)).status).toBe(207);
    expect((await feed()).status).toBe(200);
    await closeAll({ ...open, otherStream });
  });
});

describe('a password reset by email', () => {
  it('ends every stream, revokes the key and app password, and the feed answers 404', async () => {
    const fay = await person(server, 'Fay');
    const creds = await signedIn(fay);
    const feed = await feedOf(creds);
    expect((await feed()).status).toBe(200);
    const open = await streams(creds);
    const asked = await server.request('POST', '/api/auth/request-password-reset', {
      headers: ORIGIN,
      body: { email: fay.email },
    });
    expect(asked.status).toBe(200);
    await until(() => smtp.received.some((m) => m.to.includes(fay.email)), 'the reset email');
    const mail = smtp.received.find((m) => m.to.includes(fay.email))!;
    const token = new URL(linkIn(mail)).searchParams.get('token')!;
    const reset = await server.request('POST', '/api/auth/reset-password', {
      headers: ORIGIN,
      body: { newPassword: 'a brand new password', token },
    });
    expect(reset.status, reset.text).toBe(200);
    await expectEverythingCut(creds, open, Date.now());
    expect((await feed()).status).toBe(404);
    await closeAll(open);
  });
});

describe('removal from a list', () => {
  it("ends the member's stream of that list", async () => {
    const owner = await person(server, 'Gil');
    const member = await person(server, 'Hal');
    const list = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Shared' } }), 201);
    const invitation = await ok(
      owner.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: member.email, role: 'editor' } }),
      202,
    );
    await ok(
      member.as('POST', `/api/me/invitations/${invitation.id}/accept`, {
        body: { token: new URL(invitation.link).hash.slice(1) },
      }),
    );
    const creds = await signedIn(member);
    const listStream = await openStream(server, creds.doors.key, `/api/me/lists/${list.id}/events`);
    const removed = await owner.as('DELETE', `/api/me/lists/${list.id}/members/${member.id}`);
    expect(removed.status, removed.text).toBe(204);
    expect(await listStream.endedWithin(Date.now())).toBeLessThan(AT_ONCE_MS);
    await listStream.close();
  });
});

describe('with two instances on one database', () => {
  it('a cut made on one instance ends the channels open on the other', async () => {
    const { a, b, drop } = await twoHandles();
    const one = await startTestServer({ database: a });
    const two = await startTestServer({ database: b });
    try {
      await person(one, 'First'); // the administrator of this database
      const ivy = await person(one, 'Ivy');
      const creds = await signedIn(ivy, one);
      const open = await streams(creds, two);
      const revoked = await one.request('DELETE', `/api/me/api-keys/${creds.keyId}`, {
        headers: creds.withCookie,
      });
      expect(revoked.status).toBe(204);
      expect(await open.key.endedWithin(Date.now())).toBeLessThan(AT_ONCE_MS);
      const other = await sessionCookie(one, ivy.email, PASSWORD);
      const out = await one.request('DELETE', `/api/me/sessions/${creds.sessionId}`, {
        headers: { cookie: other, ...ORIGIN },
      });
      expect(out.status).toBe(204);
      const at = Date.now();
      expect(await open.session.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
      expect(await open.jwt.endedWithin(at)).toBeLessThan(AT_ONCE_MS);
      await closeAll(open);
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  });
});
