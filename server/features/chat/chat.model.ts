// Which model answers a user's chat: their own OpenAI-compatible endpoint (Settings), else the
// server's (OPENAI_*), else the built-in assistant. A user's key is stored sealed and never
// returned; a user's endpoint is fetched only through the webhooks' guard on private addresses
// (MODEL_ALLOW_PRIVATE lifts it), at saving and at every request; the server's may be anywhere.
import { eq, sql } from 'drizzle-orm';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Database } from '../../platform/db/client.js';
import { userModelSettings } from '../../platform/db/schema.js';
import { invalid, notFound } from '../../platform/errors.js';
import { guardedFetch, targetRefusal } from '../../platform/http/outbound.js';
import type { Agent, PlanExecutor } from '../assistant/agent.js';
import { chatCompletions, ModelError, type ModelSettings } from '../assistant/completions.js';
import { modelAgent } from '../assistant/model.js';

export interface ModelChoice {
  /** The built-in assistant: the agent when neither the user nor the server has a model. */
  builtin: Agent;
  /** The server's model (the administrators', else OPENAI_*), read at each turn; undefined: none. */
  server: () => Promise<ModelSettings | undefined>;
  /** MODEL_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  /** Seals and opens users' keys (purpose "model keys"). */
  keys: SecretBox;
  /** The built-in assistant's executor of plans (plan mode). */
  carryOutPlan: PlanExecutor;
  /** The fetch for users' endpoints (tests give their own); guarded by default. */
  fetch?: typeof fetch;
}

export interface OwnModel {
  baseUrl: string;
  model: string;
  mode: 'auto' | 'agent' | 'plan';
  hasKey: boolean;
  updatedAt: Date;
}

async function ownRow(db: Database, userId: string) {
  const [row] = await db.select().from(userModelSettings).where(eq(userModelSettings.userId, userId));
  return row;
}

export async function getOwnModel(db: Database, userId: string): Promise<OwnModel | null> {
  const row = await ownRow(db, userId);
  return row
    ? {
        baseUrl: row.baseUrl,
        model: row.model,
        mode: row.mode,
        hasKey: row.apiKeySealed !== null,
        updatedAt: row.updatedAt,
      }
    : null;
}

export interface OwnModelInput {
  base_url: string;
  model: string;
  mode: 'auto' | 'agent' | 'plan';
  /** Undefined: keep the stored key; null: remove it. */
  api_key?: string | null | undefined;
}

/** Stores the user's endpoint; an address the webhooks' rule refuses is a 422 naming base_url. */
export async function setOwnModel(
  db: Database,
  userId: string,
  input: OwnModelInput,
  choice: ModelChoice,
): Promise<OwnModel> {
  const url = new URL(input.base_url);
  if (url.username || url.password)
    throw invalid('base_url', 'base_url must not hold a user name or password', 'body');
  if (!choice.allowPrivate) {
    const refusal = await targetRefusal(url);
    if (refusal) throw invalid('base_url', `base_url ${refusal}`, 'body');
  }
  const baseUrl = input.base_url.replace(/\/+$/u, '');
  const sealed =
    input.api_key === undefined ? undefined : input.api_key === null ? null : choice.keys.seal(input.api_key);
  await db
    .insert(userModelSettings)
    .values({ userId, baseUrl, model: input.model, mode: input.mode, apiKeySealed: sealed ?? null })
    .onConflictDoUpdate({
      target: userModelSettings.userId,
      set: {
        baseUrl,
        model: input.model,
        mode: input.mode,
        updatedAt: sql`now()`,
        ...(sealed === undefined ? {} : { apiKeySealed: sealed }),
      },
    });
  return (await getOwnModel(db, userId))!;
}

export async function deleteOwnModel(db: Database, userId: string): Promise<void> {
  const deleted = await db
    .delete(userModelSettings)
    .where(eq(userModelSettings.userId, userId))
    .returning({ userId: userModelSettings.userId });
  if (deleted.length === 0) throw notFound('Your own model');
}

/** The user's settings as the model client takes them; null when they have none. */
async function ownSettings(
  db: Database,
  userId: string,
  choice: ModelChoice,
  server: ModelSettings | undefined,
): Promise<ModelSettings | null> {
  const row = await ownRow(db, userId);
  if (!row) return null;
  // A key sealed under another app secret cannot be opened: the endpoint is asked without one.
  const apiKey = row.apiKeySealed === null ? undefined : (choice.keys.open(row.apiKeySealed) ?? undefined);
  return {
    baseUrl: row.baseUrl,
    name: row.model,
    apiKey,
    mode: row.mode,
    stream: 'auto',
    numCtx: undefined,
    timeoutMs: server?.timeoutMs ?? 30_000,
  };
}

const userFetch = (choice: ModelChoice) =>
  choice.fetch ?? guardedFetch({ allowPrivate: choice.allowPrivate });

/** The agent that answers this user's chat. */
export async function agentFor(db: Database, userId: string, choice: ModelChoice): Promise<Agent> {
  const server = await choice.server();
  const own = await ownSettings(db, userId, choice, server);
  if (own) return modelAgent(own, choice.carryOutPlan, userFetch(choice));
  return server ? modelAgent(server, choice.carryOutPlan) : choice.builtin;
}

/** Which model answers, as the panel and Settings say it. */
export async function answering(db: Database, userId: string, choice: ModelChoice) {
  const own = await getOwnModel(db, userId);
  const server = await choice.server();
  return {
    answering: own ? ('own' as const) : server ? ('server' as const) : ('builtin' as const),
    model: own?.model ?? server?.name ?? null,
    own,
    serverModel: server?.name ?? null,
  };
}

/**
 * "Test connection": one short request to the model that answers the user (their own endpoint, else
 * the server's). Says what happened in words; never the key, never the endpoint's own error text.
 */
export async function testConnection(
  db: Database,
  userId: string,
  choice: ModelChoice,
): Promise<{ ok: boolean; model: string | null; detail: string }> {
  const server = await choice.server();
  const own = await ownSettings(db, userId, choice, server);
  const settings = own ?? server;
  if (!settings)
    return { ok: false, model: null, detail: 'No model is set: the built-in assistant answers.' };
  const complete = chatCompletions({ ...settings, stream: 'off' }, own ? userFetch(choice) : fetch);
  try {
    await complete(
      { messages: [{ role: 'user', content: 'Reply with the word OK.' }] },
      AbortSignal.timeout(Math.min(settings.timeoutMs, 30_000)),
      () => {},
    );
    return { ok: true, model: settings.name, detail: `${settings.name} answered.` };
  } catch (err) {
    const why = err instanceof ModelError ? err.message : 'the model could not be reached';
    return { ok: false, model: settings.name, detail: `${settings.name} did not answer: ${why}.` };
  }
}
