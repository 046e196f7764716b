// The shared HS256 secret: from configuration, or (outside production) generated once and kept
// in DATA_DIR so that `npm start` needs no configuration and tokens survive restarts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';

export const SECRET_FILE = 'auth-secret';

export async function resolveAuthSecret(config: Config): Promise<{ secret: string; generated: boolean }> {
  if (config.auth.secret) return { secret: config.auth.secret, generated: false };
  if (config.env === 'production') throw new Error('BETTER_AUTH_SECRET is required in production');
  const file = path.join(config.dataDir, SECRET_FILE);
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return { secret: existing, generated: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created it first; then read theirs so all agree.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return { secret, generated: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { secret: (await readFile(file, 'utf8')).trim(), generated: false };
  }
}
