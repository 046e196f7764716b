import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { receiver, twoHandles, until } from './support/live.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { SMTP_PASSWORD, startSmtp, type TestSmtp } from './support/smtp.js';

const ORIGIN = { origin: TEST_APP_URL };
const FROM = 'Doable <doable@example.com>';
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

let smtp: TestSmtp;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const post = (on: TestServer, p: string, body: unknown, headers: Record<string, string> = {}) =>
  on.request('POST', p, { body, headers: { ...ORIGIN, ...headers } });

async function signUp(on: TestServer, name: string, password = 'correct horse battery') {
  const email = uniqueEmail(name);
  const up = await post(on, '/api/auth/sign-up/email', { email, password, name });
  expect(up.status).toBe(200);
  return { email, password };
}

const signIn = (on: TestServer, email: string, password: string) =>
  post(on, '/api/auth/sign-in/email', { email, password });

/** The next email to `to` (waiting for it). */
async function mailTo(to: string, ms = 10_000) {
  await until(() => smtp.received.some((m) => m.to.includes(to)), `an email to ${to}`, ms);
  return smtp.received.filter((m) => m.to.includes(to));
}

/** Fast workers: reminders, webhooks and mail every 0.2 s; failed sends retried after 0.3 s. */
const FAST = {
  REMINDER_POLL_SECONDS: '0.2',
  WEBHOOK_POLL_SECONDS: '0.2',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  MAIL_POLL_SECONDS: '0.2',
  MAIL_RETRY_SECONDS: '0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3',
};

/** An account (signed up over HTTP, so it has an address) and its id for token calls. */
async function account(on: TestServer, name: string) {
  const { email, password } = await signUp(on, name);
  const inn = await signIn(on, email, password);
  return { email, id: inn.body.user.id as string };
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('the email choices in the settings API', () => {
  it('are off by default, change with PATCH, and say whether the server sends email', async () => {
    const call = server.as('settings-mail-user');
    const got = await call('GET', '/api/me/settings');
    expect(got.body).toEqual({
      time_zone: 'UTC',
      in_app_reminders: true,
      push_reminders: true,
      email_reminders: false,
      email_agenda: false,
      agenda_time: '08:00',
      date_order: 'mdy',
      language: null,
      email_available: true,
    });
    const changed = await call('PATCH', '/api/me/settings', {
      body: { email_reminders: true, email_agenda: true, agenda_time: '07:30' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email_reminders: true, email_agenda: true, agenda_time: '07:30' });
    const zone = await call('PATCH', '/api/me/settings', { body: { time_zone: 'Europe/Paris' } });
    expect(zone.body).toMatchObject({
      time_zone: 'Europe/Paris',
      email_reminders: true,
      agenda_time: '07:30',
    });
    for (const agenda_time of ['7:30', '24:00', '07:60', 'noon']) {
      const bad = await call('PATCH', '/api/me/settings', { body: { agenda_time } });
      expectProblem(bad, 422, 'VALIDATION_ERROR');
    }
    const plain = await startTestServer();
    try {
      const off = await plain.as('settings-mail-user')('GET', '/api/me/settings');
      expect(off.body.email_available).toBe(false);
    } finally {
      await plain.close();
    }
  });
});

describe('reminder emails', () => {
  it('go out exactly once per reminder with two instances on one database, only to who opted in', async () => {
    const { a, b, drop } = await twoHandles();
    const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST };
    const one = await startTestServer({ database: a, env });
    const two = await startTestServer({ database: b, env });
    try {
      const ann = await account(one, 'ann-reminders');
      const bob = await account(one, 'bob-no-emails');
      const call = one.as(ann.id);
      await call('PATCH', '/api/me/settings', { body: { email_reminders: true } });
      for (let i = 0; i < 8; i++) {
        await call('POST', '/api/me/tasks', {
          body: { title: `Call ${i}`, due_at: inMinutes(60), reminders: [{ minutes_before: 5 }] },
        });
      }
      await one.as(bob.id)('POST', '/api/me/tasks', {
        body: { title: 'Quiet', due_at: inMinutes(60), reminders: [{ minutes_before: 5 }] },
      });
      // Everything comes due at once; both instances race for the reminders and the emails.
      await rawQuery(one.database.db, `update task_reminders set fire_at = now() - interval '1 second'`, []);
      await until(
        () => smtp.received.filter((m) => m.to.includes(ann.email)).length >= 8,
        '8 emails',
        15_000,
      );
      await new Promise((r) => setTimeout(r, 1000));
      const mails = smtp.received.filter((m) => m.to.includes(ann.email));
      expect(mails.map((m) => m.subject).sort()).toEqual(
        [...Array(8).keys()].map((i) => `Reminder: Call ${i}`),
      );
      expect(mails[0]!.text).toContain('Open Doable: http://localhost:3000/');
      expect(smtp.received.some((m) => m.to.includes(bob.email))).toBe(false);
      const rows = await rawQuery<{ status: string; attempts: number }>(
        one.database.db,
        'select status, attempts from email_outbox',
        [],
      );
      expect(rows.map((r) => [r.status, Number(r.attempts)])).toEqual(Array(8).fill(['sent', 1]));
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  }, 60_000);
});

/** The calendar day of an instant in a zone, YYYY-MM-DD. */
const dayIn = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
const timeIn = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );

describe('the daily agenda', () => {
  it('is due at the chosen local time, goes out once for the day, and lists today and overdue', async () => {
    const zone = 'Asia/Tokyo';
    const { a, b, drop } = await twoHandles();
    const env = { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST };
    const one = await startTestServer({ database: a, env });
    const two = await startTestServer({ database: b, env });
    try {
      const cat = await account(one, 'cat-agenda');
      const call = one.as(cat.id);
      await call('PATCH', '/api/me/settings', {
        body: { time_zone: zone, email_agenda: true, agenda_time: '07:30' },
      });
      const nextAt = async () => {
        const [row] = await rawQuery<{ at: Date | string | null }>(
          one.database.db,
          'select agenda_next_at as at from user_settings where user_id = $1',
          [cat.id],
        );
        return row!.at === null ? null : new Date(row!.at).getTime();
      };
      // Armed for the next 07:30 in Tokyo.
      const armed = (await nextAt())!;
      expect(timeIn(armed, zone)).toBe('07:30');
      expect(armed).toBeGreaterThan(Date.now());
      expect(armed - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);

      const today = dayIn(Date.now(), zone);
      const yesterday = dayIn(Date.now() - 24 * 3_600_000, zone);
      const tomorrow = dayIn(Date.now() + 24 * 3_600_000, zone);
      await call('POST', '/api/me/tasks', { body: { title: 'Dentist today', due_date: today } });
      await call('POST', '/api/me/tasks', { body: { title: 'Taxes overdue', due_date: yesterday } });
      await call('POST', '/api/me/tasks', { body: { title: 'Later tomorrow', due_date: tomorrow } });
      await call('POST', '/api/me/tasks', {
        body: { title: 'Done already', due_date: today, completed: true },
      });

      // Its time comes (as the reminder suites do: the stored moment moves into the past).
      await rawQuery(
        one.database.db,
        `update user_settings set agenda_next_at = now() - interval '1 second'`,
        [],
      );
      const [mail] = await mailTo(cat.email, 15_000);
      await new Promise((r) => setTimeout(r, 1000));
      expect(smtp.received.filter((m) => m.to.includes(cat.email))).toHaveLength(1);
      // Days as people read them (Intl, en-GB): "Tue 24 Nov".
      const read = (day: string) =>
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'UTC',
          weekday: 'short',
          day: 'numeric',
          month: 'short',
        }).format(new Date(`${day}T00:00:00Z`));
      expect(mail!.subject).toBe(`Your agenda for ${read(today)}: 1 task today`);
      expect(mail!.text).toContain('Today:\n- Dentist today');
      expect(mail!.text).toContain(`Overdue:\n- Taxes overdue (due ${read(yesterday)})`);
      expect(mail!.text).not.toContain('Later tomorrow');
      expect(mail!.text).not.toContain('Done already');
      // The next one is tomorrow's 07:30 in Tokyo.
      const next = (await nextAt())!;
      expect(timeIn(next, zone)).toBe('07:30');
      expect(next).toBeGreaterThan(Date.now());

      // Turned off, nothing is armed.
      await call('PATCH', '/api/me/settings', { body: { email_agenda: false } });
      expect(await nextAt()).toBeNull();
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  }, 60_000);
});

describe('an SMTP outage', () => {
  it('is retried until the server takes the email, without holding up webhooks or in-app events', async () => {
    const hook = await receiver();
    const local = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST } });
    try {
      const dan = await account(local, 'dan-outage');
      const call = local.as(dan.id);
      await call('PATCH', '/api/me/settings', { body: { email_reminders: true } });
      expect(
        (await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['reminder'] } })).status,
      ).toBe(201);
      smtp.failing = true;
      const refusedBefore = smtp.refused;
      const { body: task } = await call('POST', '/api/me/tasks', {
        body: { title: 'Pay rent', due_at: inMinutes(60), reminders: [{ minutes_before: 5 }] },
      });
      await rawQuery(
        local.database.db,
        `update task_reminders set fire_at = now() - interval '1 second'`,
        [],
      );
      // The webhook and the in-app event arrive while every send is refused.
      await until(() => hook.hits.some((h) => h.json.type === 'reminder'), 'the reminder webhook');
      const [inApp] = await rawQuery<{ n: number }>(
        local.database.db,
        `select count(*)::int as n from task_events where type = 'reminder' and user_id = $1`,
        [dan.id],
      );
      expect(Number(inApp!.n)).toBe(1);
      await until(() => smtp.refused >= refusedBefore + 2, 'two refused sends');
      const [row] = await rawQuery<{ status: string; last_error: string }>(
        local.database.db,
        'select status, last_error from email_outbox',
        [],
      );
      expect(row!.status).toBe('pending');
      expect(row!.last_error).toContain('451');
      expect(row!.last_error).not.toContain(SMTP_PASSWORD);
      expect(smtp.received.some((m) => m.to.includes(dan.email))).toBe(false);
      // Operators see the email queue in /metrics.
      const metrics = await local.request('GET', '/metrics');
      expect(metrics.text).toMatch(/^doable_email_outbox_pending 1$/m);

      smtp.failing = false;
      const [mail] = await mailTo(dan.email);
      expect(mail!.subject).toBe('Reminder: Pay rent');
      await new Promise((r) => setTimeout(r, 700));
      expect(smtp.received.filter((m) => m.to.includes(dan.email))).toHaveLength(1);
      const [after] = await rawQuery<{ status: string; attempts: number }>(
        local.database.db,
        'select status, attempts from email_outbox',
        [],
      );
      expect(after!.status).toBe('sent');
      expect(Number(after!.attempts)).toBeGreaterThanOrEqual(3);
      expect(task.id).toBeGreaterThan(0);
    } finally {
      smtp.failing = false;
      await local.close();
      await hook.close();
    }
  }, 60_000);
});

describe('reminder emails in HTML', () => {
  it('are multipart: the text, and simple HTML with everything from the task escaped', async () => {
    const local = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST } });
    try {
      const eve = await account(local, 'html-reminders');
      const call = local.as(eve.id);
      await call('PATCH', '/api/me/settings', { body: { email_reminders: true } });
      const title = '<b>Fish & "chips"</b>';
      await call('POST', '/api/me/tasks', {
        body: {
          title,
          description: '<script>alert(1)</script>\nsecond line\n\n<img src=x onerror=alert(2)>',
          due_at: inMinutes(60),
          reminders: [{ minutes_before: 5 }],
        },
      });
      await rawQuery(
        local.database.db,
        `update task_reminders set fire_at = now() - interval '1 second'`,
        [],
      );
      const [mail] = await mailTo(eve.email);
      expect(mail!.parts).toEqual(['text/plain', 'text/html']);
      expect(mail!.text).toContain(`Reminder: ${title}`);
      expect(mail!.text).toContain('<script>alert(1)</script>');
      const html = mail!.html!;
      expect(html).toContain('&lt;b&gt;Fish &amp; &quot;chips&quot;&lt;/b&gt;');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>second line');
      expect(html).toContain('<p>&lt;img src=x onerror=alert(2)&gt;</p>');
      expect(html).toContain('<a href="http://localhost:3000/">Open Doable</a>');
      expect(html).not.toMatch(/<script|<img|<b>/i);
    } finally {
      await local.close();
    }
  }, 60_000);
});
