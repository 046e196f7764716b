// `npm run user:reset-password -- <email>`: the operator's way to reset a password when the server
// sends no email. Prints a generated password, or takes one from standard input
// (`echo 'new password' | npm run user:reset-password -- ann@example.com`). Every session of the
// account ends, two-factor sign-in is turned off (someone who lost their phone asks), and, as with
// a reset by email, its API keys are revoked, its calendar feeds deleted, its webhooks paused, its push devices forgotten and
// its passkeys deleted. Works on the configured database (DATABASE_URL, or the embedded one in DATA_DIR:
// stop the server first, the embedded database has one user at a time).
import { text } from 'node:stream/consumers';
import { runResetPassword } from '../features/accounts/reset-password.command.js';

const code = await runResetPassword(
  process.argv.slice(2),
  process.env,
  async () => (process.stdin.isTTY ? undefined : (await text(process.stdin)).replace(/\r?\n$/, '')),
  { log: (line) => console.log(line), error: (line) => console.error(line) },
);
if (code !== 0) process.exit(code);
