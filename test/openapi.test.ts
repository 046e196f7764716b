// The OpenAPI document as client generators and API tools read it: every operation named once
// and for good, summarised, tagged, its security and errors said; one path per route; examples on
// the main task routes that the schemas accept. `npm run lint:openapi` lints the rest (redocly.yaml).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TaskInputSchema,
  TaskListSchema,
  TaskPatchSchema,
  TaskSchema,
} from '../server/features/tasks/tasks.schema.js';
import { startTestServer, type TestServer } from './support/server.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Media {
  examples?: Record<string, { summary?: string; value: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
}

let server: TestServer;
let doc: { servers?: { url: string }[]; paths: Record<string, Record<string, Operation>> };
let operations: { method: string; path: string; operation: Operation }[];

beforeAll(async () => {
  server = await startTestServer();
  doc = (await server.request('GET', '/openapi.json')).body;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
});
afterAll(() => server.close());

/** The operation with this operationId. */
function byId(operationId: string): Operation {
  const found = operations.find((o) => o.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found.operation;
}

/** The example values of a media type, by name. */
function examplesOf(media: Media | undefined): unknown[] {
  return Object.values(media?.examples ?? {}).map((e) => e.value);
}

describe('OpenAPI operations', () => {
  it('each has an operationId, camelCase, used by no other operation', () => {
    expect(operations.length).toBeGreaterThan(30);
    const missing = operations.filter((o) => !o.operation.operationId).map((o) => `${o.method} ${o.path}`);
    expect(missing, 'operations without an operationId').toEqual([]);
    const ids = operations.map((o) => o.operation.operationId as string);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated, 'operationIds used twice').toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id))).toEqual([]);
  });

  it('keeps the names clients were generated with', () => {
    const ids = new Set(operations.map((o) => o.operation.operationId));
    for (const id of [
      'listTasks',
      'createTask',
      'quickAddTask',
      'getTask',
      'replaceTask',
      'updateTask',
      'deleteTask',
      'toggleTaskCompletion',
      'skipTaskOccurrence',
      'getAccount',
      'listTags',
      'getSettings',
      'createWebhook',
      'exportTasks',
      'importTasks',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(operations.find((o) => o.operation.operationId === 'listTasks')).toMatchObject({
      method: 'get',
      path: '/api/{user_id}/tasks',
    });
  });

  it('describes every response, errors as problems', () => {
    for (const { method, path, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, `${method} ${path} ${status}`).toMatch(/^(?!Default Response$)./);
        if (Number(status) >= 400)
          expect(response.description, `${method} ${path} ${status}`).toContain('problem');
      }
    }
  });

  it('each has a summary and a tag', () => {
    const bare = operations.filter((o) => !o.operation.summary || !o.operation.tags?.length);
    expect(bare.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('each says its security: public ones an explicit empty list, the rest answer 401 and their 4xx', () => {
    const unsaid = operations.filter((o) => !Array.isArray(o.operation.security));
    expect(unsaid.map((o) => `${o.method} ${o.path}`)).toEqual([]);
    for (const { method, path, operation } of operations) {
      if (operation.security?.length === 0) continue;
      expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
        expect.arrayContaining(['400', '401', '403', '422', '429']),
      );
    }
  });
});

describe('OpenAPI paths', () => {
  it('documents each route once, without a trailing slash', () => {
    expect(Object.keys(doc.paths).filter((p) => p.length > 1 && p.endsWith('/'))).toEqual([]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/me',
        '/api/{user_id}/tasks',
        '/api/{user_id}/tags',
        '/api/{user_id}/settings',
      ]),
    );
  });

  it('while the server still answers the trailing-slash spelling', async () => {
    const alice = server.as('alice');
    for (const path of ['/api/me/tasks', '/api/me/tags', '/api/me/settings', '/api/me/webhooks']) {
      expect((await alice('GET', path)).status, path).toBe(200);
      expect((await alice('GET', `${path}/`)).status, `${path}/`).toBe(200);
    }
  });

  it('names a server: relative, the instance serving the document', () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});

describe('OpenAPI examples', () => {
  const json = (media: Record<string, Media> | undefined) => media?.['application/json'];

  it('the main task routes show request and response examples the schemas accept', () => {
    const create = byId('createTask');
    const created = examplesOf(json(create.requestBody?.content));
    expect(created.length).toBeGreaterThan(0);
    for (const value of created) expect(TaskInputSchema.safeParse(value).success).toBe(true);

    const update = byId('updateTask');
    const patches = examplesOf(json(update.requestBody?.content));
    expect(patches.length).toBeGreaterThan(0);
    for (const value of patches) expect(TaskPatchSchema.safeParse(value).success).toBe(true);

    const answers = [
      ...examplesOf(json(create.responses['201']?.content)),
      ...examplesOf(json(update.responses['200']?.content)),
      ...examplesOf(json(byId('getTask').responses['200']?.content)),
    ];
    expect(answers).toHaveLength(3);
    for (const value of answers) expect(TaskSchema.safeParse(value).success).toBe(true);

    const pages = examplesOf(json(byId('listTasks').responses['200']?.content));
    expect(pages.length).toBeGreaterThan(0);
    for (const value of pages) expect(TaskListSchema.safeParse(value).success).toBe(true);
  });
});
