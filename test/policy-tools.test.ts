// Every MCP tool of the policy table (test/support/policy-table.ts) called by each person of a
// shared list, and moves of a task between lists of every role: the policy's answer, and nothing
// a refused call names changes.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Role } from '../server/platform/access/policy.js';
import { PROBLEM } from './support/expect.js';
import { linkSecret, ok } from './support/people.js';
import { LIST_NAME, type PolicyWorld, policyWorld } from './support/policy-people.js';
import { PEOPLE, ROLE_OF, TOOL_TABLE } from './support/policy-table.js';

let w: PolicyWorld;
beforeAll(async () => {
  w = await policyWorld();
});
afterAll(async () => {
  await w?.close();
});

describe('every MCP tool', () => {
  const tries = Object.entries(TOOL_TABLE).flatMap(([name, entry]) =>
    'action' in entry ? PEOPLE.map((who) => [`${name}, as the ${who}`, name, entry, who] as const) : [],
  );
  it.each(tries)('%s', async (_, name, entry, who) => {
    const ids = await w.freshIds(w.listId, who, entry.needs);
    const before = await w.snapshot(ids);
    const result = (await (
      await w.mcp(who)
    ).callTool({
      name,
      arguments: { user_id: 'me', ...entry.args(ids, LIST_NAME) },
    })) as CallToolResult;
    const role = ROLE_OF[who];
    const allowed = entry.action === 'own-only' ? who === 'owner' : can(role, entry.action);
    const text = JSON.stringify(result.content);
    expect(Boolean(result.isError), text).toBe(!allowed);
    if (!allowed) expect(await w.snapshot(ids)).toEqual(before);
    if (role === null) expect(text).not.toContain('Probe');
  });
});

describe('moves between lists of every role', () => {
  // The editor of the shared list moves a task out of a list of the owner's where they have
  // `from` into one where they have `to`. The move needs task.update where the task is and
  // task.create where it goes; a list they cannot see (private, the owner's Inbox, their own
  // list, which holds only their own tasks) answers as one that does not exist (422).
  const PLACES = ['editor', 'viewer', 'private', "owner's inbox", 'own list'] as const;
  type Place = (typeof PLACES)[number];
  const lists = {} as Record<Place, number | null>;
  const roleIn: Record<Place, Role | null> = {
    editor: 'editor',
    viewer: 'viewer',
    private: null,
    "owner's inbox": null,
    'own list': null,
  };

  beforeAll(async () => {
    lists.editor = await w.sharedList('Editor list two');
    const viewerList = await ok(w.owner('POST', '/api/me/lists', { name: 'Viewer list' }), 201);
    const invitation = await ok(
      w.owner('POST', `/api/me/lists/${viewerList.id}/members`, {
        email: w.people.editor.email,
        role: 'viewer',
      }),
      202,
    );
    await ok(
      w.call('editor', 'jwt', 'POST', `/api/me/invitations/${invitation.id}/accept`, {
        token: linkSecret(invitation),
      }),
    );
    lists.viewer = viewerList.id;
    lists.private = (await ok(w.owner('POST', '/api/me/lists', { name: 'Private' }), 201)).id;
    lists["owner's inbox"] = null;
    lists['own list'] = (
      await ok(w.call('editor', 'jwt', 'POST', '/api/me/lists', { name: 'Mine' }), 201)
    ).id;
  });

  const WAYS = [
    'move list_id',
    'patch list_id',
    'move under a task there',
    'move after a task there',
  ] as const;
  const cases = (['editor', 'viewer'] as const).flatMap((from) =>
    PLACES.filter((to) => to !== from).flatMap((to) => WAYS.map((way) => [from, to, way] as const)),
  );

  it.each(cases)('from a list where they are %s to %s, by %s', async (from, to, way) => {
    const source = from === 'editor' ? w.listId : lists.viewer;
    const task = await ok(w.owner('POST', '/api/me/tasks', { title: 'Mover', list_id: source }), 201);
    const destination = lists[to];
    const anchorOwner = to === 'own list' ? 'editor' : 'owner';
    const anchor =
      way.startsWith('move under') || way.startsWith('move after')
        ? await ok(
            w.call(anchorOwner, 'jwt', 'POST', '/api/me/tasks', { title: 'Anchor', list_id: destination }),
            201,
          )
        : null;
    const before = (await w.owner('GET', `/api/me/tasks/${task.id}`)).text;
    const path = `/api/me/tasks/${task.id}`;
    const res =
      way === 'move list_id'
        ? await w.call('editor', 'jwt', 'POST', `${path}/move`, { list_id: destination })
        : way === 'patch list_id'
          ? await w.call('editor', 'jwt', 'PATCH', path, { list_id: destination })
          : way === 'move under a task there'
            ? await w.call('editor', 'jwt', 'POST', `${path}/move`, { parent_id: anchor.id })
            : await w.call('editor', 'jwt', 'POST', `${path}/move`, { after_id: anchor.id });
    const want = !can(roleIn[from], 'task.update')
      ? 403
      : roleIn[to] === null
        ? 422
        : can(roleIn[to], 'task.create')
          ? 200
          : 403;
    expect(res.status, res.text).toBe(want);
    if (want !== 200) {
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
      expect((await w.owner('GET', `/api/me/tasks/${task.id}`)).text).toBe(before);
    }
  });
});
