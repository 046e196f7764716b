// The typed API client (clients/api/) against a real server: API key and bearer auth, the task helpers
// keyed by operationId, If-Match, and errors coming back as a typed DoableProblemError.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoableClient, type DoableClient, DoableProblemError } from '../clients/api/index.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let doable: DoableClient;

beforeAll(async () => {
  server = await startTestServer();
  // A bearer token makes the API key; the key does the rest, as a script would.
  const withToken = createDoableClient({ baseUrl: server.url, token: () => server.tokenFor('cleo') });
  const { key } = await withToken.call('createApiKey', { body: { name: 'client test' } });
  doable = createDoableClient({ baseUrl: `${server.url}/`, apiKey: key });
});
afterAll(() => server.close());

/** The DoableProblemError a call rejects with (fails the test when it resolves or throws another error). */
async function problemOf(call: Promise<unknown>): Promise<DoableProblemError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DoableProblemError);
  return error as DoableProblemError;
}

describe('tasks through the client', () => {
  it('creates, lists with filters, gets, updates with If-Match, completes and deletes', async () => {
    const rent = await doable.createTask({ title: 'Pay rent', priority: 'high', tags: ['home'] });
    expect(rent).toMatchObject({ title: 'Pay rent', priority: 'high', tags: ['home'], completed: false });
    const report = await doable.createTask({ title: 'Write report', tags: ['work'] });

    const home = await doable.listTasks({ tag: 'home' });
    expect(home.tasks.map((t) => t.id)).toEqual([rent.id]);
    expect(home.count).toBe(1);
    const byTitle = await doable.listTasks({ sort: 'title', status: 'pending' });
    expect(byTitle.tasks.map((t) => t.title)).toEqual(['Pay rent', 'Write report']);
    expect((await doable.listTasks({ q: 'report' })).tasks.map((t) => t.id)).toEqual([report.id]);

    expect(await doable.getTask(rent.id)).toEqual(rent);
    const read = await doable.send('getTask', { path: { id: String(rent.id) } });
    expect(read.status).toBe(200);
    expect(read.etag).toMatch(/^"\d+"$/);

    const updated = await doable.updateTask(rent.id, { title: 'Pay the rent' }, { ifMatch: read.etag! });
    expect(updated.title).toBe('Pay the rent');
    const stale = await problemOf(doable.updateTask(rent.id, { title: 'Lost' }, { ifMatch: read.etag! }));
    expect(stale).toMatchObject({ status: 412, error_code: 'PRECONDITION_FAILED' });
    expect((await doable.getTask(rent.id)).title).toBe('Pay the rent');

    expect((await doable.toggleTaskCompletion(rent.id)).completed).toBe(true);
    expect((await doable.toggleTaskCompletion(rent.id, { completed: true })).completed).toBe(true);
    expect((await doable.listTasks({ status: 'completed' })).tasks.map((t) => t.id)).toEqual([rent.id]);

    await doable.deleteTask(report.id);
    const gone = await problemOf(doable.getTask(report.id));
    expect(gone).toMatchObject({ status: 404, error_code: 'NOT_FOUND', errors: [] });
    expect(gone.request_id).toBeTruthy();
    expect(gone.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('quick adds a task from one line', async () => {
    const task = await doable.quickAddTask('Buy milk tomorrow #errands !low');
    expect(task).toMatchObject({ title: 'Buy milk', tags: ['errands'], priority: 'low' });
    expect(task.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const parse = await doable.call('quickAddTask', {
      body: { text: 'Call mum #family' },
      query: { dry_run: 'true' },
    });
    expect(parse).toMatchObject({ title: 'Call mum', tags: ['family'] });
  });

  it('calls any operation by its operationId, with the client user in the path', async () => {
    await doable.createTask({ title: 'Tagged', tags: ['client'] });
    const { tags } = await doable.call('listTags');
    expect(tags).toEqual(expect.arrayContaining([{ name: 'client', open: 1, total: 1 }]));
    await doable.call('updateSettings', { body: { time_zone: 'Europe/Paris' } });
    expect(await doable.call('getSettings')).toMatchObject({ time_zone: 'Europe/Paris' });
  });
});

describe('problems', () => {
  it('answers a validation failure as a 422 naming each field', async () => {
    const invalid = await problemOf(doable.createTask({ title: '' }));
    expect(invalid).toMatchObject({ status: 422, error_code: 'VALIDATION_ERROR' });
    expect(invalid.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'title' })]));
    expect(invalid.message).toMatch(/^422 VALIDATION_ERROR: /);
  });

  it('answers a bad credential as 401 AUTH_INVALID, and another user as 403', async () => {
    const stranger = createDoableClient({ baseUrl: server.url, apiKey: 'dbl_not-a-key' });
    expect(await problemOf(stranger.listTasks())).toMatchObject({ status: 401, error_code: 'AUTH_INVALID' });
    const elsewhere = createDoableClient({
      baseUrl: server.url,
      token: await server.tokenFor('cleo'),
      userId: 'someone-else',
    });
    expect(await problemOf(elsewhere.listTasks())).toMatchObject({
      status: 403,
      error_code: 'AUTH_FORBIDDEN',
    });
  });

  it('sends its requests through the fetch it is given', async () => {
    const seen: string[] = [];
    const counted = createDoableClient({
      baseUrl: server.url,
      token: await server.tokenFor('cleo'),
      fetch: (request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        return fetch(request);
      },
    });
    await counted.listTasks({ limit: 1 });
    expect(seen).toEqual(['GET /api/me/tasks']);
  });
});
