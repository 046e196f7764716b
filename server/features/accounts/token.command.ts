// `npm run token` (server/cli/token.ts) as a function: the entry point passes the process's
// arguments, environment and terminal; the suites run it in their own process on a database they
// hold open.
import { SignJWT } from 'jose';
import { resolveAuthSecret } from '../../platform/auth/secret.js';
import { type Config, ConfigError, loadConfig } from '../../platform/config.js';
import { callControl } from '../../platform/control.js';
import type { DatabaseHandle } from '../../platform/db/client.js';
import { openConfiguredDatabase } from '../../platform/db/configured.js';
import { type FoundAccount, findAccount } from './lookup.js';

const USAGE =
  'Usage: npm run token -- <user-id or email> [--expires-in 24h] [--new-user]   (units: s, m, h, d)';

/** Where a command writes: its output and its errors (the terminal, or a test's capture). */
interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * The account `who` names, by id or email: on `database` when given, else through the running
 * server (the embedded database has one user at a time), else on the configured database itself.
 */
async function lookUp(
  config: Config,
  who: string,
  database?: DatabaseHandle,
): Promise<FoundAccount | undefined> {
  if (database) return await findAccount(database.db, who);
  if (!config.databaseUrl) {
    const answer = await callControl(config.dataDir, 'account', { who });
    if (answer) return (answer.result as FoundAccount | null) ?? undefined;
  }
  const opened = await openConfiguredDatabase(config, 1);
  try {
    return await findAccount(opened.db, who);
  } finally {
    await opened.close();
  }
}

/**
 * Mints a token as `npm run token -- ...argv` does; answers the exit code (2 for a usage error, 1
 * for a refusal). The token goes to `out.log`, everything else to `out.error`.
 */
export async function runTokenCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: Output,
  database?: DatabaseHandle,
): Promise<number> {
  const args = [...argv];
  const newUserAt = args.indexOf('--new-user');
  const newUser = newUserAt >= 0 && args.splice(newUserAt, 1).length === 1;
  const expiresAt = args.indexOf('--expires-in');
  const expiresIn = expiresAt >= 0 ? args.splice(expiresAt, 2)[1] : '24h';
  const who = args[0];
  if (!who || args.length > 1 || who.startsWith('-') || !expiresIn || !/^\d+[smhd]$/.test(expiresIn)) {
    out.error(USAGE);
    return 2;
  }
  try {
    const config = loadConfig(env);
    const { secret } = await resolveAuthSecret(config);
    let userId = who;
    if (newUser) {
      out.error(`A token for the id ${who}, which need not have an account (--new-user).`);
    } else {
      const account = await lookUp(config, who, database);
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
    out.log(token);
    return 0;
  } catch (error) {
    out.error(error instanceof ConfigError ? error.message : (error as Error).message);
    return 1;
  }
}
