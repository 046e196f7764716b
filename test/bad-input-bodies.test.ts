// Bad request bodies to the task routes: wrong types, missing and unknown fields, Unicode limits and
// round trips, bad task ids, bodies that are not JSON objects; each a clear problem, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

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
    ['16,001 ASCII characters', 'd'.repeat(16_001)],
    ['16,001 emoji', EMOJI.repeat(16_001)],
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
    ['16,000 ASCII characters (Markdown)', 'd'.repeat(16_000)],
    ['16,000 emoji', EMOJI.repeat(16_000)],
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
