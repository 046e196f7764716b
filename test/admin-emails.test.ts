// An administrator's account emails (a password reset link, a verification link) with email on:
// each request answers, the email goes out, and the database goes on answering everyone after it
// (`/health`, other requests). Nothing that waits on another database call runs inside a
// transaction: on the embedded database, which runs one transaction at a time, such a call inside
// one fails at once instead of waiting for it forever.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, rawQuery } from '../server/platform/db/client.js';
import { onServer } from './support/database.js';
import { until } from './support/live.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { linkIn, startSmtp, type TestSmtp } from './support/smtp.js';

let smtp: TestSmtp;
let server: TestServer;
let admin: Person;
let alice: Person;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Doable <doable@example.com>' } });
  admin = await person(server, 'Root'); // the first account: the administrator
  alice = await person(server, 'Alice');
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** `request`, failed after `ms` rather than waited for without end. */
async function answered<T>(request: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The database still answers: the health check, and a request that reads and one that writes. */
async function stillServing(): Promise<void> {
  const health = await answered(server.request('GET', '/health'), 'GET /health');
  expect(health.status, health.text).toBe(200);
  const users = await answered(admin.as('GET', '/api/admin/users'), 'GET /api/admin/users');
  expect(users.status, users.text).toBe(200);
  const task = await answered(alice.as('POST', '/api/me/tasks', { body: { title: 'after' } }), 'POST a task');
  expect(task.status, task.text).toBe(201);
}

const mailsTo = (to: string) => smtp.received.filter((m) => m.to.includes(to));

describe('account emails sent by an administrator (email on)', () => {
  it('a password reset link: 204, the email goes out, and the database answers after it', async () => {
    const res = await answered(
      admin.as('POST', `/api/admin/users/${alice.id}/password-reset`),
      'POST /api/admin/users/{id}/password-reset',
    );
    expect(res.status, res.text).toBe(204);
    await stillServing();
    await until(() => mailsTo(alice.email).length > 0, `a reset email to ${alice.email}`, 10_000);
    const [mail] = mailsTo(alice.email);
    expect(mail!.subject).toBe('Reset your Doable password');
    expect(new URL(linkIn(mail!)).pathname).toBe('/reset-password');
    expect(new URL(linkIn(mail!)).origin).toBe(TEST_APP_URL);
  });

  it('a verification link: 204, the email goes out, and the database answers after it; then 409', async () => {
    const bob = await person(server, 'Bob');
    const res = await answered(
      admin.as('POST', `/api/admin/users/${bob.id}/verification`),
      'POST /api/admin/users/{id}/verification',
    );
    expect(res.status, res.text).toBe(204);
    await stillServing();
    await until(() => mailsTo(bob.email).length > 0, `a verification email to ${bob.email}`, 10_000);
    await queryRows(server.database.db, sql`update users set email_verified = true where id = ${bob.id}`);
    const again = await answered(admin.as('POST', `/api/admin/users/${bob.id}/verification`), 'again');
    expect(again.status, again.text).toBe(409);
    await stillServing();
  });

  it('logs each request in the actions log, once', async () => {
    const { actions } = await ok(admin.as('GET', '/api/admin/actions'));
    const kinds = (actions as { action: string }[]).map((a) => a.action);
    expect(kinds.filter((k) => k === 'password-reset')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'verification')).toHaveLength(1);
  });

  it('many at once all answer, and the database answers after them', async () => {
    const people = await Promise.all([1, 2, 3, 4].map((n) => person(server, `Many ${n}`)));
    const answers = await answered(
      Promise.all(
        people.flatMap((p) => [
          admin.as('POST', `/api/admin/users/${p.id}/password-reset`),
          admin.as('POST', `/api/admin/users/${p.id}/verification`),
        ]),
      ),
      'eight account emails at once',
      30_000,
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(204));
    await stillServing();
  });
});

describe.skipIf(onServer)('a statement outside the open transaction, from inside it (embedded)', () => {
  it('fails at once instead of waiting for the transaction forever; the database answers after it', async () => {
    const { db } = server.database;
    const started = Date.now();
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await rawQuery(db, 'select 1', []);
      }),
    ).rejects.toThrow(/outside the open transaction/);
    expect(Date.now() - started).toBeLessThan(2000);
    await stillServing();
  });

  it('what a transaction started and left running may use the database once it has ended', async () => {
    const { db } = server.database;
    let later: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        rawQuery(db, 'select 1 as one', []),
      );
    });
    await expect(later).resolves.toBeDefined();
  });
});
