// The tables the cross-user and policy suites try the app with cover exactly what it registers:
// every route (recorded as each Fastify instance registers it) and every MCP tool has an entry in
// each, and no entry names one that is gone; an id argument of a tool that the cross-user table
// does not try with alice's ids would go unchecked.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOOL_TABLE } from './support/cross-user.js';
import { ROUTE_TABLE } from './support/cross-user-table.js';
import { POLICY_TABLE, TOOL_TABLE as POLICY_TOOL_TABLE } from './support/policy-table.js';
import { registeredRoutes } from './support/routes.js';
import { startTestServer, type TestServer } from './support/server.js';

// Every Fastify instance records the routes registered on it (test/support/routes.ts).
vi.mock('fastify', async (importOriginal) => {
  const real = await importOriginal<typeof import('fastify')>();
  const { recordingFastify } = await import('./support/routes.js');
  return { ...real, default: recordingFastify(real.default) };
});

let server: TestServer;
let mcp: Client;
beforeAll(async () => {
  server = await startTestServer();
  mcp = new Client({ name: 'route-tables', version: '1.0.0' });
  await mcp.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${await server.tokenFor('mallory')}` } },
    }),
  );
});
afterAll(async () => {
  await mcp?.close();
  await server?.close();
});

describe('the cross-user checklist covers what the app registers', () => {
  it('every registered route has an entry in ROUTE_TABLE, and every entry is a registered route', () => {
    const routes = registeredRoutes(server.app);
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((r) => !(r in ROUTE_TABLE));
    const gone = Object.entries(ROUTE_TABLE)
      .filter(([r, entry]) => !routes.includes(r) && !(entry.kind === 'exempt' && entry.registeredOnlyIf))
      .map(([r]) => r);
    expect(
      { 'routes with no entry': missing, 'entries for routes that no longer exist': gone },
      `ROUTE_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'routes with no entry': [], 'entries for routes that no longer exist': [] });
  });

  it('every MCP tool has an entry in TOOL_TABLE, and every entry is a tool', async () => {
    const { tools } = await mcp.listTools();
    const names = tools.map((t) => t.name);
    const missing = names.filter((n) => !(n in TOOL_TABLE));
    const gone = Object.keys(TOOL_TABLE).filter((n) => !names.includes(n));
    expect(
      { 'tools with no entry': missing, 'entries for tools that no longer exist': gone },
      `TOOL_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'tools with no entry': [], 'entries for tools that no longer exist': [] });
    // An id argument the table does not try with alice's ids would go unchecked.
    for (const tool of tools) {
      const ids = Object.keys(tool.inputSchema.properties ?? {}).filter((p) => /(^|_)ids?$/.test(p));
      const entry = TOOL_TABLE[tool.name];
      expect(ids, `${tool.name}'s id arguments`).toEqual([
        'user_id',
        ...(entry?.task ? ['task_id'] : []),
        ...(entry?.parent ? ['parent_id'] : []),
        ...(entry?.section ? ['section_id'] : []),
      ]);
    }
  });
});

describe('the policy covers what the app registers', () => {
  it('every registered route has an entry in POLICY_TABLE, and every entry is a registered route', () => {
    const routes = registeredRoutes(server.app);
    const missing = routes.filter((r) => !(r in POLICY_TABLE));
    const gone = Object.keys(POLICY_TABLE).filter((r) => !routes.includes(r) && r !== 'GET /*');
    expect(
      { 'routes with no policy': missing, 'entries for routes that no longer exist': gone },
      `POLICY_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'routes with no policy': [], 'entries for routes that no longer exist': [] });
  });

  it('every MCP tool has an entry in TOOL_TABLE, and every entry is a tool', async () => {
    const names = (await mcp.listTools()).tools.map((t) => t.name);
    expect(Object.keys(POLICY_TOOL_TABLE).sort()).toEqual([...names].sort());
  });
});
