// The API client's types (clients/api/schema.d.ts, which the web app uses too) and its table of
// operations (clients/api/operations.ts) are generated from the server's OpenAPI document; this fails
// when the API changed and `npm run api:types` was not run.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPERATIONS_FILE, API_TYPES_FILE, apiOperationsOf, apiTypesOf } from '../../scripts/api-types.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('the generated API client files', () => {
  let server: TestServer;
  let document: unknown;
  beforeAll(async () => {
    server = await startTestServer();
    document = (await server.request('GET', '/openapi.json')).body;
  });
  afterAll(() => server.close());

  it('clients/api/schema.d.ts matches the OpenAPI document the server serves', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(
      committed === (await apiTypesOf(document)),
      'clients/api/schema.d.ts is stale: run `npm run api:types`',
    ).toBe(true);
  });

  it('clients/api/operations.ts names every operation of the document, with its method and path', async () => {
    const committed = await readFile(API_OPERATIONS_FILE, 'utf8');
    expect(committed, 'clients/api/operations.ts is stale: run `npm run api:types`').toBe(
      apiOperationsOf(document),
    );
    const { OPERATIONS } = await import('../../clients/api/operations.js');
    const paths = (document as { paths: Record<string, Record<string, { operationId?: string }>> }).paths;
    for (const [id, { method, path }] of Object.entries(OPERATIONS)) {
      expect(paths[path]?.[method]?.operationId, `${method} ${path}`).toBe(id);
    }
  });

  it('the web app reads the same types as the client', async () => {
    const web = await readFile(new URL('../../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    expect(web).toMatch(/^export type \* from '\.\.\/\.\.\/\.\.\/clients\/api\/schema';$/m);
  });
});
