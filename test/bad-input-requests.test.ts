// Bad requests beyond the body's fields: content types other than JSON, oversized bodies, SQL-looking
// text and query parameters, bad list query parameters; each a clear problem, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

type Client = ReturnType<TestServer['as']>;

let server: TestServer;
let alice: Client;
/** The task rejected PUT/PATCH/complete requests aim at; it must never change. */
let target: any;

/** Puts the target task's id into a path template. */
const at = (path: string, id: number | string = target.id) => path.replace(':id', String(id));

beforeAll(async () => {
  server = await startTestServer();
  alice = server.as('alice');
  for (const body of [
    { title: 'Water the plants', description: 'Ferns first' },
    { title: 'Pay rent', completed: true },
    { title: 'Call mum' },
  ]) {
    expect((await alice('POST', '/api/me/tasks', { body })).status).toBe(201);
  }
  const created = await alice('POST', '/api/me/tasks', {
    body: { title: 'Target task', description: 'must stay as it is' },
  });
  expect(created.status).toBe(201);
  target = created.body;
});
afterAll(() => server.close());

/** Alice's whole list and the target task, as the raw JSON text the server sends. */
async function state() {
  const [list, task] = await Promise.all([
    alice('GET', '/api/me/tasks?limit=200'),
    alice('GET', `/api/me/tasks/${target.id}`),
  ]);
  expect(list.status).toBe(200);
  expect(task.status).toBe(200);
  return { list: list.text, task: task.text };
}

/** The (location, path) pairs a 422 names, deduplicated, in a stable order. */
function named(res: ApiResponse): string[] {
  expect(Array.isArray(res.body.errors)).toBe(true);
  for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  return [...new Set<string>(res.body.errors.map((e: any) => `${e.location}:${e.path}`))].sort();
}

interface Send {
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

/** Sends a request that must be refused, checks the problem, and that nothing changed. */
async function refused(method: string, path: string, send: Send, status: number, code: string) {
  const before = await state();
  const res = await alice(method, path, send);
  expectProblem(res, status, code);
  expect(await state()).toEqual(before);
  return res;
}

/** Sends a request that must be refused with 422 naming exactly `fields` (as "location:path"). */
async function invalid(method: string, path: string, send: Send, fields: string[]) {
  const res = await refused(method, path, send, 422, 'VALIDATION_ERROR');
  expect(named(res)).toEqual([...fields].sort());
  return res;
}

const POST = ['POST', '/api/me/tasks'] as const;
const PUT = ['PUT', '/api/me/tasks/:id'] as const;
const PATCH = ['PATCH', '/api/me/tasks/:id'] as const;
const COMPLETE = ['PATCH', '/api/me/tasks/:id/complete'] as const;

describe('content types other than JSON → 400 BAD_REQUEST', () => {
  const payload = JSON.stringify({ title: 'Sneaky', completed: true });
  const boundary = 'doable-boundary';
  const multipart = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="title"',
    '',
    'Sneaky',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const variants: [label: string, send: Send][] = [
    ['text/plain', { rawBody: payload, headers: { 'content-type': 'text/plain' } }],
    [
      'application/x-www-form-urlencoded',
      {
        rawBody: 'title=Sneaky&completed=true',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    ],
    [
      'multipart/form-data',
      { rawBody: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
    ],
    ['no content type with a body', { rawBody: Buffer.from(payload) }],
  ];

  it.each(
    [POST, PUT, PATCH, COMPLETE].flatMap((r) =>
      variants.map(([label, send]) => [...r, label, send] as const),
    ),
  )('%s %s with %s → 400', async (method, path, _label, send) => {
    await refused(method, at(path), send, 400, 'BAD_REQUEST');
  });

  it('the same JSON with application/json; charset=utf-8 is accepted (control)', async () => {
    const res = await alice('POST', '/api/me/tasks', {
      rawBody: payload,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Sneaky', completed: true });
  });
});

describe('oversized bodies → 413 PAYLOAD_TOO_LARGE', () => {
  const huge = 'a'.repeat(70 * 1024);
  it.each([
    [...POST, { title: huge }],
    [...PUT, { title: huge }],
    [...PATCH, { description: huge }],
    [...COMPLETE, { completed: true, padding: huge }],
  ])('%s %s with a 70 KiB JSON body', async (method, path, body) => {
    await refused(method, at(path), { body }, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a body just under the limit is read and validated (422, not 413)', async () => {
    await invalid('POST', '/api/me/tasks', { body: { title: 'a'.repeat(60 * 1024) } }, ['body:title']);
  });
});

describe('SQL-looking text is data', () => {
  const injections = [
    "'; DROP TABLE tasks; --",
    "Robert'); DROP TABLE tasks;--",
    '1 OR 1=1',
    "' OR '1'='1",
    '"; DELETE FROM tasks WHERE "1"="1',
    "$1 $$ \\x00 E'\\\\' ::text",
  ];

  it.each(injections)('stores %j verbatim as title and description', async (text) => {
    const created = await alice('POST', '/api/me/tasks', { body: { title: text, description: text } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: text, description: text });
    const fetched = await alice('GET', `/api/me/tasks/${created.body.id}`);
    expect(fetched.body).toEqual(created.body);
    const patched = await alice('PATCH', `/api/me/tasks/${created.body.id}`, {
      body: { description: `${text} (again)` },
    });
    expect(patched.body.description).toBe(`${text} (again)`);
  });

  it('the table still works afterwards: list, sort, create, delete', async () => {
    const before = await alice('GET', '/api/me/tasks?limit=200');
    expect(before.status).toBe(200);
    const titles = before.body.tasks.map((t: any) => t.title);
    for (const text of injections) expect(titles).toContain(text);
    const byTitle = await alice('GET', '/api/me/tasks?sort=title&limit=200');
    expect(byTitle.body.count).toBe(before.body.count);
    const created = await alice('POST', '/api/me/tasks', { body: { title: 'Still here' } });
    expect(created.status).toBe(201);
    const after = await alice('GET', '/api/me/tasks?limit=200');
    expect(after.body.count).toBe(before.body.count + 1);
    expect((await alice('DELETE', `/api/me/tasks/${created.body.id}`)).status).toBe(204);
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(before.text);
  });

  it('SQL in query parameters is a 422, not a query', async () => {
    for (const [param, value] of [
      ['status', "pending' OR '1'='1"],
      ['sort', 'title; DROP TABLE tasks'],
      ['limit', '1; DROP TABLE tasks'],
    ]) {
      const res = await alice('GET', `/api/me/tasks?${param}=${encodeURIComponent(value!)}`);
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(named(res)).toEqual([`query:${param}`]);
    }
    expect((await alice('GET', '/api/me/tasks')).status).toBe(200);
  });

  it('a user whose id looks like SQL has an ordinary, separate task list', async () => {
    const id = "x'); DELETE FROM tasks; --";
    const weird = server.as(id);
    const before = await state();
    const created = await weird('POST', `/api/${encodeURIComponent(id)}/tasks`, { body: { title: 'Mine' } });
    expect(created.status).toBe(201);
    expect(created.body.user_id).toBe(id);
    expect(created.headers.get('location')).toBe(`/api/${encodeURIComponent(id)}/tasks/${created.body.id}`);
    const list = await weird('GET', '/api/me/tasks');
    expect(list.body.tasks.map((t: any) => t.title)).toEqual(['Mine']);
    expect(await state()).toEqual(before);
  });
});

describe('bad list query parameters → 422 naming the parameter in query', () => {
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const cases: [label: string, query: string, param: string][] = [
    ['limit=0', 'limit=0', 'limit'],
    ['limit=201', 'limit=201', 'limit'],
    ['limit=abc', 'limit=abc', 'limit'],
    ['limit=1.5', 'limit=1.5', 'limit'],
    ['limit=-1', 'limit=-1', 'limit'],
    ['limit=1e3', 'limit=1e3', 'limit'],
    ['limit given twice', 'limit=1&limit=2', 'limit'],
    ['status=done', 'status=done', 'status'],
    ['status=COMPLETED', 'status=COMPLETED', 'status'],
    ['sort=importance', 'sort=importance', 'sort'],
    ['sort=created,title', 'sort=created,title', 'sort'],
    ['sort=-relevance', 'sort=-relevance', 'sort'],
    ['sort=relevance without q', 'sort=relevance', 'sort'],
    ['q over 200 characters', `q=${'a'.repeat(201)}`, 'q'],
    ['priority=urgent', 'priority=urgent', 'priority.0'],
    ['priority=high,urgent', 'priority=high,urgent', 'priority.1'],
    ['tag empty', 'tag=', 'tag.0'],
    ['tag over 32 characters', `tag=${'x'.repeat(33)}`, 'tag.0'],
    ['21 tags', Array.from({ length: 21 }, (_, i) => `tag=t${i}`).join('&'), 'tag'],
    ['due=tomorrow', 'due=tomorrow', 'due'],
    ['due given twice', 'due=today&due=week', 'due'],
    ['due_before=yesterday', 'due_before=yesterday', 'due_before'],
    ['due_after=2026-02-30', 'due_after=2026-02-30', 'due_after'],
    ['due_before without offset', 'due_before=2026-11-21T10:00:00', 'due_before'],
    [
      'a due cursor with a bad value',
      `cursor=${base64url({ s: 'due', v: 'soon', id: 1 })}&sort=due`,
      'cursor',
    ],
    [
      "a due cursor with the other direction's end",
      `cursor=${base64url({ s: 'due', v: '-infinity', id: 1 })}&sort=due`,
      'cursor',
    ],
    [
      'a priority cursor out of range',
      `cursor=${base64url({ s: 'priority', v: '7', id: 1 })}&sort=priority`,
      'cursor',
    ],
    [
      'a relevance cursor that is not a number',
      `cursor=${base64url({ s: 'relevance', v: 'NaN', id: 1 })}&sort=relevance&q=milk`,
      'cursor',
    ],
    ['cursor=garbage', 'cursor=garbage', 'cursor'],
    ['a cursor over 1024 characters', `cursor=${'A'.repeat(1025)}`, 'cursor'],
    ['a cursor of the wrong shape', `cursor=${base64url({ s: '-created', id: 'one' })}`, 'cursor'],
    [
      'a cursor with a non-positive id',
      `cursor=${base64url({ s: '-created', v: '2020-01-01T00:00:00.000Z', id: 0 })}`,
      'cursor',
    ],
    ['an unknown parameter', 'search=milk', 'search'],
    ['user_id as a query parameter', 'user_id=bob', 'user_id'],
  ];

  it.each(cases)('%s', async (_, query, param) => {
    const res = await alice('GET', `/api/me/tasks?${query}`);
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(named(res)).toEqual([`query:${param}`]);
  });

  it('a real cursor from sort=-created is refused with sort=title, accepted with its own sort', async () => {
    const first = await alice('GET', '/api/me/tasks?sort=-created&limit=1');
    expect(first.status).toBe(200);
    const cursor = first.body.next_cursor;
    expect(typeof cursor).toBe('string');
    const wrong = await alice('GET', `/api/me/tasks?sort=title&limit=1&cursor=${encodeURIComponent(cursor)}`);
    expectProblem(wrong, 422, 'VALIDATION_ERROR');
    expect(named(wrong)).toEqual(['query:cursor']);
    const right = await alice(
      'GET',
      `/api/me/tasks?sort=-created&limit=1&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(right.status).toBe(200);
    expect(right.body.tasks[0].id).not.toBe(first.body.tasks[0].id);
  });

  // A cursor is opaque but readable (base64url JSON), so clients can forge one. A forged value
  // must be refused like any other bad cursor, never reach the database as a bad cast.
  it.each([
    ['a date the database cannot read', { s: '-created', v: '1', id: 1 }],
    ['a free-form date string', { s: '-updated', v: 'March 7', id: 1 }],
    ['a date before the database range', { s: 'created', v: '-271821-04-20T00:00:00.000Z', id: 1 }],
    ['a NUL character in a title cursor', { s: 'title', v: 'a\u0000b', id: 1 }],
  ])('a forged cursor with %s → 422 naming cursor', async (_, cursor) => {
    const res = await alice('GET', `/api/me/tasks?sort=${cursor.s}&cursor=${base64url(cursor)}`);
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(named(res)).toEqual(['query:cursor']);
  });
});

describe('ids out of range in a path → a 4xx problem, never a 500', () => {
  it('every route with an id in its path refuses one too large for a bigint or a number', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    const before = await state();
    const tried: string[] = [];
    for (const [template, operations] of Object.entries(
      doc.paths as Record<string, Record<string, unknown>>,
    )) {
      if (!/\{(?:id|[a-z]+_id)\}/.test(template.replace('{user_id}', 'me'))) continue;
      for (const method of Object.keys(operations)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        for (const big of ['9223372036854775808', '9007199254740993', '1234567890123456']) {
          const path = template.replace('{user_id}', 'me').replace(/\{(?:id|[a-z]+_id)\}/g, big);
          const res = await alice(method.toUpperCase(), path, {
            body: ['post', 'put', 'patch'].includes(method) ? {} : undefined,
          });
          expect(res.status, `${method} ${path}: ${res.text}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(500);
          expect(res.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/problem\+json/);
        }
        tried.push(`${method} ${template}`);
      }
    }
    expect(tried.length).toBeGreaterThan(30);
    expect(await state()).toEqual(before);
  });
});

describe('paths the router cannot read → problem+json like every other error', () => {
  it('%ff in a path is 400 BAD_REQUEST; a segment over 512 characters is a problem too', async () => {
    expectProblem(await alice('GET', '/api/me/tasks/%ff'), 400, 'BAD_REQUEST');
    expectProblem(await alice('POST', '/api/me/tasks/%ff/move', { body: {} }), 400, 'BAD_REQUEST');
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
      const res = await alice(method, `/api/me/tasks/${'1'.repeat(600)}`, {
        body: method === 'GET' ? undefined : {},
      });
      expect([404, 414], `${method}: ${res.status}`).toContain(res.status);
      expectProblem(res, res.status, res.status === 414 ? 'URI_TOO_LONG' : 'NOT_FOUND');
    }
  });
});
