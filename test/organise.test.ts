// Organise: priority, tags, due dates and instants, the owner's time zone and search, as a client
// sees them. Filters and sorts are checked against a reference computed here, page by page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, ISO } from './support/expect.js';
import { mulberry32 } from './support/random.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Call = ReturnType<TestServer['as']>;
type Priority = 'none' | 'low' | 'medium' | 'high';
const PRIORITIES: Priority[] = ['none', 'low', 'medium', 'high'];

interface Task {
  id: number;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: string | null;
  priority: Priority;
  tags: string[];
  due_date: string | null;
  due_at: string | null;
  created_at: string;
  updated_at: string;
}

// ---- Calendar arithmetic in a time zone, with Intl only (the server uses Postgres for the same).

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(zone: string, at: number): Record<string, number> {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** The calendar date (YYYY-MM-DD) it is in `zone` at instant `at`. */
function localDate(zone: string, at = Date.now()): string {
  const p = wallClock(zone, at);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** How far the wall clock in `zone` is ahead of UTC at instant `at`. */
function zoneOffset(zone: string, at: number): number {
  const p = wallClock(zone, at);
  return Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/** The instant `date` starts in `zone`. */
function dayStart(date: string, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  return wall - zoneOffset(zone, wall - zoneOffset(zone, wall));
}

/** An ISO instant written with a numeric UTC offset, e.g. 2030-01-01T05:30:00+05:30. */
function withOffset(at: number, minutes: number): string {
  const local = new Date(at + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${minutes < 0 ? '-' : '+'}${hhmm}`;
}

const isoZ = (at: number) => new Date(at).toISOString();

// ---- The list API and a reference implementation of its filters and orders.

type DueFilter = 'today' | 'overdue' | 'week' | 'none';
interface Filter {
  status?: 'pending' | 'completed';
  priority?: Priority[];
  /** Send the priorities as one comma-separated value instead of repeating the parameter. */
  priorityAsList?: boolean;
  tag?: string[];
  due?: DueFilter;
  due_before?: string;
  due_after?: string;
  q?: string;
}

const SORTS = [
  'created',
  '-created',
  'updated',
  '-updated',
  'title',
  '-title',
  'due',
  '-due',
  'priority',
  '-priority',
];

function queryOf(filter: Filter, sort?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q !== undefined) params.set('q', filter.q);
  if (filter.status) params.set('status', filter.status);
  if (filter.priority) {
    if (filter.priorityAsList) params.set('priority', filter.priority.join(','));
    else for (const p of filter.priority) params.append('priority', p);
  }
  for (const tag of filter.tag ?? []) params.append('tag', tag);
  if (filter.due) params.set('due', filter.due);
  if (filter.due_before) params.set('due_before', filter.due_before);
  if (filter.due_after) params.set('due_after', filter.due_after);
  if (sort) params.set('sort', sort);
  return params;
}

/**
 * Every page of a list query, checking that each page carries the same count and is full but the
 * last. With `laterPages: 'none'`, pages after the first ask for count=none and must carry null.
 */
async function listAll(
  call: Call,
  params: URLSearchParams,
  limit: number,
  laterPages: 'exact' | 'none' = 'exact',
): Promise<{ tasks: Task[]; count: number }> {
  const tasks: Task[] = [];
  const counts: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const qs = new URLSearchParams(params);
    qs.set('limit', String(limit));
    if (cursor) qs.set('cursor', cursor);
    if (cursor && laterPages === 'none') qs.set('count', 'none');
    const res = await call('GET', `/api/me/tasks?${qs}`);
    expect(res.status, `${qs}: ${res.text}`).toBe(200);
    pages++;
    cursor = res.body.next_cursor;
    if (cursor) expect(res.body.tasks, `a page before the last is full: ${qs}`).toHaveLength(limit);
    tasks.push(...res.body.tasks);
    counts.push(res.body.count);
  } while (cursor && pages < 100);
  if (laterPages === 'none') {
    expect(
      counts.slice(1).every((c) => c === null),
      `count=none answers null: ${params}`,
    ).toBe(true);
    counts.splice(1);
  }
  expect(new Set(counts).size, `count is the same on every page: ${params}`).toBe(1);
  expect(pages, `no empty page at the end: ${params}`).toBe(Math.max(1, Math.ceil(tasks.length / limit)));
  return { tasks, count: counts[0]! };
}

/** The moment a task is due, as the server orders it: its instant, or its date's start in the owner's zone. */
function dueMoment(task: Task, zone: string): number | null {
  if (task.due_at) return Date.parse(task.due_at);
  if (task.due_date) return dayStart(task.due_date, zone);
  return null;
}

const boundOf = (value: string, zone: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayStart(value, zone) : Date.parse(value);

function matches(task: Task, filter: Filter, zone: string, now: number): boolean {
  const due = dueMoment(task, zone);
  const today = localDate(zone, now);
  if (filter.status && task.completed !== (filter.status === 'completed')) return false;
  if (filter.priority && !filter.priority.includes(task.priority)) return false;
  const keys = new Set(task.tags.map((t) => t.toLowerCase()));
  if (filter.tag?.some((t) => !keys.has(t.replace(/^#+/, '').toLowerCase()))) return false;
  const within = (from: string, days: number) =>
    due !== null && due >= dayStart(from, zone) && due < dayStart(addDays(from, days), zone);
  if (filter.due === 'today' && !within(today, 1)) return false;
  if (filter.due === 'week' && !within(today, 7)) return false;
  if (filter.due === 'none' && due !== null) return false;
  if (filter.due === 'overdue') {
    if (task.completed || due === null) return false;
    if (due >= (task.due_at ? now : dayStart(today, zone))) return false;
  }
  if (filter.due_before && (due === null || due >= boundOf(filter.due_before, zone))) return false;
  if (filter.due_after && (due === null || due < boundOf(filter.due_after, zone))) return false;
  return true;
}

/** The reference order: the sort key, then id, both in the sort's direction; no due moment last either way. */
function reference(tasks: Task[], filter: Filter, sort: string, zone: string, now: number): Task[] {
  const descending = sort.startsWith('-');
  const field = sort.replace('-', '');
  const key = (t: Task): number | string => {
    switch (field) {
      case 'created':
        return Date.parse(t.created_at);
      case 'updated':
        return Date.parse(t.updated_at);
      case 'title':
        return t.title.toLowerCase();
      case 'priority':
        return PRIORITIES.indexOf(t.priority);
      default:
        return dueMoment(t, zone) ?? (descending ? -Infinity : Infinity);
    }
  };
  const sign = descending ? -1 : 1;
  return tasks
    .filter((t) => matches(t, filter, zone, now))
    .map((t) => ({ t, k: key(t) }))
    .sort((a, b) => sign * (a.k < b.k ? -1 : a.k > b.k ? 1 : a.t.id - b.t.id))
    .map(({ t }) => t);
}

/** One line per task, so a failing comparison reads as a list of tasks. */
const describeTask = (t: Task) =>
  `#${t.id} ${t.title} ${t.priority} [${t.tags.join(',')}] due=${t.due_date ?? t.due_at ?? '-'}${t.completed ? ' done' : ''}`;

async function settle(call: Call, zone: string): Promise<void> {
  const res = await call('PATCH', '/api/me/settings', { body: { time_zone: zone } });
  expect(res.status, res.text).toBe(200);
  expect(res.body).toMatchObject({ time_zone: zone });
}

async function create(call: Call, body: Record<string, unknown>): Promise<Task> {
  const res = await call('POST', '/api/me/tasks', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

// ---- 1. Fields

describe('priority, tags and due fields', () => {
  const call = () => server.as('fields');

  it('default to none, no tags and no due moment, on the task and in the list', async () => {
    const task = await create(call(), { title: 'Plain' });
    expect(task).toMatchObject({ priority: 'none', tags: [], due_date: null, due_at: null });
    const list = await call()('GET', '/api/me/tasks');
    expect(list.body.tasks.find((t: Task) => t.id === task.id)).toEqual(task);
  });

  it('round-trip through POST, GET and the list; tags keep the first spelling and drop "#" and spaces', async () => {
    const task = await create(call(), {
      title: 'Tagged',
      priority: 'high',
      tags: ['Work', ' #urgent ', 'WORK', 'Café', 'café', 'URGENT'],
      due_at: '2030-05-01T09:30:00+02:00',
    });
    expect(task).toMatchObject({
      priority: 'high',
      tags: ['Work', 'urgent', 'Café'],
      due_date: null,
      due_at: '2030-05-01T07:30:00.000Z',
    });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(task);
    const listed = await call()('GET', '/api/me/tasks?tag=cafÉ&tag=WORK');
    expect(listed.body.tasks).toEqual([task]);
  });

  it('answers an all-day date as written, whatever the owner time zone', async () => {
    const kiwi = server.as('fields-kiwi');
    await settle(kiwi, 'Pacific/Auckland');
    const task = await create(kiwi, { title: 'Anniversary', due_date: '2030-12-31' });
    expect(task).toMatchObject({ due_date: '2030-12-31', due_at: null });
    expect((await kiwi('GET', `/api/me/tasks/${task.id}`)).body.due_date).toBe('2030-12-31');
    expect((await kiwi('GET', '/api/me/tasks')).body.tasks[0]).toEqual(task);
  });

  it('PATCH setting one kind of due moment clears the other; clearing it leaves none', async () => {
    const task = await create(call(), { title: 'Switch', due_date: '2030-06-01', priority: 'low' });
    const timed = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { due_at: '2030-06-02T08:00:00Z' },
    });
    expect(timed.body).toMatchObject({ due_date: null, due_at: '2030-06-02T08:00:00.000Z', priority: 'low' });
    const dated = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { due_date: '2030-06-03' } });
    expect(dated.body).toMatchObject({ due_date: '2030-06-03', due_at: null });
    const tagged = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { tags: ['home'] } });
    expect(tagged.body).toMatchObject({
      due_date: '2030-06-03',
      due_at: null,
      tags: ['home'],
      priority: 'low',
    });
    const retimed = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { due_at: '2030-06-04T23:15:00.5-03:00' },
    });
    expect(retimed.body).toMatchObject({ due_date: null, due_at: '2030-06-05T02:15:00.500Z' });
    const cleared = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { due_at: null } });
    expect(cleared.body).toMatchObject({ due_date: null, due_at: null, tags: ['home'] });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(cleared.body);
  });

  it('PATCH with the same tags and priority changes nothing; a new spelling is a change', async () => {
    const task = await create(call(), { title: 'Same', tags: ['Work'], priority: 'medium' });
    const same = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { tags: ['Work'], priority: 'medium' },
    });
    expect(same.body).toEqual(task);
    await new Promise((r) => setTimeout(r, 5));
    const respelled = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { tags: ['WORK', 'work'] } });
    expect(respelled.body.tags).toEqual(['WORK']);
    expect(Date.parse(respelled.body.updated_at)).toBeGreaterThan(Date.parse(task.updated_at));
  });

  it('PUT sets every field and resets the omitted ones', async () => {
    const task = await create(call(), {
      title: 'Full',
      priority: 'high',
      tags: ['a', 'b'],
      due_date: '2030-01-01',
    });
    const replaced = await call()('PUT', `/api/me/tasks/${task.id}`, {
      body: { title: 'Full', priority: 'low', tags: ['C'], due_at: '2030-01-02T00:00:00+01:00' },
    });
    expect(replaced.body).toMatchObject({
      priority: 'low',
      tags: ['C'],
      due_date: null,
      due_at: '2030-01-01T23:00:00.000Z',
    });
    const reset = await call()('PUT', `/api/me/tasks/${task.id}`, { body: { title: 'Full' } });
    expect(reset.body).toMatchObject({ priority: 'none', tags: [], due_date: null, due_at: null });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(reset.body);
  });
});

describe('settings', () => {
  it('start at UTC, change, and refuse an unknown zone with a 422 problem', async () => {
    const call = server.as('settings-user');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'UTC' });
    await settle(call, 'Europe/Paris');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/Paris' });
    const bad = await call('PATCH', '/api/me/settings', { body: { time_zone: 'Mars/Olympus_Mons' } });
    expectProblem(bad, 422, 'VALIDATION_ERROR');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/Paris' });
  });
});

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
  }, 60_000);

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
  }, 60_000);

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

// ---- 3. Time zones

describe('time zones', () => {
  const AUCKLAND = 'Pacific/Auckland';
  const LOS_ANGELES = 'America/Los_Angeles';

  const ids = async (call: Call, query: string) =>
    (await call('GET', `/api/me/tasks?${query}`)).body.tasks.map((t: Task) => t.id);

  it('"today" is the owner\'s today: the same all-day task is due today in Auckland, maybe not in Los Angeles', async () => {
    const kiwi = server.as('tz-kiwi');
    const angeleno = server.as('tz-angeleno');
    await settle(kiwi, AUCKLAND);
    await settle(angeleno, LOS_ANGELES);
    const aucklandToday = localDate(AUCKLAND);
    const laToday = localDate(LOS_ANGELES);
    // Auckland is 19-21 hours ahead: it is the same date there only late in the Los Angeles night.
    expect([aucklandToday, addDays(aucklandToday, -1)]).toContain(laToday);
    const body = (due_date: string, title: string) => ({ title, due_date });
    const kiwiToday = await create(kiwi, body(aucklandToday, 'Auckland today'));
    const kiwiYesterday = await create(kiwi, body(addDays(aucklandToday, -1), 'Auckland yesterday'));
    const laTask = await create(angeleno, body(aucklandToday, 'Auckland today'));
    const laYesterday = await create(angeleno, body(addDays(aucklandToday, -1), 'Auckland yesterday'));

    expect(await ids(kiwi, 'due=today')).toEqual([kiwiToday.id]);
    expect(await ids(kiwi, 'due=overdue')).toEqual([kiwiYesterday.id]);
    const sameDate = laToday === aucklandToday;
    expect(await ids(angeleno, 'due=today')).toEqual([sameDate ? laTask.id : laYesterday.id]);
    expect(await ids(angeleno, 'due=overdue')).toEqual(sameDate ? [laYesterday.id] : []);
    expect(await ids(angeleno, 'due=week&sort=due')).toEqual(
      sameDate ? [laTask.id] : [laYesterday.id, laTask.id],
    );
    // A date bound is the start of that day in the owner's zone.
    expect(await ids(kiwi, `due_after=${aucklandToday}`)).toEqual([kiwiToday.id]);
    expect(await ids(angeleno, `due_before=${aucklandToday}`)).toEqual([laYesterday.id]);
  });

  it('changing the zone re-anchors all-day tasks: order against a timed task swaps, and "today" follows', async () => {
    const call = server.as('tz-mover');
    await settle(call, AUCKLAND);
    const date = localDate(AUCKLAND);
    // Midnight UTC of that date: after the date starts in Auckland, before it starts in Los Angeles.
    const allDay = await create(call, { title: 'All day', due_date: date });
    const timed = await create(call, { title: 'Timed', due_at: `${date}T00:00:00Z` });
    const undated = await create(call, { title: 'Undated' });

    expect(await ids(call, 'sort=due')).toEqual([allDay.id, timed.id, undated.id]);
    expect(await ids(call, 'sort=-due')).toEqual([timed.id, allDay.id, undated.id]);
    expect(await ids(call, 'due=today&sort=due')).toEqual([allDay.id, timed.id]);

    await settle(call, LOS_ANGELES);
    expect(await ids(call, 'sort=due')).toEqual([timed.id, allDay.id, undated.id]);
    expect(await ids(call, 'sort=-due')).toEqual([allDay.id, timed.id, undated.id]);
    // In Los Angeles the timed task falls on the day before: exactly one of them is due today.
    const laToday = localDate(LOS_ANGELES);
    expect(await ids(call, 'due=today')).toEqual([laToday === date ? allDay.id : timed.id]);
    expect(await ids(call, `due_before=${date}`)).toEqual([timed.id]);

    // Paging by due after the change uses the new anchors too.
    const paged = await listAll(call, new URLSearchParams({ sort: 'due' }), 1);
    expect(paged.tasks.map((t) => t.id)).toEqual([timed.id, allDay.id, undated.id]);

    await settle(call, AUCKLAND);
    expect(await ids(call, 'sort=due')).toEqual([allDay.id, timed.id, undated.id]);
    expect(await ids(call, 'due=today&sort=due')).toEqual([allDay.id, timed.id]);
    // The tasks themselves do not change with the zone.
    expect((await call('GET', `/api/me/tasks/${allDay.id}`)).body).toEqual(allDay);
  });
});

// ---- 4. Search

describe('search', () => {
  const call = () => server.as('searcher');
  const titles = async (query: string) => {
    const res = await call()('GET', `/api/me/tasks?${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.tasks.map((t: Task) => t.title);
  };
  const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

  beforeAll(async () => {
    for (const [title, description] of [
      ['Café with Ana', null],
      ['CAFÉ ORDER', 'beans'],
      ['Cafeteria menu', null],
      ['Team meeting', 'weekly sync'],
      ['Plan agenda', 'for the meeting with the team'],
      ['Buy groceries', 'milk and eggs'],
    ]) {
      await create(call(), { title, description });
    }
  });

  it('ignores case and accents, and matches words as prefixes', async () => {
    const cafes = ['Cafeteria menu', 'CAFÉ ORDER', 'Café with Ana'];
    expect((await titles(q('cafe', '&sort=-created'))).sort()).toEqual([...cafes].sort());
    expect((await titles(q('CAFÉ', '&sort=-created'))).sort()).toEqual([...cafes].sort());
    expect(await titles(q('meet', '&sort=title'))).toEqual(['Plan agenda', 'Team meeting']);
    expect(await titles(q('meet', '&sort=-title'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('meet'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('groc'))).toEqual(['Buy groceries']);
  });

  it('needs every word to match, in the title or the description', async () => {
    expect(await titles(q('cafe beans'))).toEqual(['CAFÉ ORDER']);
    expect(await titles(q('milk EGGS'))).toEqual(['Buy groceries']);
    expect(await titles(q('team, meet!'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('meet eggs'))).toEqual([]);
  });

  it('ranks a title match above a description-only match', async () => {
    expect(await titles(q('meeting', '&sort=relevance'))).toEqual(['Team meeting', 'Plan agenda']);
  });

  it('answers an empty list when nothing matches or nothing is searchable', async () => {
    for (const text of ['zebra', 'cafe zebra', '!!! ... ---', '"\'*&|:']) {
      const res = await call()('GET', `/api/me/tasks?${q(text)}`);
      expect(res.status, text).toBe(200);
      expect(res.body, text).toEqual({ tasks: [], count: 0, next_cursor: null });
      const uncounted = await call()('GET', `/api/me/tasks?${q(text, '&count=none')}`);
      expect(uncounted.body, text).toEqual({ tasks: [], count: null, next_cursor: null });
    }
  });

  describe('with filters and paging', () => {
    const user = () => server.as('search-pager');
    const inTitle: Task[] = [];
    const inDescription: Task[] = [];

    beforeAll(async () => {
      // Equal texts rank equally, so the order within each group is the id tie-break.
      for (let i = 0; i < 8; i++) {
        const priority = i % 2 === 0 ? 'high' : 'low';
        inTitle.push(await create(user(), { title: 'Quarterly report', priority, completed: i % 3 === 0 }));
        inDescription.push(
          await create(user(), { title: 'Budget review', description: 'see the report', priority }),
        );
        await create(user(), { title: 'Unrelated chore', description: 'nothing here', priority });
      }
    });

    const byIdDesc = (list: Task[]) => [...list].sort((a, b) => b.id - a.id).map((t) => t.id);
    const byIdAsc = (list: Task[]) => [...list].sort((a, b) => a.id - b.id).map((t) => t.id);

    it('pages by relevance with ties broken by id, no duplicates or gaps', async () => {
      const expected = [...byIdDesc(inTitle), ...byIdDesc(inDescription)];
      for (const limit of [3, 8, 16, 17]) {
        const { tasks, count } = await listAll(user(), new URLSearchParams({ q: 'report' }), limit);
        expect(count).toBe(16);
        expect(tasks.map((t) => t.id)).toEqual(expected);
        const uncounted = await listAll(user(), new URLSearchParams({ q: 'report' }), limit, 'none');
        expect(uncounted.count).toBe(16);
        expect(uncounted.tasks.map((t) => t.id)).toEqual(expected);
      }
    });

    it('combines the search with filters', async () => {
      const params = new URLSearchParams({
        q: 'REPORT',
        priority: 'high',
        status: 'pending',
        sort: 'relevance',
      });
      const high = (t: Task) => t.priority === 'high' && !t.completed;
      const expected = [...byIdDesc(inTitle.filter(high)), ...byIdDesc(inDescription.filter(high))];
      for (const laterPages of ['exact', 'none'] as const) {
        const { tasks, count } = await listAll(user(), params, 2, laterPages);
        expect(tasks.map((t) => t.id)).toEqual(expected);
        expect(count).toBe(expected.length);
      }
    });

    it('sorts search results by title when asked', async () => {
      const { tasks, count } = await listAll(user(), new URLSearchParams({ q: 'rep', sort: 'title' }), 5);
      expect(count).toBe(16);
      expect(tasks.map((t) => t.id)).toEqual([...byIdAsc(inDescription), ...byIdAsc(inTitle)]);
      const desc = await listAll(user(), new URLSearchParams({ q: 'rep', sort: '-title' }), 5);
      expect(desc.tasks.map((t) => t.id)).toEqual([...byIdDesc(inTitle), ...byIdDesc(inDescription)]);
    });
  });
});

// ---- 5. After a large import

describe('after a large import', () => {
  it('lists the imported tasks like any others, with or without an Idempotency-Key', async () => {
    const call = server.as('bulk-importer');
    const exported = (n: number, from: number) => ({
      format: 'doable-export',
      version: 1,
      tasks: Array.from({ length: n }, (_, i) => ({
        title: `bulk ${from + i}`,
        priority: PRIORITIES[(from + i) % 4],
        tags: (from + i) % 3 === 0 ? ['work'] : [],
      })),
    });
    // Each is large enough (50 tasks and a tenth of the table) to refresh the planner's statistics
    // right away: VACUUM ANALYZE on its own, ANALYZE inside the Idempotency-Key's transaction.
    const plain = await call('POST', '/api/me/import', { body: exported(120, 0) });
    expect(plain.body).toEqual({ imported: 120, created: 120, updated: 0, skipped: 0 });
    const keyed = await call('POST', '/api/me/import', {
      body: exported(150, 120),
      headers: { 'idempotency-key': 'bulk-import-2' },
    });
    expect(keyed.body).toEqual({ imported: 150, created: 150, updated: 0, skipped: 0 });
    const all = (await listAll(call, new URLSearchParams({ sort: 'title' }), 100)).tasks;
    expect(all).toHaveLength(270);
    const filters: Filter[] = [{ tag: ['work'] }, { priority: ['high'] }, { q: 'bulk' }];
    for (const filter of filters) {
      const expected = reference(all, filter, 'title', 'UTC', Date.now());
      const { tasks, count } = await listAll(call, queryOf(filter, 'title'), 40, 'none');
      expect(tasks.map(describeTask), JSON.stringify(filter)).toEqual(expected.map(describeTask));
      expect(count).toBe(expected.length);
    }
  });
});

// ---- 6. Across owners

describe('across owners', () => {
  it("another owner's look-alike tasks and time zone never reach my results", async () => {
    const alice = server.as('xo-alice');
    const bob = server.as('xo-bob');
    await settle(alice, 'Europe/London');
    await settle(bob, 'Europe/London');
    const today = localDate('Europe/London');
    const body = { title: 'Café meeting', tags: ['Work'], priority: 'high', due_date: today };
    const mine = await create(alice, body);
    const theirs = await create(bob, body);
    const queries = [
      'q=cafe',
      'q=meeting&sort=title',
      'tag=work',
      'priority=high',
      'due=today',
      `due_after=${today}`,
      'sort=due',
    ];
    for (const query of queries) {
      const res = await alice('GET', `/api/me/tasks?${query}`);
      expect(res.body, query).toEqual({ tasks: [mine], count: 1, next_cursor: null });
      const other = await bob('GET', `/api/me/tasks?${query}`);
      expect(
        other.body.tasks.map((t: Task) => t.id),
        query,
      ).toEqual([theirs.id]);
    }
    await settle(bob, 'Pacific/Kiritimati');
    expect((await alice('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/London' });
    expect((await alice('GET', '/api/me/tasks?due=today')).body.tasks).toEqual([mine]);
    expect((await alice('GET', `/api/me/tasks/${mine.id}`)).body).toEqual(mine);
    expect(mine.created_at).toMatch(ISO);
  });
});
