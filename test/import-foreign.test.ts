// Imports from Todoist (a project's CSV export) and TickTick (a CSV backup), over HTTP on both
// databases: lists, subtasks, priorities, tags, due moments, repeats and completion mapped; the
// same file imported twice adds nothing; a file of another kind is a clear 422 that writes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromTodoistCsv, parseCsv, todoistDate } from '../server/features/transfer/import.foreign.js';
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

async function tasksOf(as: ReturnType<TestServer['as']>) {
  const res = await as('GET', '/api/me/tasks?limit=200&sort=title');
  return new Map<string, any>(res.body.tasks.map((t: any) => [t.title, t]));
}

describe('Todoist', () => {
  it('imports a project: its list, nesting, labels, sections, priorities, dates, repeats and notes', async () => {
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
    expect(t.get('Fix the tap')).toMatchObject({
      tags: ['Repairs'],
      description: 'Kitchen tap\ndrips at night',
    });
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

  it('reads dates and parses quoted fields as the format has them', () => {
    const now = new Date('2025-06-11T09:00:00Z'); // a Wednesday
    expect(todoistDate('every monday 9am', 'UTC', now)).toEqual({
      due_date: null,
      due_at: '2025-06-16T09:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    });
    expect(todoistDate('every 2 weeks', 'UTC', now)).toMatchObject({
      due_date: '2025-06-11',
      recurrence: 'FREQ=WEEKLY;INTERVAL=2',
    });
    expect(todoistDate('every weekday', 'UTC', now)).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    });
    expect(todoistDate('friday', 'UTC', now)).toMatchObject({ due_date: '2025-06-13' });
    expect(todoistDate('next blue moon', 'UTC', now)).toBeNull();
    expect(parseCsv('a,"b ""c"", d"\r\n"x\ny",z\n')).toEqual([
      ['a', 'b "c", d'],
      ['x\ny', 'z'],
    ]);
    expect(() => fromTodoistCsv('title,notes\nx,y\n', { listName: 'x', timeZone: 'UTC' })).toThrow(
      /not a Todoist/,
    );
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
