// The MCP server: the task tools (features/assistant/tools.ts) for one caller, served over HTTP
// (mcp.routes.ts) and in process to the chat's agents (mcp.client.ts). Built per request, so the caller is fixed when
// the server is made and no tool can act for anyone else.

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { MCP_SERVER_INFO } from '#shared/mcp.js';
import { runTool, TOOLS, type ToolContext } from '../assistant/tools.js';

const INSTRUCTIONS =
  'Doable task tools. Every tool takes user_id: pass your own id (or "me"). Tasks are named by id: ' +
  "find ids with list_tasks or search_tasks first. Dates are in the user's time zone. In lists shared " +
  'with the user their role decides: a viewer reads (list_comments, list_activity, list_members) but every ' +
  'change is refused with code AUTH_FORBIDDEN.';

export function createMcpServer(context: ToolContext): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  for (const tool of TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: { title: tool.title, ...tool.annotations },
      },
      async (args: Record<string, unknown>): Promise<CallToolResult> => {
        const outcome = await runTool(tool, context, args);
        return {
          content: [{ type: 'text', text: JSON.stringify(outcome.result) }],
          ...(outcome.isError
            ? { isError: true }
            : { structuredContent: outcome.structured as Record<string, unknown> }),
        };
      },
    );
  }
  return server;
}
