// MCP over Streamable HTTP at /mcp, authenticated like the API (API key, JWT or session): the
// caller is the user. Stateless: each POST gets its own server and transport (JSON responses),
// so any instance can answer any request and nothing lives between requests. A request in flight
// is a channel of its credential (cuts.ts): cutting that credential ends it.
import type { FastifyPluginAsync } from 'fastify';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import { holdOpen, type LiveChannels } from '../../platform/auth/cuts.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';

export const mcpRoutes: FastifyPluginAsync<{
  db: Database;
  authenticator: Authenticator;
  channels?: LiveChannels;
}> = async (app, { db, authenticator, channels }) => {
  app.addHook('onRequest', authenticator.hook);

  app.post('/mcp', { schema: { hide: true } }, async (request, reply) => {
    // The MCP SDK loads at the first MCP request, not at start (a quarter second of CPU);
    // import() keeps the loaded modules.
    const [{ StreamableHTTPServerTransport }, { createMcpServer }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
      import('./mcp.server.js'),
    ]);
    await holdOpen(channels, request, reply.raw, () => reply.raw.destroy());
    const server = createMcpServer({ db, userId: request.userId });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    reply.hijack();
    try {
      await transport.handleRequest(request.raw, reply.raw, request.body);
    } catch (err) {
      request.log.error({ err }, 'MCP request failed');
      if (!reply.raw.headersSent) {
        reply.raw.writeHead(500, { 'content-type': 'application/json' });
        reply.raw.end(
          JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' }, id: null }),
        );
      }
    }
  });

  // Stateless: no server-initiated stream (GET) and no session to end (DELETE).
  const notAllowed = async () => {
    throw new AppError(
      'METHOD_NOT_ALLOWED',
      'This MCP server is stateless: send JSON-RPC requests with POST',
      {
        headers: { allow: 'POST' },
      },
    );
  };
  app.get('/mcp', { schema: { hide: true } }, notAllowed);
  app.delete('/mcp', { schema: { hide: true } }, notAllowed);
};
