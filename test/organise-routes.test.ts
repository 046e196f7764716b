// The Organise routes beyond listing: tags (list, rename with merge, delete), quick add, settings,
// export (json, csv, ics) and import, each with its bad input and cross-user checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, PROBLEM } from './support/expect.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Call = ReturnType<TestServer['as']>;

async function add(call: Call, body: Record<string, unknown>) {
  const res = await call('POST', '/api/me/tasks', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function all(call: Call, query = '') {
  const res = await call('GET', `/api/me/tasks?limit=200&sort=created${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.tasks as any[];
}

describe('tags', () => {
  it('lists each tag once, case-insensitively, in its most used spelling, with open and total counts', async () => {
    const call = server.as('tagger');
    await add(call, { title: 'a', tags: ['Work', 'home'] });
    await add(call, { title: 'b', tags: ['work'], completed: true });
    await add(call, { title: 'c', tags: ['work', 'Ünïcode'] });
    await add(call, { title: 'd' });
    const res = await call('GET', '/api/me/tags');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      tags: [
        { name: 'home', open: 1, total: 1 },
        { name: 'work', open: 2, total: 3 },
        { name: 'Ünïcode', open: 1, total: 1 },
      ],
    });
  });

  it('a task keeps the first spelling of tags that differ only in case, and filters ignore case', async () => {
    const call = server.as('speller');
    const task = await add(call, { title: 'x', tags: ['Errands', 'errands', ' #ERRANDS ', 'Shop'] });
    expect(task.tags).toEqual(['Errands', 'Shop']);
    const found = await all(call, '&tag=ERRANDS&tag=shop');
    expect(found.map((t) => t.id)).toEqual([task.id]);
  });

  it('renaming merges into an existing tag, keeps order, bumps versions and respells', async () => {
    const call = server.as('renamer');
    const both = await add(call, { title: 'both', tags: ['a', 'Old', 'keep', 'NEW'] });
    const onlyOld = await add(call, { title: 'only old', tags: ['old'] });
    const untouched = await add(call, { title: 'untouched', tags: ['new', 'z'] });
    const res = await call('PATCH', '/api/me/tags/OLD', { body: { name: 'New' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ name: 'New', open: 3, total: 3 });
    const after = new Map((await all(call)).map((t) => [t.id, t]));
    expect(after.get(both.id).tags).toEqual(['a', 'New', 'keep']);
    expect(after.get(onlyOld.id).tags).toEqual(['New']);
    expect(after.get(untouched.id).tags).toEqual(['new', 'z']);
    const etag = (await call('GET', `/api/me/tasks/${both.id}`)).headers.get('etag');
    expect(etag).not.toBe('"1"');
    expect((await call('GET', `/api/me/tasks/${untouched.id}`)).headers.get('etag')).toBe('"1"');
    // The list now counts the merged tag once (its most used spelling wins).
    const tags = (await call('GET', '/api/me/tags')).body.tags;
    expect(tags.map((t: any) => [t.name, t.total])).toEqual([
      ['a', 1],
      ['keep', 1],
      ['New', 3],
      ['z', 1],
    ]);
    // Respelling: same tag, other case.
    expect((await call('PATCH', '/api/me/tags/new', { body: { name: 'nEw' } })).body.name).toBe('nEw');
    expect((await all(call, '&tag=new')).every((t) => t.tags.includes('nEw'))).toBe(true);
  });

  it('tags with slashes, spaces and Unicode work in the path when URL-encoded', async () => {
    const call = server.as('encoder');
    await add(call, { title: 'x', tags: ['a/b c', 'کام'] });
    const renamed = await call('PATCH', `/api/me/tags/${encodeURIComponent('A/B C')}`, {
      body: { name: 'ab' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect((await call('DELETE', `/api/me/tags/${encodeURIComponent('کام')}`)).status).toBe(204);
    expect((await all(call))[0].tags).toEqual(['ab']);
  });

  it('deleting removes the tag from every task and nothing else', async () => {
    const call = server.as('deleter');
    const one = await add(call, { title: 'one', tags: ['x', 'Gone', 'y'] });
    const two = await add(call, { title: 'two', tags: ['gone'] });
    const three = await add(call, { title: 'three', tags: ['y'] });
    expect((await call('DELETE', '/api/me/tags/GONE')).status).toBe(204);
    const after = new Map((await all(call)).map((t) => [t.id, t.tags]));
    expect(after.get(one.id)).toEqual(['x', 'y']);
    expect(after.get(two.id)).toEqual([]);
    expect(after.get(three.id)).toEqual(['y']);
    expectProblem(await call('DELETE', '/api/me/tags/gone'), 404, 'NOT_FOUND');
  });

  it('unknown tags are 404, bad names 422, and nothing changes', async () => {
    const call = server.as('tag-errors');
    await add(call, { title: 'x', tags: ['real'] });
    const before = await all(call);
    expectProblem(await call('PATCH', '/api/me/tags/nope', { body: { name: 'x' } }), 404, 'NOT_FOUND');
    expectProblem(await call('PATCH', '/api/me/tags/real', { body: { name: '' } }), 422, 'VALIDATION_ERROR');
    expectProblem(
      await call('PATCH', '/api/me/tags/real', { body: { name: 'x'.repeat(33) } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await call('PATCH', '/api/me/tags/real', { body: {} }), 422, 'VALIDATION_ERROR');
    expectProblem(
      await call('PATCH', '/api/me/tags/real', { body: { name: 'y', extra: 1 } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await call('PATCH', `/api/me/tags/${'x'.repeat(40)}`, { body: { name: 'y' } }),
      422,
      'VALIDATION_ERROR',
    );
    expect(await all(call)).toEqual(before);
  });

  it("another user's tags are invisible and untouchable", async () => {
    const alice = server.as('tag-alice');
    const bob = server.as('tag-bob');
    await add(alice, { title: 'secret', tags: ['private'] });
    await add(bob, { title: 'mine', tags: ['other'] });
    expect((await bob('GET', '/api/me/tags')).body.tags.map((t: any) => t.name)).toEqual(['other']);
    expectProblem(await bob('PATCH', '/api/me/tags/private', { body: { name: 'stolen' } }), 404, 'NOT_FOUND');
    expectProblem(await bob('DELETE', '/api/me/tags/private'), 404, 'NOT_FOUND');
    expectProblem(await bob('GET', '/api/tag-alice/tags'), 403, 'AUTH_FORBIDDEN');
    expectProblem(await bob('DELETE', '/api/tag-alice/tags/private'), 403, 'AUTH_FORBIDDEN');
    expect((await all(alice))[0].tags).toEqual(['private']);
  });
});

describe('settings', () => {
  it('time zone defaults to UTC, accepts IANA names, refuses others, and is per user', async () => {
    const call = server.as('settler');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'UTC' });
    const set = await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ time_zone: 'Asia/Karachi' });
    for (const bad of ['Mars/Olympus', 'UTC+5', '', 'x'.repeat(65), 'Europe/Paris; drop table tasks']) {
      expectProblem(
        await call('PATCH', '/api/me/settings', { body: { time_zone: bad } }),
        422,
        'VALIDATION_ERROR',
      );
    }
    expectProblem(await call('PATCH', '/api/me/settings', { body: { tz: 'UTC' } }), 422, 'VALIDATION_ERROR');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Asia/Karachi' });
    expect((await server.as('other-settler')('GET', '/api/me/settings')).body).toMatchObject({
      time_zone: 'UTC',
    });
    expectProblem(await server.as('other-settler')('GET', '/api/settler/settings'), 403, 'AUTH_FORBIDDEN');
  });
});

describe('quick add', () => {
  it('creates the task it reads (title, tags, priority, due) in the user time zone', async () => {
    const call = server.as('quick');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'America/New_York' } });
    const res = await call('POST', '/api/me/tasks/quick', {
      body: { text: 'Pay rent tomorrow at 9am #bills !high' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/quick/tasks/${res.body.id}`);
    expect(res.body).toMatchObject({ title: 'Pay rent', tags: ['bills'], priority: 'high', due_date: null });
    // 9:00 in New York tomorrow, whatever the offset is then.
    const due = new Date(res.body.due_at);
    const wall = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(due);
    expect(wall).toBe('09:00');
    expect(due.getTime() - Date.now()).toBeGreaterThan(0);
    expect(due.getTime() - Date.now()).toBeLessThan(2 * 86_400_000);
    expect((await call('GET', `/api/me/tasks/${res.body.id}`)).body).toEqual(res.body);
  });

  it('dry_run answers the parse and creates nothing', async () => {
    const call = server.as('quick-dry');
    const res = await call('POST', '/api/me/tasks/quick?dry_run=true', {
      body: { text: 'Buy milk in 3 days #errands p2' },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Buy milk',
      tags: ['errands'],
      priority: 'medium',
      due_at: null,
    });
    expect(res.body.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(res.body.matches.map((m: any) => m.kind)).toEqual(
      expect.arrayContaining(['tag', 'priority', 'date']),
    );
    expect(await all(call)).toEqual([]);
  });

  it('text it cannot read stays in the title; recurrence phrases become the rule', async () => {
    const call = server.as('quick-keep');
    const plain = await call('POST', '/api/me/tasks/quick', { body: { text: 'Read 1984 by Orwell' } });
    expect(plain.body).toMatchObject({
      title: 'Read 1984 by Orwell',
      due_date: null,
      due_at: null,
      tags: [],
    });
    const rent = await call('POST', '/api/me/tasks/quick?dry_run=true', {
      body: { text: 'Pay rent every month on the 1st at 9am #bills !high' },
    });
    expect(rent.body).toMatchObject({
      title: 'Pay rent',
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
      tags: ['bills'],
    });
    expect(rent.body.due_at).not.toBeNull();
  });

  it('is idempotent with Idempotency-Key, and refuses bad input without creating anything', async () => {
    const call = server.as('quick-bad');
    const headers = { 'idempotency-key': 'quick-1' };
    const first = await call('POST', '/api/me/tasks/quick', { body: { text: 'once #a' }, headers });
    const again = await call('POST', '/api/me/tasks/quick', { body: { text: 'once #a' }, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    for (const body of [
      {},
      { text: '' },
      { text: '   ' },
      { text: 5 },
      { text: 'x'.repeat(501) },
      { text: 'x', due: 1 },
    ]) {
      expectProblem(await call('POST', '/api/me/tasks/quick', { body }), 422, 'VALIDATION_ERROR');
    }
    expectProblem(
      await call('POST', '/api/me/tasks/quick?dry_run=yes', { body: { text: 'x' } }),
      422,
      'VALIDATION_ERROR',
    );
    // A line whose title part is over 200 characters.
    expectProblem(
      await call('POST', '/api/me/tasks/quick', { body: { text: `${'word '.repeat(60)}#tag` } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await all(call)).length).toBe(1);
  });
});

describe('export', () => {
  let call: Call;
  beforeAll(async () => {
    call = server.as('exporter');
    await add(call, {
      title: '=HYPERLINK("x")',
      description: 'line one\nline two, "quoted"',
      priority: 'high',
      tags: ['a, b', 'Ünï'],
      due_date: '2026-12-24',
    });
    await add(call, { title: 'Timed', due_at: '2026-12-01T09:30:00+05:00', completed: true });
    await add(server.as('not-exported'), { title: 'someone else' });
  });

  it('json: every task with every field, as an attachment, and nobody else’s', async () => {
    const res = await call('GET', '/api/me/export');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="doable-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.body).toMatchObject({ format: 'doable-export', version: 1, time_zone: 'UTC' });
    // Each task as the API shows it, plus its uid (its identity for import).
    // The API's task, less who made it and who it is assigned to (sharing stays in the account).
    const api = (await all(call)).map(({ created_by, assignee_id, ...task }: any) => task);
    expect(res.body.tasks.map(({ uid, list, section, parent_uid, ...task }: any) => task)).toEqual(api);
    expect(res.body.lists).toEqual([]);
    expect(res.body.tasks.every((t: any) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/.test(t.uid))).toBe(true);
  });

  it('csv: a header and one RFC 4180 row per task, formula cells neutralised', async () => {
    const res = await call('GET', '/api/me/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.text.startsWith('id,title,')).toBe(true);
    expect(res.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(res.text).toContain('"line one\nline two, ""quoted"""');
    expect(res.text).not.toContain('someone else');
    expect(res.text.endsWith('\r\n')).toBe(true);
  });

  it('ics: a calendar of VTODOs with all-day and timed DUE, status and categories', async () => {
    const res = await call('GET', '/api/me/export?format=ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = res.text.replace(/\r\n /g, '');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.match(/BEGIN:VTODO/g)).toHaveLength(2);
    expect(text).toContain('DUE;VALUE=DATE:20261224');
    expect(text).toContain('DUE:20261201T043000Z');
    expect(text).toContain('STATUS:COMPLETED');
    expect(text).toContain('CATEGORIES:a\\, b,Ünï');
    expect(text).toContain('PRIORITY:1');
    for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('bad format is 422; another user’s export is 403', async () => {
    expectProblem(await call('GET', '/api/me/export?format=xml'), 422, 'VALIDATION_ERROR');
    expectProblem(await server.as('not-exported')('GET', '/api/exporter/export'), 403, 'AUTH_FORBIDDEN');
  });
});

describe('import', () => {
  it('round trip: an export imported into another account gives the same tasks (new ids, same everything else)', async () => {
    const source = server.as('import-source');
    await source('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Kolkata' } });
    await add(source, { title: 'All day', due_date: '2027-01-05', tags: ['x', 'Y'], priority: 'low' });
    await add(source, { title: 'Timed', due_at: '2027-01-05T10:00:00Z', description: 'd' });
    const done = await add(source, { title: 'Done', completed: true });
    await source('PATCH', `/api/me/tasks/${done.id}`, { body: { title: 'Done (edited)' } });
    const exported = (await source('GET', '/api/me/export')).body;

    const target = server.as('import-target');
    const res = await target('POST', '/api/me/import', { body: exported });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ imported: 3, created: 3, updated: 0, skipped: 0 });
    const strip = (t: any) => ({ ...t, id: undefined, user_id: undefined });
    const imported = (await target('GET', '/api/me/export')).body.tasks;
    expect(imported.map(strip)).toEqual(exported.tasks.map(strip));
    expect(imported.every((t: any) => t.user_id === 'import-target')).toBe(true);
    // Imported due dates follow the importer's time zone (UTC here): all-day sorts by its date.
    const due = await target('GET', '/api/me/tasks?sort=due');
    expect(due.body.tasks.map((t: any) => t.title)).toEqual(['All day', 'Timed', 'Done (edited)']);
  });

  it('is validated as a whole: one bad task and nothing is written, the error names it', async () => {
    const call = server.as('import-bad');
    const good = { title: 'fine' };
    const cases: [unknown, string][] = [
      [{ format: 'doable-export', version: 1, tasks: [good, good, { title: '' }] }, 'tasks.2.title'],
      [
        { format: 'doable-export', version: 1, tasks: [good, { title: 'x', priority: 'urgent' }] },
        'tasks.1.priority',
      ],
      [
        {
          format: 'doable-export',
          version: 1,
          tasks: [{ title: 'x', completed: false, completed_at: '2026-01-01T00:00:00Z' }],
        },
        'tasks.0.completed_at',
      ],
      [
        {
          format: 'doable-export',
          version: 1,
          tasks: [{ title: 'x', due_date: '2026-01-01', due_at: '2026-01-01T00:00:00Z' }],
        },
        'tasks.0.due_at',
      ],
      [
        { format: 'doable-export', version: 1, tasks: [{ title: 'x', created_at: 'yesterday' }] },
        'tasks.0.created_at',
      ],
      [{ format: 'doable-export', version: 1, tasks: [{ title: 'x', surprise: true }] }, 'tasks.0.surprise'],
      [{ format: 'other', version: 1, tasks: [] }, 'format'],
      [{ format: 'doable-export', version: 2, tasks: [] }, 'version'],
      [{ format: 'doable-export', version: 1 }, 'tasks'],
      [[good], ''],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', '/api/me/import', { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors.map((e: any) => e.path)).toContain(path);
    }
    expect(await all(call)).toEqual([]);
    expect(
      (
        await call('POST', '/api/me/import', {
          rawBody: '{"format":',
          headers: { 'content-type': 'application/json' },
        })
      ).headers.get('content-type'),
    ).toMatch(PROBLEM);
  });

  it('a retry with the same Idempotency-Key imports once', async () => {
    const call = server.as('import-retry');
    const body = { format: 'doable-export', version: 1, tasks: [{ title: 'a' }, { title: 'b' }] };
    const headers = { 'idempotency-key': 'import-1' };
    expect((await call('POST', '/api/me/import', { body, headers })).status).toBe(201);
    const again = await call('POST', '/api/me/import', { body, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await all(call)).length).toBe(2);
  });

  it("cannot import into another user's account", async () => {
    const res = await server.as('import-mallory')('POST', '/api/import-victim/import', {
      body: { format: 'doable-export', version: 1, tasks: [{ title: 'planted' }] },
    });
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
    expect(await all(server.as('import-victim'))).toEqual([]);
  });
});

describe('OpenAPI document', () => {
  it('documents every Organise route and list parameter', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/{user_id}/tasks/quick',
        '/api/{user_id}/tags',
        '/api/{user_id}/tags/{name}',
        '/api/{user_id}/settings',
        '/api/{user_id}/export',
        '/api/{user_id}/import',
      ]),
    );
    const list = doc.paths['/api/{user_id}/tasks'].get;
    const names = list.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'q',
        'priority',
        'tag',
        'due',
        'due_before',
        'due_after',
        'sort',
        'limit',
        'cursor',
      ]),
    );
    const sort = list.parameters.find((p: any) => p.name === 'sort');
    expect(sort.schema.enum).toEqual(expect.arrayContaining(['due', '-priority', 'relevance']));
    const task = doc.components.schemas.Task;
    expect(Object.keys(task.properties)).toEqual(
      expect.arrayContaining(['priority', 'tags', 'due_date', 'due_at']),
    );
  });
});

describe('search while typing and due clearing', () => {
  it('a half-typed word matches as a prefix of the word as written, not only of its stem', async () => {
    const call = server.as('typist');
    const meeting = await add(call, { title: 'Team meeting' });
    const shoes = await add(call, { title: 'Running shoes' });
    for (const [q, id] of [
      ['meeti', meeting.id],
      ['meetin', meeting.id],
      ['meetings', meeting.id],
      ['runn', shoes.id],
      ['runni', shoes.id],
      ['team meet', meeting.id],
    ] as const) {
      const res = await call('GET', `/api/me/tasks?q=${encodeURIComponent(q)}`);
      expect(
        res.body.tasks.map((t: any) => t.id),
        q,
      ).toEqual([id]);
    }
  });

  it('PATCH due_date: null clears the date and leaves a due_at alone (and the other way round)', async () => {
    const call = server.as('clearer');
    const timed = await add(call, { title: 'timed', due_at: '2027-01-01T10:00:00Z' });
    const same = await call('PATCH', `/api/me/tasks/${timed.id}`, { body: { due_date: null } });
    expect(same.body.due_at).toBe('2027-01-01T10:00:00.000Z');
    expect(same.headers.get('etag')).toBe('"1"');
    const dated = await add(call, { title: 'dated', due_date: '2027-01-01' });
    const kept = await call('PATCH', `/api/me/tasks/${dated.id}`, { body: { due_at: null } });
    expect(kept.body.due_date).toBe('2027-01-01');
    const cleared = await call('PATCH', `/api/me/tasks/${dated.id}`, { body: { due_date: null } });
    expect(cleared.body).toMatchObject({ due_date: null, due_at: null });
    expect((await call('GET', '/api/me/tasks?due=none')).body.tasks.map((t: any) => t.id)).toEqual([
      dated.id,
    ]);
  });
});
