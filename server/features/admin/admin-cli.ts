// `npm run admin -- <command>`: the operator's administration, on the configured database
// (DATABASE_URL, or the embedded one in DATA_DIR: stop the server first, the embedded database has
// one user at a time). The log records these as the actor `cli`.
//   users                 the accounts (email, administrator, disabled, tasks, lists, last active)
//   disable EMAIL         disable the account (its sessions end; JWTs and API keys refused)
//   enable EMAIL          enable it again
//   make-admin EMAIL      make the account an administrator
//   signup                who may make an account: the mode, and the invitation links
//   signup MODE           set the mode: open, invite or closed; default (back to SIGNUP's)
//   invite [DAYS]         a one-time sign-up link (APP_URL/?signup=ID#SECRET), for 1-90 days (7)
//   revoke ID             revoke an unused invitation link
import { type Config, ConfigError, loadConfig, type SignupMode } from '../../platform/config.js';
import { type Database, openDatabase } from '../../platform/db/client.js';
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

function printSignup(settings: SignupSettings): void {
  console.log(
    `Sign-up: ${settings.mode} (${settings.set_by_administrator ? 'set by an administrator' : 'from SIGNUP'}; SIGNUP is ${settings.environment_mode})`,
  );
  for (const i of settings.invitations)
    console.log(
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

async function run(db: Database, config: Config, command: string, arg: string | undefined): Promise<void> {
  if (command === 'users') {
    let cursor: string | undefined;
    do {
      const page = await listUsers(db, { limit: 200, cursor });
      for (const user of page.users) console.log(describe(user));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return;
  }
  if (command === 'signup') {
    if (arg === undefined) return printSignup(await signupSettings(db, config.signup));
    if (!(arg in MODES)) throw new ConfigError(usage);
    return printSignup(await setSignupMode(db, CLI, MODES[arg]!, config.signup));
  }
  if (command === 'invite') {
    const made = await createInvitation(db, CLI, config.appUrl, {
      days: arg === undefined ? 7 : whole(arg, 1, 90),
    });
    console.log(`Invitation ${made.id}, one-time, expires ${made.expires_at}:\n${made.link}`);
    return;
  }
  if (!arg) throw new ConfigError(usage);
  if (command === 'revoke') {
    await revokeInvitation(db, CLI, whole(arg, 1, Number.MAX_SAFE_INTEGER));
    console.log(`Revoked invitation ${arg}`);
    return;
  }
  const id = await userIdByEmail(db, arg);
  if (command === 'disable') console.log(`Disabled: ${describe(await disableUser(db, CLI, id))}`);
  else if (command === 'enable') console.log(`Enabled: ${describe(await enableUser(db, CLI, id))}`);
  else if (command === 'make-admin')
    console.log(`Administrator: ${describe(await setAdministrator(db, CLI, id, true))}`);
  else throw new ConfigError(usage);
}

try {
  const [command, arg, ...rest] = process.argv.slice(2);
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
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 2 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  try {
    await run(database.db, config, command!, arg);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError || error instanceof AppError
      ? error.message
      : `Failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
