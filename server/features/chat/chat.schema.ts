// The assistant's contract: a chat turn (request and response), conversations and their messages.
import { z } from 'zod';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';
import { ModelModeSchema, modelEndpointBody } from '../assistant/endpoint.schema.js';

export const ChatBodySchema = z
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

export const ToolCallSchema = z
  .object({ name: z.string(), arguments: z.record(z.string(), z.unknown()), result: z.unknown() })
  .meta({ id: 'ToolCall' });

export const ChatResponseSchema = z
  .object({
    conversation_id: z.number().int(),
    response: z.string(),
    tool_calls: z.array(ToolCallSchema).describe('What the assistant did, in order, with each result'),
  })
  .meta({ id: 'ChatResponse' });

export const ConversationSchema = z
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

export const ConversationRenameSchema = z
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

export const MessageSchema = z
  .object({
    id: z.number().int(),
    role: z.enum(['user', 'assistant']),
    content: z.string(),
    tool_calls: z.array(ToolCallSchema).nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Message' });

export const ConversationListSchema = z
  .object({ conversations: z.array(ConversationSchema) })
  .meta({ id: 'ConversationList' });

export const ConversationsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ConversationWithMessagesSchema = ConversationSchema.extend({
  messages: z.array(MessageSchema),
}).meta({
  id: 'ConversationWithMessages',
});

/** The streamed chat's answer: Server-Sent Events (their events are in the route's description). */
export const ChatStreamSchema = z.string().describe('text/event-stream');

export const ConversationParamsSchema = UserParamsSchema.extend({
  id: idParam('Conversation id'),
});

/** Which model answers the caller's chat: their own, the server's, or the built-in assistant. */
export const ChatModelSchema = z
  .object({
    answering: z
      .enum(['own', 'server', 'builtin'])
      .describe('own: your endpoint below; server: the server’s model; builtin: the built-in assistant'),
    model: z
      .string()
      .nullable()
      .describe('The name of the model that answers (null: the built-in assistant)'),
    own: z
      .object({
        base_url: z.string(),
        model: z.string(),
        mode: ModelModeSchema,
        has_key: z.boolean().describe('Whether a key is stored (it is never returned)'),
        updated_at: z.iso.datetime(),
      })
      .nullable()
      .describe('Your own endpoint, when you set one'),
    server_model: z.string().nullable().describe('The server’s model (null: none, the built-in assistant)'),
  })
  .meta({ id: 'ChatModel' });

export const ChatModelBodySchema = modelEndpointBody(
  'An OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or http://my-server:11434/v1',
).meta({ id: 'ChatModelRequest' });

export const ChatModelTestSchema = z
  .object({
    ok: z.boolean(),
    model: z.string().nullable(),
    detail: z.string().describe('What the endpoint answered, in words (never the key)'),
  })
  .meta({ id: 'ChatModelTest' });
