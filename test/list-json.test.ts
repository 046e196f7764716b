// List pages are built as JSON text by Postgres (docs/decisions/0100-list-pages.md):
// every field of every task, the count and the cursor must read exactly as before, when Node built
// them (listTasks + toTaskJson, which the assistant's tools still use), and each task exactly as
// GET /api/me/tasks/:id answers it: same values, same formats, same key order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TASK_JSON_PART_CALLS,
  TASK_JSON_PART_FUNCTIONS_SQL,
  TASK_JSON_PARTS_MARK,
} from '../server/features/tasks/tasks.json.js';
import { listTasks } from '../server/features/tasks/tasks.list.js';
import { toTaskJson } from '../server/features/tasks/tasks.presenter.js';
import { ListQuerySchema } from '../server/features/tasks/tasks.schema.js';
import { rawQuery } from '../server/platform/db/client.js';
import { linkSecret } from './support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;
type As = ReturnType<TestServer['as']>;
interface Person {
  id: string;
  email: string;
  as: As;
}

const stamp = Date.now();

async function person(name: string): Promise<Person> {
  const email = `${name.toLowerCase()}.${stamp}@example.com`;
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  return { id: up.body.user.id, email, as: server.as(up.body.user.id) };
}

async function ok(res: Promise<{ status: number; text: string; body: any }>, status = 200) {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

let alice: Person;
let bob: Person;
let listId: number;
let parentId: number;

beforeAll(async () => {
  server = await startTestServer();
  alice = await person('Alice');
  bob = await person('Bob');
  const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Home' } }), 201);
  listId = list.id;
  const invitation = await ok(
    alice.as('POST', `/api/me/lists/${listId}/members`, { body: { email: bob.email, role: 'editor' } }),
    202,
  );
  await ok(
    bob.as('POST', `/api/me/invitations/${invitation.id}/accept`, {
      body: { token: linkSecret(invitation) },
    }),
  );

  const create = (who: Person, body: object) => ok(who.as('POST', '/api/me/tasks', { body }), 201);
  // Every kind of field: text that needs escaping, nulls, a timed due moment with a recurrence and
  // reminders of both kinds, an all-day date, tags, a list, a completed occurrence of a series
  // (completed_at, series_task_id), subtask counts, a manual position between two others, a task
  // another member made and one assigned to them, priorities.
  const series = await create(alice, {
    title: 'Water the plants "on the balcony" \\ ünïcødé 😀 </script>',
    description: 'Line one\nLine two\ttabbed \u0001 control, \u2028 separator',
    priority: 'high',
    tags: ['Home', 'green', 'ünï'],
    due_at: '2026-11-23T08:00:00.5+05:00',
    recurrence: 'FREQ=DAILY;COUNT=5',
    recurrence_from: 'completion',
    reminders: [{ minutes_before: 30 }, { at: '2026-11-22T10:00:00+01:00' }],
    list_id: listId,
  });
  await ok(alice.as('PATCH', `/api/me/tasks/${series.id}/complete`));
  await create(alice, { title: 'All day plants', due_date: '2026-12-01', priority: 'low', tags: ['home'] });
  const bare = await create(alice, { title: 'Bare' });
  const parent = await create(alice, { title: 'Parent with plants', list_id: listId, priority: 'medium' });
  parentId = parent.id;
  const child = await create(alice, { title: 'Child one', parent_id: parent.id });
  await create(alice, { title: 'Child two', parent_id: parent.id, description: '' });
  await ok(alice.as('PATCH', `/api/me/tasks/${child.id}/complete`));
  await ok(alice.as('POST', `/api/me/tasks/${bare.id}/move`, { body: { after_id: parent.id } }));
  const bobs = await create(bob, { title: 'Bob adds plants to Home', list_id: listId, tags: ['shared'] });
  await create(alice, { title: 'For Bob', list_id: listId, assignee_id: bob.id });
  await create(bob, { title: 'Bob alone', due_at: '2030-01-01T00:00:00Z' });
  expect(bobs.user_id).toBe(alice.id);
});
afterAll(() => server.close());

/** The page as Node built it before (listTasks + toTaskJson), for the same query. */
async function builtByNode(who: Person, query: string) {
  const params = new URLSearchParams(query);
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of params) raw[k] = k === 'tag' || k === 'priority' ? [...(raw[k] ?? []), v] : v;
  const page = await listTasks(server.database.db, who.id, ListQuerySchema.parse(raw));
  const tasks = page.tasks.map(toTaskJson);
  // A search says whether its count is exact (docs/decisions/0131-search-newest-matches-and-typos.md).
  return page.countExact
    ? { tasks, count: page.count, next_cursor: page.nextCursor }
    : { tasks, count: page.count, count_exact: false, next_cursor: page.nextCursor };
}

/** Reads every page of a query (following next_cursor) and checks each one field by field. */
async function checkPages(who: Person, query: string): Promise<number> {
  let seen = 0;
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const q: string = cursor === null ? query : `${query}&cursor=${encodeURIComponent(cursor)}`;
    const res = await who.as('GET', `/api/me/tasks?${q}`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // Same tasks, count and cursor, each field with the same value and type, in the same key order.
    expect(JSON.stringify(res.body), q).toBe(JSON.stringify(await builtByNode(who, q)));
    for (const task of res.body.tasks) {
      const one = await ok(who.as('GET', `/api/me/tasks/${task.id}`));
      expect(JSON.stringify(task), `${q}: task ${task.id}`).toBe(JSON.stringify(one));
    }
    seen += res.body.tasks.length;
    cursor = res.body.next_cursor;
    if (cursor === null) return seen;
  }
  throw new Error(`${query}: more than 50 pages`);
}

describe('list pages built by Postgres', () => {
  it('answer every field as before, and as the task itself reads, for the owner and a member', async () => {
    const shapes = [
      'limit=200',
      'limit=2',
      'sort=title&limit=3',
      'sort=-updated&limit=4',
      'sort=due&limit=2',
      'sort=-priority&limit=3',
      'q=plants',
      'q=plants&limit=1',
      'q=plants&sort=created',
      'tag=home',
      'tag=home&status=pending',
      'status=completed',
      `list_id=${listId}&sort=manual&limit=2`,
      `list_id=${listId}&parent_id=none`,
      'list_id=inbox',
      'view=inbox',
      'assigned=me',
      'count=none&limit=3',
    ];
    const counts: Record<string, number> = {};
    for (const who of [alice, bob]) {
      for (const shape of shapes)
        counts[`${who === alice ? 'alice' : 'bob'} ${shape}`] = await checkPages(who, shape);
    }
    const subtasks = await checkPages(alice, `parent_id=${parentId}`);
    // The pages were not empty: the owner sees her 9 tasks (a completed occurrence among them; one
    // moved into the list), the member the list's 8 and his own one.
    expect(counts['alice limit=200']).toBe(9);
    expect(counts[`alice list_id=${listId}&sort=manual&limit=2`]).toBe(8);
    expect(counts['bob limit=200']).toBe(9);
    expect(counts['bob tag=home']).toBe(2);
    expect(counts['bob q=plants']).toBe(4);
    expect(counts['bob assigned=me']).toBe(1);
    expect(subtasks).toBe(2);
  });

  it('answers an empty page, a page past the last, and a search with nothing searchable', async () => {
    const stranger = server.as('list-json-stranger');
    for (const query of ['limit=5', 'q=nothing-like-this', 'q=%21%21', 'q=%21%21&count=none']) {
      const page = await ok(stranger('GET', `/api/me/tasks?${query}`));
      expect(page).toEqual({ tasks: [], count: query.includes('count=none') ? null : 0, next_cursor: null });
    }
    const first = await ok(alice.as('GET', '/api/me/tasks?limit=9'));
    expect(first.next_cursor).toBeNull();
    const all = await ok(alice.as('GET', '/api/me/tasks?limit=8'));
    const past = await ok(
      alice.as('GET', `/api/me/tasks?limit=8&cursor=${encodeURIComponent(all.next_cursor)}`),
    );
    expect(past.tasks).toHaveLength(1);
    expect(past.count).toBe(9);
  });

  it('stores the parts the presenter field list makes, rebuilt when it changes, one version of each function', async () => {
    // The parts are derived at start (server/migrate.ts): the marked columns, generated by the
    // current functions, and no older version of those functions left behind.
    const db = server.database.db;
    const [column] = await rawQuery<{ mark: string | null; head: string; tail: string }>(
      db,
      `select col_description('tasks'::regclass, h.attnum) as mark,
         pg_get_expr(hd.adbin, hd.adrelid) as head, pg_get_expr(td.adbin, td.adrelid) as tail
       from pg_attribute h join pg_attrdef hd on hd.adrelid = h.attrelid and hd.adnum = h.attnum,
         pg_attribute t join pg_attrdef td on td.adrelid = t.attrelid and td.adnum = t.attnum
       where h.attrelid = 'tasks'::regclass and h.attname = 'json_head'
         and t.attrelid = 'tasks'::regclass and t.attname = 'json_tail'`,
      [],
    );
    expect(column!.mark).toBe(TASK_JSON_PARTS_MARK);
    const unquoted = (call: string) => call.replaceAll('"', '').replace(/\s+/g, ' ');
    expect([column!.head, column!.tail].map(unquoted)).toEqual(TASK_JSON_PART_CALLS.map(unquoted));
    const functions = await rawQuery<{ name: string; body: string }>(
      db,
      `select proname as name, prosrc as body from pg_proc
       where proname in ('doable_task_json_head', 'doable_task_json_tail') order by proname`,
      [],
    );
    expect(functions.map((f) => f.name)).toEqual(['doable_task_json_head', 'doable_task_json_tail']);
    TASK_JSON_PART_FUNCTIONS_SQL.forEach((statement, i) => {
      expect(statement).toContain(functions[i]!.body);
    });
  });
});
