// `npm run user:reset-password` (server/cli/reset-password.ts) as a function: the entry point passes
// the process's arguments, environment, standard input and terminal; the suites run it in their own
// process on a database they hold open.
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '../../platform/config.js';
import type { DatabaseHandle } from '../../platform/db/client.js';
import { openConfiguredDatabase } from '../../platform/db/configured.js';
import { resetPasswordByEmail } from './accounts.service.js';
import { passwordHasher } from './auth.js';

const usage =
  'Usage: npm run user:reset-password -- <email>   (a new password on stdin, or one is generated)';

/** Where a command writes: its output and its errors (the terminal, or a test's capture). */
interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * Resets the password of the account `argv[0]` names, as `npm run user:reset-password -- ...argv`
 * does; answers the exit code. `given` reads the new password (standard input; undefined: one is
 * generated), once the arguments are found right. It opens the configured database and closes it
 * after, unless given one already open (`database`).
 */
export async function runResetPassword(
  argv: string[],
  env: Record<string, string | undefined>,
  given: () => Promise<string | undefined>,
  out: Output,
  database?: DatabaseHandle,
): Promise<number> {
  try {
    const email = argv[0]?.trim().toLowerCase();
    if (!email || argv.length > 1 || email.startsWith('-')) throw new ConfigError(usage);
    const typed = await given();
    const password = typed || randomBytes(15).toString('base64url');
    if (password.length < 8 || password.length > 128) {
      throw new ConfigError('The password must be 8 to 128 characters long.');
    }
    const config = loadConfig(env);
    const opened = database ?? (await openConfiguredDatabase(config));
    try {
      const taken = await resetPasswordByEmail(opened.db, passwordHasher, email, password);
      if (!taken) throw new ConfigError(`No account has the email ${email}.`);
      out.log(
        `As a reset by email does, ${taken.apiKeys} API key(s) were revoked, ${taken.calendarFeeds} ` +
          `calendar feed(s) deleted, ${taken.webhooks} webhook(s) ` +
          `paused, ${taken.pushSubscriptions} push device(s) forgotten and ${taken.passkeys} passkey(s) deleted.` +
          (taken.assistantModel ? ' The assistant model set by the account was forgotten.' : '') +
          (taken.twoFactorTurnedOff ? ' Two-factor sign-in is turned off.' : ''),
      );
    } finally {
      if (!database) await opened.close();
    }
    out.log(
      typed
        ? `The password of ${email} is changed; its sessions are signed out.`
        : `The new password of ${email} is: ${password}\nIts sessions are signed out; ask them to change it in Settings.`,
    );
    return 0;
  } catch (error) {
    out.error(error instanceof ConfigError ? error.message : `Reset failed: ${(error as Error).message}`);
    return 1;
  }
}
