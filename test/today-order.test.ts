// The agenda order of Today, Upcoming and due=today: overdue tasks first, then today's timed tasks by
// time (those already late too), then today's all-day tasks; on both databases, in one page and
// page by page, for the owner's own tasks and beside a shared list's.
//
// The clock: the database's own now(). Each user's zone is a fixed-offset zone (Etc/GMT±N, no
// daylight saving) picked so that it is between 12:00 and 13:00 there while the test runs, so
// "08:00 today" is late, "18:00 today" is not, and no task is near midnight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type Call, listAll, localDate, type Task } from './support/organise.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A fixed-offset zone where the wall clock reads 12:xx now (and its offset from UTC in hours). */
function noonZone(at = Date.now()): { zone: string; offset: number } {
  const offset = 12 - new Date(at).getUTCHours();
  // IANA's Etc zones count the other way: Etc/GMT-5 is five hours ahead of UTC.
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  return { zone, offset };
}

/** The instant of a wall time on a date in a zone `offset` hours ahead of UTC. */
const at = (date: string, time: string, offset: number) =>
  new Date(Date.parse(`${date}T${time}:00Z`) - offset * 3_600_000).toISOString();

const titles = (tasks: { title: string }[]) => tasks.map((t) => t.title);

async function tasksOf(call: Call, query: string): Promise<Task[]> {
  const res = await call('GET', `/api/me/tasks?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.tasks;
}

/** Every page, `limit` at a time. */
async function paged(call: Call, query: string, limit: number): Promise<string[]> {
  return titles((await listAll(call, new URLSearchParams(query), limit)).tasks);
}

/**
 * A person whose zone reads 12:xx, with tasks made out of order: overdue (all-day and timed), late
 * this morning, later today, all-day today, tomorrow, undated and a completed one.
 */
async function planner(name: string, listId?: number): Promise<{ who: Person; today: string }> {
  const { zone, offset } = noonZone();
  const who = await person(server, name);
  await ok(who.as('PATCH', '/api/me/settings', { body: { time_zone: zone } }));
  const today = localDate(zone);
  // The minute could turn the hour between the zone's pick and its date: check the clock held.
  expect(noonZone().zone).toBe(zone);
  const make = (body: Record<string, unknown>) =>
    ok(
      who.as('POST', '/api/me/tasks', { body: listId === undefined ? body : { ...body, list_id: listId } }),
      201,
    );
  await make({ title: 'All day today A', due_date: today });
  await make({ title: 'This evening', due_at: at(today, '18:00', offset) });
  await make({ title: 'Yesterday', due_date: addDays(today, -1) });
  await make({ title: 'At ten', due_at: at(today, '10:00', offset) });
  await make({ title: 'Undated' });
  await make({ title: 'Tomorrow', due_date: addDays(today, 1) });
  await make({ title: 'At eight', due_at: at(today, '08:00', offset) });
  await make({ title: 'Three days ago', due_date: addDays(today, -3) });
  await make({ title: 'Yesterday at nine', due_at: at(addDays(today, -1), '09:00', offset) });
  await make({ title: 'Tomorrow at seven', due_at: at(addDays(today, 1), '07:00', offset) });
  await make({ title: 'Done at half past eight', due_at: at(today, '08:30', offset), completed: true });
  await make({ title: 'All day today B', due_date: today });
  return { who, today };
}

const TODAY_VIEW = [
  'Three days ago',
  'Yesterday at nine',
  'Yesterday',
  'At eight',
  'At ten',
  'This evening',
  'All day today A',
  'All day today B',
];

describe('the agenda order', () => {
  let alice: Person;

  beforeAll(async () => {
    ({ who: alice } = await planner('Alice'));
  });

  it('view=today: overdue first (oldest first), then today by time, late ones too, then all-day', async () => {
    const page = await ok(alice.as('GET', '/api/me/tasks?view=today'));
    expect(titles(page.tasks)).toEqual(TODAY_VIEW);
    expect(page.count).toBe(TODAY_VIEW.length);
    // Named, it is the same order; one or two at a time, page after page, too.
    expect(titles(await tasksOf(alice.as, 'view=today&sort=agenda'))).toEqual(TODAY_VIEW);
    for (const limit of [1, 2, 3]) expect(await paged(alice.as, 'view=today', limit)).toEqual(TODAY_VIEW);
  });

  it('due=today: the timed tasks by time, those already late first, then the all-day ones', async () => {
    expect(titles(await tasksOf(alice.as, 'due=today'))).toEqual([
      'At eight',
      'Done at half past eight',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
    ]);
    expect(titles(await tasksOf(alice.as, 'due=today&status=pending'))).toEqual([
      'At eight',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
    ]);
    expect(await paged(alice.as, 'due=today&status=pending', 2)).toEqual([
      'At eight',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
    ]);
  });

  it('an explicit sort keeps its own order', async () => {
    // due: an all-day task at the start of its day, so before the day's timed tasks.
    expect(titles(await tasksOf(alice.as, 'view=today&sort=due'))).toEqual([
      'Three days ago',
      'Yesterday',
      'Yesterday at nine',
      'All day today A',
      'All day today B',
      'At eight',
      'At ten',
      'This evening',
    ]);
    expect(titles(await tasksOf(alice.as, 'due=today&status=pending&sort=due'))).toEqual([
      'All day today A',
      'All day today B',
      'At eight',
      'At ten',
      'This evening',
    ]);
    expect(titles(await tasksOf(alice.as, 'due=today&status=pending&sort=title'))).toEqual([
      'All day today A',
      'All day today B',
      'At eight',
      'At ten',
      'This evening',
    ]);
    expect(titles(await tasksOf(alice.as, 'due=today&status=pending&sort=-created'))).toEqual([
      'All day today B',
      'At eight',
      'At ten',
      'This evening',
      'All day today A',
    ]);
  });

  it('view=upcoming: each day its timed tasks by time, then its all-day ones', async () => {
    const upcoming = [
      'At eight',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
      'Tomorrow at seven',
      'Tomorrow',
    ];
    expect(titles(await tasksOf(alice.as, 'view=upcoming'))).toEqual(upcoming);
    expect(await paged(alice.as, 'view=upcoming', 2)).toEqual(upcoming);
  });

  it('sort=agenda over every task: the undated ones last, page after page; with a filter too', async () => {
    const all = [
      'Three days ago',
      'Yesterday at nine',
      'Yesterday',
      'At eight',
      'Done at half past eight',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
      'Tomorrow at seven',
      'Tomorrow',
      'Undated',
    ];
    expect(titles(await tasksOf(alice.as, 'sort=agenda'))).toEqual(all);
    for (const limit of [1, 5]) expect(await paged(alice.as, 'sort=agenda', limit)).toEqual(all);
    const filter = encodeURIComponent('today | overdue');
    expect(titles(await tasksOf(alice.as, `filter=${filter}&status=pending&sort=agenda`))).toEqual(
      TODAY_VIEW,
    );
    expect(await paged(alice.as, `filter=${filter}&status=pending&sort=agenda`, 3)).toEqual(TODAY_VIEW);
  });
});

describe('the agenda order beside a shared list', () => {
  it("a member's Today merges their own tasks and the shared list's in one order", async () => {
    const owner = await person(server, 'Olive');
    await ok(owner.as('PATCH', '/api/me/settings', { body: { time_zone: noonZone().zone } }));
    const list = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Shared' } }), 201);
    const { who: member } = await planner('Mel');
    await join(owner, list.id, member, 'editor');
    const { offset } = noonZone();
    const today = localDate(noonZone().zone);
    const shared = (body: Record<string, unknown>) =>
      ok(owner.as('POST', '/api/me/tasks', { body: { ...body, list_id: list.id } }), 201);
    await shared({ title: 'Shared at nine', due_at: at(today, '09:00', offset) });
    await shared({ title: 'Shared two days ago', due_date: addDays(today, -2) });
    await shared({ title: 'Shared all day', due_date: today });
    const expected = [
      'Three days ago',
      'Shared two days ago',
      'Yesterday at nine',
      'Yesterday',
      'At eight',
      'Shared at nine',
      'At ten',
      'This evening',
      'All day today A',
      'All day today B',
      'Shared all day',
    ];
    const page = await ok(member.as('GET', '/api/me/tasks?view=today'));
    expect(titles(page.tasks)).toEqual(expected);
    expect(page.count).toBe(expected.length);
    for (const limit of [1, 4]) expect(await paged(member.as, 'view=today', limit)).toEqual(expected);
  });
});
