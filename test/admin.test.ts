// The server's administrators over HTTP: who may (403 to everyone else, 401 to
// no one), the accounts page (counts, never tasks; search and paging), disabling (every door
// closes at once and opens again), making administrators (never none left), deleting an account
// with its shared lists handed on or deleted, the log of every action, and `npm run admin`.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../server/features/admin/admin.command.js';
import type { DatabaseHandle } from '../server/platform/db/client.js';
import { lastingDatabase } from './support/database.js';
import { expectProblem } from './support/expect.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery staple';

let server: TestServer;
let admin: Person;
let alice: Person;
beforeAll(async () => {
  server = await startTestServer();
  admin = await person(server, 'Root'); // the first account: the administrator
  alice = await person(server, 'Alice');
});
afterAll(() => server?.close());

const signIn = (email: string, password = PASSWORD) =>
  server.request('POST', '/api/auth/sign-in/email', { body: { email, password }, headers: ORIGIN });

/** Signs in: the session cookie, a JWT of that session and an API key made with it. */
async function doors(who: Person) {
  const res = await signIn(who.email);
  expect(res.status, res.text).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const withCookie = { cookie, ...ORIGIN };
  const token = (await ok(server.request('GET', '/api/auth/token', { headers: withCookie }))).token as string;
  const key = (
    await ok(
      server.request('POST', '/api/me/api-keys', { headers: withCookie, body: { name: 'script' } }),
      201,
    )
  ).key as string;
  return {
    cookie: () => server.request('GET', '/api/me/tasks', { headers: withCookie }),
    jwt: () => server.request('GET', '/api/me/tasks', { token }),
    hs256: () => who.as('GET', '/api/me/tasks'),
    key: () => server.request('GET', '/api/me/tasks', { headers: { 'x-api-key': key } }),
  };
}

const ADMIN_ROUTES = (id: string): [string, string, unknown?][] => [
  ['GET', '/api/admin/users'],
  ['GET', '/api/admin/actions'],
  ['POST', `/api/admin/users/${id}/disable`],
  ['POST', `/api/admin/users/${id}/enable`],
  ['POST', `/api/admin/users/${id}/password-reset`],
  ['POST', `/api/admin/users/${id}/verification`],
  ['POST', `/api/admin/users/${id}/admin`, { is_admin: true }],
  ['DELETE', `/api/admin/users/${id}?shared_lists=delete`],
  ['GET', '/api/admin/backups'],
  ['POST', '/api/admin/backups'],
  ['GET', '/api/admin/signup'],
  ['PUT', '/api/admin/signup', { mode: 'closed' }],
  ['POST', '/api/admin/invitations', {}],
  ['DELETE', '/api/admin/invitations/1'],
  ['GET', '/api/admin/model'],
  ['PUT', '/api/admin/model', { base_url: 'http://127.0.0.1:9/v1', model: 'refused' }],
  ['DELETE', '/api/admin/model'],
];

describe('who may', () => {
  it('the first account is the administrator; no one else is', async () => {
    expect((await ok(admin.as('GET', '/api/me'))).is_admin).toBe(true);
    expect((await ok(alice.as('GET', '/api/me'))).is_admin).toBe(false);
  });

  it('answers 403 to a signed-in non-administrator and 401 to no one, on every admin route, changing nothing', async () => {
    for (const [method, p, body] of ADMIN_ROUTES(admin.id)) {
      const refused = await alice.as(method, p, { body });
      expectProblem(refused, 403, 'AUTH_FORBIDDEN');
      expect(refused.body.detail).toMatch(/^Only the server's administrators can /);
      // Even a malformed request: the policy answers before the request is read.
      expectProblem(await alice.as(method, `${p.split('?')[0]}?bogus=1`, { body }), 403, 'AUTH_FORBIDDEN');
      expectProblem(await server.request(method, p, { body }), 401, 'AUTH_MISSING');
    }
    const me = await ok(admin.as('GET', '/api/me'));
    expect(me.is_admin).toBe(true);
    expect((await ok(admin.as('GET', '/api/admin/actions'))).actions).toEqual([]);
  });

  it('the routes are in the OpenAPI document under Administration', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    const ops = Object.entries(doc.paths as Record<string, Record<string, { tags: string[] }>>)
      .filter(([p]) => p.startsWith('/api/admin/'))
      .flatMap(([, methods]) => Object.values(methods));
    expect(ops).toHaveLength(17);
    for (const op of ops) expect(op.tags).toEqual(['Administration']);
  });
});

describe('the accounts', () => {
  it('lists accounts with counts, never tasks; searchable by email prefix; paged', async () => {
    const owner = await person(server, 'Counted');
    const list = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Private list' } }), 201);
    for (const title of ['Secret one', 'Secret two']) {
      await ok(owner.as('POST', '/api/me/tasks', { body: { title, list_id: list.id } }), 201);
    }
    await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Secret three' } }), 201);
    const page = await admin.as('GET', `/api/admin/users?email=${encodeURIComponent('COUNTED.')}`);
    expect(page.status, page.text).toBe(200);
    expect(page.body.users).toEqual([
      {
        id: owner.id,
        email: owner.email,
        name: 'Counted',
        created_at: expect.any(String),
        last_active_at: null,
        tasks: 3,
        lists: 1,
        email_verified: false,
        is_admin: false,
        disabled: false,
        disabled_at: null,
      },
    ]);
    expect(page.text).not.toMatch(/Secret|Private/);

    const pagers = [];
    for (let i = 0; i < 5; i++) pagers.push(await person(server, 'Pager'));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `email=pager.&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ok(admin.as('GET', `/api/admin/users?${query}`));
      expect(res.users.length).toBeLessThanOrEqual(2);
      seen.push(...res.users.map((u: { email: string }) => u.email));
      cursor = res.next_cursor;
    } while (cursor);
    expect(seen).toEqual(pagers.map((p) => p.email).sort());
    const all = await ok(admin.as('GET', '/api/admin/users?limit=200'));
    expect(all.users.length).toBeGreaterThanOrEqual(8);
    expectProblem(await admin.as('GET', '/api/admin/users?cursor=nonsense'), 422, 'VALIDATION_ERROR');
  });

  it('last active is the latest sign-in (session) or API key use', async () => {
    const who = await person(server, 'Active');
    await doors(who);
    const [row] = (await ok(admin.as('GET', `/api/admin/users?email=${who.email}`))).users;
    expect(Date.now() - Date.parse(row.last_active_at)).toBeLessThan(60_000);
  });
});

describe('disabling', () => {
  it('closes every door at once, keeps the API key, and opens again on enable', async () => {
    const bob = await person(server, 'Bob');
    const door = await doors(bob);
    for (const open of Object.values(door)) expect((await open()).status).toBe(200);

    const disabled = await ok(admin.as('POST', `/api/admin/users/${bob.id}/disable`));
    expect(disabled).toMatchObject({ id: bob.id, disabled: true, disabled_at: expect.any(String) });
    for (const [name, open] of Object.entries(door)) {
      const res = await open();
      expect(res.status, `${name}: ${res.text}`).toBe(401);
    }
    expect((await door.key()).body.detail).toMatch(/disabled/);
    const refused = await signIn(bob.email);
    expect(refused.status, refused.text).toBe(403);
    expect(refused.body.code).toBe('ACCOUNT_DISABLED');
    expect(refused.headers.getSetCookie()).toEqual([]);
    // A wrong password says nothing about the account.
    expect((await signIn(bob.email, 'not the password at all')).status).toBe(401);

    const enabled = await ok(admin.as('POST', `/api/admin/users/${bob.id}/enable`));
    expect(enabled).toMatchObject({ disabled: false, disabled_at: null });
    expect((await door.key()).status).toBe(200);
    expect((await door.hs256()).status).toBe(200);
    // The sessions ended with the disabling: their cookie and JWTs stay ended; a new sign-in works.
    expect((await door.cookie()).status).toBe(401);
    expect((await door.jwt()).status).toBe(401);
    expect((await signIn(bob.email)).status).toBe(200);
  });

  it('refuses to disable yourself, or to leave no administrator (409)', async () => {
    expectProblem(await admin.as('POST', `/api/admin/users/${admin.id}/disable`), 409, 'CONFLICT');
    expectProblem(
      await admin.as('POST', `/api/admin/users/${admin.id}/admin`, { body: { is_admin: false } }),
      409,
      'CONFLICT',
    );
    expectProblem(await admin.as('POST', '/api/admin/users/nobody-has-this-id/disable'), 404, 'NOT_FOUND');
    expect((await ok(admin.as('GET', '/api/me'))).is_admin).toBe(true);
  });

  it('makes and unmakes administrators; a new one may administer at once, an old one no longer', async () => {
    const carol = await person(server, 'Carol');
    expectProblem(await carol.as('GET', '/api/admin/users'), 403, 'AUTH_FORBIDDEN');
    const made = await ok(
      admin.as('POST', `/api/admin/users/${carol.id}/admin`, { body: { is_admin: true } }),
    );
    expect(made.is_admin).toBe(true);
    await ok(carol.as('GET', '/api/admin/users'));
    // With two, one may step down; then the other is the last.
    await ok(carol.as('POST', `/api/admin/users/${carol.id}/admin`, { body: { is_admin: false } }));
    expectProblem(await carol.as('GET', '/api/admin/users'), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await admin.as('POST', `/api/admin/users/${admin.id}/admin`, { body: { is_admin: false } }),
      409,
      'CONFLICT',
    );
  });

  it('without email, a password reset or verification link is a 409 pointing to the command', async () => {
    for (const what of ['password-reset', 'verification']) {
      const res = await admin.as('POST', `/api/admin/users/${alice.id}/${what}`);
      expectProblem(res, 409, 'CONFLICT');
      expect(res.body.detail).toContain('npm run user:reset-password');
    }
  });
});

describe('deleting an account', () => {
  async function sharedList(owner: Person, name: string) {
    const list = await ok(owner.as('POST', '/api/me/lists', { body: { name } }), 201);
    // The parent (and so its subtask) in a section: a list's sections go with it to a new owner.
    const section = await ok(
      owner.as('POST', '/api/me/sections', { body: { list_id: list.id, name: 'Front' } }),
      201,
    );
    const parent = await ok(
      owner.as('POST', '/api/me/tasks', {
        body: { title: 'Parent', list_id: list.id, section_id: section.id },
      }),
      201,
    );
    await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Child', parent_id: parent.id } }), 201);
    await ok(
      owner.as('POST', '/api/me/tasks', {
        body: { title: 'Done', list_id: list.id, completed: true, tags: ['kept'] },
      }),
      201,
    );
    await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Own inbox task' } }), 201);
    return list as { id: number };
  }

  it('transfer: each shared list goes to its longest-standing editor, who owns its tasks after', async () => {
    const dave = await person(server, 'Dave');
    const viewer = await person(server, 'Vera');
    const erin = await person(server, 'Erin');
    const late = await person(server, 'Late');
    const list = await sharedList(dave, 'Shared with Erin');
    const alone = await ok(dave.as('POST', '/api/me/lists', { body: { name: 'Alone' } }), 201);
    await join(dave, list.id, viewer, 'viewer'); // longest-standing, but a viewer
    await join(dave, list.id, erin, 'editor');
    await join(dave, list.id, late, 'editor');

    const res = await admin.as('DELETE', `/api/admin/users/${dave.id}?shared_lists=transfer`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ shared_lists: [{ list_id: list.id, outcome: 'transferred', to: erin.id }] });

    const lists = (await ok(erin.as('GET', '/api/me/lists'))).lists as any[];
    const mine = lists.find((l) => l.id === list.id);
    expect(mine).toMatchObject({
      owner_id: erin.id,
      role: 'owner',
      open_count: 2,
      total_count: 3,
      member_count: 2,
    });
    const tasks = await ok(erin.as('GET', `/api/me/tasks?list_id=${list.id}`));
    expect(tasks.count).toBe(3);
    expect(tasks.tasks.map((t: { title: string }) => t.title).sort()).toEqual(['Child', 'Done', 'Parent']);
    const child = tasks.tasks.find((t: { title: string }) => t.title === 'Child');
    const [front] = (await ok(erin.as('GET', `/api/me/sections?list_id=${list.id}`))).sections;
    expect(front.name).toBe('Front');
    expect(child.section_id).toBe(front.id);
    // Erin writes them as their owner now, and they count as hers.
    await ok(erin.as('PATCH', `/api/me/tasks/${child.id}`, { body: { title: 'Child of Erin' } }));
    expect((await ok(erin.as('GET', '/api/me/tasks?status=all'))).count).toBe(3);
    expect((await ok(erin.as('GET', '/api/me/tags'))).tags).toEqual([{ name: 'kept', open: 0, total: 1 }]);
    // The others stay members; the list is no longer among Erin's memberships.
    const members = (await ok(erin.as('GET', `/api/me/lists/${list.id}/members`))).members as any[];
    expect(members.map((m) => m.user_id).sort()).toEqual([erin.id, viewer.id, late.id].sort());
    expect((await ok(late.as('GET', `/api/me/tasks?list_id=${list.id}`))).count).toBe(3);
    // The rest went with the account: its own lists, its Inbox, its sign-in.
    expectProblem(await erin.as('GET', `/api/me/lists/${alone.id}`), 404, 'NOT_FOUND');
    expect((await signIn(dave.email)).status).toBe(401);
    const users = (await ok(admin.as('GET', `/api/admin/users?email=${dave.email}`))).users;
    expect(users).toEqual([]);
  });

  it('delete: its shared lists go with it; members no longer see them', async () => {
    const gina = await person(server, 'Gina');
    const hank = await person(server, 'Hank');
    const list = await sharedList(gina, 'Goes away');
    await join(gina, list.id, hank, 'editor');
    const res = await ok(admin.as('DELETE', `/api/admin/users/${gina.id}?shared_lists=delete`));
    expect(res).toEqual({ shared_lists: [{ list_id: list.id, outcome: 'deleted', to: null }] });
    expectProblem(await hank.as('GET', `/api/me/lists/${list.id}`), 404, 'NOT_FOUND');
    expect((await ok(hank.as('GET', '/api/me/lists'))).lists).toEqual([]);
  });

  it('refuses your own account (409) and needs the mode (422)', async () => {
    expectProblem(
      await admin.as('DELETE', `/api/admin/users/${admin.id}?shared_lists=delete`),
      409,
      'CONFLICT',
    );
    expectProblem(await admin.as('DELETE', `/api/admin/users/${alice.id}`), 422, 'VALIDATION_ERROR');
  });
});

describe('the log', () => {
  it('has every action, newest first, paged', async () => {
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await ok(
        admin.as('GET', `/api/admin/actions?limit=3${cursor ? `&cursor=${cursor}` : ''}`),
      );
      all.push(...res.actions);
      cursor = res.next_cursor;
    } while (cursor);
    const ids = all.map((a) => a.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.map((a) => a.action).reverse()).toEqual([
      'disable',
      'enable',
      'make-admin',
      'unmake-admin',
      'delete',
      'delete',
    ]);
    for (const action of all) {
      expect(action).toMatchObject({ at: expect.any(String), target_id: expect.any(String) });
    }
    const byAdmin = all.filter((a) => a.actor_id === admin.id);
    expect(byAdmin.every((a) => a.actor_email === admin.email)).toBe(true);
    const transfer = all.find((a) => a.action === 'delete' && a.detail.shared_lists === 'transfer');
    expect(transfer.detail.lists).toEqual([expect.objectContaining({ outcome: 'transferred' })]);
    expect(transfer.target_email).toMatch(/^dave\./);
  });
});

describe('who may make an account', () => {
  const signUp = (email: string, invitation_token?: string) =>
    server.request('POST', '/api/auth/sign-up/email', {
      body: { name: 'New', email, password: PASSWORD, ...(invitation_token ? { invitation_token } : {}) },
      headers: ORIGIN,
    });
  const secretOf = (link: string) => new URL(link).hash.slice(1);

  it('the mode an administrator sets wins over SIGNUP until cleared; invitation links make one account each', async () => {
    const before = await ok(admin.as('GET', '/api/admin/signup'));
    expect(before).toMatchObject({ mode: 'open', set_by_administrator: false, environment_mode: 'open' });

    const invite = await ok(admin.as('PUT', '/api/admin/signup', { body: { mode: 'invite' } }));
    expect(invite).toMatchObject({ mode: 'invite', set_by_administrator: true, environment_mode: 'open' });
    expect((await ok(server.request('GET', '/api/auth/options'))).signup).toBe('invite');
    const refused = await signUp(`stranger.${Date.now()}@example.com`);
    expectProblem(refused, 403, 'AUTH_FORBIDDEN');
    expect(refused.body.code).toBe('SIGNUP_NEEDS_INVITATION');
    expect(refused.body.detail).toMatch(/needs an invitation/);

    const made = await ok(
      admin.as('POST', '/api/admin/invitations', { body: { note: 'For Dana', days: 3 } }),
      201,
    );
    const link = new URL(made.link);
    expect(`${link.origin}/`).toBe(`${TEST_APP_URL}/`);
    expect(link.searchParams.get('signup')).toBe(String(made.id));
    expect(secretOf(made.link)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const dana = `dana.${Date.now()}@example.com`;
    expect((await signUp(dana, secretOf(made.link))).status).toBe(200);
    // Once: the same link makes no second account.
    expectProblem(await signUp(`eve.${Date.now()}@example.com`, secretOf(made.link)), 403, 'AUTH_FORBIDDEN');
    const listed = await ok(admin.as('GET', '/api/admin/signup'));
    expect(listed.invitations[0]).toMatchObject({
      id: made.id,
      note: 'For Dana',
      status: 'used',
      used_by_email: dana,
    });
    expect(JSON.stringify(listed)).not.toContain(secretOf(made.link));

    // A revoked link makes none; revoking it again, or a used one, is 404.
    const second = await ok(admin.as('POST', '/api/admin/invitations', { body: {} }), 201);
    expect((await admin.as('DELETE', `/api/admin/invitations/${second.id}`)).status).toBe(204);
    expectProblem(
      await signUp(`frank.${Date.now()}@example.com`, secretOf(second.link)),
      403,
      'AUTH_FORBIDDEN',
    );
    expectProblem(await admin.as('DELETE', `/api/admin/invitations/${second.id}`), 404, 'NOT_FOUND');
    expectProblem(await admin.as('DELETE', `/api/admin/invitations/${made.id}`), 404, 'NOT_FOUND');

    expectProblem(
      await admin.as('PUT', '/api/admin/signup', { body: { mode: 'sometimes' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await admin.as('POST', '/api/admin/invitations', { body: { days: 365 } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await ok(admin.as('PUT', '/api/admin/signup', { body: { mode: 'closed' } }))).mode).toBe(
      'closed',
    );
    const third = await ok(admin.as('POST', '/api/admin/invitations', { body: {} }), 201);
    // Closed is closed: no link opens it.
    expectProblem(
      await signUp(`gina.${Date.now()}@example.com`, secretOf(third.link)),
      403,
      'AUTH_FORBIDDEN',
    );
    const cleared = await ok(admin.as('PUT', '/api/admin/signup', { body: { mode: null } }));
    expect(cleared).toMatchObject({ mode: 'open', set_by_administrator: false });
    expect((await signUp(`hal.${Date.now()}@example.com`)).status).toBe(200);

    const log = (await ok(admin.as('GET', '/api/admin/actions?limit=10'))).actions.map((a: any) => [
      a.action,
      a.target_id,
    ]);
    expect(log.slice(0, 7)).toEqual([
      ['signup-mode', 'server'],
      ['invite', `invitation:${third.id}`],
      ['signup-mode', 'server'],
      ['revoke-invitation', `invitation:${second.id}`],
      ['invite', `invitation:${second.id}`],
      ['invite', `invitation:${made.id}`],
      ['signup-mode', 'server'],
    ]);
  });
});

describe('npm run admin', () => {
  /** The command as `npm run admin` runs it: a process of its own (for the entry point's exit code). */
  const spawned = (env: Record<string, string>, args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['server/launch/cli.mjs', 'admin', ...args],
        { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  /**
   * The same command in this process, on the same environment and on `database` open already (a
   * process, or an embedded database opened from disk, took 2-3 s of CPU each).
   */
  let database: DatabaseHandle | undefined;
  const run = async (env: Record<string, string>, args: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runAdminCommand(
      args,
      env,
      { log: (line) => stdout.push(`${line}\n`), error: (line) => stderr.push(`${line}\n`) },
      database,
    );
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  };

  it('lists, disables, enables and makes administrators, sets sign-up and makes and revokes links, logged as cli', async () => {
    const { env, open, cleanup } = await lastingDatabase();
    try {
      let app = await startTestServer({ database: await open() });
      const first = await person(app, 'First');
      const second = await person(app, 'Second');
      await app.close(); // the embedded database has one user at a time

      const users = await spawned(env, ['users']);
      expect(users.code).toBe(0);
      expect(users.stderr).toBe('');
      expect(users.stdout).toContain(`${first.email}  administrator  enabled`);
      expect(users.stdout).toContain(`${second.email}  user  enabled`);
      const last = await spawned(env, ['disable', first.email]);
      expect(last.code).toBe(1);
      expect(last.stderr).toContain('last administrator');
      database = await open();
      expect((await run(env, ['disable', second.email.toUpperCase()])).stdout).toContain(
        `Disabled: ${second.email}  user  disabled`,
      );
      expect((await run(env, ['make-admin', second.email])).stdout).toContain('administrator  disabled');
      expect((await run(env, ['enable', second.email])).stdout).toContain('administrator  enabled');
      const unknown = await run(env, ['enable', 'nobody@example.com']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('nobody@example.com');
      expect((await run(env, ['frobnicate'])).stderr).toContain('Usage: npm run admin');
      expect((await run(env, ['invite', '91'])).stderr).toContain('91: expected 1-90');

      // Who may make an account, and invitation links.
      expect((await run(env, ['signup', 'invite'])).stdout).toContain(
        'Sign-up: invite (set by an administrator; SIGNUP is open)',
      );
      const invited = await run(env, ['invite', '3']);
      const link = /^(http\S+)$/m.exec(invited.stdout)?.[1];
      expect(link).toMatch(/\/\?signup=\d+#/);
      const id = new URL(link!).searchParams.get('signup')!;
      expect((await run(env, ['signup'])).stdout).toContain(`invitation ${id}  pending`);
      expect((await run(env, ['revoke', id])).stdout).toContain(`Revoked invitation ${id}`);
      expect((await run(env, ['revoke', id])).code).toBe(1);
      expect((await run(env, ['signup', 'default'])).stdout).toContain('Sign-up: open (from SIGNUP');

      await database.close();
      database = undefined;
      app = await startTestServer({ database: await open() });
      const log = (await ok(app.as(first.id)('GET', '/api/admin/actions'))).actions;
      expect(log.map((a: any) => [a.actor_id, a.action, a.target_email])).toEqual([
        ['cli', 'signup-mode', null],
        ['cli', 'revoke-invitation', null],
        ['cli', 'invite', null],
        ['cli', 'signup-mode', null],
        ['cli', 'enable', second.email],
        ['cli', 'make-admin', second.email],
        ['cli', 'disable', second.email],
      ]);
      await ok(app.as(second.id)('GET', '/api/admin/users'));
      await app.close();
    } finally {
      await cleanup();
    }
  }, 120_000); // two command-line processes, each loading the server's modules
});
