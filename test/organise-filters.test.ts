// Organise filters and sorts: every combination of filters, in each order, pages to exactly a
// reference computed here; count=none, bad counts and the default order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import {
  addDays,
  create,
  DAY,
  dayStart,
  describeTask,
  type Filter,
  isoZ,
  listAll,
  localDate,
  PRIORITIES,
  type Priority,
  queryOf,
  reference,
  SORTS,
  settle,
  type Task,
  withOffset,
} from './support/organise.js';
import { mulberry32 } from './support/random.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// ---- 2. Filters and sorts against the reference

describe('filters and sorts', () => {
  const ZONE = 'Asia/Kolkata';
  const USER = 'organiser';
  const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
  const TAGS: Record<string, string[]> = {
    work: ['work', 'Work', 'WORK'],
    home: ['home', 'Home'],
    urgent: ['urgent', 'URGENT', 'Urgent'],
    errand: ['errand', 'Errand'],
  };
  const OFFSETS = [-10, -1, 0, 1, 3, 6, 7, 10];
  // Minutes after local midnight: 0 ties a timed task with the all-day tasks of that date.
  const MINUTES = [0, 30, 9 * 60, 13 * 60 + 15, 23 * 60 + 30];
  const tasks = new Map<number, Task>();
  let today: string;

  beforeAll(async () => {
    const call = server.as(USER);
    const bob = server.as('organiser-bob');
    await settle(call, ZONE);
    const now = Date.now();
    today = localDate(ZONE, now);
    const random = mulberry32(20_260_101);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    for (let i = 0; i < 60; i++) {
      const word = pick(WORDS);
      const body: Record<string, unknown> = {
        title: random() < 0.5 ? word : word[0]!.toUpperCase() + word.slice(1),
        priority: pick(PRIORITIES),
        tags: Object.keys(TAGS)
          .filter(() => random() < 0.35)
          .map((key) => pick(TAGS[key]!)),
        completed: random() < 0.3,
      };
      const kind = random();
      const date = addDays(today, pick(OFFSETS));
      if (kind < 0.4) body.due_date = date;
      else if (kind < 0.8) {
        let at = dayStart(date, ZONE) + pick(MINUTES) * 60_000;
        // Keep timed tasks well away from "now", so overdue cannot change while the suite runs.
        if (Math.abs(at - now) < 15 * 60_000) at += 60 * 60_000;
        body.due_at = pick([isoZ(at), withOffset(at, 330), withOffset(at, -180)]);
      }
      const task = await create(call, body);
      expect(task).toMatchObject({
        priority: body.priority,
        tags: body.tags,
        due_date: body.due_date ?? null,
        due_at: body.due_at ? isoZ(Date.parse(body.due_at as string)) : null,
      });
      tasks.set(task.id, task);
      // Another owner's look-alike tasks, interleaved: none of them may appear in the results.
      if (i % 5 === 0) await create(bob, { ...body, title: 'bravo' });
    }
    // Touch a third of the tasks in a shuffled order, so updated order differs from created order.
    const ids = [...tasks.keys()].sort(() => random() - 0.5).slice(0, 20);
    for (const [n, id] of ids.entries()) {
      const task = tasks.get(id)!;
      const patch =
        n % 4 === 0
          ? { completed: !task.completed }
          : n % 4 === 1
            ? { priority: PRIORITIES[(PRIORITIES.indexOf(task.priority) + 1) % 4] }
            : n % 4 === 2
              ? { due_date: addDays(today, -1) }
              : { due_at: isoZ(dayStart(addDays(today, 2), ZONE)) };
      const res = await call('PATCH', `/api/me/tasks/${id}`, { body: patch });
      expect(res.status, res.text).toBe(200);
      tasks.set(id, res.body);
    }
    // Bob's own zone must not move Alice's "today".
    await settle(bob, 'Pacific/Kiritimati');
  });

  /** Each filter alone and a few chosen mixes in all ten orders; seeded random mixes in three orders each. */
  function combinations(): { filter: Filter; sorts: string[] }[] {
    const now = Date.now();
    const tomorrow = addDays(today, 1);
    const fixed: Filter[] = [
      {},
      { status: 'pending' },
      { status: 'completed' },
      { priority: ['high'] },
      { priority: ['low', 'medium'], priorityAsList: true },
      { priority: ['none', 'high'] },
      { tag: ['Work'] },
      { tag: ['work', 'URGENT'] },
      { tag: ['#home'] },
      { tag: ['errand', 'home', 'work'] },
      { due: 'today' },
      { due: 'overdue' },
      { due: 'week' },
      { due: 'none' },
      { due_before: tomorrow },
      { due_after: today },
      { due_after: addDays(today, -1), due_before: addDays(today, 7) },
      { due_before: withOffset(now, -180) },
      { due_after: withOffset(now - DAY, 330) },
      // Instant bounds exactly on a local midnight: after is inclusive, before exclusive.
      { due_after: isoZ(dayStart(today, ZONE)) },
      { due_before: isoZ(dayStart(tomorrow, ZONE)) },
      { status: 'pending', due: 'overdue', priority: ['high', 'medium'] },
      { status: 'completed', due: 'week', tag: ['work'] },
    ];
    const random = mulberry32(7);
    const maybe = <T>(items: T[], p: number) =>
      random() < p ? items[Math.floor(random() * items.length)] : undefined;
    const mixed: Filter[] = Array.from({ length: 22 }, () => {
      const bounds = maybe<Filter>(
        [
          { due_before: addDays(today, 4) },
          { due_after: addDays(today, -2) },
          { due_after: withOffset(now - 2 * DAY, 60), due_before: withOffset(now + 5 * DAY, -480) },
        ],
        0.4,
      );
      return {
        status: maybe(['pending', 'completed'] as const, 0.4),
        priority: maybe<Priority[]>([['high'], ['low', 'medium'], ['none', 'high', 'low']], 0.5),
        priorityAsList: random() < 0.5,
        tag: maybe([['work'], ['HOME'], ['urgent', 'Work']], 0.4),
        due: maybe(['today', 'overdue', 'week', 'none'] as const, 0.35),
        ...bounds,
      };
    });
    return [
      ...fixed.map((filter) => ({ filter, sorts: SORTS })),
      ...mixed.map((filter, i) => ({
        filter,
        sorts: [0, 1, 2].map((j) => SORTS[(3 * i + j) % SORTS.length]!),
      })),
    ];
  }

  it('each combination of filters, in each order, pages to exactly the reference', async () => {
    const call = server.as(USER);
    const all = [...tasks.values()];
    const combos = combinations();
    let nonEmpty = 0;
    for (const { filter, sorts } of combos) {
      await Promise.all(
        sorts.map(async (sort) => {
          const params = queryOf(filter, sort);
          const expected = reference(all, filter, sort, ZONE, Date.now());
          const { tasks: got, count } = await listAll(call, params, 7);
          expect(got.map(describeTask), `${params}`).toEqual(expected.map(describeTask));
          expect(count, `count for ${params}`).toBe(expected.length);
          if (sort === sorts[0] && expected.length > 0) nonEmpty++;
        }),
      );
    }
    // The mix must make the filters meaningful: most combinations select something.
    expect(nonEmpty).toBeGreaterThanOrEqual(combos.length * 0.6);
  });

  it('count=none on later pages answers the same pages, with a null count', async () => {
    const call = server.as(USER);
    const all = [...tasks.values()];
    for (const { filter } of combinations().slice(0, 23)) {
      await Promise.all(
        ['-created', 'title', 'due', '-priority'].map(async (sort) => {
          const params = queryOf(filter, sort);
          const expected = reference(all, filter, sort, ZONE, Date.now());
          const { tasks: got, count } = await listAll(call, params, 7, 'none');
          expect(got.map(describeTask), `${params}`).toEqual(expected.map(describeTask));
          expect(count, `count for ${params}`).toBe(expected.length);
        }),
      );
    }
  });

  it('refuses a count other than exact or none', async () => {
    for (const count of ['', 'estimate', 'NONE']) {
      expectProblem(await server.as(USER)('GET', `/api/me/tasks?count=${count}`), 422, 'VALIDATION_ERROR');
    }
  });

  it('without a sort, lists newest first', async () => {
    const { tasks: got } = await listAll(server.as(USER), queryOf({ due: 'week' }), 7);
    const expected = reference([...tasks.values()], { due: 'week' }, '-created', ZONE, Date.now());
    expect(got.map(describeTask)).toEqual(expected.map(describeTask));
  });
});
