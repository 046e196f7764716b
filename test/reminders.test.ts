// Reminders over HTTP: validated and kept as given; armed from the due moment (all-day tasks at
// 09:00 in the owner's zone), following it when it moves, re-armed for each occurrence of a
// recurring task, dropped on completion; delivered once as a `reminder` live event and webhook,
// whatever the number of scheduler instances; caught up after downtime; never across users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY_REMINDER_TIME } from '#shared/reminders/anchor.js';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem, ISO } from './support/expect.js';
import { receiver, stream, twoHandles, until, verifies } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

/** The scheduler looks every 0.2 s in these suites. */
const FAST = { REMINDER_POLL_SECONDS: '0.2', WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_SECONDS: '0.2' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: FAST });
});
afterAll(async () => {
  await server.close();
});

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

interface Armed {
  fire_at: string;
  reminder: unknown;
  sent: boolean;
}

/** The schedule of a task as the database holds it, earliest first. */
async function schedule(id: number, on: TestServer = server): Promise<Armed[]> {
  const rows = await rawQuery<{ fire_at: Date | string; reminder: unknown; sent_at: unknown }>(
    on.database.db,
    'select fire_at, reminder, sent_at from task_reminders where task_id = $1 order by fire_at',
    [id],
  );
  return rows.map((r) => ({
    fire_at: new Date(r.fire_at).toISOString(),
    reminder: typeof r.reminder === 'string' ? JSON.parse(r.reminder) : r.reminder,
    sent: r.sent_at !== null,
  }));
}

/** Moves a task's pending reminders into the past, as if their time had come. */
async function comeDue(id: number, on: TestServer = server): Promise<void> {
  await rawQuery(
    on.database.db,
    `update task_reminders set fire_at = fire_at - (
       select max(fire_at) - now() + interval '1 second' from task_reminders where task_id = $1 and sent_at is null)
     where task_id = $1 and sent_at is null`,
    [id],
  );
}

async function reminderEvents(id: number, on: TestServer = server): Promise<number> {
  const [row] = await rawQuery<{ n: number }>(
    on.database.db,
    `select count(*)::int as n from task_events where task_id = $1 and type = 'reminder'`,
    [id],
  );
  return Number(row!.n);
}

describe('the reminders field', () => {
  it('is an empty list by default and keeps reminders as given, repeats collapsed', async () => {
    const call = server.as('field-user');
    const plain = await call('POST', '/api/me/tasks', { body: { title: 'Plain' } });
    expect(plain.body.reminders).toEqual([]);
    const at = '2031-03-04T10:00:00+05:00';
    const res = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Dentist',
        due_at: '2031-03-04T12:00:00Z',
        reminders: [{ minutes_before: 30 }, { at }, { minutes_before: 30 }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.reminders).toEqual([{ minutes_before: 30 }, { at: '2031-03-04T05:00:00.000Z' }]);
    const got = await call('GET', `/api/me/tasks/${res.body.id}`);
    expect(got.body.reminders).toEqual(res.body.reminders);
  });

  it('PATCH replaces the list, [] clears it, PUT without it resets it; a PATCH repeating it changes nothing', async () => {
    const call = server.as('patch-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Call', due_at: inMinutes(120), reminders: [{ minutes_before: 10 }] },
    });
    const same = await call('PATCH', `/api/me/tasks/${task.id}`, {
      body: { reminders: [{ minutes_before: 10 }] },
    });
    expect(same.body.updated_at).toBe(task.updated_at);
    const changed = await call('PATCH', `/api/me/tasks/${task.id}`, {
      body: { reminders: [{ minutes_before: 5 }, { minutes_before: 60 }] },
    });
    expect(changed.body.reminders).toEqual([{ minutes_before: 5 }, { minutes_before: 60 }]);
    expect((await schedule(task.id)).map((a) => a.reminder)).toEqual([
      { minutes_before: 60 },
      { minutes_before: 5 },
    ]);
    const cleared = await call('PATCH', `/api/me/tasks/${task.id}`, { body: { reminders: [] } });
    expect(cleared.body.reminders).toEqual([]);
    expect(await schedule(task.id)).toEqual([]);
    await call('PATCH', `/api/me/tasks/${task.id}`, { body: { reminders: [{ minutes_before: 1 }] } });
    const put = await call('PUT', `/api/me/tasks/${task.id}`, { body: { title: 'Call' } });
    expect(put.body.reminders).toEqual([]);
    expect(await schedule(task.id)).toEqual([]);
  });

  it.each([
    ['not a list', { reminders: { minutes_before: 5 } }],
    ['neither kind', { reminders: [{}] }],
    ['both kinds', { reminders: [{ at: '2031-01-01T00:00:00Z', minutes_before: 5 }] }],
    ['an unknown key', { reminders: [{ minutes_before: 5, sound: 'bell' }] }],
    ['negative minutes', { reminders: [{ minutes_before: -5 }] }],
    ['fractional minutes', { reminders: [{ minutes_before: 2.5 }] }],
    ['minutes as text', { reminders: [{ minutes_before: '5' }] }],
    ['more than four weeks', { reminders: [{ minutes_before: 40_321 }] }],
    ['an instant without offset', { reminders: [{ at: '2031-01-01T09:00:00' }] }],
    ['a date, not an instant', { reminders: [{ at: '2031-01-01' }] }],
    ['an impossible instant', { reminders: [{ at: '2031-02-30T09:00:00Z' }] }],
    ['eleven reminders', { reminders: Array.from({ length: 11 }, (_, i) => ({ minutes_before: i })) }],
    ['null', { reminders: null }],
  ])('refuses %s with a 422 naming the field, and creates nothing', async (_, extra) => {
    const call = server.as('bad-reminders');
    const res = await call('POST', '/api/me/tasks', { body: { title: 'Bad', ...extra } });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(JSON.stringify(res.body)).toContain('reminders');
    expect((await call('GET', '/api/me/tasks')).body.count).toBe(0);
  });

  it('a PATCH with a bad reminder changes nothing', async () => {
    const call = server.as('bad-patch');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Keep', due_at: inMinutes(60), reminders: [{ minutes_before: 5 }] },
    });
    const res = await call('PATCH', `/api/me/tasks/${task.id}`, {
      body: { title: 'Changed', reminders: [{ minutes_before: -1 }] },
    });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect((await call('GET', `/api/me/tasks/${task.id}`)).body).toEqual(task);
  });
});

describe('the schedule', () => {
  it('counts back from due_at; an `at` reminder fires at its instant; two at one moment fire once', async () => {
    const call = server.as('schedule-user');
    const due = new Date(Date.now() + 3 * 3600_000);
    due.setUTCSeconds(0, 0);
    const at = new Date(due.getTime() - 20 * 60_000).toISOString();
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Train',
        due_at: due.toISOString(),
        reminders: [{ minutes_before: 0 }, { minutes_before: 20 }, { at }, { minutes_before: 60 }],
      },
    });
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      new Date(due.getTime() - 60 * 60_000).toISOString(),
      at,
      due.toISOString(),
    ]);
  });

  it('an all-day task counts back from 09:00 on its date in the owner time zone, and follows a zone change', async () => {
    const call = server.as('zone-user');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Rent',
        due_date: '2031-05-01',
        reminders: [{ minutes_before: 0 }, { minutes_before: 1440 }],
      },
    });
    // 09:00 in Karachi (UTC+5) is 04:00 UTC; a day before, the same time on 30 April.
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      '2031-04-30T04:00:00.000Z',
      '2031-05-01T04:00:00.000Z',
    ]);
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'America/New_York' } });
    // 09:00 EDT (UTC-4) is 13:00 UTC.
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      '2031-04-30T13:00:00.000Z',
      '2031-05-01T13:00:00.000Z',
    ]);
  });

  it('the database counts all-day reminders from the same wall time as the code (shared/reminders/anchor.ts)', async () => {
    // The SQL copy of the rule lives in doable_reminder_times (drizzle/0008_reminders.sql).
    const [fn] = await rawQuery<{ body: string }>(
      server.database.db,
      `select pg_get_functiondef('doable_reminder_times'::regproc) as body`,
      [],
    );
    expect(fn!.body).toContain(`due_date + time '${ALL_DAY_REMINDER_TIME}'`);
    // And what it arms: in UTC, an all-day reminder at the due time fires at that wall time.
    const call = server.as('anchor-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Anchor', due_date: '2031-05-01', reminders: [{ minutes_before: 0 }] },
    });
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      `2031-05-01T${ALL_DAY_REMINDER_TIME}:00.000Z`,
    ]);
  });

  it('a relative reminder waits for a due moment and follows it when it moves', async () => {
    const call = server.as('dormant-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Someday', reminders: [{ minutes_before: 15 }] },
    });
    expect(await schedule(task.id)).toEqual([]);
    await call('PATCH', `/api/me/tasks/${task.id}`, { body: { due_at: '2031-06-01T10:00:00Z' } });
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual(['2031-06-01T09:45:00.000Z']);
    await call('PATCH', `/api/me/tasks/${task.id}`, { body: { due_at: '2031-06-02T10:00:00Z' } });
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual(['2031-06-02T09:45:00.000Z']);
    await call('PATCH', `/api/me/tasks/${task.id}`, { body: { due_at: null } });
    expect(await schedule(task.id)).toEqual([]);
  });

  it('a reminder whose moment has passed when it is set is not armed', async () => {
    const call = server.as('past-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Late',
        due_at: inMinutes(10),
        reminders: [{ at: inMinutes(-5) }, { minutes_before: 60 }, { minutes_before: 5 }],
      },
    });
    expect((await schedule(task.id)).map((a) => a.reminder)).toEqual([{ minutes_before: 5 }]);
  });

  it('completing drops pending reminders; reopening re-arms those still ahead', async () => {
    const call = server.as('complete-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Water plants', due_at: inMinutes(90), reminders: [{ minutes_before: 30 }] },
    });
    expect(await schedule(task.id)).toHaveLength(1);
    await call('PATCH', `/api/me/tasks/${task.id}/complete`, { body: { completed: true } });
    expect(await schedule(task.id)).toEqual([]);
    await call('PATCH', `/api/me/tasks/${task.id}/complete`, { body: { completed: false } });
    expect(await schedule(task.id)).toHaveLength(1);
  });

  it('a recurring task re-arms its relative reminders for the next occurrence; the record keeps none', async () => {
    const call = server.as('series-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Standup',
        due_at: '2031-01-06T09:00:00Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO',
        reminders: [{ minutes_before: 10 }, { at: '2031-01-01T08:00:00Z' }],
      },
    });
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      '2031-01-01T08:00:00.000Z',
      '2031-01-06T08:50:00.000Z',
    ]);
    const done = await call('PATCH', `/api/me/tasks/${task.id}/complete`, { body: { completed: true } });
    expect(done.body.due_at).toBe('2031-01-13T09:00:00.000Z');
    expect((await schedule(task.id)).map((a) => a.fire_at)).toEqual([
      '2031-01-01T08:00:00.000Z',
      '2031-01-13T08:50:00.000Z',
    ]);
    const records = await call('GET', '/api/me/tasks?status=completed');
    const record = records.body.tasks.find((t: { series_task_id: number }) => t.series_task_id === task.id);
    expect(await schedule(record.id)).toEqual([]);
  });

  it('deleting a task deletes its schedule', async () => {
    const call = server.as('delete-user');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Gone', due_at: inMinutes(60), reminders: [{ minutes_before: 5 }] },
    });
    await call('DELETE', `/api/me/tasks/${task.id}`);
    expect(await schedule(task.id)).toEqual([]);
  });
});

describe('delivery', () => {
  it('a due reminder arrives once on the live stream with the task and the reminder, only to its owner', async () => {
    const call = server.as('live-owner');
    const mine = await stream(server, 'live-owner');
    const theirs = await stream(server, 'live-other');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Take pills', due_at: inMinutes(30), reminders: [{ minutes_before: 15 }] },
    });
    await comeDue(task.id);
    await mine.until(() => mine.events.some((e) => e.event === 'reminder'), 'the reminder event');
    const event = mine.events.find((e) => e.event === 'reminder')!;
    expect(event.data).toEqual({
      type: 'reminder',
      task_id: task.id,
      task: expect.objectContaining({
        id: task.id,
        title: 'Take pills',
        reminders: [{ minutes_before: 15 }],
      }),
      user_id: 'live-owner',
      timestamp: expect.stringMatching(ISO),
      reminder: { minutes_before: 15, fire_at: expect.stringMatching(ISO) },
    });
    await new Promise((r) => setTimeout(r, 600)); // several scheduler rounds
    expect(mine.events.filter((e) => e.event === 'reminder')).toHaveLength(1);
    expect(theirs.events).toEqual([]);
    expect(await schedule(task.id)).toEqual([expect.objectContaining({ sent: true })]);
    await mine.close();
    await theirs.close();
  });

  it('fires at its moment without help: a reminder two seconds ahead arrives after it, not before', async () => {
    const call = server.as('clock-user');
    const s = await stream(server, 'clock-user');
    const at = new Date(Date.now() + 2000).toISOString();
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Kettle', reminders: [{ at }] },
    });
    await s.until(() => s.events.some((e) => e.event === 'reminder'), 'the reminder', 10_000);
    const received = Date.now();
    expect(received).toBeGreaterThanOrEqual(Date.parse(at));
    expect(s.events.find((e) => e.event === 'reminder')!.data.reminder).toEqual({ at, fire_at: at });
    expect(await reminderEvents(task.id)).toBe(1);
    await s.close();
  });

  it('a webhook subscribed to reminders gets a signed delivery', async () => {
    const hook = await receiver();
    const call = server.as('hook-user');
    const created = await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['reminder'] } });
    expect(created.status).toBe(201);
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Renew passport', due_date: '2031-09-01', reminders: [{ minutes_before: 0 }] },
    });
    await comeDue(task.id);
    await until(() => hook.hits.length > 0, 'the webhook delivery');
    const hit = hook.hits[0]!;
    expect(verifies(created.body.secret, hit.headers['doable-signature'], hit.body)).toBe(true);
    expect(hit.json).toMatchObject({
      type: 'reminder',
      task_id: task.id,
      reminder: { minutes_before: 0, fire_at: expect.stringMatching(ISO) },
    });
    expect(hook.hits).toHaveLength(1); // created was not subscribed
    await hook.close();
  });
});

describe('several instances and downtime', () => {
  it('two schedulers on one database deliver each of many due reminders exactly once', async () => {
    const { a, b, drop } = await twoHandles();
    const one = await startTestServer({ database: a, env: FAST });
    const two = await startTestServer({ database: b, env: FAST });
    try {
      const call = one.as('race-user');
      const ids: number[] = [];
      for (let i = 0; i < 30; i++) {
        const { body } = await call('POST', '/api/me/tasks', {
          body: {
            title: `Task ${i}`,
            due_at: inMinutes(60),
            reminders: [{ minutes_before: 1 }, { minutes_before: 2 }],
          },
        });
        ids.push(body.id);
      }
      // Everything comes due at once; both schedulers (and extra rounds) race for it.
      await rawQuery(one.database.db, `update task_reminders set fire_at = fire_at - interval '2 hours'`, []);
      await until(async () => {
        const [row] = await rawQuery<{ n: number }>(
          one.database.db,
          `select count(*)::int as n from task_reminders where sent_at is null`,
          [],
        );
        return Number(row!.n) === 0;
      }, 'every reminder sent');
      const [events] = await rawQuery<{ n: number; tasks: number }>(
        one.database.db,
        `select count(*)::int as n, count(distinct task_id)::int as tasks from task_events where type = 'reminder'`,
        [],
      );
      expect({ n: Number(events!.n), tasks: Number(events!.tasks) }).toEqual({ n: 60, tasks: 30 });
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  });

  it('reminders that came due while no scheduler ran are delivered when one starts', async () => {
    const { a, b, drop } = await twoHandles();
    const first = await startTestServer({ database: a, env: FAST });
    let second: TestServer | undefined;
    try {
      const call = first.as('downtime-user');
      const at = new Date(Date.now() + 1500).toISOString();
      const { body: task } = await call('POST', '/api/me/tasks', {
        body: { title: 'While down', reminders: [{ at }] },
      });
      // Stop the only scheduler before the moment comes (the database stays).
      await first.app.close();
      await new Promise((r) => setTimeout(r, 2000));
      expect(await reminderEvents(task.id, first)).toBe(0);
      second = await startTestServer({ database: b, env: FAST });
      await until(async () => (await reminderEvents(task.id, second!)) === 1, 'the caught-up reminder');
      await new Promise((r) => setTimeout(r, 500));
      expect(await reminderEvents(task.id, second)).toBe(1);
    } finally {
      await second?.close();
      await first.database.close();
      await drop();
    }
  });
});

describe('export and import', () => {
  it('JSON keeps reminders through a round trip; iCalendar carries them as VALARMs', async () => {
    const call = server.as('export-user');
    await call('POST', '/api/me/tasks', {
      body: {
        title: 'Flight',
        due_at: '2031-07-01T06:30:00Z',
        reminders: [{ minutes_before: 90 }, { at: '2031-06-30T18:00:00Z' }],
      },
    });
    await call('POST', '/api/me/tasks', {
      body: { title: 'Bins', due_date: '2031-07-02', reminders: [{ minutes_before: 720 }] },
    });
    const ics = await call('GET', '/api/me/export?format=ics');
    expect(ics.text).toContain(
      'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Flight\r\nTRIGGER;RELATED=END:-PT1H30M\r\nEND:VALARM',
    );
    expect(ics.text).toContain('TRIGGER;VALUE=DATE-TIME:20310630T180000Z');
    // 09:00 less 12 hours: 21:00 the evening before the all-day date.
    expect(ics.text).toContain('TRIGGER;RELATED=END:-PT3H');
    const exported = await call('GET', '/api/me/export?format=json');
    const copy = server.as('import-user');
    expect((await copy('POST', '/api/me/import', { body: exported.body })).status).toBe(201);
    const listed = (await copy('GET', '/api/me/tasks?sort=title')).body.tasks;
    expect(listed.map((t: { title: string; reminders: unknown }) => [t.title, t.reminders])).toEqual([
      ['Bins', [{ minutes_before: 720 }]],
      ['Flight', [{ minutes_before: 90 }, { at: '2031-06-30T18:00:00.000Z' }]],
    ]);
    const [flight] = listed.filter((t: { title: string }) => t.title === 'Flight');
    expect((await schedule(flight.id)).map((a) => a.fire_at)).toEqual([
      '2031-06-30T18:00:00.000Z',
      '2031-07-01T05:00:00.000Z',
    ]);
  });
});

describe('snooze and the reminders list', () => {
  it('snoozing adds one reminder then, drops fired ones, and refuses bad input changing nothing', async () => {
    const call = server.as('snoozer');
    const { body: task } = await call('POST', '/api/me/tasks', {
      body: { title: 'Stretch', due_at: inMinutes(30), reminders: [{ minutes_before: 10 }] },
    });
    const before = Date.now();
    const snoozed = await call('POST', `/api/me/tasks/${task.id}/snooze`, { body: { minutes: 10 } });
    expect(snoozed.status, snoozed.text).toBe(200);
    const at = snoozed.body.reminders.find((r: any) => r.at)?.at;
    expect(Date.parse(at) - before).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(Date.parse(at) - before).toBeLessThan(10 * 60_000 + 5000);
    expect(snoozed.body.reminders).toEqual([{ minutes_before: 10 }, { at }]);
    expect((await schedule(task.id)).map((r) => r.fire_at)).toContain(at);

    // Snoozing again after that one fired replaces it: the fired `at` reminder is dropped.
    await rawQuery(server.database.db, `update tasks set reminders = $2::jsonb where id = $1`, [
      task.id,
      JSON.stringify([{ minutes_before: 10 }, { at: new Date(Date.now() - 60_000).toISOString() }]),
    ]);
    const until = inMinutes(24 * 60);
    const again = await call('POST', `/api/me/tasks/${task.id}/snooze`, { body: { until } });
    expect(again.status, again.text).toBe(200);
    expect(again.body.reminders).toEqual([{ minutes_before: 10 }, { at: until }]);

    const unchanged = JSON.stringify((await call('GET', `/api/me/tasks/${task.id}`)).body.reminders);
    for (const body of [
      {},
      { minutes: 0 },
      { minutes: 10_081 },
      { minutes: 1.5 },
      { minutes: 5, until },
      { until: 'tomorrow' },
      { until: new Date(Date.now() - 60_000).toISOString() },
      { until: new Date(Date.now() + 400 * 86_400_000).toISOString() },
      { minutes: 5, extra: 1 },
    ]) {
      expectProblem(await call('POST', `/api/me/tasks/${task.id}/snooze`, { body }), 422, 'VALIDATION_ERROR');
    }
    expect(JSON.stringify((await call('GET', `/api/me/tasks/${task.id}`)).body.reminders)).toBe(unchanged);
    expectProblem(
      await server.as('not-snoozer')('POST', `/api/me/tasks/${task.id}/snooze`, { body: { minutes: 5 } }),
      404,
      'NOT_FOUND',
    );
    await call('PATCH', `/api/me/tasks/${task.id}/complete`, { body: { completed: true } });
    expectProblem(
      await call('POST', `/api/me/tasks/${task.id}/snooze`, { body: { minutes: 5 } }),
      409,
      'CONFLICT',
    );
  });

  it('a snoozed reminder fires again when its time comes', async () => {
    const call = server.as('snooze-fire');
    const { body: task } = await call('POST', '/api/me/tasks', { body: { title: 'Call back' } });
    await call('POST', `/api/me/tasks/${task.id}/snooze`, { body: { minutes: 5 } });
    const live = await stream(server, 'snooze-fire');
    try {
      await comeDue(task.id);
      await live.until(() => live.events.some((e) => e.event === 'reminder'), 'the snoozed reminder');
      expect(live.events.find((e) => e.event === 'reminder')!.data.reminder).toMatchObject({
        at: expect.stringMatching(ISO),
      });
    } finally {
      await live.close();
    }
  });

  it('lists coming reminders soonest first and the ones that fired, only the recipient’s', async () => {
    const call = server.as('lister-r');
    const { body: soon } = await call('POST', '/api/me/tasks', {
      body: { title: 'Soon', due_at: inMinutes(60), reminders: [{ minutes_before: 30 }] },
    });
    const { body: later } = await call('POST', '/api/me/tasks', {
      body: {
        title: 'Later',
        due_at: inMinutes(600),
        reminders: [{ minutes_before: 0 }, { minutes_before: 60 }],
      },
    });
    await call('POST', '/api/me/tasks', {
      body: { title: 'Done one', due_at: inMinutes(60), reminders: [{ minutes_before: 5 }], completed: true },
    });
    await server.as('someone-else-r')('POST', '/api/me/tasks', {
      body: { title: 'Not theirs', due_at: inMinutes(5), reminders: [{ minutes_before: 1 }] },
    });
    const pending = await call('GET', '/api/me/reminders');
    expect(pending.status, pending.text).toBe(200);
    expect(pending.body.reminders.map((r: any) => [r.title, r.reminder])).toEqual([
      ['Soon', { minutes_before: 30 }],
      ['Later', { minutes_before: 60 }],
      ['Later', { minutes_before: 0 }],
    ]);
    expect(pending.body.reminders[0]).toMatchObject({
      task_id: soon.id,
      sent_at: null,
      fire_at: expect.stringMatching(ISO),
    });
    expect((await call('GET', '/api/me/reminders?limit=1')).body.reminders).toHaveLength(1);

    const since = new Date().toISOString();
    const live = await stream(server, 'lister-r');
    try {
      await comeDue(soon.id);
      await live.until(() => live.events.some((e) => e.event === 'reminder'), 'the reminder');
    } finally {
      await live.close();
    }
    const sent = await call('GET', `/api/me/reminders?state=sent&since=${encodeURIComponent(since)}`);
    expect(sent.body.reminders).toEqual([
      {
        task_id: soon.id,
        title: 'Soon',
        list_id: null,
        due_date: null,
        due_at: expect.stringMatching(ISO),
        fire_at: expect.stringMatching(ISO),
        reminder: { minutes_before: 30 },
        sent_at: expect.stringMatching(ISO),
      },
    ]);
    expect((await call('GET', '/api/me/reminders')).body.reminders.map((r: any) => r.task_id)).toEqual([
      later.id,
      later.id,
    ]);
    expect((await server.as('someone-else-r')('GET', '/api/me/reminders?state=sent')).body.reminders).toEqual(
      [],
    );
    for (const q of ['state=all', 'limit=0', 'limit=201', 'since=yesterday', 'other=1']) {
      expectProblem(await call('GET', `/api/me/reminders?${q}`), 422, 'VALIDATION_ERROR');
    }
  });
});
