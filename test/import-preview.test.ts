// The preview of an import (?dry_run=true), over HTTP on both databases: for our
// JSON export, a Todoist CSV and a TickTick backup it writes nothing, and its counts (tasks new,
// updated, unchanged; lists, sections and tags made or already there) are what the import then
// answers; a bad file is the same problem+json the import gets, and still writes nothing.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/foreign/${name}`, import.meta.url), 'utf8');
const csv = (text: string) => ({ rawBody: text, headers: { 'content-type': 'text/csv' } });

/**
 * Everything of the account an import could change: its export (lists, sections, tasks; less the
 * time it was made), its tag counts and how many task events it has had (each write makes one).
 */
async function accountOf(me: string) {
  const call = server.as(me);
  const res = await call('GET', '/api/me/export');
  expect(res.status, res.text).toBe(200);
  const { exported_at: _at, ...rest } = res.body;
  const [events] = await queryRows<{ n: number }>(
    server.database.db,
    sql`select count(*)::int as n from task_events where user_id = ${me}`,
  );
  const tags = (await call('GET', '/api/me/tags')).body;
  return { ...rest, events: events!.n, tags };
}

/** Previews a file, checks it wrote nothing, imports it, and checks the import did what the preview said. */
async function previewThenImport(me: string, path: string, send: Record<string, unknown>) {
  const call = server.as(me);
  const before = await accountOf(me);
  const join = path.includes('?') ? '&' : '?';
  const preview = await call('POST', `${path}${join}dry_run=true`, send);
  expect(preview.status, preview.text).toBe(200);
  expect(await accountOf(me)).toEqual(before);
  const done = await call('POST', path, send);
  expect(done.status, done.text).toBe(201);
  expect(done.body).toEqual(preview.body);
  return preview.body;
}

describe('a Todoist CSV', () => {
  it('previews its tasks, list, section and labels, writes nothing; the import does exactly that; again: all unchanged', async () => {
    const meId = 'preview-todoist';
    const me = server.as(meId);
    // A label the account already has on a task: counted as existing.
    expect((await me('POST', '/api/me/tasks', { body: { title: 'Mop', tags: ['Home'] } })).status).toBe(201);
    const path = '/api/me/import/todoist?list=Garden';
    const first = await previewThenImport(meId, path, csv(fixture('todoist-home.csv')));
    expect(first).toEqual({
      imported: 6,
      created: 6,
      updated: 0,
      skipped: 0,
      lists: { created: 1, existing: 0 },
      sections: { created: 1, existing: 0 },
      tags: { created: 2, existing: 1 },
      left_out: { count: 0, rows: [] },
      // Its one DATE the time reader does not understand: kept as text, and said.
      dates_as_text: { count: 1, rows: [{ line: 11, text: 'when the weather is nice' }] },
    });
    const lists = (await me('GET', '/api/me/lists')).body.lists;
    expect(lists.map((l: any) => [l.name, l.total_count])).toEqual([['Garden', 6]]);
    const again = await previewThenImport(meId, path, csv(fixture('todoist-home.csv')));
    expect(again).toEqual({
      imported: 0,
      created: 0,
      updated: 0,
      skipped: 6,
      lists: { created: 0, existing: 1 },
      sections: { created: 0, existing: 1 },
      tags: { created: 0, existing: 3 },
      left_out: { count: 0, rows: [] },
      dates_as_text: { count: 1, rows: [{ line: 11, text: 'when the weather is nice' }] },
    });
  });

  it('a task edited since the first import: the preview says one updated, and it is', async () => {
    const meId = 'preview-todoist-edit';
    const me = server.as(meId);
    const file = 'TYPE,CONTENT,PRIORITY,INDENT\ntask,One,4,1\ntask,Two,4,1\ntask,Three,1,1\n';
    expect((await me('POST', '/api/me/import/todoist', csv(file))).status).toBe(201);
    const { tasks } = (await me('GET', '/api/me/tasks?sort=title')).body;
    const two = tasks.find((t: any) => t.title === 'Two');
    expect((await me('PATCH', `/api/me/tasks/${two.id}`, { body: { priority: 'high' } })).status).toBe(200);
    const result = await previewThenImport(meId, '/api/me/import/todoist', csv(file));
    expect(result).toMatchObject({ imported: 1, created: 0, updated: 1, skipped: 2 });
    const after = (await me('GET', '/api/me/tasks?sort=title')).body.tasks;
    expect(after.find((t: any) => t.title === 'Two').priority).toBe('none');
  });
});

describe('rows that make no task', () => {
  it('are named with their line and why, in the preview and the import alike; blank and meta rows are not', async () => {
    const meId = 'preview-left-out';
    const file = [
      'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT',
      'meta,view_style=list,,,',
      'note,Said before any task,,,',
      'task,Kept,,4,1',
      'task,@onlyalabel,,4,1',
      ',,,,',
      'reminder,Kept at 9,,,',
      'task,Also kept,,4,1',
    ].join('\n');
    const result = await previewThenImport(meId, '/api/me/import/todoist', csv(file));
    expect(result).toMatchObject({ created: 2 });
    expect(result.left_out).toEqual({
      count: 3,
      rows: [
        { line: 3, reason: 'a note before any task: there is no task to add it to' },
        { line: 5, reason: 'a task with no title' },
        { line: 7, reason: `a row of type "reminder": Todoist's rows are task, section and note` },
      ],
    });
    const tick = [
      '"Date: 2025-06-11+0500"',
      '"Folder Name","List Name","Title","Kind","taskId"',
      '"","Errands","Milk","TEXT","a1"',
      '"","Errands","","TEXT","a2"',
      '"","","","",""',
    ].join('\n');
    const ticked = await previewThenImport(meId, '/api/me/import/ticktick', csv(tick));
    expect(ticked.left_out).toEqual({ count: 1, rows: [{ line: 4, reason: 'a task with no title' }] });
    // Our own JSON is taken whole or refused whole.
    const json = await previewThenImport(meId, '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: [{ title: 'One' }] },
    });
    expect(json.left_out).toEqual({ count: 0, rows: [] });
  });
});

describe('a TickTick backup', () => {
  it('previews its lists, sections (columns), tags and subtasks, writes nothing; the import matches it', async () => {
    const meId = 'preview-ticktick';
    const me = server.as(meId);
    const first = await previewThenImport(
      meId,
      '/api/me/import/ticktick',
      csv(fixture('ticktick-backup.csv')),
    );
    expect(first.created).toBeGreaterThan(0);
    expect(first).toMatchObject({ updated: 0, skipped: 0 });
    expect(first.lists.created).toBeGreaterThan(1);
    expect(first.tags.created).toBeGreaterThan(0);
    const lists = (await me('GET', '/api/me/lists')).body.lists;
    expect(lists).toHaveLength(first.lists.created);
    const again = await previewThenImport(
      meId,
      '/api/me/import/ticktick',
      csv(fixture('ticktick-backup.csv')),
    );
    expect(again).toEqual({
      imported: 0,
      created: 0,
      updated: 0,
      skipped: first.created,
      lists: { created: 0, existing: first.lists.created },
      sections: { created: 0, existing: first.sections.created },
      tags: { created: 0, existing: first.tags.created },
      left_out: first.left_out,
      dates_as_text: first.dates_as_text,
    });
  });
});

describe('a Doable JSON export', () => {
  it('into another account: previews what is new, then what changed; each import does what its preview said', async () => {
    const a = server.as('preview-json-a');
    const bId = 'preview-json-b';
    const b = server.as(bId);
    const list = (await a('POST', '/api/me/lists', { body: { name: 'Work' } })).body;
    const section = (await a('POST', '/api/me/sections', { body: { list_id: list.id, name: 'Soon' } })).body;
    const parent = (
      await a('POST', '/api/me/tasks', {
        body: { title: 'Report', list_id: list.id, section_id: section.id, tags: ['q3'] },
      })
    ).body;
    for (const title of ['Draft', 'Send'])
      await a('POST', '/api/me/tasks', { body: { title, parent_id: parent.id } });
    await a('POST', '/api/me/tasks', { body: { title: 'Loose', due_date: '2027-03-01' } });
    const file = (await a('GET', '/api/me/export')).body;
    // B already has a list called "work" (matched by name, case-insensitively) and the tag q3.
    await b('POST', '/api/me/lists', { body: { name: 'work' } });
    await b('POST', '/api/me/tasks', { body: { title: 'Mine', tags: ['Q3'] } });
    expect(await previewThenImport(bId, '/api/me/import', { body: file })).toEqual({
      imported: 4,
      created: 4,
      updated: 0,
      skipped: 0,
      lists: { created: 0, existing: 1 },
      sections: { created: 1, existing: 0 },
      tags: { created: 0, existing: 1 },
      left_out: { count: 0, rows: [] },
      dates_as_text: { count: 0, rows: [] },
    });
    // One task changed in B since: the file puts it back, the rest are unchanged.
    const loose = (await b('GET', '/api/me/tasks')).body.tasks.find((t: any) => t.title === 'Loose');
    await b('PATCH', `/api/me/tasks/${loose.id}`, { body: { title: 'Loose (moved)' } });
    expect(await previewThenImport(bId, '/api/me/import', { body: file })).toMatchObject({
      imported: 1,
      created: 0,
      updated: 1,
      skipped: 3,
    });
  });

  it('a preview with an Idempotency-Key stores no answer: the import with the same key really imports', async () => {
    const me = server.as('preview-json-key');
    const file = { format: 'doable-export', version: 1, tasks: [{ title: 'Keyed' }] };
    const key = { 'idempotency-key': 'preview-then-import-0001' };
    const preview = await me('POST', '/api/me/import?dry_run=true', { body: file, headers: key });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({ created: 1 });
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(0);
    const done = await me('POST', '/api/me/import', { body: file, headers: key });
    expect(done.status, done.text).toBe(201);
    expect(done.headers.get('idempotent-replayed')).toBeNull();
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(1);
  });
});

describe('a bad file previewed', () => {
  it('is refused with the problem the import gets, and writes nothing', async () => {
    const meId = 'preview-bad';
    const me = server.as(meId);
    const cases: [string, Record<string, unknown>, number, string, RegExp][] = [
      [
        '/api/me/import',
        { rawBody: 'TYPE,CONTENT\ntask,x', headers: { 'content-type': 'application/json' } },
        400,
        'BAD_REQUEST',
        /not valid JSON/,
      ],
      [
        '/api/me/import',
        { body: { format: 'doable-export', version: 1, tasks: [{ title: '' }] } },
        422,
        'VALIDATION_ERROR',
        /tasks\.0\.title/,
      ],
      [
        '/api/me/import/todoist',
        csv('"List Name","Title"\nErrands,Milk\n'),
        422,
        'VALIDATION_ERROR',
        /not a Todoist CSV export/,
      ],
      [
        '/api/me/import/ticktick',
        csv(fixture('todoist-home.csv')),
        422,
        'VALIDATION_ERROR',
        /not a TickTick backup/,
      ],
      ['/api/me/import/todoist', csv('TYPE,CONTENT\ntask,"open\n'), 422, 'VALIDATION_ERROR', /never closed/],
    ];
    const before = await accountOf(meId);
    for (const [path, send, status, code, detail] of cases) {
      const preview = await me('POST', `${path}?dry_run=true`, send);
      expectProblem(preview, status, code);
      expect(preview.body.detail).toMatch(detail);
      const real = await me('POST', path, send);
      expectProblem(real, status, code);
      expect(real.body.detail).toBe(preview.body.detail);
    }
    expect(await accountOf(meId)).toEqual(before);
    // dry_run is true or false, nothing else.
    const odd = await me('POST', '/api/me/import/todoist?dry_run=yes', csv(fixture('todoist-home.csv')));
    expectProblem(odd, 422, 'VALIDATION_ERROR');
    expect(await accountOf(meId)).toEqual(before);
  });

  it('past the cap on lists: the preview is the same 409 the import gets, before anything is written', async () => {
    const me = server.as('preview-caps');
    const { MAX_LISTS } = await import('../server/features/lists/lists.schema.js');
    const file = {
      format: 'doable-export',
      version: 1,
      tasks: Array.from({ length: MAX_LISTS + 1 }, (_, i) => ({ title: `T${i}`, list: `L${i}` })),
    };
    const preview = await me('POST', '/api/me/import?dry_run=true', { body: file });
    expectProblem(preview, 409, 'CONFLICT');
    const real = await me('POST', '/api/me/import', { body: file });
    expectProblem(real, 409, 'CONFLICT');
    expect(real.body.detail).toBe(preview.body.detail);
    expect((await me('GET', '/api/me/lists')).body.lists).toEqual([]);
  });
});
