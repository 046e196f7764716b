// Quick add over HTTP: a line names a list, a section, a person on a shared list
// and a reminder, and the task is made there with them; "#Name" that is no list is a tag; "+person"
// who is not on the list stays in the title (the dry run says why); the date order setting reads
// "12/10"; bad input gets problem+json and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;
let owner: Person;
let sara: Person;
let family: { id: number };
let work: { id: number };
let meetings: { id: number };

beforeAll(async () => {
  server = await startTestServer();
  owner = await person(server, 'Owner');
  sara = await person(server, 'Sara');
  family = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Family' } }), 201);
  work = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Side Project' } }), 201);
  meetings = await ok(
    owner.as('POST', '/api/me/sections', { body: { list_id: work.id, name: 'Meetings' } }),
    201,
  );
  await join(owner, family.id, sara, 'editor');
  await ok(owner.as('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi', date_order: 'dmy' } }));
});
afterAll(() => server.close());

const quick = (as: Person['as'], text: string, more: object = {}, query = '') =>
  as('POST', `/api/me/tasks/quick${query}`, { body: { text, ...more } });

describe('quick add names places, people and reminders', () => {
  it('puts the task in the list and section the line names, with its reminder', async () => {
    const task = await ok(
      quick(owner.as, 'Plan launch #"Side Project" /meetings remind me 1 hour before tomorrow 5pm p2'),
      201,
    );
    expect(task).toMatchObject({
      title: 'Plan launch',
      list_id: work.id,
      section_id: meetings.id,
      priority: 'medium',
      reminders: [{ minutes_before: 60 }],
    });
    expect(task.due_at).not.toBeNull();
  });

  it('assigns a member of the shared list by name, and the list may be written without quotes', async () => {
    const task = await ok(quick(owner.as, 'Buy groceries #family +sara {30m} tomorrow'), 201);
    expect(task).toMatchObject({
      title: 'Buy groceries',
      list_id: family.id,
      assignee_id: sara.id,
      reminders: [{ minutes_before: 30 }],
    });
    // The member may name the list too (shared with them) and assign the owner.
    const back = await ok(quick(sara.as, 'Call plumber #Family +owner'), 201);
    expect(back).toMatchObject({ title: 'Call plumber', list_id: family.id, assignee_id: owner.id });
  });

  it('reads a #Name that is no list as a tag, and the dry run says which', async () => {
    const parse = await ok(quick(owner.as, 'Water plants #garden #Family', {}, '?dry_run=true'));
    expect(parse).toMatchObject({
      title: 'Water plants',
      tags: ['garden'],
      list: 'Family',
      list_id: family.id,
    });
    expect(parse.matches).toEqual([
      { text: '#garden', kind: 'tag' },
      { text: '#Family', kind: 'list' },
    ]);
    const task = await ok(quick(owner.as, 'Water plants #garden @outside'), 201);
    expect(task).toMatchObject({ title: 'Water plants', tags: ['garden', 'outside'], list_id: null });
  });

  it('keeps a +person who is not on the list in the title, and the dry run says why', async () => {
    const parse = await ok(quick(owner.as, 'Ask +bob #Family', {}, '?dry_run=true'));
    expect(parse).toMatchObject({ title: 'Ask +bob', list: 'Family', assignee: null, assignee_id: null });
    expect(parse.unread).toEqual([
      { text: '+bob', kind: 'assignee', reason: 'no member of Family is called bob' },
    ]);
    const task = await ok(quick(owner.as, 'Ask +bob #Family'), 201);
    expect(task).toMatchObject({ title: 'Ask +bob', list_id: family.id, assignee_id: null });
    // A list nobody shares has nobody to assign.
    const alone = await ok(quick(owner.as, 'Ask +sara', { list_id: work.id }, '?dry_run=true'));
    expect(alone.unread).toEqual([{ text: '+sara', kind: 'assignee', reason: 'Side Project is not shared' }]);
  });

  it('keeps a piece the person took out of the reading (a removed preview chip) in the title', async () => {
    const task = await ok(
      quick(owner.as, 'Read chapter friday #Family p1', { keep: ['friday', '#Family'] }),
      201,
    );
    expect(task).toMatchObject({
      title: 'Read chapter friday #Family',
      list_id: null,
      priority: 'high',
      due_date: null,
      tags: [],
    });
  });

  it('looks a section up in the list given in the body when the line names none', async () => {
    const task = await ok(quick(owner.as, 'Standup notes /Meetings', { list_id: work.id }), 201);
    expect(task).toMatchObject({ title: 'Standup notes', list_id: work.id, section_id: meetings.id });
  });

  it("reads numeric dates in the account's date order, and repeats with their end", async () => {
    const dmy = await ok(quick(owner.as, 'Dentist 10/12', {}, '?dry_run=true'));
    expect(dmy).toMatchObject({ title: 'Dentist', due_date: expect.stringMatching(/-12-10$/) });
    await ok(owner.as('PATCH', '/api/me/settings', { body: { date_order: 'mdy' } }));
    expect(await ok(owner.as('GET', '/api/me/settings'))).toMatchObject({ date_order: 'mdy' });
    const mdy = await ok(quick(owner.as, 'Dentist 10/12', {}, '?dry_run=true'));
    expect(mdy).toMatchObject({ title: 'Dentist', due_date: expect.stringMatching(/-10-12$/) });
    const task = await ok(quick(owner.as, 'Pick up kids every weekday 3pm until dec 31'), 201);
    expect(task.title).toBe('Pick up kids');
    expect(task.recurrence).toMatch(/^FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=\d{4}1231$/);
    await ok(owner.as('PATCH', '/api/me/settings', { body: { date_order: 'dmy' } }));
  });

  it('takes the date order at sign-up', async () => {
    const up = await server.request('POST', '/api/auth/sign-up/email', {
      body: {
        name: 'Ymd',
        email: `ymd.${Date.now()}@example.com`,
        password: 'correct horse battery staple',
        date_order: 'ymd',
      },
      headers: { origin: TEST_APP_URL },
    });
    expect(up.status, up.text).toBe(200);
    expect(await ok(server.as(up.body.user.id)('GET', '/api/me/settings'))).toMatchObject({
      date_order: 'ymd',
    });
  });
});

describe('bad input', () => {
  it('gets problem+json and changes nothing', async () => {
    const before = (await ok(owner.as('GET', '/api/me/tasks?limit=200'))).tasks.length;
    expectProblem(await quick(owner.as, ''), 422, 'VALIDATION_ERROR');
    expectProblem(await quick(owner.as, 'x'.repeat(501)), 422, 'VALIDATION_ERROR');
    expectProblem(
      await owner.as('POST', '/api/me/tasks/quick', { body: { text: 'a', list: 'Family' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await quick(owner.as, 'Plan', { list_id: 'Family' }), 422, 'VALIDATION_ERROR');
    expectProblem(
      await owner.as('PATCH', '/api/me/settings', { body: { date_order: 'dym' } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await ok(owner.as('GET', '/api/me/tasks?limit=200'))).tasks.length).toBe(before);
    expect(await ok(owner.as('GET', '/api/me/settings'))).toMatchObject({ date_order: 'dmy' });
  });
});
