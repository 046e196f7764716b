// `npm run mcp` (or the `doable-mcp` bin): the task tools over stdio for desktop MCP clients,
// acting for the user of an API key. It bridges to a running Doable server's /mcp endpoint, so
// it works with the embedded database (which only the server process may open) and with a
// Postgres server alike, and every call passes the server's authentication and limits.
//
//   DOABLE_API_KEY=dbl_...  DOABLE_URL=http://127.0.0.1:3000  npm run mcp
//
// stdout carries the protocol; anything for people goes to stderr.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { MCP_SERVER_INFO } from '#shared/mcp.js';

function fail(message: string): never {
  process.stderr.write(`doable-mcp: ${message}\n`);
  process.exit(2);
}

const apiKey = process.env.DOABLE_API_KEY?.trim();
if (!apiKey)
  fail(
    'set DOABLE_API_KEY to an API key (create one in the web app under Settings, or POST /api/me/api-keys)',
  );
const base = (
  process.env.DOABLE_URL?.trim() || `http://127.0.0.1:${process.env.PORT?.trim() || 3000}`
).replace(/\/+$/, '');
let endpoint: URL;
try {
  endpoint = new URL(`${base}/mcp`);
} catch {
  fail(`DOABLE_URL is not a URL: ${base}`);
}

const upstream = new Client({ name: 'doable-mcp-stdio', version: MCP_SERVER_INFO.version });
try {
  await upstream.connect(
    new StreamableHTTPClientTransport(endpoint, { requestInit: { headers: { 'x-api-key': apiKey } } }),
  );
} catch (err) {
  fail(`cannot reach ${endpoint.href} with that API key (is the server running?): ${(err as Error).message}`);
}

const server = new Server(MCP_SERVER_INFO, {
  capabilities: { tools: {} },
  instructions: upstream.getInstructions(),
});
server.setRequestHandler(ListToolsRequestSchema, (request) => upstream.listTools(request.params));
server.setRequestHandler(CallToolRequestSchema, (request) => upstream.callTool(request.params));
server.onclose = () => {
  void upstream.close();
};
await server.connect(new StdioServerTransport());
process.stderr.write(`doable-mcp: serving the task tools of ${base} over stdio\n`);
