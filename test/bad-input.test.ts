// Bad input, as a client sends it: every rejected request answers a clear problem+json that names
// the culprit, and leaves the caller's tasks exactly as they were (compared byte for byte).
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

type Client = ReturnType<TestServer['as']>;

let server: TestServer;
let alice: Client;
/** The task rejected PUT/PATCH/complete requests aim at; it must never change. */
let target: any;

const EMOJI = '😀'; // one code point, two UTF-16 units
const COMBINING_ACUTE = '\u0301';

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

describe('bodies with wrong types, missing or unknown fields: 422 naming the field, nothing changes', () => {
  const ok = 'A fine title';
  const cases: [route: readonly [method: string, path: string], body: unknown, fields: string[]][] = [];
  for (const route of [POST, PUT, PATCH]) {
    cases.push(
      [route, { title: 42 }, ['body:title']],
      [route, { title: ['Buy milk'] }, ['body:title']],
      [route, { title: { text: 'Buy milk' } }, ['body:title']],
      [route, { title: null }, ['body:title']],
      [route, { title: ok, completed: 'true' }, ['body:completed']],
      [route, { title: ok, completed: null }, ['body:completed']],
      [route, { title: ok, description: 5 }, ['body:description']],
      [route, { title: ok, owner: 'bob' }, ['body:owner']],
      [route, { title: ok, user_id: 'bob' }, ['body:user_id']],
      [route, { title: ok, id: 5 }, ['body:id']],
      [route, { title: ok, completed_at: '2020-01-01T00:00:00.000Z' }, ['body:completed_at']],
      [
        route,
        { title: ok, created_at: '2020-01-01T00:00:00.000Z', updated_at: null },
        ['body:created_at', 'body:updated_at'],
      ],
      [route, { title: ok, priority: 'urgent' }, ['body:priority']],
      [route, { title: ok, priority: 'HIGH' }, ['body:priority']],
      [route, { title: ok, priority: 3 }, ['body:priority']],
      [route, { title: ok, priority: null }, ['body:priority']],
      [route, { title: ok, tags: 'work' }, ['body:tags']],
      [route, { title: ok, tags: null }, ['body:tags']],
      [route, { title: ok, tags: [''] }, ['body:tags.0']],
      [route, { title: ok, tags: ['ok', '  #  '] }, ['body:tags.1']],
      [route, { title: ok, tags: [7] }, ['body:tags.0']],
      [route, { title: ok, tags: ['x'.repeat(33)] }, ['body:tags.0']],
      [route, { title: ok, tags: [EMOJI.repeat(33)] }, ['body:tags.0']],
      [route, { title: ok, tags: ['bad\u0007bell'] }, ['body:tags.0']],
      [route, { title: ok, tags: ['line\nbreak'] }, ['body:tags.0']],
      [route, { title: ok, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, ['body:tags']],
      [route, { title: ok, due_date: '2026-02-30' }, ['body:due_date']],
      [route, { title: ok, due_date: '2026/11/21' }, ['body:due_date']],
      [route, { title: ok, due_date: '21-11-2026' }, ['body:due_date']],
      [route, { title: ok, due_date: '2026-11-21T10:00:00Z' }, ['body:due_date']],
      [route, { title: ok, due_date: '1899-12-31' }, ['body:due_date']],
      [route, { title: ok, due_date: 20261121 }, ['body:due_date']],
      [route, { title: ok, due_at: '2026-11-21T10:00:00' }, ['body:due_at']],
      [route, { title: ok, due_at: '2026-11-21' }, ['body:due_at']],
      [route, { title: ok, due_at: 'tomorrow' }, ['body:due_at']],
      [route, { title: ok, due_at: '2026-11-21T25:00:00Z' }, ['body:due_at']],
      [route, { title: ok, due_at: 1763719200000 }, ['body:due_at']],
      [route, { title: ok, due_date: '2026-11-21', due_at: '2026-11-21T10:00:00Z' }, ['body:due_at']],
    );
  }
  cases.push(
    [POST, {}, ['body:title']],
    [POST, { description: 'no title' }, ['body:title']],
    [POST, { completed: true }, ['body:title']],
    [PUT, {}, ['body:title']],
    [PUT, { description: 'no title' }, ['body:title']],
    [PUT, { completed: true }, ['body:title']],
    [PATCH, { user_id: 'bob' }, ['body:user_id']],
    [PATCH, { id: 5 }, ['body:id']],
    [PATCH, { Title: 'wrong case' }, ['body:Title']],
    [COMPLETE, { completed: 'yes' }, ['body:completed']],
    [COMPLETE, { completed: 'true' }, ['body:completed']],
    [COMPLETE, { completed: 1 }, ['body:completed']],
    [COMPLETE, { completed: null }, ['body:completed']],
    [COMPLETE, {}, ['body:completed']],
    [COMPLETE, { completed: true, user_id: 'bob' }, ['body:user_id']],
    [COMPLETE, { completed: true, id: 5 }, ['body:id']],
    [COMPLETE, { done: true }, ['body:completed', 'body:done']],
  );

  it.each(cases.map(([[method, path], body, fields]) => [method, path, body, fields] as const))(
    '%s %s %j → 422 %j',
    async (method, path, body, fields) => {
      await invalid(method, at(path), { body }, [...fields]);
    },
  );
});

describe('title and description limits count Unicode code points', () => {
  const rejectedTitles: [label: string, title: string][] = [
    ['empty', ''],
    ['spaces only', '     '],
    ['tabs and newlines only', '\t\n \r\n'],
    ['201 ASCII characters', 'a'.repeat(201)],
    ['201 emoji', EMOJI.repeat(201)],
    ['e + 200 combining accents (201 code points)', `e${COMBINING_ACUTE.repeat(200)}`],
    ['a NUL character', 'Buy\u0000milk'],
    ['only a NUL character', '\u0000'],
  ];
  const rejectedDescriptions: [label: string, description: string][] = [
    ['1001 ASCII characters', 'd'.repeat(1001)],
    ['1001 emoji', EMOJI.repeat(1001)],
    ['a NUL character', 'line one\u0000line two'],
  ];

  it.each(
    [POST, PUT, PATCH].flatMap((r) => rejectedTitles.map(([label, title]) => [...r, label, title] as const)),
  )('%s %s with a title of %s → 422 naming title', async (method, path, _label, title) => {
    await invalid(method, at(path), { body: { title } }, ['body:title']);
  });

  it.each(
    [POST, PUT, PATCH].flatMap((r) =>
      rejectedDescriptions.map(([label, description]) => [...r, label, description] as const),
    ),
  )('%s %s with a description of %s → 422 naming description', async (method, path, _label, description) => {
    await invalid(method, at(path), { body: { title: 'Fine', description } }, ['body:description']);
  });

  const acceptedTitles: [label: string, title: string][] = [
    ['exactly 200 ASCII characters', 'a'.repeat(200)],
    ['200 emoji (400 UTF-16 units)', EMOJI.repeat(200)],
    ['e + 199 combining accents (200 code points)', `e${COMBINING_ACUTE.repeat(199)}`],
    ['one character', 'x'],
  ];

  it.each(acceptedTitles)(
    'accepts a title of %s on POST, PUT and PATCH, stored exactly',
    async (_, title) => {
      const created = await alice('POST', '/api/me/tasks', { body: { title } });
      expect(created.status).toBe(201);
      expect(created.body.title).toBe(title);
      const id = created.body.id;
      const put = await alice('PUT', `/api/me/tasks/${id}`, {
        body: { title: `${[...title].slice(0, -1).join('')}z` },
      });
      expect(put.status).toBe(200);
      const patched = await alice('PATCH', `/api/me/tasks/${id}`, { body: { title } });
      expect(patched.status).toBe(200);
      expect(patched.body.title).toBe(title);
      expect((await alice('GET', `/api/me/tasks/${id}`)).body.title).toBe(title);
    },
  );

  it('trims surrounding whitespace before counting: 200 characters plus spaces is accepted', async () => {
    const title = 'b'.repeat(200);
    const res = await alice('POST', '/api/me/tasks', { body: { title: `  ${title}\t\n` } });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe(title);
  });

  it.each([
    ['1000 ASCII characters', 'd'.repeat(1000)],
    ['1000 emoji', EMOJI.repeat(1000)],
    ['an empty string', ''],
  ])('accepts a description of %s, stored exactly', async (_, description) => {
    const created = await alice('POST', '/api/me/tasks', { body: { title: 'Long notes', description } });
    expect(created.status).toBe(201);
    expect(created.body.description).toBe(description);
    const fetched = await alice('GET', `/api/me/tasks/${created.body.id}`);
    expect(fetched.body.description).toBe(description);
    const cleared = await alice('PATCH', `/api/me/tasks/${created.body.id}`, { body: { description: null } });
    expect(cleared.body.description).toBeNull();
    const restored = await alice('PUT', `/api/me/tasks/${created.body.id}`, {
      body: { title: 'Long notes', description },
    });
    expect(restored.body.description).toBe(description);
  });
});

describe('text that is not well-formed Unicode', () => {
  // JSON can carry a lone UTF-16 surrogate ("\ud800"); it has no UTF-8 form, so it cannot be
  // stored as sent. It must be refused like NUL, not silently replaced with U+FFFD.
  it.each([
    [...POST, { title: 'Buy \ud800 milk' }, 'body:title'],
    [...PUT, { title: 'Fine', description: 'half an emoji: \ud83d' }, 'body:description'],
    [...PATCH, { title: '\udc00 trailing half' }, 'body:title'],
  ])('%s %s %j → 422 naming the field', async (method, path, body, field) => {
    await invalid(method, at(path), { body }, [field]);
  });
});

describe('Unicode text round-trips exactly', () => {
  const texts: [label: string, text: string][] = [
    ['accents, CJK and typographic quotes', 'Café ☕ 日本語 — “quoted” ‘single’'],
    ['right-to-left Arabic', 'مرحبا بالعالم: اشترِ الحليب'],
    ['Hebrew with bidi overrides', 'שלום \u202Eevil\u202C עולם'],
    ['combining marks, not normalised', `Cafe${COMBINING_ACUTE} vs Caf\u00e9`],
    ['ZWJ sequences and flags', '👩‍👩‍👧‍👦 🏳️‍🌈 🇯🇵 👍🏽'],
    ['astral-plane letters', '𝕳𝖊𝖑𝖑𝖔 𝔀𝓸𝓻𝓵𝓭 𐍈'],
    ['zalgo', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇'],
    ['zero-width and inner control characters', 'a\u200Bb\u200Dc\u0007d\te'],
    ['quotes, backslashes and markup', `"\\n" \\\\ '<script>alert(1)</script>' &amp; {"a":1}`],
  ];

  it.each(texts)('%s: POST, GET, PATCH and the list return it verbatim', async (_, text) => {
    const created = await alice('POST', '/api/me/tasks', { body: { title: text, description: text } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: text, description: text });
    const id = created.body.id;
    expect((await alice('GET', `/api/me/tasks/${id}`)).body).toEqual(created.body);
    const patched = await alice('PATCH', `/api/me/tasks/${id}`, { body: { description: `${text}!` } });
    expect(patched.body).toMatchObject({ title: text, description: `${text}!` });
    const list = await alice('GET', '/api/me/tasks?limit=200');
    expect(list.body.tasks.find((t: any) => t.id === id)).toMatchObject({
      title: text,
      description: `${text}!`,
    });
  });
});

describe('task ids in the path', () => {
  const routes: [method: string, path: string, body?: unknown][] = [
    ['GET', '/api/me/tasks/:id'],
    ['PUT', '/api/me/tasks/:id', { title: 'Renamed' }],
    ['PATCH', '/api/me/tasks/:id', { title: 'Renamed' }],
    ['PATCH', '/api/me/tasks/:id/complete'],
    ['PATCH', '/api/me/tasks/:id/complete', { completed: true }],
    ['DELETE', '/api/me/tasks/:id'],
  ];
  const impossible = ['99999999999999999999', '9007199254740993', '0'];
  const malformed = ['1e400', '-1', 'abc', '1.5', '0x10', '+1'];

  it.each(
    routes.flatMap(([method, path, body]) => impossible.map((id) => [method, path, body, id] as const)),
  )('%s %s %j with id %s → 404 NOT_FOUND', async (method, path, body, id) => {
    await refused(method, at(path, id), { body }, 404, 'NOT_FOUND');
  });

  it.each(routes.flatMap(([method, path, body]) => malformed.map((id) => [method, path, body, id] as const)))(
    '%s %s %j with id %s → 422 naming id in params',
    async (method, path, body, id) => {
      await invalid(method, at(path, id), { body }, ['params:id']);
    },
  );
});

describe('bodies that are not JSON objects', () => {
  const writes = [POST, PUT, PATCH, COMPLETE];
  const json = { 'content-type': 'application/json' };

  it.each(
    writes.flatMap((r) =>
      ['{"title":', '{"title":"x",}', "{'title':'x'}"].map((raw) => [...r, raw] as const),
    ),
  )('%s %s with malformed JSON %j → 400 BAD_REQUEST', async (method, path, raw) => {
    await refused(method, at(path), { rawBody: raw, headers: json }, 400, 'BAD_REQUEST');
  });

  it.each(
    [POST, PATCH].flatMap((r) =>
      [
        '{"title":"x","__proto__":{"completed":true}}',
        '{"title":"x","constructor":{"prototype":{"completed":true}}}',
      ].map((raw) => [...r, raw] as const),
    ),
  )('%s %s with prototype-poisoning JSON %s → 400 BAD_REQUEST', async (method, path, raw) => {
    await refused(method, at(path), { rawBody: raw, headers: json }, 400, 'BAD_REQUEST');
  });

  // The server answers 422 naming the whole body (path "") for valid JSON that is not an object.
  it.each(
    [POST, PUT, PATCH].flatMap((r) => ['[]', '"str"', '42', 'null'].map((raw) => [...r, raw] as const)),
  )('%s %s with JSON %s → 422 asking for an object body', async (method, path, raw) => {
    const res = await invalid(method, at(path), { rawBody: raw, headers: json }, ['body:']);
    expect(res.body.errors[0].message).toMatch(/object/);
  });

  it.each(['[]', '"str"', '42'])(
    'PATCH /complete with JSON %s → 422 asking for an object body',
    async (raw) => {
      await invalid(COMPLETE[0], at(COMPLETE[1]), { rawBody: raw, headers: json }, ['body:']);
    },
  );

  it('PATCH with {} → 400 BAD_REQUEST', async () => {
    const res = await refused('PATCH', at(PATCH[1]), { body: {} }, 400, 'BAD_REQUEST');
    expect(res.body.errors).toBeUndefined();
  });

  it('POST with no body at all → 422 asking for an object body', async () => {
    await invalid('POST', '/api/me/tasks', {}, ['body:']);
  });
});

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

// --- text Postgres cannot store, on every route ---------------------------------------------------

// Postgres cannot store U+0000 in text or jsonb, and a lone UTF-16 surrogate (JSON's "\ud800") has
// no UTF-8 form. One hook refuses both wherever they come (body at any depth, query, path), so
// the cases are generated from the routes the OpenAPI document lists: a new route is covered
// without a line here. Each names its field and changes nothing, tasks or anything else.

type JsonSchema = Record<string, any>;

const UNSTORABLE: [label: string, text: string][] = [
  ['NUL', 'x\u0000y'],
  ['a lone surrogate', 'x\ud800y'],
];

/** A value holding `text` in the first string the schema reaches, and the path to it. */
function holding(
  doc: any,
  schema: JsonSchema | undefined,
  text: string,
  depth = 0,
): [unknown, string[]] | undefined {
  let s = schema;
  while (s?.$ref) s = doc.components.schemas[String(s.$ref).split('/').pop()!];
  if (!s || depth > 8) return undefined;
  for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) {
    const found = holding(doc, branch, text, depth + 1);
    if (found) return found;
  }
  const types: unknown[] = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('string')) return [text, []];
  if (types.includes('array') && s.items) {
    const found = holding(doc, s.items, text, depth + 1);
    return found && [[found[0]], ['0', ...found[1]]];
  }
  for (const [key, property] of Object.entries<JsonSchema>(s.properties ?? {})) {
    const found = holding(doc, property, text, depth + 1);
    if (found) return [{ [key]: found[0] }, [key, ...found[1]]];
  }
  return undefined;
}

/** The top-level properties of a body schema (through $ref and anyOf, e.g. an object or null). */
function bodyProperties(doc: any, schema: JsonSchema | undefined): [string, JsonSchema][] {
  let s = schema;
  while (s?.$ref) s = doc.components.schemas[String(s.$ref).split('/').pop()!];
  if (!s) return [];
  return [
    ...Object.entries<JsonSchema>(s.properties ?? {}),
    ...[...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap((b: JsonSchema) => bodyProperties(doc, b)),
  ];
}

interface TextCase {
  method: string;
  /** The path template, for the test name. */
  route: string;
  label: string;
  /** Path params other than the one under test are filled in when the case runs. */
  path: string;
  query?: string;
  body?: unknown;
  field: string;
}

function textCases(doc: any): TextCase[] {
  const cases: TextCase[] = [];
  for (const [route, operations] of Object.entries<any>(doc.paths)) {
    for (const [method, operation] of Object.entries<any>(operations)) {
      const base = { method: method.toUpperCase(), route, path: route };
      // A URL cannot carry a lone surrogate (percent-encoding is UTF-8): paths and queries get NUL.
      for (const p of operation.parameters ?? []) {
        // The user in the path is compared with the caller first: 403 (see cross-user.test.ts).
        if (p.name === 'user_id') continue;
        if (p.in === 'path') {
          cases.push({
            ...base,
            label: 'NUL',
            path: route.replace(`{${p.name}}`, 'x%00y'),
            field: `params:${p.name}`,
          });
        } else if (p.in === 'query') {
          cases.push({ ...base, label: 'NUL', query: `${p.name}=x%00y`, field: `query:${p.name}` });
        }
      }
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      for (const [label, text] of UNSTORABLE) {
        for (const [name, property] of bodyProperties(doc, schema)) {
          const found = holding(doc, property, text);
          if (!found) continue;
          const [value, path] = found;
          cases.push({ ...base, label, body: { [name]: value }, field: `body:${[name, ...path].join('.')}` });
        }
      }
    }
  }
  return cases;
}

// The cases come from the document of a server started for the purpose, before the suite runs.
const documented = await (async () => {
  const s = await startTestServer();
  try {
    return (await s.request('GET', '/openapi.json')).body;
  } finally {
    await s.close();
  }
})();
const generated = textCases(documented);

describe('text Postgres cannot store is refused on every route: 422 naming the field, nothing changes', () => {
  /** Everything alice can see, as the raw text the server sends. */
  async function everything(): Promise<string[]> {
    const paths = [
      '/api/me',
      '/api/me/tasks?limit=200',
      `/api/me/tasks/${target.id}`,
      '/api/me/settings',
      '/api/me/tags',
      '/api/me/conversations',
      '/api/me/api-keys',
      '/api/me/webhooks',
    ];
    return Promise.all(paths.map(async (p) => (await alice('GET', p)).text));
  }

  it('covers the routes that take text: bodies, query parameters and path parameters', () => {
    const covered = new Set(generated.map((c) => `${c.method} ${c.route}`));
    for (const route of [
      'POST /api/{user_id}/tasks',
      'PATCH /api/{user_id}/tasks/{id}',
      'POST /api/{user_id}/import',
      'POST /api/{user_id}/chat',
      'POST /api/{user_id}/chat/stream',
      'PATCH /api/{user_id}/settings',
      'PATCH /api/{user_id}/tags/{name}',
      'POST /api/{user_id}/webhooks',
      'POST /api/{user_id}/api-keys',
      'GET /api/{user_id}/tasks',
      'DELETE /api/me',
    ]) {
      expect(covered, route).toContain(route);
    }
    expect(generated.length).toBeGreaterThan(100);
  });

  it.each(generated.map((c) => [c.method, c.route, c.field, c.label, c] as const))(
    '%s %s with %s holding %s',
    async (method, _route, field, _label, c) => {
      const path = c.path.replaceAll('{user_id}', 'me').replace(/\{[a-z_]+\}/g, String(target.id));
      const before = await everything();
      const res = await alice(
        method,
        `${path}${c.query ? `?${c.query}` : ''}`,
        c.body === undefined ? {} : { body: c.body },
      );
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(named(res)).toEqual([field]);
      expect(await everything()).toEqual(before);
    },
  );

  it('the user in the path holding NUL is another user: 403, nothing changes', async () => {
    const before = await everything();
    expectProblem(
      await alice('PATCH', '/api/me%00/settings', { body: { time_zone: 'UTC' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expect(await everything()).toEqual(before);
  });

  it('the settings reported by the review: time_zone "UTC\\u0000" is a 422, not a 500', async () => {
    const res = await alice('PATCH', '/api/me/settings', { body: { time_zone: 'UTC\u0000' } });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.errors).toEqual([
      { path: 'time_zone', location: 'body', message: expect.stringMatching(/NUL/) },
    ]);
  });

  it('deep inside a body, and in an object key, the field is named', async () => {
    const before = await everything();
    const deep = await alice('POST', '/api/me/import', {
      body: {
        format: 'doable-export',
        version: 1,
        tasks: [{ title: 'ok' }, { title: 'ok', tags: ['a', 'b\u0000'] }],
      },
    });
    expectProblem(deep, 422, 'VALIDATION_ERROR');
    expect(named(deep)).toEqual(['body:tasks.1.tags.1']);
    const key = await alice('POST', '/api/me/tasks', { body: { title: 'ok', 'bad\u0000key': 1 } });
    expectProblem(key, 422, 'VALIDATION_ERROR');
    expect(named(key)).toEqual(['body:bad\\u0000key']);
    expect(await everything()).toEqual(before);
  });

  it('MCP tool arguments are refused the same way, before any tool runs', async () => {
    const before = await everything();
    const res = await alice('POST', '/mcp', {
      headers: { accept: 'application/json, text/event-stream' },
      body: {
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'add_task', arguments: { user_id: 'alice', title: 'Buy\u0000milk' } },
      },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(named(res)).toEqual(['body:params.arguments.title']);
    expect(await everything()).toEqual(before);
  });
});

describe("Better Auth's routes refuse text Postgres cannot store too", () => {
  const ORIGIN = { origin: TEST_APP_URL };
  let n = 0;
  const email = () => `unstorable.${Date.now()}.${n++}@example.com`;
  const count = async (sql: string, params: unknown[] = []) =>
    (await rawQuery<{ n: number }>(server.database.db, sql, params))[0]!.n;

  it.each([
    ['name', { name: 'A\u0000nn' }],
    ['name', { name: 'A\ud800nn' }],
    ['email', { email: 'ann\u0000@example.com' }],
    ['password', { password: 'correct\u0000horse battery' }],
  ])(
    'sign-up with unstorable text in %s → 422 naming it; no account, no attempt reaches Better Auth',
    async (field, bad) => {
      const body = { name: 'Ann', email: email(), password: 'correct horse battery', ...bad };
      const users = await count('select count(*)::int as n from users');
      const res = await server.request('POST', '/api/auth/sign-up/email', { body, headers: ORIGIN });
      expect(res.status, res.text).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(named(res)).toEqual([`body:${field}`]);
      expect(await count('select count(*)::int as n from users')).toBe(users);
    },
  );

  it('sign-in and update-user (JSON, +json and form bodies) and query parameters are refused; nothing changes', async () => {
    const address = email();
    const password = 'correct horse battery';
    await server.request('POST', '/api/auth/sign-up/email', {
      body: { name: 'Kept', email: address, password },
      headers: ORIGIN,
    });
    const sessions = await count('select count(*)::int as n from sessions');
    const badSignIn = await server.request('POST', '/api/auth/sign-in/email', {
      body: { email: address, password: `${password}\u0000` },
      headers: ORIGIN,
    });
    expect(badSignIn.status).toBe(422);
    expect(named(badSignIn)).toEqual(['body:password']);
    expect(await count('select count(*)::int as n from sessions')).toBe(sessions);

    const signedIn = await server.request('POST', '/api/auth/sign-in/email', {
      body: { email: address, password },
      headers: ORIGIN,
    });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const headers = { ...ORIGIN, cookie };
    for (const [contentType, rawBody] of [
      ['application/json', JSON.stringify({ name: 'x\u0000y' })],
      ['application/merge-patch+json', JSON.stringify({ name: 'x\ud800y' })],
      ['application/x-www-form-urlencoded', 'name=x%00y'],
    ] as const) {
      const res = await server.request('POST', '/api/auth/update-user', {
        rawBody,
        headers: { ...headers, 'content-type': contentType },
      });
      expect(res.status, `${contentType}: ${res.text}`).toBe(422);
      expect(named(res)).toEqual(['body:name']);
    }
    const query = await server.request('GET', '/api/auth/get-session?disableCookieCache=x%00', { headers });
    expect(query.status).toBe(422);
    expect(named(query)).toEqual(['query:disableCookieCache']);
    const me = await server.request('GET', '/api/me', { headers });
    expect(me.body.name).toBe('Kept');
  });

  it('a header value with NUL never reaches a route: the HTTP parser answers 400, nothing is stored', async () => {
    const sessions = await count('select count(*)::int as n from sessions');
    const { port } = new URL(server.url);
    const body = JSON.stringify({ email: email(), password: 'correct horse battery' });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${TEST_APP_URL}\r\n` +
            `User-Agent: evil\u0000agent\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      });
      let out = '';
      socket.on('data', (d) => {
        out += d;
      });
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(await count('select count(*)::int as n from sessions')).toBe(sessions);
  });
});
