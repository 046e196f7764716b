// Conversations with the assistant. The server keeps nothing between requests: every turn reads
// the conversation's recent messages from the database and writes the new pair back, so a
// conversation resumes on any instance and after a restart.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Agent, AgentOutput, HistoryMessage, ToolCallRecord } from '../assistant/agent.js';
import { ModelError } from '../assistant/model.js';
import { connectTools } from '../assistant/runner.js';
import type { Database } from '../db/client.js';
import { conversations, messages } from '../db/schema.js';
import { notFound } from '../errors.js';
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
    .select({ role: messages.role, content: messages.content, toolCalls: messages.toolCalls })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.userId, userId)))
    .orderBy(desc(messages.id))
    .limit(HISTORY_MESSAGES);
  return rows.reverse().map((r) => ({
    role: r.role,
    content: r.content,
    ...(r.toolCalls ? { tool_calls: r.toolCalls as ToolCallRecord[] } : {}),
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
}

/** One user turn: resolve or start the conversation, run the agent with the tools, store both messages. */
export async function chat(options: ChatOptions): Promise<ChatTurn> {
  const { db, agent, userId, message } = options;
  let conversationId = options.conversationId;
  if (conversationId !== undefined) await ensureConversation(db, userId, conversationId);
  const history = conversationId === undefined ? [] : await recentHistory(db, userId, conversationId);
  const { timeZone } = await getSettings(db, userId);
  const tools = await connectTools(db, userId);
  const calls: ToolCallRecord[] = [];
  let output: AgentOutput;
  try {
    output = await agent.run({
      userId,
      message,
      history,
      now: options.now ?? new Date(),
      timeZone,
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
    if (!(err instanceof ModelError)) throw err;
    output = { response: modelFailureReply(message, calls), tool_calls: calls };
  } finally {
    await tools.close();
  }

  const title = conversationTitle(message);
  conversationId = await db.transaction(async (tx) => {
    let id = conversationId;
    if (id === undefined) {
      const [created] = await tx
        .insert(conversations)
        .values({ userId, title })
        .returning({ id: conversations.id });
      id = created!.id;
    } else {
      await tx.update(conversations).set({ updatedAt: sql`now()` }).where(owned(userId, id));
    }
    await tx.insert(messages).values([
      { userId, conversationId: id, role: 'user', content: message },
      {
        userId,
        conversationId: id,
        role: 'assistant',
        content: output.response,
        toolCalls: output.tool_calls.length > 0 ? output.tool_calls : null,
      },
    ]);
    return id;
  });
  return { conversationId, ...output };
}
