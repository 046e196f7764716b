// The shared HS256 secret: from configuration, or (outside production) generated once and kept
// in DATA_DIR so that `npm start` needs no configuration and tokens survive restarts.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';

export const SECRET_FILE = 'auth-secret';

const MIN_LENGTH = 32;

async function readSecretFile(file: string): Promise<string | undefined> {
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length < MIN_LENGTH) {
      throw new Error(
        `${file} holds a secret shorter than ${MIN_LENGTH} characters; delete it to generate a new one, or set BETTER_AUTH_SECRET`,
      );
    }
    return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function resolveAuthSecret(config: Config): Promise<{ secret: string; generated: boolean }> {
  if (config.auth.secret) return { secret: config.auth.secret, generated: false };
  if (config.env === 'production') throw new Error('BETTER_AUTH_SECRET is required in production');
  const file = path.join(config.dataDir, SECRET_FILE);
  const existing = await readSecretFile(file);
  if (existing) return { secret: existing, generated: false };

  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // Write a complete temp file, then link it into place: link fails if another process won the
  // race, and nobody can ever read a half-written secret.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${secret}\n`, { mode: 0o600 });
  try {
    await link(temp, file);
    return { secret, generated: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { secret: (await readSecretFile(file))!, generated: false };
  } finally {
    await unlink(temp).catch(() => {});
  }
}
