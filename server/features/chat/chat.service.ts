// Conversations with the assistant. The server keeps nothing between requests: every turn reads
// the conversation's recent messages from the database and writes the new pair back, so a
// conversation resumes on any instance and after a restart. A reply is stored with the state its
// agent left (a question it put: AgentState), which goes back to the agent with the history.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { conversations, messages } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import type { Agent, AgentOutput, AgentState, HistoryMessage, ToolCallRecord } from '../assistant/agent.js';
import { ModelError } from '../assistant/model.js';
import { getSettings } from '../settings/settings.service.js';

/** How many earlier messages an agent sees: enough for "the second one", bounded for cost. */
const HISTORY_MESSAGES = 30;

export interface Conversation {
  id: number;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Message {
  id: number;
  role: 'user' | 'assistant';
  content: string;
  toolCalls: ToolCallRecord[] | null;
  createdAt: Date;
}

const conversationColumns = {
  id: conversations.id,
  title: conversations.title,
  createdAt: conversations.createdAt,
  updatedAt: conversations.updatedAt,
};

const owned = (userId: string, id: number) => and(eq(conversations.userId, userId), eq(conversations.id, id));

function assertPossibleId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Conversation ${id}`);
}

export async function listConversations(
  db: Database,
  userId: string,
  limit: number,
): Promise<Conversation[]> {
  return db
    .select(conversationColumns)
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .orderBy(desc(conversations.updatedAt), desc(conversations.id))
    .limit(limit);
}

export async function getConversation(
  db: Database,
  userId: string,
  id: number,
): Promise<Conversation & { messages: Message[] }> {
  assertPossibleId(id);
  const [conversation] = await db.select(conversationColumns).from(conversations).where(owned(userId, id));
  if (!conversation) throw notFound(`Conversation ${id}`);
  const rows = await db
    .select({
      id: messages.id,
      role: messages.role,
      content: messages.content,
      toolCalls: messages.toolCalls,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.conversationId, id), eq(messages.userId, userId)))
    .orderBy(asc(messages.id));
  return { ...conversation, messages: rows as Message[] };
}

/** Renames a conversation; its place in the list (by last message) stays. */
export async function renameConversation(
  db: Database,
  userId: string,
  id: number,
  title: string,
): Promise<Conversation> {
  assertPossibleId(id);
  const [renamed] = await db
    .update(conversations)
    .set({ title })
    .where(owned(userId, id))
    .returning(conversationColumns);
  if (!renamed) throw notFound(`Conversation ${id}`);
  return renamed;
}

export async function deleteConversation(db: Database, userId: string, id: number): Promise<void> {
  assertPossibleId(id);
  const deleted = await db.delete(conversations).where(owned(userId, id)).returning({ id: conversations.id });
  if (deleted.length === 0) throw notFound(`Conversation ${id}`);
}

async function recentHistory(
  db: Database,
  userId: string,
  conversationId: number,
): Promise<HistoryMessage[]> {
  const rows = await db
    .select({
      role: messages.role,
      content: messages.content,
      toolCalls: messages.toolCalls,
      state: messages.state,
    })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.userId, userId)))
    .orderBy(desc(messages.id))
    .limit(HISTORY_MESSAGES);
  return rows.reverse().map((r) => ({
    role: r.role,
    content: r.content,
    ...(r.toolCalls ? { tool_calls: r.toolCalls as ToolCallRecord[] } : {}),
    ...(r.state ? { state: r.state as AgentState } : {}),
  }));
}

const URDU = /[\u0600-\u06ff]/;

/** What the person reads when the model fails: what was done (if anything), never a stack trace. */
function modelFailureReply(message: string, calls: ToolCallRecord[]): string {
  const done = calls.length > 0;
  if (URDU.test(message)) {
    return done
      ? 'معاف کیجیے، اسسٹنٹ کا جواب مکمل نہ ہو سکا۔ جو کام ہو چکے وہ نیچے درج ہیں؛ باقی کے لیے دوبارہ کوشش کریں۔'
      : 'معاف کیجیے، اسسٹنٹ ابھی دستیاب نہیں۔ کچھ تبدیل نہیں ہوا؛ تھوڑی دیر بعد دوبارہ کوشش کریں۔';
  }
  return done
    ? 'Sorry, the assistant stopped before finishing. The actions listed were done; nothing else was changed. Please try the rest again.'
    : "Sorry, I couldn't reach the assistant just now, so nothing was changed. Please try again in a moment.";
}

const TITLE_LENGTH = 60;
/** Sentence punctuation and dashes a title should not end on (closing quotes and brackets stay). */
const TRAILING_PUNCTUATION = /[\s.,;:!?¡¿…‥。、，！？،؛؟۔\-–—]+$/u;

/**
 * The automatic title of a conversation: its first message on one line, cut at a word boundary
 * (with an ellipsis) when long, without trailing punctuation. Lengths count code points.
 */
export function conversationTitle(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= TITLE_LENGTH) return text.replace(TRAILING_PUNCTUATION, '') || text;
  // The cut keeps at most TITLE_LENGTH - 1 characters before the ellipsis; reading one more
  // keeps a word that ends exactly there whole.
  const head = chars.slice(0, TITLE_LENGTH).join('');
  const space = head.lastIndexOf(' ');
  // Cut at the last space unless that throws away most of the text (one very long word).
  const cut = space >= head.length / 2 ? head.slice(0, space) : chars.slice(0, TITLE_LENGTH - 1).join('');
  return `${cut.replace(TRAILING_PUNCTUATION, '') || cut}…`;
}

/** 404 unless the conversation exists and is the caller's. */
export async function ensureConversation(db: Database, userId: string, id: number): Promise<void> {
  assertPossibleId(id);
  const [found] = await db.select({ id: conversations.id }).from(conversations).where(owned(userId, id));
  if (!found) throw notFound(`Conversation ${id}`);
}

export interface ChatTurn extends AgentOutput {
  conversationId: number;
  /**
   * False when the reply could not be stored after the turn's actions were done (the database
   * failed every attempt): the actions stand and the reply is still the person's to read.
   */
  recorded: boolean;
}

export interface ChatOptions {
  db: Database;
  agent: Agent;
  userId: string;
  conversationId: number | undefined;
  message: string;
  /** Called as each tool call completes (for streaming). */
  onToolCall?: (call: ToolCallRecord) => void;
  /** Pieces of the answer as the agent produces them (for streaming; only agents that stream). */
  onDelta?: (text: string) => void;
  now?: Date;
  /** Waits between attempts to store the reply (tests shorten them). */
  retryDelaysMs?: number[];
}

/** Text as Postgres can store it: NUL and lone surrogates become U+FFFD (a model may write them). */
function storableText(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD').toWellFormed();
}

/** Tool calls as jsonb can store them: every string and key made storable (they are JSON data). */
function storableValue(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableValue(v)]));
  }
  return value;
}

/** Stores the person's message first, creating the conversation for a first message. */
async function recordMessage(
  db: Database,
  userId: string,
  conversationId: number | undefined,
  message: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    let id = conversationId;
    if (id === undefined) {
      const [created] = await tx
        .insert(conversations)
        .values({ userId, title: conversationTitle(message) })
        .returning({ id: conversations.id });
      id = created!.id;
    } else {
      await tx.update(conversations).set({ updatedAt: sql`now()` }).where(owned(userId, id));
    }
    await tx.insert(messages).values({ userId, conversationId: id, role: 'user', content: message });
    return id;
  });
}

const REPLY_RETRY_DELAYS_MS = [100, 500, 2000];

/**
 * Stores the assistant's reply after the turn's actions were done, trying again on failure (the
 * actions are committed; losing their record is worse than waiting). Its content is storable by
 * construction, so only the database being away can make every attempt fail: then false.
 */
async function recordReply(
  db: Database,
  userId: string,
  conversationId: number,
  output: AgentOutput,
  delaysMs: number[],
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [conversation] = await tx
          .update(conversations)
          .set({ updatedAt: sql`now()` })
          .where(owned(userId, conversationId))
          .returning({ id: conversations.id });
        if (!conversation) return false; // deleted while the agent ran: nothing holds the reply
        await tx.insert(messages).values({
          userId,
          conversationId,
          role: 'assistant',
          content: output.response,
          toolCalls: output.tool_calls.length > 0 ? output.tool_calls : null,
          state: output.state ?? null,
        });
        return true;
      });
    } catch {
      const delay = delaysMs[attempt];
      if (delay === undefined) return false;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * One user turn. The person's message is stored before anything runs, so a message that cannot
 * be stored changes nothing; then the agent runs the tools (each call commits on its own, through
 * the MCP server, so they cannot share one transaction with the messages: that would hold the
 * embedded database's only connection for the model's whole answer); then the reply, made
 * storable, is stored with the calls it made, retried if the database fails.
 */
export async function chat(options: ChatOptions): Promise<ChatTurn> {
  const { db, agent, userId, message } = options;
  if (options.conversationId !== undefined) await ensureConversation(db, userId, options.conversationId);
  const history =
    options.conversationId === undefined ? [] : await recentHistory(db, userId, options.conversationId);
  const { timeZone, dateOrder } = await getSettings(db, userId);
  const conversationId = await recordMessage(db, userId, options.conversationId, message);
  // The MCP SDK loads at the first turn, not at start (a quarter second of CPU).
  const { connectTools } = await import('../mcp/mcp.client.js');
  const tools = await connectTools(db, userId);
  const calls: ToolCallRecord[] = [];
  let output: AgentOutput;
  let failure: unknown;
  try {
    output = await agent.run({
      userId,
      message,
      history,
      now: options.now ?? new Date(),
      timeZone,
      dateOrder,
      callTool: async (name, args) => {
        const outcome = await tools.callTool(name, args);
        const record = { name, arguments: args, result: outcome.result };
        calls.push(record);
        options.onToolCall?.(record);
        return outcome;
      },
      ...(options.onDelta ? { onDelta: options.onDelta } : {}),
    });
  } catch (err) {
    // Whatever stopped the agent, what it already did is recorded; only model failures are answers.
    if (!(err instanceof ModelError)) failure = err;
    output = { response: modelFailureReply(message, calls), tool_calls: calls };
  } finally {
    await tools.close();
  }
  output = {
    ...output,
    response: storableText(output.response),
    tool_calls: storableValue(output.tool_calls) as ToolCallRecord[],
    ...(output.state ? { state: storableValue(output.state) as AgentState } : {}),
  };
  const recorded = await recordReply(
    db,
    userId,
    conversationId,
    output,
    options.retryDelaysMs ?? REPLY_RETRY_DELAYS_MS,
  );
  if (failure !== undefined) throw failure;
  return { conversationId, ...output, recorded };
}
