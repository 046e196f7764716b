// The policy's rules (server/platform/access/policy.ts), pinned by a literal table of roles and
// actions, as a list's permissions tell its caller, and the administrators' routes, which no role
// on a list grants, tried by everyone through every door. The routes' and tools' tries:
// test/policy-routes.test.ts and test/policy-tools.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, can, listPermissions, ROLES } from '../server/platform/access/policy.js';
import { PROBLEM } from './support/expect.js';
import { ok } from './support/people.js';
import { type PolicyWorld, policyWorld } from './support/policy-people.js';
import { type AdminTry, DOORS, PEOPLE, POLICY_TABLE, ROLE_OF, ROUTE_TRIES } from './support/policy-table.js';

let w: PolicyWorld;
beforeAll(async () => {
  w = await policyWorld();
});
afterAll(async () => {
  await w?.close();
});

describe('the policy covers its actions', () => {
  it('every action of the policy is tried by some route', () => {
    const tried = new Set(ROUTE_TRIES.map((t) => t.attempt.action));
    expect(ACTIONS.filter((a) => !tried.has(a) && a !== 'task.read')).toEqual([]);
  });
});

describe('the rules', () => {
  it('are this table of roles and actions (a change of policy changes this test)', () => {
    const table = Object.fromEntries(
      ACTIONS.map((action) => [
        action,
        ROLES.filter((role) => can(role, action, { author: true }))
          .map((role) => (can(role, action, { author: false }) ? role : `${role} (author)`))
          .join(', '),
      ]),
    );
    expect(table).toEqual({
      'list.read': 'owner, editor, viewer',
      'list.update': 'owner',
      'list.delete': 'owner',
      'list.share': 'owner',
      'list.leave': 'editor, viewer',
      'task.create': 'owner, editor',
      'task.read': 'owner, editor, viewer',
      'task.update': 'owner, editor',
      'task.delete': 'owner, editor',
      'section.update': 'owner, editor',
      'comment.create': 'owner, editor',
      'comment.update': 'owner (author), editor (author)',
      'comment.delete': 'owner, editor (author)',
    });
    expect(ACTIONS.some((action) => can(null, action))).toBe(false);
  });

  it("a list's permissions are the rules for its caller's role", async () => {
    for (const who of ['owner', 'editor', 'viewer'] as const) {
      const list = await ok(w.call(who, 'jwt', 'GET', `/api/me/lists/${w.listId}`));
      expect(list.permissions, who).toEqual(listPermissions(ROLE_OF[who]!));
    }
    expect((await ok(w.call('viewer', 'jwt', 'GET', `/api/me/lists/${w.listId}`))).permissions).toEqual({
      update: false,
      delete: false,
      share: false,
      leave: true,
      create_tasks: false,
      update_tasks: false,
      delete_tasks: false,
      update_sections: false,
      comment: false,
    });
  });
});

describe.each(DOORS)("the administrators' routes through a %s", (door) => {
  const ADMIN = Object.entries(POLICY_TABLE).filter((e): e is [string, AdminTry] => 'admin' in e[1]);
  it.each(
    ADMIN.flatMap(([route, entry]) =>
      PEOPLE.map((who) => [`${route}, as the ${who}`, route, entry, who] as const),
    ),
  )('%s', async (_, route, entry, who) => {
    const method = route.split(' ')[0]!;
    // Each names the editor's account (the owner's, when the owner tries: not their own).
    const target = w.people[who === 'editor' ? 'owner' : 'editor'].id;
    if (who === 'owner') {
      // The administrator: reads answer; changes are test/admin.test.ts's.
      if (method === 'GET') await ok(w.call(who, door, method, entry.admin(target)));
      return;
    }
    const res = await w.call(who, door, method, entry.admin(target), entry.body);
    expect(res.status, res.text).toBe(403);
    expect(res.headers.get('content-type')).toMatch(PROBLEM);
    expect(res.body.detail).toMatch(/^Only the server's administrators can /);
  });
});
