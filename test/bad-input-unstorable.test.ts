// Text Postgres cannot store (NUL, lone surrogates) is refused on every route the OpenAPI document
// lists, in MCP tool arguments and in Better Auth's routes: 422 naming the field, nothing changed.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectProblem } from './support/expect.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

type Client = ReturnType<TestServer['as']>;

let server: TestServer;
let alice: Client;
/** The server's administrator (its first account), for the routes only administrators reach. */
let admin: Client;
/** The task rejected PUT/PATCH/complete requests aim at; it must never change. */
let target: any;

beforeAll(async () => {
  server = await startTestServer();
  alice = server.as('alice');
  const first = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name: 'Admin', email: 'admin@example.com', password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(first.status, first.text).toBe(200);
  admin = server.as(first.body.user.id);
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

/** The (location, path) pairs a 422 names, deduplicated, in a stable order. */
function named(res: ApiResponse): string[] {
  expect(Array.isArray(res.body.errors)).toBe(true);
  for (const e of res.body.errors) expect(typeof e.message).toBe('string');
  return [...new Set<string>(res.body.errors.map((e: any) => `${e.location}:${e.path}`))].sort();
}

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
        // The user in the path is compared with the caller first: 403 (see cross-user-others-path.test.ts).
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

  /**
   * What `everything()` answered after the case before this one: the cases run one after another
   * and nothing runs between them, so it is what this case's own read before its request would
   * answer (read anew when the case before did not get that far).
   */
  let seenAfter: string[] | undefined;

  it.each(generated.map((c) => [c.method, c.route, c.field, c.label, c] as const))(
    '%s %s with %s holding %s',
    async (method, _route, field, _label, c) => {
      const path = c.path.replaceAll('{user_id}', 'me').replace(/\{[a-z_]+\}/g, String(target.id));
      const before = seenAfter ?? (await everything());
      seenAfter = undefined;
      const caller = c.route.startsWith('/api/admin/') ? admin : alice;
      const res = await caller(
        method,
        `${path}${c.query ? `?${c.query}` : ''}`,
        c.body === undefined ? {} : { body: c.body },
      );
      const after = await everything();
      seenAfter = after;
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(named(res)).toEqual([field]);
      expect(after).toEqual(before);
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
