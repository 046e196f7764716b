// REST adapter for the assistant, mounted at /api/:user_id: chat (JSON and SSE streaming) and
// the stored conversations. Other users' conversations answer 404, like missing ones.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import {
  AUTHENTICATED,
  AUTHENTICATED_ERRORS,
  problemResponses,
  toAppError,
  toProblem,
} from '../../platform/http/problem.js';
import type { Agent, ToolCallRecord } from '../assistant/agent.js';
import * as service from './chat.service.js';

export interface ChatRoutesOptions {
  db: Database;
  authenticator: Authenticator;
  agent: Agent;
}

const ChatBodySchema = z
  .strictObject({
    conversation_id: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Continue this conversation; omit to start one'),
    message: z
      .string()
      .trim()
      .min(1, 'message must not be empty')
      .max(2000, 'message must be at most 2000 characters')
      .describe('What you want, in English or Urdu: "add buy milk tomorrow", "complete the second one"'),
  })
  .meta({ id: 'ChatRequest' });

const ToolCallSchema = z
  .object({ name: z.string(), arguments: z.record(z.string(), z.unknown()), result: z.unknown() })
  .meta({ id: 'ToolCall' });

const ChatResponseSchema = z
  .object({
    conversation_id: z.number().int(),
    response: z.string(),
    tool_calls: z.array(ToolCallSchema).describe('What the assistant did, in order, with each result'),
  })
  .meta({ id: 'ChatResponse' });

const ConversationSchema = z
  .object({
    id: z.number().int(),
    title: z.string().describe('Its first message, shortened, until renamed'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime().describe('When its last message was added'),
  })
  .meta({ id: 'Conversation' });

const TITLE_MAX = 100;
const codePoints = (s: string) => [...s].length;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is refused
const hasNul = (s: string) => /\u0000/.test(s);

const ConversationRenameSchema = z
  .strictObject({
    title: z
      .string()
      // One line in the picker: runs of spaces and line breaks become one space.
      .overwrite((s) => s.replace(/\s+/g, ' ').trim())
      .min(1, 'title must not be empty')
      .refine((s) => !hasNul(s), 'title must not contain NUL characters')
      .refine((s) => s.isWellFormed(), 'title must be valid Unicode text')
      .refine((s) => codePoints(s) <= TITLE_MAX, `title must be at most ${TITLE_MAX} characters`)
      .meta({
        description: `The new title, 1-${TITLE_MAX} characters (spaces are trimmed and collapsed)`,
        minLength: 1,
        maxLength: TITLE_MAX,
      }),
  })
  .meta({ id: 'ConversationRename' });

const MessageSchema = z
  .object({
    id: z.number().int(),
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    tool_calls: z.array(ToolCallSchema).nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Message' });

const ConversationParamsSchema = UserParamsSchema.extend({
  id: z
    .string()
    .regex(/^[0-9]+$/, 'must be a positive integer')
    .transform(Number)
    .describe('Conversation id'),
});

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

export const chatRoutes: FastifyPluginAsyncZod<ChatRoutesOptions> = async (
  app,
  { db, authenticator, agent },
) => {
  app.addHook('onRequest', authenticator.hook);

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
            agent,
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
        response: { 200: z.string().describe('text/event-stream'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      // A missing conversation is a plain 404 problem, before the stream starts.
      if (request.body.conversation_id !== undefined) {
        await service.ensureConversation(db, request.userId, request.body.conversation_id);
      }
      const raw = reply.raw;
      const send = (event: string, data: unknown) => {
        if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
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
            agent,
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
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({ conversations: z.array(ConversationSchema) }).meta({ id: 'ConversationList' }),
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
          200: ConversationSchema.extend({ messages: z.array(MessageSchema) }).meta({
            id: 'ConversationWithMessages',
          }),
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
