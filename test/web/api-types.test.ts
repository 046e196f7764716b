// The web app's API types are generated from the server's OpenAPI document; this fails when the
// API changed and `npm run api:types` was not run (web/src/api/schema.d.ts is stale).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesOf } from '../../scripts/api-types.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('web/src/api/schema.d.ts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('matches the OpenAPI document the server serves (run `npm run api:types` if not)', async () => {
    const document = (await server.request('GET', '/openapi.json')).body;
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(
      committed === (await apiTypesOf(document)),
      'web/src/api/schema.d.ts is stale: run `npm run api:types`',
    ).toBe(true);
  });
});
