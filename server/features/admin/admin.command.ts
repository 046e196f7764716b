// The operator's administration commands (`npm run admin`, server/cli/admin.ts), as a
// function: the entry point passes the process's arguments, environment and terminal.
import { type Config, ConfigError, loadConfig, type SignupMode } from '../../platform/config.js';
import { type Database, type DatabaseHandle, openDatabase } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import {
  type AdminUser,
  CLI,
  disableUser,
  enableUser,
  listUsers,
  setAdministrator,
  userIdByEmail,
} from './admin.service.js';
import {
  createInvitation,
  revokeInvitation,
  type SignupSettings,
  setSignupMode,
  signupSettings,
} from './admin.signup.js';

const usage =
  'Usage: npm run admin -- users | disable EMAIL | enable EMAIL | make-admin EMAIL | ' +
  'signup [open|invite|closed|default] | invite [DAYS] | revoke ID';
const MODES: Record<string, SignupMode | null> = {
  open: 'open',
  invite: 'invite',
  closed: 'closed',
  default: null,
};

/** A whole number in [min, max] as typed, else a usage error. */
function whole(text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new ConfigError(`${text}: expected ${min}-${max}\n${usage}`);
  return n;
}

function printSignup(out: Output, settings: SignupSettings): void {
  out.log(
    `Sign-up: ${settings.mode} (${settings.set_by_administrator ? 'set by an administrator' : 'from SIGNUP'}; SIGNUP is ${settings.environment_mode})`,
  );
  for (const i of settings.invitations)
    out.log(
      [`invitation ${i.id}`, i.status, `expires ${i.expires_at}`, i.used_by_email ?? '', i.note ?? '']
        .filter(Boolean)
        .join('  '),
    );
}

const describe = (u: AdminUser) =>
  [
    u.email,
    u.is_admin ? 'administrator' : 'user',
    u.disabled ? 'disabled' : 'enabled',
    `${u.tasks} task(s)`,
    `${u.lists} list(s)`,
    `last active ${u.last_active_at ?? 'never recorded'}`,
  ].join('  ');

async function run(
  out: Output,
  db: Database,
  config: Config,
  command: string,
  arg: string | undefined,
): Promise<void> {
  if (command === 'users') {
    let cursor: string | undefined;
    do {
      const page = await listUsers(db, { limit: 200, cursor });
      for (const user of page.users) out.log(describe(user));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return;
  }
  if (command === 'signup') {
    if (arg === undefined) return printSignup(out, await signupSettings(db, config.signup));
    if (!(arg in MODES)) throw new ConfigError(usage);
    return printSignup(out, await setSignupMode(db, CLI, MODES[arg]!, config.signup));
  }
  if (command === 'invite') {
    const made = await createInvitation(db, CLI, config.appUrl, {
      days: arg === undefined ? 7 : whole(arg, 1, 90),
    });
    out.log(`Invitation ${made.id}, one-time, expires ${made.expires_at}:\n${made.link}`);
    return;
  }
  if (!arg) throw new ConfigError(usage);
  if (command === 'revoke') {
    await revokeInvitation(db, CLI, whole(arg, 1, Number.MAX_SAFE_INTEGER));
    out.log(`Revoked invitation ${arg}`);
    return;
  }
  const id = await userIdByEmail(db, arg);
  if (command === 'disable') out.log(`Disabled: ${describe(await disableUser(db, CLI, id))}`);
  else if (command === 'enable') out.log(`Enabled: ${describe(await enableUser(db, CLI, id))}`);
  else if (command === 'make-admin')
    out.log(`Administrator: ${describe(await setAdministrator(db, CLI, id, true))}`);
  else throw new ConfigError(usage);
}

/** Where a command writes: its output and its errors (the terminal, or a test's capture). */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/**
 * Runs one command (`argv` as typed after `npm run admin --`); answers the exit code. It opens the
 * configured database and closes it after, unless given one already open (`database`, for tests that
 * run many commands on one database).
 */
export async function runAdminCommand(
  argv: string[],
  env: Record<string, string | undefined>,
  out: Output,
  database?: DatabaseHandle,
): Promise<number> {
  try {
    const [command, arg, ...rest] = argv;
    // Each command with whether it takes its one argument: always, never, or optionally.
    const takes: Record<string, 'always' | 'never' | 'optional'> = {
      users: 'never',
      disable: 'always',
      enable: 'always',
      'make-admin': 'always',
      signup: 'optional',
      invite: 'optional',
      revoke: 'always',
    };
    const argument = command === undefined ? undefined : takes[command];
    if (
      !argument ||
      rest.length > 0 ||
      (argument === 'always' && arg === undefined) ||
      (argument === 'never' && arg !== undefined)
    ) {
      throw new ConfigError(usage);
    }
    const config = loadConfig(env);
    const opened =
      database ??
      (await openDatabase(
        config.databaseUrl
          ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 2 }
          : { kind: 'embedded', dataDir: config.dataDir },
      ));
    try {
      await run(out, opened.db, config, command!, arg);
    } finally {
      if (!database) await opened.close();
    }
    return 0;
  } catch (error) {
    out.error(
      error instanceof ConfigError || error instanceof AppError
        ? error.message
        : `Failed: ${(error as Error).message}`,
    );
    return 1;
  }
}
