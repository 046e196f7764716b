// Agents call the task tools through an in-process MCP client connected to our own MCP server
// for the caller, so chat goes through exactly what MCP clients get: the same schemas, the same
// validation and the same per-user binding.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Database } from '../../platform/db/client.js';
import type { ToolRunner } from '../assistant/agent.js';
import type { ToolContext } from '../assistant/tools.contract.js';
import { createMcpServer } from './mcp.server.js';

export interface ConnectedTools {
  callTool: ToolRunner;
  close(): Promise<void>;
}

/** The text of a tool result as JSON (our tools always answer JSON text), else the text itself. */
function resultOf(result: CallToolResult): unknown {
  const first = result.content[0];
  const text = first?.type === 'text' ? first.text : '';
  try {
    return JSON.parse(text);
  } catch {
    return { error: text || 'the tool gave no answer' };
  }
}

export async function connectTools(
  db: Database,
  userId: string,
  now?: ToolContext['now'],
): Promise<ConnectedTools> {
  const server = createMcpServer({ db, userId, ...(now ? { now } : {}) });
  const client = new Client({ name: 'doable-chat', version: '0.1.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    callTool: async (name, args) => {
      try {
        const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
        return { result: resultOf(result), isError: result.isError === true };
      } catch (err) {
        // Unknown tool or arguments the schema refuses: an error the agent can read and recover from.
        return { result: { error: err instanceof Error ? err.message : String(err) }, isError: true };
      }
    },
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
