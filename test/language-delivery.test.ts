// What reaches people outside the app is in the recipient's language (user_settings.language,
// server/platform/i18n): an Urdu account gets its password reset email, reminder email, daily
// agenda, inbox notifications by email and push, and reminder pushes in Urdu, dates and times in
// the Urdu locale and its own zone; an English account beside it gets the English texts as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { until } from './support/live.js';
import { join, ok, type Person, person } from './support/people.js';
import { pushService } from './support/push-service.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { linkIn, startSmtp, type TestSmtp } from './support/smtp.js';

let server: TestServer;
let push: Awaited<ReturnType<typeof pushService>>;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  push = await pushService();
  server = await startTestServer({
    env: {
      REMINDER_POLL_SECONDS: '0.2',
      PUSH_POLL_SECONDS: '0.2',
      PUSH_ALLOW_PRIVATE: 'true',
      VAPID_SUBJECT: 'mailto:ops@example.com',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Doable <doable@example.com>',
      MAIL_POLL_SECONDS: '0.2',
    },
  });
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await smtp?.close();
});

const ORIGIN = { origin: TEST_APP_URL };
const ZONE = 'Asia/Karachi';

/**
 * A subject without its spaces: the test server's decoder may put a space between RFC 2047 encoded
 * words, and a long Urdu subject is several.
 */
const flat = (text: string) => text.replace(/\s+/g, '');
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
async function mailTo(email: string, match: (subject: string) => boolean, what: string) {
  await until(() => mailsTo(email).some((m) => match(flat(m.subject))), what, 15_000);
  return mailsTo(email).find((m) => match(flat(m.subject)))!;
}

/** An account reading Doable in `language`, in Karachi's zone, with reminder emails on and a device. */
async function reader(name: string, language: 'ur' | 'en'): Promise<Person> {
  const who = await person(server, name);
  await ok(
    who.as('PATCH', '/api/me/settings', {
      body: { language, time_zone: ZONE, email_reminders: true },
    }),
  );
  await ok(who.as('POST', '/api/me/push-subscriptions', { body: push.device(`${name}-phone`) }), 201);
  return who;
}

/** A task due at `dueAt` whose reminder fires now; its id. */
async function remindNow(who: Person, title: string, dueAt: string): Promise<number> {
  const task = await ok(
    who.as('POST', '/api/me/tasks', { body: { title, due_at: dueAt, reminders: [{ minutes_before: 5 }] } }),
    201,
  );
  await rawQuery(
    server.database.db,
    `update task_reminders set fire_at = now() - interval '1 second' where task_id = $1 and sent_at is null`,
    [task.id],
  );
  return task.id;
}

const dueAt = new Date(Date.now() + 26 * 3_600_000);
dueAt.setUTCMinutes(0, 0, 0);
const urduTime = new Intl.DateTimeFormat('ur', {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
}).format(dueAt);
const englishTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
}).format(dueAt);

describe('account emails', () => {
  it('a password reset link reaches an account signed up from an Urdu browser in Urdu', async () => {
    const email = `urdu.reset.${Date.now()}@example.com`;
    const up = await server.request('POST', '/api/auth/sign-up/email', {
      body: { email, password: 'correct horse battery', name: 'Ayesha' },
      headers: { ...ORIGIN, 'accept-language': 'ur-PK,ur;q=0.9,en;q=0.8' },
    });
    expect(up.status, up.text).toBe(200);
    const asked = await server.request('POST', '/api/auth/request-password-reset', {
      body: { email },
      headers: ORIGIN,
    });
    expect(asked.status).toBe(200);
    const mail = await mailTo(email, () => true, 'the reset email');
    expect(flat(mail.subject)).toBe(flat('اپنے Doable اکاؤنٹ کا نیا پاس ورڈ رکھیں'));
    expect(mail.text).toContain('نیا پاس ورڈ یہاں چنیں (یہ لنک ایک ہی بار اور ایک گھنٹے تک چلے گا):');
    expect(mail.text.replace(linkIn(mail), '')).not.toMatch(/password|ignore/i);
    expect(new URL(linkIn(mail)).pathname).toBe('/reset-password');
  });
});

describe('reminders', () => {
  it('by email and push in the recipient’s language, the due moment in its locale and zone', async () => {
    const ayesha = await reader('ayesha-reminded', 'ur');
    const emma = await reader('emma-reminded', 'en');
    const urdu = await remindNow(ayesha, 'دوا لینی ہے', dueAt.toISOString());
    const english = await remindNow(emma, 'Take the pills', dueAt.toISOString());

    const mail = await mailTo(ayesha.email, (s) => s.includes('دوا'), 'the Urdu reminder email');
    expect(flat(mail.subject)).toBe(flat('یاد دہانی: دوا لینی ہے'));
    expect(mail.text.split('\n').slice(0, 2)).toEqual(['یاد دہانی: دوا لینی ہے', `آخری تاریخ ${urduTime}`]);
    expect(mail.text).toContain(
      'یہ ای میل آپ کو اس لیے ملی کہ ترتیبات ← اطلاعات میں یاد دہانی کی ای میلیں چالو ہیں۔',
    );
    expect(mail.html).toContain('<html lang="ur" dir="rtl">');
    expect(mail.html).toContain('>Doable کھولیں</a>');
    // Urdu month and day names, not English ones.
    expect(urduTime).toMatch(/[\u0600-\u06ff]/);

    const englishMail = await mailTo(emma.email, (s) => s.includes('pills'), 'the English reminder email');
    expect(flat(englishMail.subject)).toBe(flat('Reminder: Take the pills'));
    expect(englishMail.text.split('\n').slice(0, 2)).toEqual([
      'Reminder: Take the pills',
      `Due ${englishTime}`,
    ]);
    expect(englishMail.html).toContain('<html lang="en" dir="ltr">');

    await until(
      () =>
        push.messages.some((m) => m.json.task?.id === urdu) &&
        push.messages.some((m) => m.json.task?.id === english),
      'both reminder pushes',
    );
    const urduPush = push.messages.find((m) => m.json.task?.id === urdu)!;
    expect(urduPush.device).toBe('ayesha-reminded-phone');
    expect(urduPush.json).toMatchObject({
      type: 'reminder',
      lang: 'ur',
      task: { id: urdu, title: 'دوا لینی ہے' },
      texts: {
        body: `آخری تاریخ ${urduTime}`,
        complete: 'مکمل کریں',
        snooze: '10 منٹ بعد یاد دلائیں',
        complete_failed: 'یہاں سے مکمل نہیں ہو سکا۔ Doable کھولیں۔',
        snooze_failed: 'یہاں سے مؤخر نہیں ہو سکا۔ Doable کھولیں۔',
      },
    });
    const englishPush = push.messages.find((m) => m.json.task?.id === english)!;
    expect(englishPush.json).toMatchObject({
      lang: 'en',
      texts: { body: `Due ${englishTime}`, complete: 'Complete', snooze: 'Snooze 10 min' },
    });
    expect(push.refused).toEqual([]);
  });

  it('the daily agenda in Urdu, its day in the Urdu locale and the count by Urdu plural rules', async () => {
    const ayesha = await reader('ayesha-agenda', 'ur');
    await ok(ayesha.as('PATCH', '/api/me/settings', { body: { email_agenda: true } }));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(
      new Date(Date.now() - 86_400_000),
    );
    await ok(ayesha.as('POST', '/api/me/tasks', { body: { title: 'سبزی لانی ہے', due_date: today } }), 201);
    await ok(
      ayesha.as('POST', '/api/me/tasks', { body: { title: 'بل جمع کرانا', due_date: yesterday } }),
      201,
    );
    await rawQuery(
      server.database.db,
      `update user_settings set agenda_next_at = now() - interval '1 second' where user_id = $1`,
      [ayesha.id],
    );
    const day = (d: string) =>
      new Intl.DateTimeFormat('ur', {
        timeZone: 'UTC',
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }).format(new Date(`${d}T00:00:00Z`));
    const mail = await mailTo(ayesha.email, (s) => s.includes('آپکےکام'), 'the Urdu agenda');
    expect(flat(mail.subject)).toBe(flat(`${day(today)} کے لیے آپ کے کام: آج 1 کام`));
    expect(mail.text).toContain('آج:\n- سبزی لانی ہے');
    expect(mail.text).toContain(`جن کی تاریخ گزر گئی:\n- بل جمع کرانا (آخری تاریخ ${day(yesterday)})`);
  });
});

describe('inbox notifications', () => {
  it('a comment and a join reach an Urdu owner by push and email in Urdu, and an English member in English', async () => {
    const ayesha = await reader('ayesha-owner', 'ur');
    const bilal = await reader('bilal-member', 'en');
    const list = await ok(ayesha.as('POST', '/api/me/lists', { body: { name: 'گھر' } }), 201);
    await join(ayesha, list.id, bilal, 'editor');
    const task = await ok(
      ayesha.as('POST', '/api/me/tasks', { body: { title: 'پودوں کو پانی', list_id: list.id } }),
      201,
    );
    await ok(bilal.as('POST', `/api/me/tasks/${task.id}/comments`, { body: { body: 'آدھا ہو گیا' } }), 201);
    await ok(ayesha.as('POST', `/api/me/tasks/${task.id}/comments`, { body: { body: 'Thanks!' } }), 201);

    const inbox = (who: Person, kind: string) =>
      push.messages.find((m) => m.device === `${who.name}-phone` && m.json.notification?.kind === kind);
    await until(
      () => Boolean(inbox(ayesha, 'comment') && inbox(ayesha, 'joined') && inbox(bilal, 'comment')),
      'the comment and join pushes',
    );
    expect(inbox(ayesha, 'comment')!.json).toMatchObject({
      lang: 'ur',
      notification: { text: 'bilal-member نے “پودوں کو پانی” پر تبصرہ کیا', excerpt: 'آدھا ہو گیا' },
    });
    expect(inbox(ayesha, 'joined')!.json.notification.text).toBe(
      'bilal-member آپ کی فہرست “گھر” میں شامل ہو گئے',
    );
    expect(inbox(bilal, 'comment')!.json).toMatchObject({
      lang: 'en',
      notification: { text: 'ayesha-owner commented on “پودوں کو پانی”' },
    });
    const mail = await mailTo(ayesha.email, (s) => s.includes('تبصرہ'), 'the Urdu comment email');
    expect(mail.text.split('\n')[0]).toBe('bilal-member نے “پودوں کو پانی” پر تبصرہ کیا');
    expect(mail.text).toContain(`کھولیں: ${TEST_APP_URL}/?task=${task.id}`);
    expect(mail.html).toContain('>Doable میں کھولیں</a>');
  });
});
