// The server's model for the assistant, as administrators set it at run time (server_settings): it
// overrides OPENAI_BASE_URL / OPENAI_MODEL / OPENAI_API_KEY while its base URL is set; clearing it
// returns to the environment's. Its key is stored sealed and never returned. Like the operator's
// environment, it may point anywhere (Ollama on localhost included): only administrators set it.
// Every change is logged.
import { sql } from 'drizzle-orm';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { serverSettings } from '../../platform/db/schema.js';
import type { ModelSettings } from '../assistant/completions.js';
import type { Actor } from './admin.service.js';
import { logAction } from './admin.service.js';

type EnvironmentModel = Config['model'];

export interface ServerModelView {
  /** administrator: set here; environment: OPENAI_*; none: the built-in assistant answers. */
  source: 'administrator' | 'environment' | 'none';
  base_url: string | null;
  model: string | null;
  mode: 'auto' | 'agent' | 'plan' | null;
  has_key: boolean;
  /** OPENAI_MODEL (with a base URL or key set): what applies when the administrators' is cleared. */
  environment_model: string | null;
}

export interface ServerModelInput {
  base_url: string;
  model: string;
  mode: 'auto' | 'agent' | 'plan';
  /** Undefined: keep the stored key; null: remove it. */
  api_key?: string | null | undefined;
}

async function row(db: Database) {
  const [found] = await db
    .select({
      baseUrl: serverSettings.modelBaseUrl,
      name: serverSettings.modelName,
      keySealed: serverSettings.modelKeySealed,
      mode: serverSettings.modelMode,
    })
    .from(serverSettings)
    .limit(1);
  return found?.baseUrl && found.name ? found : null;
}

export async function serverModelView(db: Database, environment: EnvironmentModel): Promise<ServerModelView> {
  const set = await row(db);
  if (set)
    return {
      source: 'administrator',
      base_url: set.baseUrl,
      model: set.name,
      mode: set.mode ?? 'auto',
      has_key: set.keySealed !== null,
      environment_model: environment?.name ?? null,
    };
  return {
    source: environment ? 'environment' : 'none',
    base_url: environment?.baseUrl ?? null,
    model: environment?.name ?? null,
    mode: environment?.mode ?? null,
    has_key: environment?.apiKey !== undefined,
    environment_model: environment?.name ?? null,
  };
}

/** The model the server answers with: the administrators', else the environment's, else none. */
export async function serverModel(
  db: Database,
  environment: EnvironmentModel,
  keys: SecretBox,
): Promise<ModelSettings | undefined> {
  const set = await row(db);
  if (!set) return environment;
  return {
    baseUrl: set.baseUrl!,
    name: set.name!,
    apiKey: set.keySealed === null ? undefined : (keys.open(set.keySealed) ?? undefined),
    mode: set.mode ?? 'auto',
    stream: environment?.stream ?? 'auto',
    numCtx: environment?.numCtx,
    timeoutMs: environment?.timeoutMs ?? 30_000,
  };
}

/** Sets the server's model (administrators). */
export async function setServerModel(
  db: Database,
  actor: Actor,
  input: ServerModelInput,
  environment: EnvironmentModel,
  keys: SecretBox,
): Promise<ServerModelView> {
  const baseUrl = input.base_url.replace(/\/+$/u, '');
  const sealed =
    input.api_key === undefined ? undefined : input.api_key === null ? null : keys.seal(input.api_key);
  const values = {
    modelBaseUrl: baseUrl,
    modelName: input.model,
    modelMode: input.mode,
    ...(sealed === undefined ? {} : { modelKeySealed: sealed }),
  };
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await tx
      .insert(serverSettings)
      .values({ ...values, updatedBy: actor })
      .onConflictDoUpdate({
        target: serverSettings.one,
        set: { ...values, updatedBy: actor, updatedAt: sql`now()` },
      });
    await logAction(
      tx,
      actor,
      'server-model',
      { id: 'server', email: null },
      { base_url: baseUrl, model: input.model, mode: input.mode },
    );
  });
  return serverModelView(db, environment);
}

/** Clears the administrators' model: the environment's (or the built-in assistant) answers again. */
export async function clearServerModel(
  db: Database,
  actor: Actor,
  environment: EnvironmentModel,
): Promise<ServerModelView> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await tx.update(serverSettings).set({
      modelBaseUrl: null,
      modelName: null,
      modelKeySealed: null,
      modelMode: null,
      updatedBy: actor,
      updatedAt: sql`now()`,
    });
    await logAction(
      tx,
      actor,
      'server-model',
      { id: 'server', email: null },
      { model: 'OPENAI_* (environment)' },
    );
  });
  return serverModelView(db, environment);
}
