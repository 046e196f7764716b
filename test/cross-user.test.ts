// Isolation between users, as a checklist: mallory tries every route against alice's tasks, with
// alice's id in the path (403) and with her own (404, indistinguishable from a task that does not
// exist). Afterwards alice's tasks are byte-for-byte what they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, signHs256, startTestServer, type TestServer } from './support/server.js';

type Client = ReturnType<TestServer['as']>;

let server: TestServer;
let alice: Client;
let mallory: Client;
/** Alice's tasks as created, and her list as raw JSON text before mallory tries anything. */
let aliceTasks: any[];
let aliceList: string;
let aliceTaskTexts: Map<number, string>;
/** Mallory's list as raw JSON text once she has created her own tasks. */
let malloryList: string;
/** An id no task has, for comparing "someone else's" with "does not exist". */
const MISSING = 987654321;

beforeAll(async () => {
  server = await startTestServer();
  alice = server.as('alice');
  mallory = server.as('mallory');
  aliceTasks = [];
  for (const body of [
    { title: 'Buy the ring', description: 'Platinum, size 6', tags: ['Wedding'], priority: 'high' },
    { title: 'Book the venue', completed: true, due_date: '2027-06-14' },
    { title: 'Secret plans', description: 'Surprise party on the 14th', tags: ['surprise', 'wedding'] },
    { title: 'Water the plants' },
  ]) {
    const res = await alice('POST', '/api/me/tasks', { body });
    expect(res.status).toBe(201);
    aliceTasks.push(res.body);
  }
  // One more completed, through the completion route rather than on create.
  const toggled = await alice('PATCH', `/api/me/tasks/${aliceTasks[3].id}/complete`);
  expect(toggled.body.completed).toBe(true);
  aliceTasks[3] = toggled.body;

  const list = await alice('GET', '/api/me/tasks?limit=200');
  expect(list.body.count).toBe(4);
  aliceList = list.text;
  aliceTaskTexts = new Map();
  for (const t of aliceTasks) aliceTaskTexts.set(t.id, (await alice('GET', `/api/me/tasks/${t.id}`)).text);
  expect((await alice('GET', `/api/me/tasks/${MISSING}`)).status).toBe(404);
});
afterAll(() => server.close());

/** Nothing of alice's tasks may appear in an answer to mallory. */
function expectNoLeak(res: ApiResponse) {
  for (const t of aliceTasks) {
    expect(res.text).not.toContain(t.title);
    if (t.description) expect(res.text).not.toContain(t.description);
  }
}

interface Route {
  name: string;
  method: string;
  /** Under /api/{user}; `:id` is a task id. */
  path: string;
  body?: unknown;
}

const ROUTES: Route[] = [
  { name: 'list', method: 'GET', path: '/tasks' },
  { name: 'list completed', method: 'GET', path: '/tasks?status=completed&sort=title' },
  { name: 'create', method: 'POST', path: '/tasks', body: { title: 'Planted by mallory' } },
  { name: 'get', method: 'GET', path: '/tasks/:id' },
  { name: 'replace', method: 'PUT', path: '/tasks/:id', body: { title: 'Replaced by mallory' } },
  {
    name: 'patch',
    method: 'PATCH',
    path: '/tasks/:id',
    body: { title: 'Patched by mallory', completed: false },
  },
  { name: 'toggle completion', method: 'PATCH', path: '/tasks/:id/complete' },
  { name: 'set completed', method: 'PATCH', path: '/tasks/:id/complete', body: { completed: true } },
  { name: 'set not completed', method: 'PATCH', path: '/tasks/:id/complete', body: { completed: false } },
  { name: 'delete', method: 'DELETE', path: '/tasks/:id' },
  { name: 'search and filter', method: 'GET', path: '/tasks?q=ring&tag=wedding&priority=high&sort=due' },
  { name: 'quick add', method: 'POST', path: '/tasks/quick', body: { text: 'Planted tomorrow #x' } },
  { name: 'quick add dry run', method: 'POST', path: '/tasks/quick?dry_run=true', body: { text: 'x' } },
  { name: 'tags', method: 'GET', path: '/tags' },
  { name: 'rename a tag', method: 'PATCH', path: '/tags/wedding', body: { name: 'hijacked' } },
  { name: 'delete a tag', method: 'DELETE', path: '/tags/surprise' },
  { name: 'settings', method: 'GET', path: '/settings' },
  { name: 'change settings', method: 'PATCH', path: '/settings', body: { time_zone: 'Asia/Tokyo' } },
  { name: 'export json', method: 'GET', path: '/export' },
  { name: 'export csv', method: 'GET', path: '/export?format=csv' },
  { name: 'export ics', method: 'GET', path: '/export?format=ics' },
  {
    name: 'import',
    method: 'POST',
    path: '/import',
    body: { format: 'doable-export', version: 1, tasks: [{ title: 'Planted by import' }] },
  },
];
const TASK_ROUTES = ROUTES.filter((r) => r.path.includes(':id'));

/** The paths a route is tried on: each of alice's tasks and a missing id (or just once). */
const targets = (route: Route, user: string) =>
  route.path.includes(':id')
    ? [...aliceTasks.map((t) => t.id), MISSING].map(
        (id) => `/api/${user}${route.path.replace(':id', String(id))}`,
      )
    : [`/api/${user}${route.path}`];

/** A problem with what differs per request (and the id echoed in detail) taken out. */
function comparable(res: ApiResponse, id: number) {
  const { request_id, timestamp, instance, ...rest } = res.body;
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    headerNames: [...res.headers.keys()].filter((h) => !['date', 'content-length'].includes(h)).sort(),
    body: { ...rest, detail: String(rest.detail).replaceAll(String(id), '{id}') },
  };
}

describe("mallory with alice's id in the path: 403 AUTH_FORBIDDEN on every route", () => {
  it.each(ROUTES.map((r) => [`${r.name}: ${r.method} /api/alice${r.path}`, r] as const))(
    '%s',
    async (_, route) => {
      // The same route for a user that does not exist: the answer must not differ.
      const [nobodysPath] = targets(route, 'nobody-at-all').slice(-1);
      const nobodys = await mallory(route.method, nobodysPath!, { body: route.body });
      expectProblem(nobodys, 403, 'AUTH_FORBIDDEN');
      for (const path of targets(route, 'alice')) {
        const res = await mallory(route.method, path, { body: route.body });
        expectProblem(res, 403, 'AUTH_FORBIDDEN');
        expectNoLeak(res);
        const id = Number(path.match(/tasks\/(\d+)/)?.[1] ?? MISSING);
        expect(comparable(res, id)).toEqual(comparable(nobodys, MISSING));
      }
    },
  );

  it.each([
    ['an invalid body', 'POST', '/api/alice/tasks', { body: {} }],
    [
      'malformed JSON',
      'PUT',
      '/api/alice/tasks/:id',
      { rawBody: '{"title":', headers: { 'content-type': 'application/json' } },
    ],
    [
      'a wrong content type',
      'PATCH',
      '/api/alice/tasks/:id',
      { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } },
    ],
    ['a malformed task id', 'GET', '/api/alice/tasks/abc', {}],
    ['a bad query', 'GET', '/api/alice/tasks?limit=0&status=done', {}],
  ])('403 comes before validation, so %s reveals nothing either', async (_, method, path, send) => {
    const res = await mallory(method, path.replace(':id', String(aliceTasks[0].id)), send);
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
  });
});

describe("mallory with her own path but alice's task ids: 404 NOT_FOUND, same as a missing task", () => {
  it.each(
    TASK_ROUTES.flatMap((route) =>
      ['me', 'mallory'].map(
        (user) => [`${route.name}: ${route.method} /api/${user}${route.path}`, { ...route, user }] as const,
      ),
    ),
  )('%s', async (_, route) => {
    const path = (id: number) => `/api/${route.user}${route.path.replace(':id', String(id))}`;
    const missing = await mallory(route.method, path(MISSING), { body: route.body });
    expectProblem(missing, 404, 'NOT_FOUND');
    for (const task of aliceTasks) {
      const res = await mallory(route.method, path(task.id), { body: route.body });
      expectProblem(res, 404, 'NOT_FOUND');
      expectNoLeak(res);
      expect(res.body.instance).toBe(path(task.id).split('?')[0]);
      expect(comparable(res, task.id)).toEqual(comparable(missing, MISSING));
    }
  });
});

describe('afterwards', () => {
  it("alice's tasks are byte-for-byte unchanged", async () => {
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
    for (const t of aliceTasks) {
      expect((await alice('GET', `/api/me/tasks/${t.id}`)).text).toBe(aliceTaskTexts.get(t.id));
    }
  });

  it("alice's tags and settings are unchanged, and her export holds only her tasks", async () => {
    expect((await alice('GET', '/api/me/tags')).body.tags.map((t: any) => [t.name, t.total])).toEqual([
      ['surprise', 1],
      ['Wedding', 2],
    ]);
    expect((await alice('GET', '/api/me/settings')).body).toEqual({ time_zone: 'UTC' });
    expect((await alice('GET', '/api/me/export')).body.tasks).toHaveLength(4);
  });

  it("on her own path, mallory's searches, tags and exports see nothing of alice's", async () => {
    for (const path of ['/api/me/tasks?q=ring', '/api/me/tasks?tag=wedding', '/api/me/tasks?priority=high']) {
      const res = await mallory('GET', path);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
    expect((await mallory('GET', '/api/me/tags')).body).toEqual({ tags: [] });
    expectProblem(await mallory('PATCH', '/api/me/tags/wedding', { body: { name: 'x' } }), 404, 'NOT_FOUND');
    expectProblem(await mallory('DELETE', '/api/me/tags/surprise'), 404, 'NOT_FOUND');
    for (const format of ['json', 'csv', 'ics']) {
      const res = await mallory('GET', `/api/me/export?format=${format}`);
      expect(res.status).toBe(200);
      expectNoLeak(res);
    }
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
  });

  it("mallory's own list is empty", async () => {
    for (const path of ['/api/me/tasks', '/api/mallory/tasks', '/api/me/tasks?status=completed']) {
      const res = await mallory('GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
  });

  it('tasks mallory creates are hers alone and never show up for alice', async () => {
    const created: any[] = [];
    for (const body of [{ title: 'Mallory one' }, { title: 'Mallory two', completed: true }]) {
      const res = await mallory('POST', '/api/me/tasks', { body });
      expect(res.status).toBe(201);
      expect(res.body.user_id).toBe('mallory');
      expect(res.headers.get('location')).toBe(`/api/mallory/tasks/${res.body.id}`);
      created.push(res.body);
    }
    const mine = await mallory('GET', '/api/me/tasks');
    expect(mine.body.count).toBe(2);
    expect(mine.body.tasks.map((t: any) => t.id).sort()).toEqual(created.map((t) => t.id).sort());
    expectNoLeak(mine);

    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
    for (const t of created) {
      const viaMe = await alice('GET', `/api/me/tasks/${t.id}`);
      expectProblem(viaMe, 404, 'NOT_FOUND');
      expect(viaMe.text).not.toContain(t.title);
      expectProblem(await alice('GET', `/api/mallory/tasks/${t.id}`), 403, 'AUTH_FORBIDDEN');
      expectProblem(await alice('DELETE', `/api/me/tasks/${t.id}`), 404, 'NOT_FOUND');
    }
    const after = await mallory('GET', '/api/me/tasks?limit=200');
    expect(after.body.count).toBe(2);
    malloryList = after.text;
  });

  it("alice's paging cursor replayed by mallory pages through mallory's tasks only", async () => {
    // Oldest first: the rest of alice's tasks and all of mallory's (newer) lie after this cursor.
    const page = await alice('GET', '/api/me/tasks?sort=created&limit=1');
    expect(page.body.next_cursor).toEqual(expect.any(String));
    const replay = await mallory(
      'GET',
      `/api/me/tasks?sort=created&limit=200&cursor=${encodeURIComponent(page.body.next_cursor)}`,
    );
    expect(replay.status).toBe(200);
    expectNoLeak(replay);
    expect(replay.body.count).toBe(2);
    expect(replay.body.tasks.map((t: any) => t.title)).toEqual(['Mallory one', 'Mallory two']);
  });
});

describe('the user id in the path is compared exactly', () => {
  it.each([
    ['Alice', 'Alice'],
    ['ALICE', 'ALICE'],
    ["encodeURIComponent('Alice')", encodeURIComponent('Alice')],
    ['percent-encoded letters (%61lice = alice)', '%61lice'],
    ['fully percent-encoded (%61%6C%69%63%65)', '%61%6C%69%63%65'],
    ['a leading space', '%20alice'],
    ['a trailing space', 'alice%20'],
    ['a trailing NUL', 'alice%00'],
    ['an encoded slash', 'alice%2F'],
    ['an encoded slash and dot-dot', '..%2Falice'],
    ['a Cyrillic look-alike (аlice)', encodeURIComponent('\u0430lice')],
  ])('mallory with %s → 403 on list and get', async (_, user) => {
    const list = await mallory('GET', `/api/${user}/tasks`);
    expectProblem(list, 403, 'AUTH_FORBIDDEN');
    const one = await mallory('GET', `/api/${user}/tasks/${aliceTasks[0].id}`);
    expectProblem(one, 403, 'AUTH_FORBIDDEN');
    expectNoLeak(list);
    expectNoLeak(one);
  });

  it('for alice, another case of her id is another user (403)', async () => {
    for (const user of ['Alice', 'ALICE', 'alice%20']) {
      expectProblem(await alice('GET', `/api/${user}/tasks`), 403, 'AUTH_FORBIDDEN');
    }
  });

  it('for alice, percent-encoding her own id is still her id (the path is decoded)', async () => {
    const res = await alice('GET', '/api/%61lice/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(aliceList);
  });

  it("mallory spelling 'me' as %6De still gets only her own tasks", async () => {
    const res = await mallory('GET', '/api/%6De/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(malloryList);
  });
});

describe('tokens that name the user in user_id instead of sub', () => {
  it('a user_id-only token for alice reaches alice’s data and nothing else', async () => {
    const token = await signHs256({ user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(aliceList);
    const byId = await server.request('GET', '/api/alice/tasks?limit=200', { token });
    expect(byId.text).toBe(aliceList);
    expect((await server.request('GET', `/api/me/tasks/${aliceTasks[0].id}`, { token })).text).toBe(
      aliceTaskTexts.get(aliceTasks[0].id),
    );
    const other = await server.request('GET', '/api/mallory/tasks', { token });
    expectProblem(other, 403, 'AUTH_FORBIDDEN');
    const mallorysTask = (await mallory('GET', '/api/me/tasks')).body.tasks[0];
    expect(mallorysTask).toBeDefined();
    expectProblem(
      await server.request('GET', `/api/me/tasks/${mallorysTask.id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it('when a token has both, sub wins: sub=mallory, user_id=alice is mallory', async () => {
    const token = await signHs256({ sub: 'mallory', user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(malloryList);
    expectProblem(await server.request('GET', '/api/alice/tasks', { token }), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await server.request('GET', `/api/me/tasks/${aliceTasks[0].id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it("alice's tasks are still unchanged at the very end", async () => {
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
  });
});

describe("renaming alice's conversation", () => {
  it('403 with her id in the path, 404 with mallory’s own (same as a missing one), and her title stays', async () => {
    const started = await alice('POST', '/api/me/chat', { body: { message: 'hello there' } });
    expect(started.status).toBe(200);
    const id: number = started.body.conversation_id;
    const before = (await alice('GET', `/api/me/conversations/${id}`)).text;
    const body = { title: 'Renamed by mallory' };

    const nobodys = await mallory('PATCH', `/api/nobody-at-all/conversations/${MISSING}`, { body });
    expectProblem(nobodys, 403, 'AUTH_FORBIDDEN');
    for (const target of [id, MISSING]) {
      const res = await mallory('PATCH', `/api/alice/conversations/${target}`, { body });
      expectProblem(res, 403, 'AUTH_FORBIDDEN');
      expect(comparable(res, target)).toEqual(comparable(nobodys, MISSING));
    }
    // Validation comes after the 403, so a bad body reveals nothing either.
    expectProblem(
      await mallory('PATCH', `/api/alice/conversations/${id}`, { body: { title: '' } }),
      403,
      'AUTH_FORBIDDEN',
    );

    for (const user of ['me', 'mallory']) {
      const missing = await mallory('PATCH', `/api/${user}/conversations/${MISSING}`, { body });
      expectProblem(missing, 404, 'NOT_FOUND');
      const res = await mallory('PATCH', `/api/${user}/conversations/${id}`, { body });
      expectProblem(res, 404, 'NOT_FOUND');
      expect(res.text).not.toContain('hello there');
      expect(comparable(res, id)).toEqual(comparable(missing, MISSING));
    }

    expect((await alice('GET', `/api/me/conversations/${id}`)).text).toBe(before);
    expect((await mallory('GET', '/api/me/conversations')).body.conversations).toEqual([]);
  });
});
