// Password hashing for the suites' servers: Better Auth's own scrypt (the hashes are exactly what a
// server writes and reads: a server started in a child process, a backup restored elsewhere, the
// operator's reset all read them), with its results remembered for the life of the process. A
// password hashes once (every account with it then shares one salt: only here), and a hash is
// checked against a password once. The cost remembered is about 0.1-0.2 s of CPU per hash on two
// cores; the suites make many accounts with one password (docs/development.md).
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import type { PasswordHashing } from '../../server/features/accounts/auth.js';

const hashed = new Map<string, Promise<string>>();
const checked = new Map<string, Promise<boolean>>();

/** Remembers a result of `work` by `key`; a failure is not remembered. */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = work();
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

export const rememberedPasswords: PasswordHashing = {
  hash: (password) => remembered(hashed, password, () => hashPassword(password)),
  verify: ({ hash, password }) =>
    remembered(checked, `${hash}\u0000${password}`, () => verifyPassword({ hash, password })),
};
