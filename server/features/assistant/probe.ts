// What kind of server a model endpoint is, asked once per endpoint and model and remembered for the
// process: Ollama answers GET /api/version (beside its OpenAI-compatible /v1) and tells a model's
// size and capabilities at POST /api/show. Ollama is spoken to without streaming when tools are
// given (it drops or buffers streamed tool calls) and with `options.num_ctx`; a small model (under
// 7B parameters) or one without the `tools` capability is used through the structured plan
// (plan.ts) when the mode is 'auto'. Any other server, or a probe that fails, counts as not Ollama:
// streamed, tool agent.
import type { ModelSettings, ServerTraits } from './completions.js';

export interface Probed extends ServerTraits {
  /** The mode 'auto' resolves to. */
  mode: 'agent' | 'plan';
  /** Ollama's version, its parameter size ("1.7B") and capabilities, when it said them. */
  version?: string;
  parameterSize?: string;
  capabilities?: string[];
  /** The probe could not reach the server (not remembered). */
  unreachable?: true;
}

const PROBE_TIMEOUT_MS = 3000;
const MAX_PROBE_BYTES = 256 * 1024;
/** Models below this many billions of parameters get the structured plan in 'auto'. */
const SMALL_MODEL_BILLIONS = 7;
const cache = new Map<string, Promise<Probed>>();

/** The server's root: the base URL without its OpenAI-compatible `/v1` suffix. */
function rootOf(baseUrl: string): string {
  return baseUrl.replace(/\/v1\/?$/u, '');
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length > MAX_PROBE_BYTES) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** "1.7B", "4.0B", "500M" in billions; null when unreadable. */
export function billions(size: string | undefined): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([MBT])\s*$/iu.exec(size ?? '');
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toUpperCase();
  return unit === 'M' ? n / 1000 : unit === 'T' ? n * 1000 : n;
}

async function probeOnce(settings: ModelSettings, fetchImpl: typeof fetch): Promise<Probed> {
  const notOllama: Probed = { ollama: false, mode: 'agent' };
  const root = rootOf(settings.baseUrl);
  const get = (path: string, init?: RequestInit) =>
    fetchImpl(`${root}${path}`, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
  try {
    const version = await get('/api/version');
    const json = version.ok ? await readJson(version) : null;
    if (!json || typeof (json as { version?: unknown }).version !== 'string') return notOllama;
    const probed: Probed = { ollama: true, mode: 'agent', version: (json as { version: string }).version };
    const show = await get('/api/show', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: settings.name }),
    }).catch(() => null);
    const info = show?.ok ? ((await readJson(show)) as Record<string, unknown> | null) : null;
    const details = info?.details as { parameter_size?: unknown } | undefined;
    if (typeof details?.parameter_size === 'string') probed.parameterSize = details.parameter_size;
    if (Array.isArray(info?.capabilities))
      probed.capabilities = (info.capabilities as unknown[]).filter(
        (c): c is string => typeof c === 'string',
      );
    const size = billions(probed.parameterSize);
    const small = size !== null && size < SMALL_MODEL_BILLIONS;
    const noTools = probed.capabilities !== undefined && !probed.capabilities.includes('tools');
    probed.mode = small || noTools ? 'plan' : 'agent';
    return probed;
  } catch {
    // Unreachable (or timed out): not remembered, the server may be starting.
    return { ...notOllama, unreachable: true };
  }
}

/** The endpoint's traits, probed once per base URL and model for the life of the process. */
export function probeServer(settings: ModelSettings, fetchImpl: typeof fetch = fetch): Promise<Probed> {
  const key = `${settings.baseUrl}\n${settings.name}`;
  let found = cache.get(key);
  if (!found) {
    found = probeOnce(settings, fetchImpl);
    cache.set(key, found);
    void found.then((p) => {
      if (p.unreachable && cache.get(key) === found) cache.delete(key);
    });
  }
  return found;
}

/** Forgets what was probed (tests, and an operator's change of settings). */
export function forgetProbes(): void {
  cache.clear();
}
