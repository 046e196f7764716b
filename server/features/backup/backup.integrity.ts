// A backup's integrity check: the SHA-256 of every line before its last, or, when the server has
// BETTER_AUTH_SECRET set, an HMAC-SHA-256 of them keyed with it, carried in the last line. A restore
// reads the whole file and checks it before it touches the database, and refuses a changed file.
import { createHash, createHmac, type Hash, type Hmac, timingSafeEqual } from 'node:crypto';
import { BackupFileError, type BackupTrailer } from './backup.format.js';

/** What a restore may check a backup with. */
export interface RestoreCheck {
  /** BETTER_AUTH_SECRET of the server restoring: needed for a backup signed with it. */
  secret?: string;
  /** Restore a backup that carries no check (one made by an earlier version) as it is. */
  unchecked?: boolean;
}

/** Hashes the lines of a backup as they are written or read, each with its newline. */
export class BackupDigest {
  readonly #hash: Hash | Hmac;
  readonly #keyed: boolean;

  constructor(secret?: string) {
    this.#keyed = secret !== undefined && secret !== '';
    this.#hash = this.#keyed ? createHmac('sha256', secret!) : createHash('sha256');
  }

  /** One or more whole lines, without their last newline. */
  update(lines: string): void {
    this.#hash.update(`${lines}\n`, 'utf8');
  }

  /** The trailer's field: `hmac_sha256` when keyed, else `sha256`. */
  seal(): Pick<BackupTrailer, 'sha256' | 'hmac_sha256'> {
    const hex = this.#hash.digest('hex');
    return this.#keyed ? { hmac_sha256: hex } : { sha256: hex };
  }
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Reads every line of the backup and checks its last line's SHA-256 or HMAC against the rest.
 * Throws a BackupFileError that says what is wrong; reads nothing from and writes nothing to a
 * database.
 */
export async function verifyBackup(lines: AsyncIterable<string>, check: RestoreCheck): Promise<void> {
  const plain = new BackupDigest();
  const keyed = check.secret ? new BackupDigest(check.secret) : undefined;
  let previous: string | undefined;
  for await (const line of lines) {
    if (previous !== undefined) {
      plain.update(previous);
      keyed?.update(previous);
    }
    previous = line;
  }
  let trailer: Partial<BackupTrailer> | undefined;
  try {
    trailer = previous === undefined ? undefined : (JSON.parse(previous) as Partial<BackupTrailer>);
  } catch {
    trailer = undefined;
  }
  if (trailer?.complete !== true)
    throw new BackupFileError('The backup was cut short: its last line is missing');
  const changed = (how: string) =>
    new BackupFileError(
      `The backup has been changed since it was written (its ${how} does not match its content); nothing was restored.`,
    );
  if (typeof trailer.hmac_sha256 === 'string') {
    if (!keyed) {
      throw new BackupFileError(
        'The backup is signed with the BETTER_AUTH_SECRET of the server that made it: set that secret ' +
          '(the restored server needs it too) and restore again; nothing was restored.',
      );
    }
    if (!same(keyed.seal().hmac_sha256!, trailer.hmac_sha256)) throw changed('HMAC with BETTER_AUTH_SECRET');
    return;
  }
  if (typeof trailer.sha256 === 'string') {
    if (keyed && !check.unchecked) {
      // With the secret set, a backup it did not sign could have been changed and re-hashed.
      throw new BackupFileError(
        'The backup carries a SHA-256 but no HMAC with BETTER_AUTH_SECRET (the server that made it had ' +
          'no secret set), so it cannot be told apart from a changed file. Restore it with --unchecked ' +
          'if you trust it; nothing was restored.',
      );
    }
    if (!same(plain.seal().sha256!, trailer.sha256)) throw changed('SHA-256');
    return;
  }
  if (!check.unchecked) {
    throw new BackupFileError(
      'The backup carries no integrity check (an earlier version of Doable made it). Restore it with ' +
        '--unchecked if you trust it; nothing was restored.',
    );
  }
}
