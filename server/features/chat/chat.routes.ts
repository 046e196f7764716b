// REST adapter for the assistant, mounted at /api/:user_id: chat (JSON and SSE streaming) and
// the stored conversations. Other users' conversations answer 404, like missing ones.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { holdOpen, type LiveChannels } from '../../platform/auth/cuts.js';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import {
  AUTHENTICATED,
  AUTHENTICATED_ERRORS,
  problemResponses,
  toAppError,
  toProblem,
} from '../../platform/http/problem.js';
import type { ToolCallRecord } from '../assistant/agent.js';
import type { ModelChoice } from './chat.model.js';
import * as models from './chat.model.js';
import {
  ChatBodySchema,
  ChatModelBodySchema,
  ChatModelSchema,
  ChatModelTestSchema,
  ChatResponseSchema,
  ChatStreamSchema,
  ConversationListSchema,
  ConversationParamsSchema,
  ConversationRenameSchema,
  ConversationSchema,
  ConversationsQuerySchema,
  ConversationWithMessagesSchema,
} from './chat.schema.js';
import * as service from './chat.service.js';

export interface ChatRoutesOptions {
  db: Database;
  /** Which model answers each user (chat.model.ts). */
  model: ModelChoice;
  /** Where a streamed answer registers with its credential: cutting that ends the stream. */
  channels?: LiveChannels;
}

const presentConversation = (c: service.Conversation) => ({
  id: c.id,
  title: c.title,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
});

const presentTurn = (turn: service.ChatTurn) => ({
  conversation_id: turn.conversationId,
  response: turn.response,
  tool_calls: turn.tool_calls,
});

/**
 * A reply that could not be stored is still answered (its actions were done, and a client that
 * retried on an error would repeat them); the log says so, for whoever keeps the database.
 */
function unrecordedLogged(request: FastifyRequest, turn: service.ChatTurn): service.ChatTurn {
  if (!turn.recorded) {
    request.log.error({ conversationId: turn.conversationId }, 'chat reply could not be stored');
  }
  return turn;
}

const tags = ['Assistant'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const chatRoutes: FastifyPluginAsyncZod<ChatRoutesOptions> = async (app, { db, model, channels }) => {
  const presentModel = async (userId: string) => {
    const a = await models.answering(db, userId, model);
    return {
      answering: a.answering,
      model: a.model,
      own: a.own && {
        base_url: a.own.baseUrl,
        model: a.own.model,
        mode: a.own.mode,
        has_key: a.own.hasKey,
        updated_at: a.own.updatedAt.toISOString(),
      },
      server_model: a.serverModel,
    };
  };

  app.get(
    '/chat/model',
    {
      schema: {
        tags,
        security,
        operationId: 'getChatModel',
        summary: 'Which model answers your chat',
        description:
          'Your own OpenAI-compatible endpoint when you set one, else the server’s model, else the built-in ' +
          'assistant. Your key is never returned (has_key says whether one is stored).',
        params: UserParamsSchema,
        response: { 200: ChatModelSchema, ...problemResponses(...always) },
      },
    },
    async (request) => presentModel(request.userId),
  );

  app.put(
    '/chat/model',
    {
      schema: {
        tags,
        security,
        operationId: 'setChatModel',
        summary: 'Use your own model',
        description:
          'An OpenAI-compatible endpoint, its model and key (stored sealed, never returned). The server fetches it: ' +
          'private and loopback addresses are refused unless the operator allows them (MODEL_ALLOW_PRIVATE).',
        params: UserParamsSchema,
        body: ChatModelBodySchema,
        response: { 200: ChatModelSchema, ...problemResponses(...always) },
      },
    },
    async (request) => {
      await models.setOwnModel(db, request.userId, request.body, model);
      return presentModel(request.userId);
    },
  );

  app.delete(
    '/chat/model',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteChatModel',
        summary: 'Stop using your own model',
        description:
          'Your endpoint and key are forgotten; the server’s model (or the built-in assistant) answers.',
        params: UserParamsSchema,
        response: { 204: z.undefined().describe('Forgotten'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await models.deleteOwnModel(db, request.userId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/chat/model/test',
    {
      schema: {
        tags,
        security,
        operationId: 'testChatModel',
        summary: 'Test the connection to the model that answers you',
        description:
          'One short request to your endpoint (else the server’s model); ok says whether it answered.',
        params: UserParamsSchema,
        response: { 200: ChatModelTestSchema, ...problemResponses(...always) },
      },
    },
    async (request) => models.testConnection(db, request.userId, model),
  );

  app.post(
    '/chat',
    {
      schema: {
        tags,
        security,
        operationId: 'sendChatMessage',
        summary: 'Talk to the assistant',
        description:
          'The assistant manages your tasks with the MCP tools and confirms what it did. Without a model ' +
          'configured (OPENAI_API_KEY / OPENAI_BASE_URL) the built-in assistant answers. History is stored: ' +
          'pass conversation_id to continue ("complete the second one" refers to the last list).',
        params: UserParamsSchema,
        body: ChatBodySchema,
        response: { 200: ChatResponseSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      presentTurn(
        unrecordedLogged(
          request,
          await service.chat({
            db,
            agent: await models.agentFor(db, request.userId, model),
            userId: request.userId,
            conversationId: request.body.conversation_id,
            message: request.body.message,
          }),
        ),
      ),
  );

  app.post(
    '/chat/stream',
    {
      schema: {
        tags,
        security,
        operationId: 'streamChatMessage',
        summary: 'Talk to the assistant, streamed (Server-Sent Events)',
        description:
          'Events: tool_call (data: {name, arguments, result}) as each action completes; delta (data: {text}) ' +
          'pieces of the answer as the model writes them (append them); replace (data: {text}) when the ' +
          'answer differs from what the deltas built, e.g. a friendly apology after the model failed ' +
          'mid-answer (show this text instead; later deltas append to it); then done (data: the same object ' +
          'as POST /chat, whose response is exactly what the events built and what is stored) or error ' +
          '(data: a problem).',
        params: UserParamsSchema,
        body: ChatBodySchema,
        response: { 200: ChatStreamSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      // A missing conversation is a plain 404 problem, before the stream starts.
      if (request.body.conversation_id !== undefined) {
        await service.ensureConversation(db, request.userId, request.body.conversation_id);
      }
      const raw = reply.raw;
      const send = (event: string, data: unknown) => {
        if (!raw.writableEnded && !raw.destroyed)
          raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      await holdOpen(channels, request, raw, () => raw.destroy());
      reply.hijack();
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        'x-request-id': String(request.id),
      });
      try {
        let shown = '';
        const turn = unrecordedLogged(
          request,
          await service.chat({
            db,
            agent: await models.agentFor(db, request.userId, model),
            userId: request.userId,
            conversationId: request.body.conversation_id,
            message: request.body.message,
            onToolCall: (call: ToolCallRecord) => send('tool_call', call),
            onDelta: (text) => {
              shown += text;
              send('delta', { text });
            },
          }),
        );
        // The client must end up showing exactly the stored answer: the rest of it in word-sized
        // pieces (all of it, for agents that do not stream), or all of it again when it differs
        // from what was streamed (the model failed mid-answer).
        if (turn.response.startsWith(shown)) {
          for (const piece of turn.response.slice(shown.length).match(/\S+\s*|\s+/g) ?? []) {
            send('delta', { text: piece });
          }
        } else {
          send('replace', { text: turn.response });
        }
        send('done', presentTurn(turn));
      } catch (err) {
        const appError = toAppError(err);
        if (appError.status >= 500) request.log.error({ err: appError.cause ?? err }, 'chat stream failed');
        send('error', toProblem(appError, request));
      } finally {
        raw.end();
      }
    },
  );

  app.get(
    '/conversations',
    {
      schema: {
        tags,
        security,
        operationId: 'listConversations',
        summary: 'Your conversations, most recent first',
        params: UserParamsSchema,
        querystring: ConversationsQuerySchema,
        response: {
          200: ConversationListSchema,
          ...problemResponses(...always),
        },
      },
    },
    async (request) => ({
      conversations: (await service.listConversations(db, request.userId, request.query.limit)).map(
        presentConversation,
      ),
    }),
  );

  app.get(
    '/conversations/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getConversation',
        summary: 'One conversation with its messages',
        params: ConversationParamsSchema,
        response: {
          200: ConversationWithMessagesSchema,
          ...problemResponses(...always, 404),
        },
      },
    },
    async (request) => {
      const c = await service.getConversation(db, request.userId, request.params.id);
      return {
        ...presentConversation(c),
        messages: c.messages.map((m) => ({
          id: m.id,
          role: m.role,
          content: m.content,
          tool_calls: m.toolCalls,
          created_at: m.createdAt.toISOString(),
        })),
      };
    },
  );

  app.patch(
    '/conversations/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'renameConversation',
        summary: 'Rename a conversation',
        description: 'Its place in the list (most recent message first) does not change.',
        params: ConversationParamsSchema,
        body: ConversationRenameSchema,
        response: { 200: ConversationSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      presentConversation(
        await service.renameConversation(db, request.userId, request.params.id, request.body.title),
      ),
  );

  app.delete(
    '/conversations/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteConversation',
        summary: 'Delete a conversation and its messages',
        params: ConversationParamsSchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteConversation(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
