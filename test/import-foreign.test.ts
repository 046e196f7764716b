// Imports from Todoist (a project's CSV export) and TickTick (a CSV backup), over HTTP on both
// databases: lists, subtasks, priorities, tags, due moments, repeats and completion mapped; the
// same file imported twice adds nothing; a file of another kind is a clear 422 that writes nothing;
// a file that would make more tasks than one import may is refused whole (checklist items count);
// and a large file is read off the main thread.
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ForeignFormatError,
  fromTickTickCsv,
  fromTodoistCsv,
  parseCsv,
  readDate,
} from '../server/features/transfer/import.foreign.js';
import { IMPORT_MAX_TASKS } from '../server/features/transfer/transfer.schema.js';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/foreign/${name}`, import.meta.url), 'utf8');
const csv = (text: string) => ({ rawBody: text, headers: { 'content-type': 'text/csv' } });

async function tasksOf(as: ReturnType<TestServer['as']>) {
  const res = await as('GET', '/api/me/tasks?limit=200&sort=title');
  return new Map<string, any>(res.body.tasks.map((t: any) => [t.title, t]));
}

describe('Todoist', () => {
  it('imports a project: its list, nesting, labels, sections (as sections), priorities, dates, repeats and notes', async () => {
    const me = server.as('from-todoist');
    await me('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    const res = await me(
      'POST',
      '/api/me/import/todoist?list=Home%20projects',
      csv(fixture('todoist-home.csv')),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ created: 6, updated: 0, skipped: 0 });
    const lists = (await me('GET', '/api/me/lists')).body.lists;
    expect(lists.map((l: any) => [l.name, l.total_count])).toEqual([['Home projects', 6]]);
    const t = await tasksOf(me);
    expect(t.get('Plan the garden')).toMatchObject({
      priority: 'high',
      tags: ['outdoors'],
      due_date: '2025-06-20',
      description: 'Raised beds, three of them',
      parent_id: null,
      subtasks: { open: 1, total: 1 },
    });
    expect(t.get('Buy soil')).toMatchObject({ priority: 'low', parent_id: t.get('Plan the garden').id });
    expect(t.get('Compare "organic" brands')).toMatchObject({
      priority: 'none',
      parent_id: t.get('Buy soil').id,
      description: 'Check the garden centre on Saturday',
    });
    expect(t.get('Water the plants')).toMatchObject({
      priority: 'medium',
      tags: ['home', 'daily'],
      recurrence: 'FREQ=DAILY',
    });
    expect(t.get('Water the plants').due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Its section row became a section of the list, not a tag.
    const [repairs] = (await me('GET', `/api/me/sections?list_id=${lists[0].id}`)).body.sections;
    expect(repairs.name).toBe('Repairs');
    expect(t.get('Fix the tap')).toMatchObject({
      tags: [],
      section_id: repairs.id,
      description: 'Kitchen tap\ndrips at night',
    });
    expect(t.get('Paint the fence').section_id).toBe(repairs.id);
    expect(t.get('Plan the garden').section_id).toBeNull();
    // Tomorrow at 17:00 in Karachi is 12:00 UTC.
    expect(t.get('Fix the tap').due_at).toMatch(/T12:00:00\.000Z$/);
    expect(t.get('Paint the fence')).toMatchObject({
      due_date: null,
      due_at: null,
      description: 'Due: when the weather is nice',
    });
    const again = await me(
      'POST',
      '/api/me/import/todoist?list=Home%20projects',
      csv(fixture('todoist-home.csv')),
    );
    expect(again.body).toMatchObject({ created: 0, skipped: 6 });
  });

  it('reads dates with the time reader, whole or not at all, and parses quoted fields as the format has them', () => {
    const reading = { now: new Date('2025-06-11T09:00:00Z'), timeZone: 'UTC' }; // a Wednesday
    expect(readDate('every monday 9am', reading)).toEqual({
      due_date: null,
      due_at: '2025-06-16T09:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      recurrence_from: 'due',
    });
    expect(readDate('every 2 weeks', reading)).toMatchObject({
      due_date: '2025-06-11',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2',
    });
    expect(readDate('every weekday', reading)).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    });
    expect(readDate('friday', reading)).toMatchObject({ due_date: '2025-06-13' });
    // Part of it is time ("every"), the rest is not: nothing is taken, the caller keeps the text.
    expect(readDate('next blue moon', reading)).toBeNull();
    expect(readDate('every other full moon', reading)).toBeNull();
    expect(parseCsv('a,"b ""c"", d"\r\n"x\ny",z\n')).toEqual([
      ['a', 'b "c", d'],
      ['x\ny', 'z'],
    ]);
    expect(() => fromTodoistCsv('title,notes\nx,y\n', { listName: 'x', timeZone: 'UTC' })).toThrow(
      /not a Todoist/,
    );
  });
});

describe('a CSV that cannot be read as written, and text longer than a task keeps', () => {
  it('refuses a quote left open, naming the line, instead of reading the rest of the file into one field', () => {
    expect(() => parseCsv('a,b\nc,"d\ne,"f"g\n')).toThrow(
      /^Line 3: text follows the closing quote of a field opened on line 2/,
    );
    expect(() => parseCsv('a,b\r\nc,"d\r\ne,f\r\n')).toThrow(
      /^Line 2: a quoted field opened on this line is never closed/,
    );
    // A closing quote followed by a comma, a line end or the end of the file is as the format has it.
    expect(parseCsv('"a","b"\r\n"c","d"')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('a Todoist file with unterminated quotes is a 422 naming the line, and nothing is written', async () => {
    const me = server.as('todoist-unterminated');
    // The outside tester's file, smaller: every row opens a quote it never closes.
    const file = `TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\n${`task,"unterminated ${'x'.repeat(200)}\n`.repeat(200)}`;
    const res = await me('POST', '/api/me/import/todoist?list=bad', csv(file));
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.detail).toMatch(/^Line 3: text follows the closing quote of a field opened on line 2/);
    expect((await me('GET', '/api/me/tasks?status=all')).body.count).toBe(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toEqual([]);
  });

  it('a title longer than 200 characters is shortened, and kept whole in the description', async () => {
    const me = server.as('todoist-long-title');
    const long = `Call the plumber about ${'the leaking tap in the kitchen '.repeat(10)}`.trim();
    expect(long.length).toBeGreaterThan(200);
    const file = `TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT\ntask,${long},Before Friday,4,1\ntask,Short,,4,1\n`;
    const res = await me('POST', '/api/me/import/todoist', csv(file));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ imported: 2, created: 2, updated: 0, skipped: 0 });
    const t = (await me('GET', '/api/me/tasks?sort=created')).body.tasks;
    expect([...t[0].title]).toHaveLength(200);
    expect(t[0].title).toBe(`${long.slice(0, 199)}…`);
    expect(t[0].description).toBe(`${long}\n\nBefore Friday`);
    expect(t[1]).toMatchObject({ title: 'Short', description: null });
    // The same file again: the same tasks (the uid is of the title the task has), nothing new.
    const again = await me('POST', '/api/me/import/todoist', csv(file));
    expect(again.body).toMatchObject({ imported: 0, created: 0, updated: 0, skipped: 2 });
    // A TickTick title too: the same rule.
    const tick = fromTickTickCsv(tickTickRow({ Title: long, Content: 'Notes' }), { timeZone: 'UTC' });
    expect(tick.tasks[0]).toMatchObject({ title: `${long.slice(0, 199)}…`, description: `${long}\n\nNotes` });
  });

  it('a title too long for a description either is refused, naming the line, and nothing is written', async () => {
    const me = server.as('todoist-huge-title');
    const file = `TYPE,CONTENT,PRIORITY,INDENT\ntask,Fine,4,1\ntask,${'word '.repeat(3300)},4,1\n`;
    const res = await me('POST', '/api/me/import/todoist', csv(file));
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.detail).toMatch(/^Line 3: a title of 16499 characters; a task keeps at most 16000/);
    expect((await me('GET', '/api/me/tasks?status=all')).body.count).toBe(0);
  });
});

describe('TickTick', () => {
  it('imports a backup: lists, tags, priorities, due moments, repeats, completion, subtasks and checklists', async () => {
    const me = server.as('from-ticktick');
    await me('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    const res = await me('POST', '/api/me/import/ticktick', csv(fixture('ticktick-backup.csv')));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ created: 8 });
    const lists = (await me('GET', '/api/me/lists')).body.lists;
    expect(lists.map((l: any) => [l.name, l.open_count, l.total_count])).toEqual([
      ['Errands', 4, 5],
      ['Office', 2, 3],
    ]);
    const t = await tasksOf(me);
    expect(t.get('Pick up the parcel')).toMatchObject({
      priority: 'high',
      tags: ['post', 'town'],
      description: 'Counter 3',
      due_at: '2025-06-12T04:00:00.000Z',
      created_at: '2025-06-01T08:00:00.000Z',
    });
    // All day, due 19:00 UTC on the 12th: the 13th in Karachi.
    expect(t.get('Groceries')).toMatchObject({
      priority: 'medium',
      due_date: '2025-06-13',
      subtasks: { open: 2, total: 3 },
    });
    expect(t.get('Bread')).toMatchObject({ completed: true, parent_id: t.get('Groceries').id });
    expect(t.get('Weekly report')).toMatchObject({
      priority: 'low',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      tags: ['work'],
    });
    expect(t.get('Charts for the report').parent_id).toBe(t.get('Weekly report').id);
    expect(t.get('Send invoices')).toMatchObject({
      completed: true,
      completed_at: '2025-05-20T10:30:00.000Z',
    });
    // TickTick's order: the parcel (-2199...) before the groceries (-1099...).
    const errands = await me('GET', `/api/me/tasks?list_id=${lists[0].id}&parent_id=none&sort=manual`);
    expect(errands.body.tasks.map((x: any) => x.title)).toEqual(['Pick up the parcel', 'Groceries']);
    expect(
      (await me('POST', '/api/me/import/ticktick', csv(fixture('ticktick-backup.csv')))).body,
    ).toMatchObject({
      created: 0,
      skipped: 8,
    });
  });

  it('refuses a file of another kind, or a broken one, with a problem and writes nothing', async () => {
    const me = server.as('from-elsewhere');
    const wrong = await me('POST', '/api/me/import/ticktick', csv(fixture('todoist-home.csv')));
    expectProblem(wrong, 422, 'VALIDATION_ERROR');
    expect(wrong.body.detail).toMatch(/not a TickTick backup/);
    expectProblem(
      await me('POST', '/api/me/import/todoist', csv('TYPE,CONTENT\ntask,"unclosed\n')),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await me('POST', '/api/me/import/asana', csv('x')), 422, 'VALIDATION_ERROR');
    expectProblem(
      await me('POST', '/api/me/import/todoist', csv('TYPE,CONTENT\ntask,nul \u0000 here\n')),
      422,
      'VALIDATION_ERROR',
    );
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toEqual([]);
  });
});

/** A TickTick backup of one task: the fixture's header, the cells given (the rest empty). */
function tickTickRow(cells: Record<string, string>): string {
  const header = fixture('ticktick-backup.csv')
    .split('\n')
    .find((line) => line.includes('List Name'))!;
  const columns = parseCsv(header)[0]!;
  const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return `${header}\n${columns.map((column) => quoted(cells[column] ?? '')).join(',')}\n`;
}

/** A TickTick backup of one checklist task with `items` items: a few bytes a task. */
function tickTickChecklist(items: number, list = 'Lists'): string {
  return tickTickRow({
    Title: 'A long checklist',
    'List Name': list,
    Kind: 'CHECKLIST',
    Content: '▫x\n'.repeat(items),
    taskId: 'long-checklist',
  });
}

describe('the cap on the tasks one file may create', () => {
  it('counts checklist items, and stops converting as soon as a file passes it', () => {
    const file = tickTickChecklist(5_000); // about 25 KB: the report's 5,001 tasks
    expect(file.length).toBeLessThan(40_000);
    expect(fromTickTickCsv(file, { timeZone: 'UTC' }).tasks).toHaveLength(5_001);
    const refused = (() => {
      try {
        fromTickTickCsv(file, { timeZone: 'UTC', maxTasks: 1_000 });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ForeignFormatError);
    expect((refused as Error).message).toMatch(/more than 1000 tasks \(checklist items and subtasks count/);
    const todoist = `TYPE,CONTENT,INDENT\n${'task,A task,1\n'.repeat(11)}`;
    expect(() => fromTodoistCsv(todoist, { listName: 'x', timeZone: 'UTC', maxTasks: 10 })).toThrow(
      /more than 10 tasks/,
    );
    expect(fromTodoistCsv(todoist, { listName: 'x', timeZone: 'UTC', maxTasks: 11 }).tasks).toHaveLength(11);
  });

  it('a TickTick checklist past the cap is refused with a problem naming it, and nothing is created', async () => {
    const me = server.as('too-many-items');
    const file = tickTickChecklist(IMPORT_MAX_TASKS); // the task and its items: one more than the cap
    expect(file.length).toBeLessThan(IMPORT_MAX_TASKS * 6);
    const res = await me('POST', '/api/me/import/ticktick', csv(file));
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.detail).toContain(`more than ${IMPORT_MAX_TASKS} tasks`);
    expect(res.body.detail).toContain('checklist items');
    expect(res.body.errors).toEqual([{ path: '', location: 'body', message: res.body.detail }]);
    expect((await me('GET', '/api/me/tasks?status=all')).body.count).toBe(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toEqual([]);
    // At the cap it is taken whole (a smaller one here: the same path, a quicker test).
    const within = await me('POST', '/api/me/import/ticktick', csv(tickTickChecklist(40)));
    expect(within.status, within.text).toBe(201);
    expect(within.body).toMatchObject({ created: 41 });
  });
});

describe('importing again tasks another import has moved', () => {
  it('a re-import of a few thousand tasks moved to another list updates every one, about as fast as the first import', async () => {
    const me = server.as('ticktick-moved');
    const timed = async (file: string) => {
      const started = performance.now();
      const res = await me('POST', '/api/me/import/ticktick', csv(file));
      expect(res.status, res.text).toBe(201);
      return { body: res.body, ms: performance.now() - started };
    };
    // One checklist (one taskId) of 2,000 items in "First", then of 3,000 in "Second": the same
    // task and its first 2,000 items move to "Second" (issue F3's files, smaller).
    const first = tickTickChecklist(2_000, 'First');
    const one = await timed(first);
    expect(one.body).toMatchObject({ imported: 2_001, created: 2_001, updated: 0, skipped: 0 });
    const two = await timed(tickTickChecklist(3_000, 'Second'));
    // The counts add up: imported = created + updated (issue F5).
    expect(two.body).toMatchObject({ imported: 3_001, created: 1_000, updated: 2_001, skipped: 0 });
    const three = await timed(first);
    expect(three.body).toMatchObject({ imported: 2_001, created: 0, updated: 2_001, skipped: 0 });
    console.info(
      `TickTick checklist: first import ${one.ms.toFixed(0)} ms, moved by a larger one ${two.ms.toFixed(0)} ms, ` +
        `imported again ${three.ms.toFixed(0)} ms`,
    );
    const lists = (await me('GET', '/api/me/lists')).body.lists;
    expect(lists.map((l: any) => [l.name, l.total_count])).toEqual([
      ['First', 2_001],
      ['Second', 1_000],
    ]);
    const parent = (await me('GET', '/api/me/tasks?parent_id=none&status=all&limit=10')).body.tasks;
    expect(parent.map((t: any) => t.title)).toEqual(['A long checklist']);
    expect(parent[0].subtasks).toEqual({ open: 3_000, total: 3_000 });
    expect(await timed(first).then((r) => r.body)).toMatchObject({
      imported: 0,
      created: 0,
      updated: 0,
      skipped: 2_001,
    });
  });
});

describe('a large file from another app', () => {
  it('is read off the main thread: /health and another user are answered while it is parsed', async () => {
    const other = server.as('foreign-bystander');
    expect((await other('POST', '/api/me/tasks', { body: { title: 'Mine' } })).status).toBe(201);
    // About 8 MB of Todoist rows, broken at the very end: refused only once all of it is parsed.
    const row =
      'task,"A task from Todoist, with a quoted comma",A description of some length,4,1,,,,en,UTC\n';
    const file = `TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\n${row.repeat(
      90_000,
    )}task,"unclosed\n`;
    expect(file.length).toBeGreaterThan(8_000_000);

    let received = 0;
    const onRequest = (req: http.IncomingMessage) => {
      if (req.url?.includes('/import/')) req.once('end', () => (received = performance.now()));
    };
    server.app.server.on('request', onRequest);
    let answered = 0;
    const probes: { path: string; ms: number; at: number }[] = [];
    const probe = async (path: string, call: (m: string, p: string) => Promise<{ status: number }>) => {
      while (answered === 0) {
        const started = performance.now();
        const res = await call('GET', path);
        expect(res.status).toBe(200);
        probes.push({ path, ms: performance.now() - started, at: performance.now() });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    let res: ApiResponse;
    try {
      const running = [probe('/health', server.request), probe('/api/me/tasks', other)];
      res = await server.as('foreign-large')('POST', '/api/me/import/todoist', csv(file));
      answered = performance.now();
      await Promise.all(running);
    } finally {
      server.app.server.off('request', onRequest);
    }
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.detail).toMatch(/^Line 90002: a quoted field opened on this line is never closed/);
    expect(received).toBeGreaterThan(0);
    const during = probes.filter((p) => p.at > received && p.at < answered);
    console.info(
      `large CSV import: ${(answered - received).toFixed(0)} ms from the last byte to the answer; ` +
        `${during.length} probes answered meanwhile; slowest ${Math.max(...probes.map((p) => p.ms)).toFixed(0)} ms`,
    );
    // Structural, not timings: the event loop kept turning while the file was parsed (on the main
    // thread no probe is answered meanwhile), and no probe waited across the whole import.
    expect(during.filter((p) => p.path === '/health').length).toBeGreaterThanOrEqual(3);
    expect(during.filter((p) => p.path === '/api/me/tasks').length).toBeGreaterThanOrEqual(3);
    expect(probes.filter((p) => p.at - p.ms < received && p.at > answered)).toEqual([]);
    expect((await server.as('foreign-large')('GET', '/api/me/tasks')).body.count).toBe(0);
  });
});
