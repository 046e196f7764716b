// Where the command line finds its server and key: DOABLE_URL and DOABLE_API_KEY, else the file
// `doable login` wrote (config.json in the user's config directory, readable by its owner only).
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { CliError, EXIT, usageError } from './errors.js';

export type Env = Record<string, string | undefined>;

/** What `doable login` saves. */
export interface SavedConfig {
  url?: string;
  api_key?: string;
}

/** The server and key a command uses, and where each came from. */
export interface Settings {
  url?: string;
  apiKey?: string;
  urlFrom: 'DOABLE_URL' | 'config' | 'none';
  keyFrom: 'DOABLE_API_KEY' | 'config' | 'none';
  file: string;
  /** How long to wait for the server's answer, in seconds (DOABLE_TIMEOUT, default 30). */
  timeoutSeconds: number;
}

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * The folder of config.json: $XDG_CONFIG_HOME/doable (an absolute path, as the XDG spec asks), else
 * %APPDATA%\doable on Windows, else ~/.config/doable.
 */
export function configDir(env: Env, platform: NodeJS.Platform = process.platform): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'doable');
  if (platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'doable');
  return path.join(env.HOME || homedir(), '.config', 'doable');
}

export const configFile = (env: Env) => path.join(configDir(env), 'config.json');

/**
 * A server address as the client wants it: http(s), no trailing slash, no query. A bare host gets
 * http:// when it is this machine and https:// otherwise.
 */
export function normalizeUrl(input: string, from = 'the URL'): string {
  let text = input.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const local = /^(localhost|127\.|\[::1\])/i.test(text);
    text = `${local ? 'http' : 'https'}://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usageError(`${from} is not a URL: ${input}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`${from} must start with http:// or https://: ${input}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** A setting in the environment that cannot be used: not configured (exit code 3). */
const badSetting = (message: string) =>
  new CliError(message, EXIT.auth, ['Fix the variable, or unset it to use the saved config.']);

function timeoutOf(env: Env): number {
  const text = env.DOABLE_TIMEOUT;
  if (text === undefined || text === '') return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw badSetting(`DOABLE_TIMEOUT must be a number of seconds above 0, not "${text}"`);
  }
  return seconds;
}

function urlOf(env: Env): string | undefined {
  const text = env.DOABLE_URL?.trim();
  if (!text) return undefined;
  try {
    return normalizeUrl(text, 'DOABLE_URL');
  } catch (error) {
    throw badSetting((error as Error).message);
  }
}

/** The saved config, or {} when there is none. A file others may read is used, with a warning. */
export async function readConfig(file: string, warn: (line: string) => void): Promise<SavedConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`, EXIT.auth);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CliError(`${file} is not a JSON object`, EXIT.auth, [
      "Fix it, or run 'doable logout' and 'doable login' to write it anew.",
    ]);
  }
  if (process.platform !== 'win32') {
    const { mode } = await stat(file);
    if (mode & 0o077) warn(`warning: ${file} can be read by other users; run: chmod 600 '${file}'`);
  }
  const { url, api_key } = parsed as Record<string, unknown>;
  return {
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof api_key === 'string' ? { api_key } : {}),
  };
}

/** The settings in force: each environment variable wins over the file. */
export async function loadSettings(env: Env, warn: (line: string) => void): Promise<Settings> {
  const file = configFile(env);
  const timeoutSeconds = timeoutOf(env);
  const envUrl = urlOf(env);
  const envKey = env.DOABLE_API_KEY?.trim();
  // The file is read only when the environment leaves something to it.
  const saved = envUrl && envKey ? {} : await readConfig(file, warn);
  const url = envUrl ?? saved.url;
  const apiKey = envKey || saved.api_key;
  return {
    url,
    apiKey,
    urlFrom: envUrl ? 'DOABLE_URL' : saved.url ? 'config' : 'none',
    keyFrom: envKey ? 'DOABLE_API_KEY' : saved.api_key ? 'config' : 'none',
    file,
    timeoutSeconds,
  };
}

/**
 * Writes the config readable by its owner only: the folder 0700, the file 0600, written to a
 * temporary file first and renamed, so a crash never leaves half a file (or a readable one).
 */
export async function writeConfig(file: string, config: SavedConfig): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') await chmod(dir, 0o700);
  const temporary = path.join(dir, `.config.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the saved config; answers whether there was one. */
export async function removeConfig(file: string): Promise<boolean> {
  try {
    await rm(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
