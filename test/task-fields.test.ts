// A plain task field (server/features/tasks/tasks.fields.ts), here a task's duration, declared once
// and carried by every path: create, PATCH, PUT, the list pages' stored JSON, the database's task
// JSON (events), export and import (created, skipped when the same, updated when not), refused
// when out of range without a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { ok, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Call = ReturnType<TestServer['as']>;

const listed = async (call: Call, id: number) =>
  (await ok(call('GET', '/api/me/tasks?limit=200&status=all'))).tasks.find(
    (t: { id: number }) => t.id === id,
  );

const inDatabase = async (id: number) =>
  (
    await rawQuery<{ json: { duration: unknown } }>(
      server.database.db,
      'select doable_task_json(t) as json from tasks t where id = $1',
      [id],
    )
  )[0]?.json;

describe('a task’s duration', () => {
  it('is written by create, PATCH and PUT and read the same from the task, the list page and the database', async () => {
    const call = server.as('fields-duration');
    const task = await ok(call('POST', '/api/me/tasks', { body: { title: 'Dentist', duration: 45 } }), 201);
    expect(task.duration).toBe(45);
    expect((await ok(call('GET', `/api/me/tasks/${task.id}`))).duration).toBe(45);
    expect(await listed(call, task.id)).toEqual(await ok(call('GET', `/api/me/tasks/${task.id}`)));
    expect((await inDatabase(task.id))?.duration).toBe(45);

    const bare = await ok(call('POST', '/api/me/tasks', { body: { title: 'No length' } }), 201);
    expect(bare.duration).toBeNull();
    expect((await listed(call, bare.id)).duration).toBeNull();

    expect((await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: 90 } }))).duration).toBe(
      90,
    );
    // Another field's change keeps it; null clears it.
    const renamed = await ok(
      call('PATCH', `/api/me/tasks/${task.id}`, { body: { title: 'Dentist, Dr Khan' } }),
    );
    expect(renamed.duration).toBe(90);
    expect(renamed.version).toBeUndefined();
    const same = await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: 90 } }));
    expect(same.updated_at).toBe(renamed.updated_at);
    expect(
      (await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: null } }))).duration,
    ).toBeNull();

    // A PUT replaces the task: a duration left out is none.
    await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: 30 } }));
    const put = await ok(call('PUT', `/api/me/tasks/${task.id}`, { body: { title: 'Dentist' } }));
    expect(put.duration).toBeNull();
    expect((await listed(call, task.id)).duration).toBeNull();
    expect((await inDatabase(task.id))?.duration).toBeNull();
  });

  it('refuses what is not a whole number of minutes from 1 to 43,200, as a problem naming it, changing nothing', async () => {
    const call = server.as('fields-duration-bad');
    const task = await ok(call('POST', '/api/me/tasks', { body: { title: 'Run', duration: 30 } }), 201);
    for (const duration of [0, -5, 43_201, 1.5, '45', true, [], {}]) {
      for (const [method, path] of [
        ['POST', '/api/me/tasks'],
        ['PATCH', `/api/me/tasks/${task.id}`],
        ['PUT', `/api/me/tasks/${task.id}`],
      ] as const) {
        const res = await call(method, path, { body: { title: 'Run', duration } });
        expect(res.status, `${method} ${JSON.stringify(duration)}`).toBe(422);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.text).toContain('duration');
      }
    }
    const after = await ok(call('GET', '/api/me/tasks?limit=200&status=all'));
    expect(after.tasks).toHaveLength(1);
    expect(after.tasks[0]).toMatchObject({ id: task.id, duration: 30, updated_at: task.updated_at });
    expect(
      (await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: 43_200 } }))).duration,
    ).toBe(43_200);
  });

  it('travels with an export into another account, is skipped when the same and updated when not', async () => {
    const from = server.as('fields-duration-export');
    const into = server.as('fields-duration-import');
    await ok(from('POST', '/api/me/tasks', { body: { title: 'Write report', duration: 120 } }), 201);
    await ok(from('POST', '/api/me/tasks', { body: { title: 'Call mum' } }), 201);
    const file = await ok(from('GET', '/api/me/export'));
    const durations = (tasks: { title: string; duration: number | null }[]) =>
      Object.fromEntries(tasks.map((t) => [t.title, t.duration]));
    expect(durations(file.tasks)).toEqual({ 'Write report': 120, 'Call mum': null });

    expect(await ok(into('POST', '/api/me/import', { body: file }), 201)).toMatchObject({
      created: 2,
      skipped: 0,
    });
    const imported = (await ok(into('GET', '/api/me/tasks?limit=200&status=all'))).tasks;
    expect(durations(imported)).toEqual({ 'Write report': 120, 'Call mum': null });
    expect(await ok(into('POST', '/api/me/import', { body: file }), 201)).toMatchObject({
      created: 0,
      skipped: 2,
    });

    const changed = {
      ...file,
      tasks: file.tasks.map((t: { title: string }) => (t.title === 'Call mum' ? { ...t, duration: 15 } : t)),
    };
    expect(await ok(into('POST', '/api/me/import', { body: changed }), 201)).toMatchObject({
      updated: 1,
      skipped: 1,
    });
    const after = (await ok(into('GET', '/api/me/tasks?limit=200&status=all'))).tasks;
    expect(durations(after)).toEqual({ 'Write report': 120, 'Call mum': 15 });
  });

  it('a deadline, a date field declared the same way, reads and writes as a calendar day', async () => {
    const call = server.as('fields-deadline');
    const task = await ok(
      call('POST', '/api/me/tasks', {
        body: { title: 'Tax return', due_date: '2027-03-01', deadline: '2027-03-31' },
      }),
      201,
    );
    expect(task).toMatchObject({ due_date: '2027-03-01', deadline: '2027-03-31' });
    expect(await listed(call, task.id)).toEqual(await ok(call('GET', `/api/me/tasks/${task.id}`)));
    expect((await inDatabase(task.id)) as unknown).toMatchObject({ deadline: '2027-03-31' });
    for (const deadline of ['2027-02-30', '31/03/2027', '1899-12-31', 20270331]) {
      const res = await call('PATCH', `/api/me/tasks/${task.id}`, { body: { deadline } });
      expect(res.status, JSON.stringify(deadline)).toBe(422);
      expect(res.text).toContain('deadline');
    }
    expect(
      (await ok(call('PATCH', `/api/me/tasks/${task.id}`, { body: { deadline: null } }))).deadline,
    ).toBeNull();
    expect((await listed(call, task.id)).deadline).toBeNull();
  });

  it('stays when a save does not carry it: a CalDAV client’s, an import of a file without it; a completed occurrence keeps it', async () => {
    const alice = await person(server, 'Fields Alice');
    const dav = davAs(server, basic(alice.email, await appPassword(alice)));
    const path = `/dav/calendars/${alice.id}/inbox/fields-dav.ics`;
    expect((await dav('PUT', path, todo('fields-dav-1', ['SUMMARY:Dentist']), ICS)).status).toBe(201);
    const [made] = (await ok(alice.as('GET', '/api/me/tasks?limit=200&status=all'))).tasks;
    await ok(
      alice.as('PATCH', `/api/me/tasks/${made.id}`, { body: { duration: 45, deadline: '2027-01-10' } }),
    );
    const saved = await dav('PUT', path, todo('fields-dav-1', ['SUMMARY:Dentist, Dr Khan']), ICS);
    expect(saved.status, saved.text).toBe(204);
    expect(await ok(alice.as('GET', `/api/me/tasks/${made.id}`))).toMatchObject({
      title: 'Dentist, Dr Khan',
      duration: 45,
      deadline: '2027-01-10',
    });

    const file = await ok(alice.as('GET', '/api/me/export'));
    const older = {
      ...file,
      tasks: file.tasks.map(({ duration: _d, deadline: _l, ...t }: Record<string, unknown>) => ({
        ...t,
        title: 'Dentist at ten',
      })),
    };
    expect(await ok(alice.as('POST', '/api/me/import', { body: older }), 201)).toMatchObject({ updated: 1 });
    expect(await ok(alice.as('GET', `/api/me/tasks/${made.id}`))).toMatchObject({
      title: 'Dentist at ten',
      duration: 45,
      deadline: '2027-01-10',
    });

    const series = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Stretch', due_date: '2026-12-01', recurrence: 'FREQ=DAILY', duration: 15 },
      }),
      201,
    );
    await ok(alice.as('PATCH', `/api/me/tasks/${series.id}/complete`));
    const all = (await ok(alice.as('GET', '/api/me/tasks?limit=200&status=all'))).tasks;
    const done = all.find((t: { series_task_id: number | null }) => t.series_task_id === series.id);
    expect(done).toMatchObject({ completed: true, duration: 15 });
    expect(all.find((t: { id: number }) => t.id === series.id)).toMatchObject({
      duration: 15,
      due_date: '2026-12-02',
    });
  });
});
