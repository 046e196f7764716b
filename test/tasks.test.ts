// The task contract, route by route, as a client sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: TestServer['as'] extends (u: string) => infer F ? F : never;

beforeAll(async () => {
  server = await startTestServer();
  alice = server.as('alice');
});
afterAll(() => server.close());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('health', () => {
  it('answers 200 without auth while the database answers', async () => {
    const res = await server.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: server.database.kind });
  });
});

describe('create', () => {
  it('creates a task with 201, a Location header and the full task JSON', async () => {
    const res = await alice('POST', '/api/alice/tasks', {
      body: { title: '  Buy milk ', description: '2 litres' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/alice/tasks/${res.body.id}`);
    expect(res.body).toMatchObject({
      user_id: 'alice',
      title: 'Buy milk',
      description: '2 litres',
      completed: false,
      completed_at: null,
    });
    expect(Number.isInteger(res.body.id)).toBe(true);
    expect(res.body.created_at).toMatch(ISO);
    expect(res.body.updated_at).toBe(res.body.created_at);
    const fetched = await alice('GET', res.headers.get('location')!);
    expect(fetched.body).toEqual(res.body);
  });

  it('defaults description to null and accepts completed on create', async () => {
    const res = await alice('POST', '/api/me/tasks', { body: { title: 'Done already', completed: true } });
    expect(res.status).toBe(201);
    expect(res.body.description).toBeNull();
    expect(res.body.completed).toBe(true);
    expect(res.body.completed_at).toMatch(ISO);
  });
});

describe('get, put, patch, complete, delete', () => {
  let id: number;
  beforeAll(async () => {
    id = (await alice('POST', '/api/alice/tasks', { body: { title: 'Write report', description: 'Q3' } }))
      .body.id;
  });

  it('GET returns the task, and `me` stands for the caller', async () => {
    const res = await alice('GET', `/api/me/tasks/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, title: 'Write report', description: 'Q3' });
  });

  it('PUT replaces the task: omitted fields reset', async () => {
    const res = await alice('PUT', `/api/alice/tasks/${id}`, { body: { title: 'Write the report' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, title: 'Write the report', description: null, completed: false });
    const again = await alice('PUT', `/api/alice/tasks/${id}`, { body: { title: 'Write the report' } });
    expect(again.body).toEqual(res.body);
  });

  it('PUT requires a title', async () => {
    const res = await alice('PUT', `/api/alice/tasks/${id}`, { body: { description: 'x' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'title', location: 'body' }));
  });

  it('PATCH changes only the given fields and bumps updated_at', async () => {
    const before = (await alice('GET', `/api/alice/tasks/${id}`)).body;
    await new Promise((r) => setTimeout(r, 5));
    const res = await alice('PATCH', `/api/alice/tasks/${id}`, { body: { description: 'now with charts' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: before.title, description: 'now with charts' });
    expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
  });

  it('PATCH that changes nothing leaves updated_at alone', async () => {
    const before = (await alice('GET', `/api/alice/tasks/${id}`)).body;
    const res = await alice('PATCH', `/api/alice/tasks/${id}`, { body: { title: before.title } });
    expect(res.body).toEqual(before);
  });

  it('PATCH with no field is 400', async () => {
    const res = await alice('PATCH', `/api/alice/tasks/${id}`, { body: {} });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.error_code).toBe('BAD_REQUEST');
  });

  it('PATCH completed sets and clears completed_at', async () => {
    const done = await alice('PATCH', `/api/alice/tasks/${id}`, { body: { completed: true } });
    expect(done.body.completed_at).toMatch(ISO);
    const undone = await alice('PATCH', `/api/alice/tasks/${id}`, { body: { completed: false } });
    expect(undone.body).toMatchObject({ completed: false, completed_at: null });
  });

  it('PATCH /complete with no body toggles', async () => {
    const on = await alice('PATCH', `/api/alice/tasks/${id}/complete`);
    expect(on.status).toBe(200);
    expect(on.body.completed).toBe(true);
    expect(on.body.completed_at).toMatch(ISO);
    const off = await alice('PATCH', `/api/alice/tasks/${id}/complete`, {
      rawBody: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(off.body).toMatchObject({ completed: false, completed_at: null });
  });

  it('PATCH /complete with {"completed": true} sets it idempotently', async () => {
    const first = await alice('PATCH', `/api/alice/tasks/${id}/complete`, { body: { completed: true } });
    const second = await alice('PATCH', `/api/alice/tasks/${id}/complete`, { body: { completed: true } });
    expect(first.body.completed).toBe(true);
    expect(second.body).toEqual(first.body);
  });

  it('DELETE answers 204, then 404', async () => {
    const res = await alice('DELETE', `/api/alice/tasks/${id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const again = await alice('DELETE', `/api/alice/tasks/${id}`);
    expect(again.status).toBe(404);
    expect(again.body.error_code).toBe('NOT_FOUND');
    expect((await alice('GET', `/api/alice/tasks/${id}`)).status).toBe(404);
  });
});

describe('list', () => {
  it('lists with count and filters by status', async () => {
    const bob = server.as('bob-list');
    for (const [title, completed] of [
      ['one', false],
      ['two', true],
      ['three', false],
    ] as const) {
      await bob('POST', '/api/bob-list/tasks', { body: { title, completed } });
    }
    const all = await bob('GET', '/api/bob-list/tasks');
    expect(all.status).toBe(200);
    expect(all.body.count).toBe(3);
    expect(all.body.next_cursor).toBeNull();
    expect(all.body.tasks.map((t: { title: string }) => t.title)).toEqual(['three', 'two', 'one']);
    const pending = await bob('GET', '/api/bob-list/tasks?status=pending');
    expect(pending.body.tasks.map((t: { title: string }) => t.title)).toEqual(['three', 'one']);
    expect(pending.body.count).toBe(2);
    const completed = await bob('GET', '/api/bob-list/tasks?status=completed&sort=title');
    expect(completed.body.tasks.map((t: { title: string }) => t.title)).toEqual(['two']);
    const byTitle = await bob('GET', '/api/me/tasks?sort=title');
    expect(byTitle.body.tasks.map((t: { title: string }) => t.title)).toEqual(['one', 'three', 'two']);
    const byTitleDesc = await bob('GET', '/api/me/tasks?sort=-title');
    expect(byTitleDesc.body.tasks.map((t: { title: string }) => t.title)).toEqual(['two', 'three', 'one']);
  });

  it('answers an empty list for a new user', async () => {
    const res = await server.as('nobody-yet')('GET', '/api/me/tasks');
    expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
  });
});

describe('request ids and docs', () => {
  it('echoes a given X-Request-Id and generates one otherwise', async () => {
    const given = await server.request('GET', '/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const generated = await server.request('GET', '/api/me/tasks');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.body.request_id).toBe(generated.headers.get('x-request-id'));
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const doc = await server.request('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/api/{user_id}/tasks', '/api/{user_id}/tasks/{id}']),
    );
    const ui = await server.request('GET', '/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await server.request('GET', '/nope');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, error_code: 'NOT_FOUND', instance: '/nope' });
  });
});
