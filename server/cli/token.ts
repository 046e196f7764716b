// `npm run token -- <user-id or email> [--expires-in 1h] [--new-user]`: prints an HS256 token for
// that account, signed with the same secret the server uses (configured, or generated in DATA_DIR in
// development). The account must exist (looked up on the configured database, or through the
// running server's socket on the embedded one): a token for an id nobody has would make tasks no
// one can sign in to see. `--new-user` mints one for an id that has no account yet, as an external
// frontend sharing the secret does for its own users.
import { SignJWT } from 'jose';
import { findAccount } from '../features/accounts/lookup.js';
import { resolveAuthSecret } from '../platform/auth/secret.js';
import { type Config, ConfigError, loadConfig } from '../platform/config.js';
import { callControl } from '../platform/control.js';
import { openDatabase } from '../platform/db/client.js';

const USAGE =
  'Usage: npm run token -- <user-id or email> [--expires-in 24h] [--new-user]   (units: s, m, h, d)';

/** The account `who` names, by id or email: through the running server, else the database itself. */
async function lookUp(config: Config, who: string): Promise<{ id: string; email: string } | undefined> {
  if (!config.databaseUrl) {
    const answer = await callControl(config.dataDir, 'account', { who });
    if (answer) return (answer.result as { id: string; email: string } | null) ?? undefined;
  }
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 1 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  try {
    return await findAccount(database.db, who);
  } finally {
    await database.close();
  }
}

const args = process.argv.slice(2);
const newUserAt = args.indexOf('--new-user');
const newUser = newUserAt >= 0 && args.splice(newUserAt, 1).length === 1;
const expiresAt = args.indexOf('--expires-in');
const expiresIn = expiresAt >= 0 ? args.splice(expiresAt, 2)[1] : '24h';
const who = args[0];

if (!who || args.length > 1 || who.startsWith('-') || !expiresIn || !/^\d+[smhd]$/.test(expiresIn)) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const config = loadConfig();
  const { secret } = await resolveAuthSecret(config);
  let userId = who;
  if (newUser) {
    console.error(`A token for the id ${who}, which need not have an account (--new-user).`);
  } else {
    const account = await lookUp(config, who);
    if (!account) {
      throw new ConfigError(
        `No account has the id or email ${who}: nothing was minted. Give an existing account's id or ` +
          'email (npm run admin -- users lists them), or add --new-user to mint a token for a new id ' +
          'that has no account (its tasks belong to that id; no one can sign in to it).',
      );
    }
    userId = account.id;
  }
  const token = await new SignJWT({ user_id: userId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .setIssuer(config.auth.issuer ?? 'doable')
    .setAudience(config.auth.audience ?? 'doable')
    .sign(new TextEncoder().encode(secret));
  console.log(token);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
}
