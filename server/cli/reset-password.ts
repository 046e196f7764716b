// `npm run user:reset-password -- <email>`: the operator's way to reset a password when the server
// sends no email. Prints a generated password, or takes one from standard input
// (`echo 'new password' | npm run user:reset-password -- ann@example.com`). Every session of the
// account ends, two-factor sign-in is turned off (someone who lost their phone asks), and, as with
// a reset by email, its API keys are revoked, its calendar feeds deleted, its webhooks paused, its push devices forgotten and
// its passkeys deleted. Works on the configured database (DATABASE_URL, or the embedded one in DATA_DIR:
// stop the server first, the embedded database has one user at a time).
import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { resetPasswordByEmail } from '../features/accounts/accounts.service.js';
import { passwordHasher } from '../features/accounts/auth.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/client.js';

const usage =
  'Usage: npm run user:reset-password -- <email>   (a new password on stdin, or one is generated)';

try {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email || process.argv.length > 3 || email.startsWith('-')) throw new ConfigError(usage);
  const given = process.stdin.isTTY ? undefined : (await text(process.stdin)).replace(/\r?\n$/, '');
  const password = given || randomBytes(15).toString('base64url');
  if (password.length < 8 || password.length > 128) {
    throw new ConfigError('The password must be 8 to 128 characters long.');
  }
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 2 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  try {
    const taken = await resetPasswordByEmail(database.db, passwordHasher, email, password);
    if (!taken) throw new ConfigError(`No account has the email ${email}.`);
    console.log(
      `As a reset by email does, ${taken.apiKeys} API key(s) were revoked, ${taken.calendarFeeds} ` +
        `calendar feed(s) deleted, ${taken.webhooks} webhook(s) ` +
        `paused, ${taken.pushSubscriptions} push device(s) forgotten and ${taken.passkeys} passkey(s) deleted.` +
        (taken.assistantModel ? ' The assistant model set by the account was forgotten.' : '') +
        (taken.twoFactorTurnedOff ? ' Two-factor sign-in is turned off.' : ''),
    );
  } finally {
    await database.close();
  }
  console.log(
    given
      ? `The password of ${email} is changed; its sessions are signed out.`
      : `The new password of ${email} is: ${password}\nIts sessions are signed out; ask them to change it in Settings.`,
  );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Reset failed: ${(error as Error).message}`);
  process.exit(1);
}
