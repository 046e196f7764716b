// The notifications inbox: each kind reaches the right people and never the actor
// or a stranger, a removed member gets no more, read and unread with their counts, the event
// stream's count, and bad input. On both databases (TEST_DATABASE_URL for a Postgres server).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionedIn } from '../server/features/notifications/mentions.js';
import { queryRows } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { stream } from './support/live.js';
import { callTool, mcpSessions, toolJson } from './support/mcp.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;
let carol: Person;
let dave: Person;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob, carol, dave] = [
    await person(server, 'Alice'),
    await person(server, 'Bob'),
    await person(server, 'Carol'),
    await person(server, 'Dave'),
  ];
  // A name with a space, as members see it: mentions read it whole.
  await queryRows(server.database.db, sql`update users set name = 'Bob Stone' where id = ${bob.id}`);
  bob.name = 'Bob Stone';
});
const mcp = mcpSessions(() => server);
afterAll(async () => {
  await mcp.closeAll();
  await server.close();
});

interface Notification {
  id: number;
  kind: string;
  actor: { id: string; name: string };
  task_id: number | null;
  list_id: number | null;
  comment_id: number | null;
  subject: string;
  excerpt: string | null;
  read: boolean;
  read_at: string | null;
  created_at: string;
}

const inbox = async (who: Person, query = '') =>
  (await ok(who.as('GET', `/api/me/notifications${query}`))) as {
    notifications: Notification[];
    unread_count: number;
    next_offset: number | null;
  };

/** The notifications someone has after `since` (an id), oldest first, as kind/actor/subject. */
async function newSince(who: Person, since: number): Promise<string[]> {
  const page = await inbox(who, '?order=newest&limit=100');
  return page.notifications
    .filter((n) => n.id > since)
    .reverse()
    .map((n) => `${n.kind} by ${n.actor.name}: ${n.subject}`);
}

const latestId = async (who: Person) => (await inbox(who, '?order=newest&limit=1')).notifications[0]?.id ?? 0;

/** Everyone's newest notification id, to read what one step brought each of them. */
async function mark(): Promise<Map<Person, number>> {
  const at = new Map<Person, number>();
  for (const who of [alice, bob, carol, dave]) at.set(who, await latestId(who));
  return at;
}

async function brought(at: Map<Person, number>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [who, since] of at) out[who.name] = await newSince(who, since);
  return out;
}

describe('what is notified, to whom', () => {
  let list: { id: number };
  let task: { id: number };

  beforeAll(async () => {
    list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Garden' } }), 201);
    task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Plant roses', list_id: list.id } }),
      201,
    );
  });

  it('members joining the list: its owner is told, the joiner and others are not', async () => {
    const at = await mark();
    await join(alice, list.id, bob, 'editor');
    await join(alice, list.id, carol, 'viewer');
    expect(await brought(at)).toEqual({
      Alice: ['joined by Bob Stone: Garden', 'joined by Carol: Garden'],
      'Bob Stone': [],
      Carol: [],
      Dave: [],
    });
    const joined = (await inbox(alice)).notifications[0]!;
    expect(joined).toMatchObject({
      kind: 'joined',
      list_id: list.id,
      task_id: null,
      read: false,
      read_at: null,
    });
  });

  it('an assignment by someone else reaches the assignee; assigning yourself tells no one', async () => {
    let at = await mark();
    await ok(bob.as('PATCH', `/api/me/tasks/${task.id}`, { body: { assignee_id: bob.id } }));
    expect(await brought(at)).toEqual({ Alice: [], 'Bob Stone': [], Carol: [], Dave: [] });
    at = await mark();
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { assignee_id: carol.id } }));
    expect(await brought(at)).toEqual({
      Alice: [],
      'Bob Stone': [],
      Carol: ['assigned by Alice: Plant roses'],
      Dave: [],
    });
    // A task made already assigned, by an editor.
    at = await mark();
    const made = await ok(
      bob.as('POST', '/api/me/tasks', {
        body: { title: 'Buy compost', list_id: list.id, assignee_id: alice.id },
      }),
      201,
    );
    expect(await brought(at)).toEqual({
      Alice: ['assigned by Bob Stone: Buy compost'],
      'Bob Stone': [],
      Carol: [],
      Dave: [],
    });
    const assigned = (await inbox(alice, '?order=newest&limit=1')).notifications[0]!;
    expect(assigned).toMatchObject({ task_id: made.id, list_id: list.id, actor: { id: bob.id } });
  });

  it('a comment reaches the owner, the assignee and earlier commenters who can read it; a mention reaches the one named', async () => {
    // The task is alice's, assigned to carol. Bob comments: alice (owner) and carol (assignee).
    let at = await mark();
    const first = await ok(
      bob.as('POST', `/api/me/tasks/${task.id}/comments`, { body: { body: 'Which   colour\n of roses?' } }),
      201,
    );
    expect(await brought(at)).toEqual({
      Alice: ['comment by Bob Stone: Plant roses'],
      'Bob Stone': [],
      Carol: ['comment by Bob Stone: Plant roses'],
      Dave: [],
    });
    const comment = (await inbox(carol, '?order=newest&limit=1')).notifications[0]!;
    expect(comment).toMatchObject({
      comment_id: first.id,
      task_id: task.id,
      excerpt: 'Which colour of roses?',
    });

    // Alice answers: bob now follows it (he commented), carol is the assignee; alice is the actor.
    at = await mark();
    await ok(
      alice.as('POST', `/api/me/tasks/${task.id}/comments`, {
        body: { body: '**Red** [ones](https://example.com/roses), `not` ~~white~~' },
      }),
      201,
    );
    expect(await brought(at)).toEqual({
      Alice: [],
      'Bob Stone': ['comment by Alice: Plant roses'],
      Carol: ['comment by Alice: Plant roses'],
      Dave: [],
    });
    // The excerpt is the Markdown's text.
    expect((await inbox(bob, '?order=newest&limit=1')).notifications[0]!.excerpt).toBe('Red ones, not white');

    // A mention by the name members see, in any case, with a space in it; a mention is one
    // notification, not a comment and a mention. Dave (no member) named is no one.
    const other = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Prune hedge', list_id: list.id } }),
      201,
    );
    at = await mark();
    await ok(
      alice.as('POST', `/api/me/tasks/${other.id}/comments`, {
        body: { body: 'Could @bob stone or @Dave help? mail alice@carol.example' },
      }),
      201,
    );
    expect(await brought(at)).toEqual({
      Alice: [],
      'Bob Stone': ['mention by Alice: Prune hedge'],
      Carol: [],
      Dave: [],
    });
    // An edit that mentions someone new tells them once (as a mention); those mentioned before,
    // and followers, are not told again; mentioning them again after taking them out tells no one.
    const mentioning = (await ok(alice.as('GET', `/api/me/tasks/${other.id}/comments`))) as {
      comments: { id: number; body: string }[];
    };
    const edited = mentioning.comments.find((c) => c.body.startsWith('Could @bob'))!;
    const edit = (body: string) =>
      ok(alice.as('PATCH', `/api/me/tasks/${other.id}/comments/${edited.id}`, { body: { body } }));
    at = await mark();
    await edit('Could @bob stone or @carol help?');
    expect(await brought(at)).toEqual({
      Alice: [],
      'Bob Stone': [],
      Carol: ['mention by Alice: Prune hedge'],
      Dave: [],
    });
    at = await mark();
    await edit('Could @bob stone help?');
    await edit('Could @bob stone or @Carol help, please?');
    expect(await brought(at)).toEqual({ Alice: [], 'Bob Stone': [], Carol: [], Dave: [] });

    // Mentioning yourself tells no one.
    at = await mark();
    await ok(
      bob.as('POST', `/api/me/tasks/${other.id}/comments`, { body: { body: 'Sure, @Bob Stone will' } }),
      201,
    );
    expect(await brought(at)).toEqual({
      Alice: ['comment by Bob Stone: Prune hedge'],
      'Bob Stone': [],
      Carol: [],
      Dave: [],
    });
  });

  it('a task completed by someone else reaches the owner and every member but the actor', async () => {
    let at = await mark();
    await ok(bob.as('PATCH', `/api/me/tasks/${task.id}/complete`));
    expect(await brought(at)).toEqual({
      Alice: ['completed by Bob Stone: Plant roses'],
      'Bob Stone': [],
      Carol: ['completed by Bob Stone: Plant roses'],
      Dave: [],
    });
    // Reopening is not notified; the owner completing it tells the members.
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { completed: false } }));
    at = await mark();
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}/complete`));
    expect(await brought(at)).toEqual({
      Alice: [],
      'Bob Stone': ['completed by Alice: Plant roses'],
      Carol: ['completed by Alice: Plant roses'],
      Dave: [],
    });
  });

  it('a task of a list nobody shares tells no one', async () => {
    const own = await ok(dave.as('POST', '/api/me/lists', { body: { name: 'Dave alone' } }), 201);
    const t = await ok(dave.as('POST', '/api/me/tasks', { body: { title: 'Solo', list_id: own.id } }), 201);
    const at = await mark();
    await ok(dave.as('POST', `/api/me/tasks/${t.id}/comments`, { body: { body: 'note to @Dave' } }), 201);
    await ok(dave.as('PATCH', `/api/me/tasks/${t.id}/complete`));
    expect(await brought(at)).toEqual({ Alice: [], 'Bob Stone': [], Carol: [], Dave: [] });
  });

  it('a member who leaves: the owner is told; removed, they get nothing more from the list', async () => {
    let at = await mark();
    await ok(carol.as('DELETE', `/api/me/lists/${list.id}/members/${carol.id}`), 204);
    expect(await brought(at)).toEqual({
      Alice: ['left by Carol: Garden'],
      'Bob Stone': [],
      Carol: [],
      Dave: [],
    });
    // The owner removing bob tells no one (the owner is the actor).
    at = await mark();
    await ok(alice.as('DELETE', `/api/me/lists/${list.id}/members/${bob.id}`), 204);
    expect(await brought(at)).toEqual({ Alice: [], 'Bob Stone': [], Carol: [], Dave: [] });
    // Neither hears of the list any more: comments (bob commented before), mentions, completions.
    at = await mark();
    await ok(
      alice.as('POST', `/api/me/tasks/${task.id}/comments`, {
        body: { body: '@Bob Stone @Carol see this?' },
      }),
      201,
    );
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { completed: false } }));
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}/complete`));
    expect(await brought(at)).toEqual({ Alice: [], 'Bob Stone': [], Carol: [], Dave: [] });
  });
});

describe('read and unread', () => {
  it('counts, marks one read and unread, orders unread first, pages, and marks all read', async () => {
    const page = await inbox(alice);
    expect(page.unread_count).toBeGreaterThanOrEqual(5);
    expect(page.unread_count).toBe(page.notifications.filter((n) => !n.read).length);
    const [newest, second] = (await inbox(alice, '?order=newest')).notifications;
    const read = await ok(alice.as('PATCH', `/api/me/notifications/${second!.id}`, { body: { read: true } }));
    expect(read).toMatchObject({ id: second!.id, read: true, read_at: expect.any(String) });
    // Marking again keeps the first time it was read.
    const again = await ok(
      alice.as('PATCH', `/api/me/notifications/${second!.id}`, { body: { read: true } }),
    );
    expect(again.read_at).toBe(read.read_at);
    expect((await inbox(alice)).unread_count).toBe(page.unread_count - 1);

    // Unread first: the read one comes after every unread one; newest first: by time only.
    const unreadFirst = (await inbox(alice)).notifications;
    const firstRead = unreadFirst.findIndex((n) => n.read);
    expect(unreadFirst.slice(firstRead).every((n) => n.read)).toBe(true);
    expect(unreadFirst[firstRead]!.id).toBe(second!.id);
    expect((await inbox(alice, '?order=newest')).notifications.slice(0, 2).map((n) => n.id)).toEqual([
      newest!.id,
      second!.id,
    ]);
    expect((await inbox(alice, '?unread=false')).notifications.map((n) => n.id)).toEqual([second!.id]);
    expect((await inbox(alice, '?unread=true')).notifications).toHaveLength(page.unread_count - 1);

    // Pages of two cover everything once.
    const seen: number[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const p = await inbox(alice, `?limit=2&offset=${offset}`);
      expect(p.notifications.length).toBeLessThanOrEqual(2);
      seen.push(...p.notifications.map((n) => n.id));
      offset = p.next_offset;
    }
    expect(seen).toEqual(unreadFirst.map((n) => n.id));

    const unread = await ok(
      alice.as('PATCH', `/api/me/notifications/${second!.id}`, { body: { read: false } }),
    );
    expect(unread).toMatchObject({ read: false, read_at: null });
    const all = await ok(alice.as('POST', '/api/me/notifications/read'));
    expect(all).toEqual({ marked: page.unread_count, unread_count: 0 });
    expect((await inbox(alice)).notifications.every((n) => n.read)).toBe(true);
    expect(await ok(alice.as('POST', '/api/me/notifications/read'))).toEqual({ marked: 0, unread_count: 0 });
    // Others' inboxes are untouched.
    expect((await inbox(carol)).unread_count).toBeGreaterThan(0);
  });

  it("another's notification is a 404, as a missing one, and stays unread", async () => {
    const carols = (await inbox(carol)).notifications.find((n) => !n.read)!;
    const missing = await dave.as('PATCH', '/api/me/notifications/987654321', { body: { read: true } });
    expectProblem(missing, 404, 'NOT_FOUND');
    const theirs = await dave.as('PATCH', `/api/me/notifications/${carols.id}`, { body: { read: true } });
    expectProblem(theirs, 404, 'NOT_FOUND');
    expect(theirs.body.detail.replace(String(carols.id), '{id}')).toBe(
      missing.body.detail.replace('987654321', '{id}'),
    );
    expectProblem(await dave.as('GET', `/api/${carol.id}/notifications`), 403, 'AUTH_FORBIDDEN');
    expect((await inbox(carol)).notifications.find((n) => n.id === carols.id)!.read).toBe(false);
  });

  it('bad input is a problem naming what is wrong, and changes nothing', async () => {
    const before = await inbox(carol);
    const one = before.notifications[0]!;
    for (const query of [
      '?limit=0',
      '?limit=101',
      '?limit=x',
      '?offset=-1',
      '?offset=1001',
      '?order=oldest',
      '?unread=yes',
      '?colour=red',
    ]) {
      expectProblem(await carol.as('GET', `/api/me/notifications${query}`), 422, 'VALIDATION_ERROR');
    }
    for (const body of [{}, { read: 'yes' }, { read: true, extra: 1 }, { read: null }, []]) {
      const res = await carol.as('PATCH', `/api/me/notifications/${one.id}`, { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
    }
    expectProblem(
      await carol.as('PATCH', '/api/me/notifications/abc', { body: { read: true } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await carol.as('PATCH', '/api/me/notifications/99999999999999999999', { body: { read: true } }),
      404,
      'NOT_FOUND',
    );
    expect(await inbox(carol)).toEqual(before);
  });
});

describe('the event stream', () => {
  it('sends the unread count when a notification arrives and when it is read', async () => {
    const s = await stream(server, dave.id);
    try {
      const list = await ok(dave.as('POST', '/api/me/lists', { body: { name: 'Shed' } }), 201);
      await join(dave, list.id, alice, 'editor');
      await s.until(() => s.events.some((e) => e.event === 'notifications'), 'a notifications event');
      const arrived = s.events.filter((e) => e.event === 'notifications').at(-1)!;
      const unread = (await inbox(dave)).unread_count;
      expect(arrived.data).toEqual({ unread_count: unread, latest_id: await latestId(dave) });
      expect(arrived.id).toBeUndefined();
      await ok(dave.as('POST', '/api/me/notifications/read'));
      await s.until(
        () => s.events.some((e) => e.event === 'notifications' && e.data.unread_count === 0),
        'the count after reading',
      );
    } finally {
      await s.close();
    }
  });
});

describe('the MCP tool', () => {
  it('list_notifications answers the caller’s own, unread first, without marking them read', async () => {
    const client = await mcp.connect(carol.id);
    const before = await inbox(carol);
    const raw = await callTool(client, 'list_notifications', { user_id: 'me', limit: 50 });
    expect(raw.isError, JSON.stringify(raw.content)).toBeFalsy();
    const all = toolJson(raw);
    expect(all.unread_count).toBe(before.unread_count);
    expect(all.notifications.map((n: Notification) => n.id)).toEqual(before.notifications.map((n) => n.id));
    const unread = toolJson(
      await callTool(client, 'list_notifications', { user_id: 'me', unread_only: true }),
    );
    expect(unread.notifications.every((n: Notification) => !n.read)).toBe(true);
    expect(unread.notifications).toHaveLength(before.unread_count);
    expect(await inbox(carol)).toEqual(before);
    // Another caller's tool sees only their own.
    const daves = toolJson(
      await callTool(await mcp.connect(dave.id), 'list_notifications', { user_id: 'me' }),
    );
    expect(
      daves.notifications.every((n: Notification) => !before.notifications.some((c) => c.id === n.id)),
    ).toBe(true);
    // Bad arguments are refused.
    const bad = await callTool(client, 'list_notifications', { user_id: 'me', limit: 500 });
    expect(bad.isError).toBe(true);
  });
});

describe('mentions', () => {
  const people = [
    { id: 'ana', name: 'Ana' },
    { id: 'analima', name: 'Ana Lima' },
    { id: 'bo', name: 'Bø' },
  ];
  it.each([
    ['@Ana hello', ['ana']],
    ['hello @ana lima!', ['analima']],
    ['@Analyst is someone else', []],
    ['ana@example.com', []],
    ['(@bø) and @ANA.', ['bo', 'ana']],
    ['no at sign', []],
    ['@', []],
  ])('%s', (body, ids) => {
    expect([...mentionedIn(body, people)].sort()).toEqual([...ids].sort());
  });
});
