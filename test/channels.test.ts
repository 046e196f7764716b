// The reminder channels chosen per user: in the app, push, email. Each is on or
// off on its own in the settings API; bad input changes nothing; a channel turned off gets nothing
// while the others still deliver; a failing push service never holds up the email or the in-app
// event; turning push off cancels the pushes not yet sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { until } from './support/live.js';
import { pushService } from './support/push-service.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';

const ENV = {
  REMINDER_POLL_SECONDS: '0.2',
  PUSH_POLL_SECONDS: '0.2',
  PUSH_ALLOW_PRIVATE: 'true',
  PUSH_RETRY_SECONDS: '0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3',
  VAPID_SUBJECT: 'mailto:ops@example.com',
  MAIL_POLL_SECONDS: '0.2',
  MAIL_FROM: 'Doable <doable@example.com>',
};

let smtp: TestSmtp;
let push: Awaited<ReturnType<typeof pushService>>;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtp();
  push = await pushService();
  server = await startTestServer({ env: { ...ENV, SMTP_URL: smtp.url } });
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await smtp?.close();
});

let counter = 0;
/** An account with an address (for email) and a push device named after it. */
async function person(name: string) {
  const email = `${name}.${Date.now()}.${counter++}@example.com`;
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  const id = up.body.user.id as string;
  const call = server.as(id);
  const device = `${name}-${counter}`;
  expect((await call('POST', '/api/me/push-subscriptions', { body: push.device(device) })).status).toBe(201);
  return { id, email, device, call };
}

async function remindNow(call: ReturnType<TestServer['as']>, title: string) {
  const { status, body } = await call('POST', '/api/me/tasks', {
    body: {
      title,
      due_at: new Date(Date.now() + 3_600_000).toISOString(),
      reminders: [{ minutes_before: 5 }],
    },
  });
  expect(status).toBe(201);
  await rawQuery(
    server.database.db,
    `update task_reminders set fire_at = now() - interval '1 second' where task_id = $1 and sent_at is null`,
    [body.id],
  );
  return body.id as number;
}

const pushesOf = (id: number) => push.messages.filter((m) => m.json.task.id === id);
const mailsOf = (title: string) => smtp.received.filter((m) => m.subject === `Reminder: ${title}`);
const reminderEvents = async (taskId: number) =>
  (
    await rawQuery<{ n: number }>(
      server.database.db,
      `select count(*)::int as n from task_events where task_id = $1 and type = 'reminder'`,
      [taskId],
    )
  )[0]!.n;

describe('the reminder channels in the settings API', () => {
  it('are in-app and push on, email off by default; each changes alone', async () => {
    const call = server.as('channels-defaults');
    const got = await call('GET', '/api/me/settings');
    expect(got.body).toMatchObject({ in_app_reminders: true, push_reminders: true, email_reminders: false });
    const off = await call('PATCH', '/api/me/settings', { body: { in_app_reminders: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ in_app_reminders: false, push_reminders: true, email_reminders: false });
    const all = await call('PATCH', '/api/me/settings', {
      body: { push_reminders: false, email_reminders: true },
    });
    expect(all.body).toMatchObject({ in_app_reminders: false, push_reminders: false, email_reminders: true });
    // Another user's settings are their own.
    expect((await server.as('channels-other')('GET', '/api/me/settings')).body).toMatchObject({
      in_app_reminders: true,
      push_reminders: true,
    });
  });

  it('refuses anything but a boolean with a problem naming the field, and changes nothing', async () => {
    const call = server.as('channels-bad');
    const before = (await call('GET', '/api/me/settings')).body;
    const cases: [string, unknown][] = [
      ['in_app_reminders', 'false'],
      ['in_app_reminders', 0],
      ['in_app_reminders', null],
      ['push_reminders', 'off'],
      ['push_reminders', [true]],
      ['push_reminders', { on: true }],
    ];
    for (const [field, value] of cases) {
      // Sent with a valid change beside it: the whole request is refused, not half applied.
      const res = await call('PATCH', '/api/me/settings', {
        body: { email_reminders: true, [field]: value },
      });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expectProblem(
      await call('PATCH', '/api/me/settings', { body: { sms_reminders: true } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await call('GET', '/api/me/settings')).body).toEqual(before);
  });
});

describe('delivery by channel', () => {
  it('a channel turned off gets nothing; the others still deliver, and the reminder is listed', async () => {
    const noPush = await person('nopush');
    await noPush.call('PATCH', '/api/me/settings', {
      body: { push_reminders: false, email_reminders: true },
    });
    const noInApp = await person('noinapp');
    await noInApp.call('PATCH', '/api/me/settings', { body: { in_app_reminders: false } });

    const a = await remindNow(noPush.call, 'No push for me');
    const b = await remindNow(noInApp.call, 'Pushed, not in the app');
    await until(() => mailsOf('No push for me').length === 1, 'the email of the push-less reminder');
    await until(() => pushesOf(b).length === 1, 'the push of the in-app-less reminder');
    await new Promise((r) => setTimeout(r, 800));
    expect(pushesOf(a)).toEqual([]);
    expect(mailsOf('Pushed, not in the app')).toEqual([]);
    // The in-app channel decides what the web app announces; the reminder still fired and is listed.
    expect(await reminderEvents(a)).toBe(1);
    expect(await reminderEvents(b)).toBe(1);
    const listed = await noInApp.call('GET', '/api/me/reminders?state=sent');
    expect(listed.body.reminders.map((r: { task_id: number }) => r.task_id)).toContain(b);
  });

  it('a failing push service never holds up the email or the in-app event', async () => {
    const both = await person('failing');
    await both.call('PATCH', '/api/me/settings', { body: { email_reminders: true } });
    push.answer(both.device, 500, 500, 500, 500, 500);
    const id = await remindNow(both.call, 'Push is down');
    await until(() => mailsOf('Push is down').length === 1, 'the email while push fails');
    expect(await reminderEvents(id)).toBe(1);
    expect(pushesOf(id)).toEqual([]);
    // The push follows once its service recovers: once.
    await until(() => pushesOf(id).length === 1, 'the push after its retries', 15_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(pushesOf(id)).toHaveLength(1);
    expect(mailsOf('Push is down')).toHaveLength(1);
  }, 30_000);

  it('turning push off cancels the pushes not yet sent, and sends later ones nowhere', async () => {
    const p = await person('cancel');
    push.answer(p.device, 503, 503, 503, 503, 503, 503, 503, 503);
    const id = await remindNow(p.call, 'Cancel me');
    await until(async () => {
      const [row] = await rawQuery<{ attempts: number }>(
        server.database.db,
        `select d.attempts from push_deliveries d join task_events e on e.id = d.event_id where e.task_id = $1`,
        [id],
      );
      return Number(row?.attempts ?? 0) >= 1;
    }, 'a first failed push');
    const off = await p.call('PATCH', '/api/me/settings', { body: { push_reminders: false } });
    expect(off.body.push_reminders).toBe(false);
    const rows = await rawQuery<{ status: string }>(
      server.database.db,
      `select d.status from push_deliveries d join task_events e on e.id = d.event_id where e.task_id = $1`,
      [id],
    );
    // Cancelled, unless an attempt leased before the change is just now recording its outcome.
    expect(rows.map((r) => r.status)).toEqual(['cancelled']);
    const later = await remindNow(p.call, 'Never pushed');
    await until(async () => (await reminderEvents(later)) === 1, 'the later reminder');
    await new Promise((r) => setTimeout(r, 800));
    expect(pushesOf(id)).toEqual([]);
    expect(pushesOf(later)).toEqual([]);
  });
});
