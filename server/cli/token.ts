// `npm run token -- <user-id or email> [--expires-in 1h] [--new-user]`: prints an HS256 token for
// that account, signed with the same secret the server uses (configured, or generated in DATA_DIR in
// development). The account must exist (looked up on the configured database, or through the
// running server's socket on the embedded one): a token for an id nobody has would make tasks no
// one can sign in to see. `--new-user` mints one for an id that has no account yet, as an external
// frontend sharing the secret does for its own users.
import { runTokenCommand } from '../features/accounts/token.command.js';

const code = await runTokenCommand(process.argv.slice(2), process.env, {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
if (code !== 0) process.exit(code);
