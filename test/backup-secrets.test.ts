// The app's backup leaves out secrets that signing in makes again (sessions, emailed links and
// single sign-on states, a linked provider's tokens) and carries an integrity check: a SHA-256 of
// its content, or an HMAC keyed with BETTER_AUTH_SECRET when set. A restore checks the whole file
// before it touches the database and refuses a changed one, changing nothing. Both databases.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError } from '../server/features/backup/backup.format.js';
import { restoreBackup } from '../server/features/backup/backup.restore.js';
import { writeBackup } from '../server/features/backup/backup.write.js';
import { SCHEMA } from '../server/migrate.js';
import { type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServerDatabase, databaseKind, emptyEmbedded, onServer } from './support/database.js';
import { startTestServer, TEST_APP_URL, TEST_SECRET, type TestServer } from './support/server.js';

const PASSWORD = 'correct horse battery';
const ORIGIN = { origin: TEST_APP_URL };
const PROVIDER_TOKENS = [
  'provider-access-token-7f3a',
  'provider-refresh-token-9c1e',
  'provider-id-token-2b8d',
];

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'doable-backup-secrets-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A new, empty database of the kind under test. */
async function emptyTarget(): Promise<DatabaseHandle> {
  if (onServer) {
    const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
    const handle = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 });
    cleanups.push(fresh.drop);
    cleanups.push(() => handle.close());
    return handle;
  }
  const handle = await openDatabase({ kind: 'embedded', pglite: await emptyEmbedded() });
  cleanups.push(() => handle.close());
  return handle;
}

async function tableCount(handle: DatabaseHandle): Promise<number> {
  const [row] = await rawQuery<{ n: number }>(
    handle.db,
    'select count(*)::int as n from pg_tables where schemaname = current_schema()',
    [],
  );
  return row!.n;
}

const contentOf = async (file: string) => gunzipSync(await readFile(file)).toString('utf8');

/** Writes `text` (the backup's lines) gzipped beside the original, and answers its path. */
async function rewritten(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, gzipSync(text));
  return file;
}

function signIn(server: TestServer, email: string) {
  return server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
}

describe(`the app's backup on the ${databaseKind} database`, () => {
  let server: TestServer;
  let signed: string;
  let unsigned: string;
  let dir: string;
  let sessionToken: string;

  beforeAll(async () => {
    server = await startTestServer();
    cleanups.push(() => server.close());
    dir = await tempDir();
    for (const email of ['ada@example.com', 'bo@example.com']) {
      const res = await server.request('POST', '/api/auth/sign-up/email', {
        body: { email, password: PASSWORD, name: email.split('@')[0] },
        headers: ORIGIN,
      });
      expect(res.status).toBe(200);
    }
    const signedIn = await signIn(server, 'ada@example.com');
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie()[0]!.split(';')[0]!;
    sessionToken = decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
    const created = await server.request('POST', '/api/me/tasks', {
      body: { title: 'Renew the lease' },
      headers: { cookie, ...ORIGIN },
    });
    expect(created.status).toBe(201);
    // A provider identity linked to Ada, with the tokens single sign-on keeps, and a pending
    // emailed link.
    await rawQuery(
      server.database.db,
      `insert into accounts (id, account_id, provider_id, user_id, access_token, refresh_token, id_token,
         access_token_expires_at, refresh_token_expires_at, scope, updated_at)
       select 'sso-ada', 'subject-ada', 'oidc', id, $1, $2, $3, now() + interval '1 hour',
         now() + interval '30 days', 'openid email', now() from users where email = 'ada@example.com'`,
      PROVIDER_TOKENS,
    );
    await rawQuery(
      server.database.db,
      `insert into verifications (id, identifier, value, expires_at) values
         ('v1', 'reset-password:emailed-link-token-5e6f', 'some-user', now() + interval '1 hour')`,
      [],
    );

    signed = path.join(dir, 'signed.jsonl.gz');
    await writeBackup(server.database.db, server.database.kind, signed, undefined, TEST_SECRET);
    unsigned = path.join(dir, 'unsigned.jsonl.gz');
    await writeBackup(server.database.db, server.database.kind, unsigned);
  });

  it('leaves out sessions, emailed links and provider tokens, and is signed with BETTER_AUTH_SECRET', async () => {
    const text = await contentOf(signed);
    for (const secret of [sessionToken, ...PROVIDER_TOKENS, 'emailed-link-token-5e6f']) {
      expect(text).not.toContain(secret);
    }
    // The source still has them; the backup has the tables, empty, and the linked identity.
    const [held] = await rawQuery<{ sessions: number }>(
      server.database.db,
      'select count(*)::int as sessions from sessions',
      [],
    );
    expect(held!.sessions).toBeGreaterThan(0);
    const lines = text.trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!);
    expect(trailer).toMatchObject({ complete: true, hmac_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(trailer).not.toHaveProperty('sha256');
    expect(trailer.tables).toMatchObject({ sessions: 0, verifications: 0, users: 2 });
    expect(text).toContain('"subject-ada"');
    const plain = JSON.parse((await contentOf(unsigned)).trimEnd().split('\n').at(-1)!);
    expect(plain).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(plain).not.toHaveProperty('hmac_sha256');
  });

  it('restores without them: people sign in again and the provider identity stays linked', async () => {
    const target = await emptyTarget();
    const summary = await restoreBackup(target, signed, SCHEMA, { secret: TEST_SECRET });
    expect(summary.tables).toMatchObject({ users: 2, sessions: 0, tasks: 1 });
    const [linked] = await rawQuery<Record<string, unknown>>(
      target.db,
      `select account_id, access_token, refresh_token, id_token, access_token_expires_at
         from accounts where id = 'sso-ada'`,
      [],
    );
    expect(linked).toEqual({
      account_id: 'subject-ada',
      access_token: null,
      refresh_token: null,
      id_token: null,
      access_token_expires_at: null,
    });
    const app = await startTestServer({ database: target });
    try {
      const res = await signIn(app, 'ada@example.com');
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
      const tasks = await app.request('GET', '/api/me/tasks', { headers: { cookie, ...ORIGIN } });
      expect(tasks.body.tasks.map((t: { title: string }) => t.title)).toEqual(['Renew the lease']);
    } finally {
      await app.app.close();
    }
  });

  it('refuses a changed file before touching the database, with a message that says so', async () => {
    const text = await contentOf(signed);
    expect(text).toContain('Renew the lease');
    const changed = await rewritten(
      dir,
      'changed.jsonl.gz',
      text.replace('Renew the lease', 'Wire the money'),
    );
    const target = await emptyTarget();
    await expect(restoreBackup(target, changed, SCHEMA, { secret: TEST_SECRET })).rejects.toThrow(
      /^The backup has been changed since it was written \(its HMAC with BETTER_AUTH_SECRET does not match its content\); nothing was restored\.$/,
    );
    // Re-signed with another secret, or hashed again in plain SHA-256: still refused.
    await expect(
      restoreBackup(target, signed, SCHEMA, { secret: 'another-secret-of-32-characters!!' }),
    ).rejects.toThrow(/HMAC with BETTER_AUTH_SECRET does not match/);
    await expect(restoreBackup(target, unsigned, SCHEMA, { secret: TEST_SECRET })).rejects.toThrow(
      /no HMAC with BETTER_AUTH_SECRET .* Restore it with --unchecked if you trust it/,
    );
    await expect(restoreBackup(target, signed, SCHEMA)).rejects.toThrow(
      /signed with the BETTER_AUTH_SECRET of the server that made it: set that secret/,
    );
    expect(await tableCount(target)).toBe(0);
    // The right file with the right secret restores into the same database.
    await restoreBackup(target, signed, SCHEMA, { secret: TEST_SECRET });
    expect(await tableCount(target)).toBeGreaterThan(0);
  });

  it('checks an unsigned backup by its SHA-256, and restores a file without a check only when asked', async () => {
    const text = await contentOf(unsigned);
    const changed = await rewritten(
      dir,
      'changed-plain.jsonl.gz',
      text.replace('Renew the lease', 'Renew the lease!'),
    );
    const lines = text.trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!);
    delete trailer.sha256;
    const noCheck = await rewritten(
      dir,
      'no-check.jsonl.gz',
      `${[...lines.slice(0, -1), JSON.stringify(trailer)].join('\n')}\n`,
    );
    const target = await emptyTarget();
    await expect(restoreBackup(target, changed, SCHEMA)).rejects.toThrow(
      /^The backup has been changed since it was written \(its SHA-256 does not match its content\)/,
    );
    await expect(restoreBackup(target, noCheck, SCHEMA)).rejects.toThrow(BackupFileError);
    await expect(restoreBackup(target, noCheck, SCHEMA)).rejects.toThrow(
      /carries no integrity check .* Restore it with --unchecked/,
    );
    expect(await tableCount(target)).toBe(0);
    await restoreBackup(target, noCheck, SCHEMA, { unchecked: true });
    const other = await emptyTarget();
    const summary = await restoreBackup(other, unsigned, SCHEMA);
    expect(summary.tables).toMatchObject({ users: 2, tasks: 1 });
  });
});
