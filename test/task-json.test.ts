// The task JSON the database builds for events, webhooks and reminders (doable_task_json) is the
// API's own: generated from the presenter's field list and installed by the migration runner; a task
// write's event carries the same JSON, made from the task's stored parts (migration 0062).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_JSON_SQL_BODY } from '../server/features/tasks/tasks.presenter.js';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const inDatabase = async (id: number) =>
  (
    await rawQuery<{ json: unknown }>(
      server.database.db,
      'select doable_task_json(t) as json from tasks t where id = $1',
      [id],
    )
  )[0]?.json;

describe('doable_task_json', () => {
  it('answers what the API answers, for every field', async () => {
    const call = server.as('task-json');
    const series = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Water the plants',
        description: 'The ones on the balcony',
        priority: 'high',
        tags: ['Home', 'green'],
        due_at: '2026-11-23T08:00:00+05:00',
        recurrence: 'FREQ=DAILY;COUNT=5',
        recurrence_from: 'completion',
        reminders: [{ minutes_before: 30 }, { at: '2026-11-22T10:00:00+01:00' }],
      },
    });
    expect(series.status).toBe(201);
    // Completing an occurrence leaves a completed record linked to the series (series_task_id).
    expect((await call('PATCH', `/api/me/tasks/${series.body.id}/complete`)).status).toBe(200);
    await call('POST', '/api/me/tasks', {
      body: { title: 'All day', due_date: '2026-12-01', priority: 'low' },
    });
    await call('POST', '/api/me/tasks', { body: { title: 'Bare' } });

    const list = await call('GET', '/api/me/tasks?limit=200');
    expect(list.body.tasks).toHaveLength(4);
    expect(
      list.body.tasks.some((t: { series_task_id: number | null }) => t.series_task_id === series.body.id),
    ).toBe(true);
    for (const task of list.body.tasks) expect(await inDatabase(task.id)).toEqual(task);
  });

  it("is each task event's, made from the stored JSON parts: a new task's and a changed one's with its subtasks", async () => {
    const call = server.as('event-json');
    const parent = await call('POST', '/api/me/tasks', {
      body: { title: 'Plan the trip', priority: 'medium', tags: ['travel'], due_date: '2026-12-05' },
    });
    const child = await call('POST', '/api/me/tasks', {
      body: { title: 'Book the train', parent_id: parent.body.id },
    });
    expect(child.status, child.text).toBe(201);
    expect(
      (await call('PATCH', `/api/me/tasks/${parent.body.id}`, { body: { title: 'Plan the whole trip' } }))
        .status,
    ).toBe(200);
    const newest = async (id: number) =>
      (
        await rawQuery<{ data: unknown }>(
          server.database.db,
          'select data from task_events where task_id = $1 order by id desc limit 1',
          [id],
        )
      )[0]?.data;
    const shown = await call('GET', `/api/me/tasks/${parent.body.id}`);
    expect(shown.body.subtasks).toEqual({ open: 1, total: 1 });
    expect(await newest(parent.body.id)).toEqual(shown.body);
    expect(await newest(child.body.id)).toEqual((await call('GET', `/api/me/tasks/${child.body.id}`)).body);
  });

  it('is installed as generated from the presenter', async () => {
    const [row] = await rawQuery<{ body: string }>(
      server.database.db,
      "select prosrc as body from pg_proc where oid = to_regprocedure('doable_task_json(tasks)')",
      [],
    );
    expect(row?.body).toBe(TASK_JSON_SQL_BODY);
  });
});
