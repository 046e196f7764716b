// Shared lists, invitations and pages: inviting, answering and members, invitation limits,
// and a list's tasks on a member's pages and counts from joining until leaving.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/platform/db/client.js';
import { expectProblem, ISO, PROBLEM } from './support/expect.js';
import { join, linkSecret, ok, type Person, person, verified } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const stamp = Date.now();

let alice: Person;
let bob: Person;
let carol: Person;
let dave: Person;

beforeAll(async () => {
  server = await startTestServer({
    env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_SECONDS: '0.2', REMINDER_POLL_SECONDS: '0.2' },
  });
  // Invitations by email reach verified addresses (the suite on unverified ones is below).
  [alice, bob, carol, dave] = [
    await person(server, 'Alice'),
    await verified(server, await person(server, 'Bob')),
    await verified(server, await person(server, 'Carol')),
    await verified(server, await person(server, 'Dave')),
  ];
});
afterAll(() => server.close());

describe('an address not yet verified', () => {
  it('whoever signed up first with an invited address neither sees nor answers the invitation by email', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Squatted' } }), 201);
    const squatter = await person(server, 'Squatter');
    const invitation = await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: squatter.email } }),
      202,
    );
    expect((await ok(squatter.as('GET', '/api/me/invitations'))).invitations).toEqual([]);
    for (const answer of ['accept', 'decline']) {
      const res = await squatter.as('POST', `/api/me/invitations/${invitation.id}/${answer}`);
      expectProblem(res, 403, 'AUTH_FORBIDDEN');
      expect(res.body.detail).toMatch(/verify your email address/i);
    }
    // Nothing changed: no membership, the invitation still pending for the real owner of the address.
    expectProblem(await squatter.as('GET', `/api/me/lists/${list.id}`), 404, 'NOT_FOUND');
    const { invitations } = await ok(alice.as('GET', `/api/me/lists/${list.id}/members`));
    expect(invitations.map((i: any) => [i.id, i.status])).toEqual([[invitation.id, 'pending']]);
    // Once the address is proved theirs, the invitation is theirs to answer.
    await verified(server, squatter);
    expect((await ok(squatter.as('GET', '/api/me/invitations'))).invitations).toHaveLength(1);
    expect((await ok(squatter.as('POST', `/api/me/invitations/${invitation.id}/accept`))).id).toBe(list.id);
  });

  it('the one-time link joins any signed-in account once; a wrong or reused secret is a missing invitation', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'By link' } }), 201);
    const friend = await person(server, 'Friend');
    const first = await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, {
        body: { email: `friend.${stamp}@example.org`, role: 'viewer' },
      }),
      202,
    );
    const link = new URL(first.link);
    expect(link.origin).toBe(new URL(server.config.appUrl).origin);
    expect(link.search).toBe(`?invitation=${first.id}`);
    expect(link.hash).toMatch(/^#[A-Za-z0-9_-]{43}$/);
    // Inviting the address again makes a new link and ends the first one.
    const again = await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, {
        body: { email: `friend.${stamp}@example.org`, role: 'viewer' },
      }),
      202,
    );
    expect(again.id).toBe(first.id);
    const accept = (token: string) =>
      friend.as('POST', `/api/me/invitations/${first.id}/accept`, { body: { token } });
    expectProblem(await accept(linkSecret(first)), 404, 'NOT_FOUND');
    expectProblem(await accept('A'.repeat(43)), 404, 'NOT_FOUND');
    expectProblem(await accept('short'), 422, 'VALIDATION_ERROR');
    expect(await ok(accept(linkSecret(again)))).toMatchObject({ id: list.id, role: 'viewer' });
    expectProblem(await accept(linkSecret(again)), 404, 'NOT_FOUND');
    // The secret is kept only as a hash.
    const [row] = await queryRows<{ token_hash: string | null }>(
      server.database.db,
      sql`select token_hash from list_invitations where id = ${first.id}`,
    );
    expect(row!.token_hash).toBeNull();
  });
});

describe('inviting, answering, members', () => {
  it('an invitation reads the same for an address with an account and one without', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Probe' } }), 201);
    const known = await alice.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: dave.email } });
    const unknown = await alice.as('POST', `/api/me/lists/${list.id}/members`, {
      body: { email: `nobody.${stamp}@example.com` },
    });
    const shape = (r: typeof known) => ({
      status: r.status,
      headers: [...r.headers.keys()].filter((h) => !['date', 'content-length'].includes(h)).sort(),
      keys: Object.keys(r.body).sort(),
      role: r.body.role,
      status_field: r.body.status,
    });
    expect(shape(known)).toEqual(shape(unknown));
    expect(known.body).toEqual({
      id: expect.any(Number),
      list_id: list.id,
      email: dave.email,
      role: 'editor',
      status: 'pending',
      created_at: expect.stringMatching(ISO),
      link: expect.stringMatching(/#[A-Za-z0-9_-]{43}$/),
    });
    // Inviting the same address again changes its role, not the number of invitations.
    await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: dave.email, role: 'viewer' } }),
      202,
    );
    const members = await ok(alice.as('GET', `/api/me/lists/${list.id}/members`));
    expect(members.invitations.map((i: any) => [i.email, i.role])).toEqual([
      [dave.email, 'viewer'],
      [`nobody.${stamp}@example.com`, 'editor'],
    ]);
    // Dave sees it, with who asked; withdrawn, it is gone and cannot be accepted.
    const mine = await ok(dave.as('GET', '/api/me/invitations'));
    expect(mine.invitations).toEqual([
      {
        id: known.body.id,
        list: { id: list.id, name: 'Probe' },
        role: 'viewer',
        invited_by: { name: 'Alice', email: alice.email },
        created_at: expect.stringMatching(ISO),
      },
    ]);
    expect((await alice.as('DELETE', `/api/me/lists/${list.id}/invitations/${known.body.id}`)).status).toBe(
      204,
    );
    expect((await ok(dave.as('GET', '/api/me/invitations'))).invitations).toEqual([]);
    expectProblem(await dave.as('POST', `/api/me/invitations/${known.body.id}/accept`), 404, 'NOT_FOUND');
  });

  it('accepting makes a member with the role; declining does not; only the invitee can answer', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Answers' } }), 201);
    const toBob = await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: bob.email } }),
      202,
    );
    const toCarol = await ok(
      alice.as('POST', `/api/me/lists/${list.id}/members`, { body: { email: carol.email, role: 'viewer' } }),
      202,
    );
    // Someone else's invitation: not found, for the owner and for a third person alike.
    expectProblem(await carol.as('POST', `/api/me/invitations/${toBob.id}/accept`), 404, 'NOT_FOUND');
    expectProblem(await alice.as('POST', `/api/me/invitations/${toBob.id}/accept`), 404, 'NOT_FOUND');
    const accepted = await ok(bob.as('POST', `/api/me/invitations/${toBob.id}/accept`));
    expect(accepted).toMatchObject({
      id: list.id,
      name: 'Answers',
      role: 'editor',
      owner_id: alice.id,
      member_count: 1,
    });
    expect((await carol.as('POST', `/api/me/invitations/${toCarol.id}/decline`)).status).toBe(204);
    // Answered once: a second answer finds nothing.
    expectProblem(await bob.as('POST', `/api/me/invitations/${toBob.id}/accept`), 404, 'NOT_FOUND');
    const members = await ok(bob.as('GET', `/api/me/lists/${list.id}/members`));
    expect(members.members.map((m: any) => [m.name, m.role])).toEqual([
      ['Alice', 'owner'],
      ['Bob', 'editor'],
    ]);
    expect(members.members[1]).toEqual({
      user_id: bob.id,
      name: 'Bob',
      email: bob.email,
      role: 'editor',
      joined_at: expect.stringMatching(ISO),
    });
    // Only the owner sees pending invitations.
    expect(members.invitations).toEqual([]);
    expectProblem(await carol.as('GET', `/api/me/lists/${list.id}/members`), 404, 'NOT_FOUND');
    const bobsLists = await ok(bob.as('GET', '/api/me/lists'));
    expect(bobsLists.lists.find((l: any) => l.id === list.id)).toMatchObject({
      role: 'editor',
      owner_id: alice.id,
    });
    const alicesLists = await ok(alice.as('GET', '/api/me/lists'));
    expect(alicesLists.lists.find((l: any) => l.id === list.id)).toMatchObject({
      role: 'owner',
      member_count: 1,
    });
  });

  it('refuses bad invitations with a problem and changes nothing', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Strict' } }), 201);
    const path = `/api/me/lists/${list.id}/members`;
    for (const body of [
      {},
      { email: 'not-an-email' },
      { email: bob.email, role: 'owner' },
      { email: bob.email, role: 'admin' },
      { email: `${'x'.repeat(250)}@example.com` },
      { email: bob.email, extra: 1 },
      { email: 42 },
    ]) {
      const res = await alice.as('POST', path, { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
    }
    // Herself, and someone already in: 409.
    expectProblem(await alice.as('POST', path, { body: { email: alice.email } }), 409, 'CONFLICT');
    await join(alice, list.id, bob, 'editor');
    expectProblem(await alice.as('POST', path, { body: { email: bob.email } }), 409, 'CONFLICT');
    // A member cannot invite, rename or delete; a stranger learns nothing.
    expectProblem(await bob.as('POST', path, { body: { email: carol.email } }), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await bob.as('PATCH', `/api/me/lists/${list.id}`, { body: { name: 'Mine' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expectProblem(await bob.as('DELETE', `/api/me/lists/${list.id}`), 403, 'AUTH_FORBIDDEN');
    expectProblem(await dave.as('POST', path, { body: { email: carol.email } }), 404, 'NOT_FOUND');
    expectProblem(
      await dave.as('PATCH', `/api/me/lists/${list.id}`, { body: { name: 'x' } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await alice.as('GET', '/api/me/lists/987654321/members'), 404, 'NOT_FOUND');
    const members = await ok(alice.as('GET', path));
    expect(members.members).toHaveLength(2);
    expect(members.invitations).toEqual([]);
    expect((await ok(alice.as('GET', `/api/me/lists/${list.id}`))).name).toBe('Strict');
  });

  it('limits invitations per hour with 429 and Retry-After', async () => {
    const sender = await person(server, 'Sender');
    const list = await ok(sender.as('POST', '/api/me/lists', { body: { name: 'Many' } }), 201);
    for (let i = 0; i < 30; i++) {
      await ok(
        sender.as('POST', `/api/me/lists/${list.id}/members`, {
          body: { email: `guest${i}.${stamp}@example.com` },
        }),
        202,
      );
    }
    const res = await sender.as('POST', `/api/me/lists/${list.id}/members`, {
      body: { email: `one-more.${stamp}@example.com` },
    });
    expectProblem(res, 429, 'RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('list pages as memberships change', () => {
  // A caller who is no list's member gets pages from their own tasks only; the moment they join a
  // list, its tasks are on their pages and in every count, and gone again once they leave.
  it('shows a list’s tasks from the moment of joining until leaving, in pages and counts', async () => {
    const owner = await person(server, 'Olive');
    const member = await person(server, 'Milo');
    const mine = await ok(
      member.as('POST', '/api/me/tasks', { body: { title: 'Milo own', tags: ['both'] } }),
      201,
    );
    const page = async (query: string) => ok(member.as('GET', `/api/me/tasks?${query}`));
    const ids = (body: { tasks: { id: number }[] }) => body.tasks.map((t) => t.id).sort((a, b) => a - b);
    // Seen as a non-member first (every page shape below).
    const queries = ['', 'tag=both', 'tag=both&status=pending', 'status=pending&sort=due', 'sort=title'];
    for (const query of queries) expect(ids(await page(query)), query).toEqual([mine.id]);

    const shared = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Joined' } }), 201);
    const theirs = await ok(
      owner.as('POST', '/api/me/tasks', {
        body: { title: 'Olive shared', tags: ['Both'], list_id: shared.id },
      }),
      201,
    );
    await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Olive private', tags: ['both'] } }), 201);
    await join(owner, shared.id, member, 'viewer');
    const both = [mine.id, theirs.id].sort((a, b) => a - b);
    for (const query of queries) {
      const body = await page(query);
      expect(ids(body), query).toEqual(both);
      expect(body.count, query).toBe(2);
    }
    expect((await page(`list_id=${shared.id}`)).count).toBe(1);

    expect((await member.as('DELETE', `/api/me/lists/${shared.id}/members/${member.id}`)).status).toBe(204);
    for (const query of queries) {
      const body = await page(query);
      expect(ids(body), query).toEqual([mine.id]);
      expect(body.count, query).toBe(1);
    }
    // The owner's own pages never showed the member's task, and count the owner's tasks only.
    const ownerPage = await ok(owner.as('GET', '/api/me/tasks?tag=both'));
    expect(ownerPage.count).toBe(2);
    expect(ownerPage.tasks.map((t: { id: number }) => t.id)).not.toContain(mine.id);
  });
});
