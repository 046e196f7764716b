// MCP over real Streamable HTTP with the SDK's own client, for the suites that call the tools: one
// session per user (its bearer token from the test server), all closed together, and the text
// result of a call read as JSON.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { TestServer } from './server.js';

export type { CallToolResult };

/** MCP sessions on `server()` (read when a session opens, so it may be started in beforeAll). */
export function mcpSessions(server: () => TestServer, name = 'doable-test') {
  const clients: Client[] = [];
  return {
    /** A session for `user`, with `token` instead of the user's own when given. */
    async connect(user: string, token?: string): Promise<Client> {
      const client = new Client({ name, version: '1.0.0' });
      const auth = token ?? (await server().tokenFor(user));
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${server().url}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${auth}` } },
        }),
      );
      clients.push(client);
      return client;
    },
    /** Keeps a session opened elsewhere, so closeAll closes it too. */
    keep(client: Client): void {
      clients.push(client);
    },
    async closeAll(): Promise<void> {
      for (const c of clients.splice(0)) await c.close();
    },
  };
}

/** A tool call's result as the SDK returns it. */
export const callTool = async (client: Client, name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult;

/** The JSON text of a tool's first content block. */
export const toolJson = (result: CallToolResult) => JSON.parse((result.content[0] as { text: string }).text);
