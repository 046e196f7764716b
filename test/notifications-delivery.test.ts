// Inbox notifications delivered outside the app (docs/decisions/0165): by Web Push to each of the
// recipient's devices unless push reminders are off, and by email when reminder emails are on,
// through the reminders' outboxes; never to the actor or anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from './support/live.js';
import { join, ok, type Person, person } from './support/people.js';
import { pushService } from './support/push-service.js';
import { startTestServer, type TestServer } from './support/server.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';

let server: TestServer;
let push: Awaited<ReturnType<typeof pushService>>;
let smtp: TestSmtp;
let alice: Person;
let bob: Person;
let carol: Person;

beforeAll(async () => {
  smtp = await startSmtp();
  push = await pushService();
  server = await startTestServer({
    env: {
      PUSH_POLL_SECONDS: '0.2',
      PUSH_ALLOW_PRIVATE: 'true',
      VAPID_SUBJECT: 'mailto:ops@example.com',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Doable <doable@example.com>',
      MAIL_POLL_SECONDS: '0.2',
    },
  });
  [alice, bob, carol] = [
    await person(server, 'Alice'),
    await person(server, 'Bob'),
    await person(server, 'Carol'),
  ];
});
afterAll(async () => {
  await server?.close();
  await push?.close();
  await smtp?.close();
});

const device = (who: Person, name: string) =>
  ok(who.as('POST', '/api/me/push-subscriptions', { body: push.device(name) }), 201);

describe('notifications by push and email', () => {
  it('reach the recipient’s devices and inbox by the channel settings, never the actor’s', async () => {
    await device(alice, 'alice-phone');
    await device(bob, 'bob-phone');
    await device(carol, 'carol-phone');
    // Alice wants emails too; carol turned push reminders off.
    await ok(alice.as('PATCH', '/api/me/settings', { body: { email_reminders: true } }));
    await ok(
      carol.as('PATCH', '/api/me/settings', { body: { push_reminders: false, email_reminders: false } }),
    );
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Allotment' } }), 201);
    await join(alice, list.id, bob, 'editor');
    await join(alice, list.id, carol, 'editor');
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Water beans', list_id: list.id } }),
      201,
    );
    await ok(
      bob.as('POST', `/api/me/tasks/${task.id}/comments`, { body: { body: 'Done half, @Carol the rest?' } }),
      201,
    );

    // Alice: the joins and the comment, by push and by email.
    await until(
      () => push.messages.filter((m) => m.device === 'alice-phone').length >= 3,
      'three pushes to alice',
    );
    const comment = push.messages.find(
      (m) => m.device === 'alice-phone' && m.json.notification.kind === 'comment',
    )!;
    expect(comment.json).toMatchObject({
      type: 'notification',
      user_id: alice.id,
      notification: {
        kind: 'comment',
        text: 'Bob commented on “Water beans”',
        excerpt: 'Done half, @Carol the rest?',
      },
      url: expect.stringMatching(new RegExp(`/\\?task=${task.id}$`)),
    });
    const joined = push.messages.find(
      (m) => m.device === 'alice-phone' && m.json.notification.kind === 'joined',
    )!;
    expect(joined.json.url).toMatch(new RegExp(`/lists/${list.id}$`));
    expect(comment.headers.topic).toBeUndefined();
    await until(
      () => smtp.received.filter((m) => m.to.includes(alice.email)).length >= 3,
      'three emails to alice',
    );
    const mail = smtp.received.find((m) => m.to.includes(alice.email) && m.subject.includes('commented'))!;
    // (The test server's decoder may put a space between RFC 2047 encoded words of the subject.)
    expect(mail.subject).toMatch(/^Bob commented on “Water beans ?”$/);
    expect(mail.text.split('\n')[0]).toBe('Bob commented on “Water beans”');
    expect(mail.text).toContain('Done half, @Carol the rest?');
    expect(mail.text).toMatch(new RegExp(`/\\?task=${task.id}`));

    // Carol is mentioned: in her inbox, but push is off and emails are off.
    const inbox = await ok(carol.as('GET', '/api/me/notifications'));
    expect(inbox.notifications.map((n: { kind: string }) => n.kind)).toEqual(['mention']);
    // Bob, the actor, gets nothing.
    await new Promise((r) => setTimeout(r, 800));
    expect(push.messages.filter((m) => m.device === 'bob-phone')).toEqual([]);
    expect(push.messages.filter((m) => m.device === 'carol-phone')).toEqual([]);
    // (The invitation's own email may reach them before they accept it: not a notification.)
    const invitation = (m: { headers: Map<string, unknown> }) =>
      String(m.headers.get('message-id') ?? '').startsWith('<doable-invitation-');
    expect(
      smtp.received.filter((m) => !invitation(m) && (m.to.includes(bob.email) || m.to.includes(carol.email))),
    ).toEqual([]);
    expect(push.refused).toEqual([]);
    // Exactly once each.
    expect(push.messages.filter((m) => m.device === 'alice-phone')).toHaveLength(3);
    expect(smtp.received.filter((m) => m.to.includes(alice.email))).toHaveLength(3);
  });
});
