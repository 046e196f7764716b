// Search pages read task_search, the narrow copy of each task's search columns that follows its writes
// (migrations 0023 and 0060, decisions 0131 and 0180). Every page must be what
// the same search over tasks itself gives: the same tasks in the same relevance order (ts_rank,
// ties by id), the same exact count; and stay so through creates, edits, moves, completions, tag
// changes, deletes (with subtasks) and imports. The reference is computed in SQL over tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTasks } from '../bench/large.js';
import { searchQuery } from '../server/features/tasks/tasks.list.js';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OWNER = 'searcher';
const OTHER = 'searcher-other';
const NOW = Date.parse('2026-11-01T00:00:00Z');
const TS = `(to_tsquery('english', doable_unaccent($2)) || to_tsquery('simple', doable_unaccent($2)))`;

interface Case {
  /** The query string without limit and cursor. */
  query: string;
  q: string;
  /** Extra SQL clauses over tasks ($3 on): what the other filters mean. */
  where?: string;
  params?: unknown[];
  /** Order over tasks; relevance when absent. */
  order?: string;
}

/** Every page of a search (limit 7), as ids, with each page's count. */
async function pageThrough(user: string, query: string): Promise<{ ids: number[]; counts: number[] }> {
  const call = server.as(user);
  const ids: number[] = [];
  const counts: number[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; text: string; body: any } = await call(
      'GET',
      `/api/me/tasks?${query}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.tasks.map((t: { id: number }) => t.id));
    counts.push(res.body.count);
    cursor = res.body.next_cursor;
  } while (cursor && counts.length < 200);
  return { ids, counts };
}

/** The same search over tasks itself, in SQL. */
async function expected(user: string, c: Case): Promise<number[]> {
  const rows = await rawQuery<{ id: unknown }>(
    server.database.db,
    `select id from tasks where user_id = $1 and search @@ ${TS}${c.where ? ` and ${c.where}` : ''} ` +
      `order by ${c.order ?? `ts_rank(search, ${TS})::float8 desc, id desc`}`,
    [user, searchQuery(c.q), ...(c.params ?? [])],
  );
  return rows.map((r) => Number(r.id));
}

async function listIdOf(user: string, name: string): Promise<number> {
  const res = await server.as(user)('GET', '/api/me/lists');
  return res.body.lists.find((l: { name: string }) => l.name === name).id;
}

async function cases(user: string): Promise<Case[]> {
  const list = await listIdOf(user, 'Project 001');
  return [
    { query: 'q=report', q: 'report' },
    { query: 'q=rep', q: 'rep' },
    { query: 'q=meeting%20plan', q: 'meeting plan' },
    { query: 'q=invoice&status=pending', q: 'invoice', where: 'not completed' },
    { query: 'q=report&status=completed', q: 'report', where: 'completed' },
    { query: 'q=email&tag=work', q: 'email', where: `tag_keys @> '{work}'` },
    {
      query: 'q=call&tag=work&tag=home&status=pending',
      q: 'call',
      where: `tag_keys @> '{work,home}' and not completed`,
    },
    { query: `q=review&list_id=${list}`, q: 'review', where: 'list_id = $3', params: [list] },
    { query: 'q=review&list_id=inbox', q: 'review', where: 'list_id is null' },
    { query: 'q=report&sort=-created', q: 'report', order: 'created_at desc, id desc' },
    { query: 'q=report&sort=title', q: 'report', order: 'lower(title), id' },
    // Not answered by task_search (the priority is not there): the same answers through tasks.
    { query: 'q=report&priority=high', q: 'report', where: 'priority = 3' },
    // Words near no title: a search that finds nothing exactly retries by trigram similarity
    // (test/filters.test.ts), which "quokka" finds a title by.
    { query: 'q=zqxjvw', q: 'zqxjvw' },
    { query: 'q=nothingmatchesthis', q: 'nothingmatchesthis' },
  ];
}

async function expectSameAsTasks(user: string): Promise<void> {
  for (const c of await cases(user)) {
    const want = await expected(user, c);
    const got = await pageThrough(user, c.query);
    expect(got.ids, c.query).toEqual(want);
    expect(new Set(got.counts), c.query).toEqual(new Set([want.length]));
  }
  // The table itself holds exactly each task's search columns, nothing more or less.
  const [diff] = await rawQuery<{ n: number }>(
    server.database.db,
    `select count(*)::int as n from (
       (select id, user_id, list_id, completed, tag_keys, search from tasks
        except all select id, user_id, list_id, completed, tag_keys, search from task_search)
       union all
       (select id, user_id, list_id, completed, tag_keys, search from task_search
        except all select id, user_id, list_id, completed, tag_keys, search from tasks)) d`,
    [],
  );
  expect(diff!.n).toBe(0);
}

describe('search pages through task_search', () => {
  it('answers the same pages and counts as a search of tasks, through writes of every kind', async () => {
    const call = server.as(OWNER);
    const imported = await call('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: generateTasks(400, 19, NOW) },
    });
    expect(imported.status, imported.text).toBe(201);
    // Another owner with the same kind of data: never in the first one's pages or counts.
    const other = await server.as(OTHER)('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: generateTasks(150, 20, NOW) },
    });
    expect(other.status, other.text).toBe(201);
    await expectSameAsTasks(OWNER);

    const page = await call('GET', '/api/me/tasks?q=report&limit=40');
    const [a, b, c, d, e] = page.body.tasks as { id: number; title: string }[];
    const another = await listIdOf(OWNER, 'Project 002');
    const patch = async (id: number, body: object) =>
      expect((await call('PATCH', `/api/me/tasks/${id}`, { body })).status).toBe(200);
    // Renamed away from the word, given it in the description, done, re-tagged, moved.
    await patch(a!.id, { title: 'Something else' });
    await patch(b!.id, { description: 'report report report' });
    await patch(c!.id, { completed: true });
    await patch(d!.id, { tags: ['work', 'home'] });
    await patch(e!.id, { list_id: another });
    // A new task, a parent with a subtask deleted together, and a second import.
    const created = await call('POST', '/api/me/tasks', {
      body: { title: 'Quarterly report draft', tags: ['work'] },
    });
    expect(created.status).toBe(201);
    const parent = await call('POST', '/api/me/tasks', { body: { title: 'Report parent' } });
    const child = await call('POST', '/api/me/tasks', {
      body: { title: 'Report child', parent_id: parent.body.id },
    });
    expect(child.status, child.text).toBe(201);
    await expectSameAsTasks(OWNER);
    expect((await call('DELETE', `/api/me/tasks/${parent.body.id}`)).status).toBe(204);
    const again = await call('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: generateTasks(60, 21, NOW) },
    });
    expect(again.status, again.text).toBe(201);
    await expectSameAsTasks(OWNER);
    await expectSameAsTasks(OTHER);
  });

  it('follow each write: in the background within seconds, and at once for a search right after it', async () => {
    const call = server.as('deriver');
    const one = async (sqlText: string, params: unknown[]) =>
      (await rawQuery<{ n: number }>(server.database.db, sqlText, params))[0]!.n;
    /** Waits (up to 20 s) until the owner's search rows and words follow their newest event. */
    const followed = async () => {
      for (let i = 0; i < 200; i++) {
        const behind = await one(
          `select count(*)::int as n from task_events e where e.user_id = $1
             and (e.seq is null or e.seq > coalesce((select d.seq from task_derived d where d.user_id = $1), 0))`,
          ['deriver'],
        );
        if (behind === 0) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the search rows did not follow the writes within 20 s');
    };
    // No search at all: the background rounds write the row and the words.
    const made = await call('POST', '/api/me/tasks', {
      body: { title: 'Xylophone lessons', tags: ['music'] },
    });
    expect(made.status, made.text).toBe(201);
    await followed();
    expect(await one('select count(*)::int as n from task_search where id = $1', [made.body.id])).toBe(1);
    expect(
      await one(`select count(*)::int as n from task_words where user_id = $1 and word = 'xylophone'`, [
        'deriver',
      ]),
    ).toBe(1);
    // A search right after a write sees it, by a word and by a misspelt word.
    const ferry = await call('POST', '/api/me/tasks', { body: { title: 'Zanzibar ferry tickets' } });
    expect(
      (await call('GET', '/api/me/tasks?q=zanzibar')).body.tasks.map((t: { id: number }) => t.id),
    ).toEqual([ferry.body.id]);
    const renamed = await call('PATCH', `/api/me/tasks/${ferry.body.id}`, {
      body: { title: 'Quokka photos' },
    });
    expect(renamed.status).toBe(200);
    expect(
      (await call('GET', '/api/me/tasks?q=qukka')).body.tasks.map((t: { title: string }) => t.title),
    ).toEqual(['Quokka photos']);
    expect((await call('GET', '/api/me/tasks?q=zanzibar')).body.tasks).toEqual([]);
    // A task deleted before its row was derived leaves no row behind.
    const brief = await call('POST', '/api/me/tasks', { body: { title: 'Ephemeral walrus' } });
    expect((await call('DELETE', `/api/me/tasks/${brief.body.id}`)).status).toBe(204);
    await followed();
    expect(await one('select count(*)::int as n from task_search where id = $1', [brief.body.id])).toBe(0);
    expect((await call('GET', '/api/me/tasks?q=walrus')).body.tasks).toEqual([]);
    // Every event of the owner's deleted (a test harness's reset): new ones, numbered from 1 again,
    // are still derived before a search.
    await rawQuery(server.database.db, 'delete from task_events where user_id = $1', ['deriver']);
    const narwhal = await call('POST', '/api/me/tasks', { body: { title: 'Narwhal postcard' } });
    const otter = await call('POST', '/api/me/tasks', { body: { title: 'Narwhal and otter sanctuary' } });
    const found = await call('GET', '/api/me/tasks?q=narwhal');
    expect(found.body.tasks.map((t: { id: number }) => t.id).sort()).toEqual(
      [narwhal.body.id, otter.body.id].sort(),
    );
  });
});
