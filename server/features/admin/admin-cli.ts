// `npm run admin -- <command>`: the operator's administration, on the configured database
// (DATABASE_URL, or the embedded one in DATA_DIR: stop the server first, the embedded database has
// one user at a time). The log records these as the actor `cli`.
//   users                 the accounts (email, administrator, disabled, tasks, lists, last active)
//   disable EMAIL         disable the account (its sessions end; JWTs and API keys refused)
//   enable EMAIL          enable it again
//   make-admin EMAIL      make the account an administrator
import { ConfigError, loadConfig } from '../../platform/config.js';
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

const usage = 'Usage: npm run admin -- users | disable EMAIL | enable EMAIL | make-admin EMAIL';

const describe = (u: AdminUser) =>
  [
    u.email,
    u.is_admin ? 'administrator' : 'user',
    u.disabled ? 'disabled' : 'enabled',
    `${u.tasks} task(s)`,
    `${u.lists} list(s)`,
    `last active ${u.last_active_at ?? 'never recorded'}`,
  ].join('  ');

async function run(db: Database, command: string, email: string | undefined): Promise<void> {
  if (command === 'users') {
    let cursor: string | undefined;
    do {
      const page = await listUsers(db, { limit: 200, cursor });
      for (const user of page.users) console.log(describe(user));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    return;
  }
  if (!email) throw new ConfigError(usage);
  const id = await userIdByEmail(db, email);
  if (command === 'disable') console.log(`Disabled: ${describe(await disableUser(db, CLI, id))}`);
  else if (command === 'enable') console.log(`Enabled: ${describe(await enableUser(db, CLI, id))}`);
  else if (command === 'make-admin')
    console.log(`Administrator: ${describe(await setAdministrator(db, CLI, id, true))}`);
  else throw new ConfigError(usage);
}

try {
  const [command, email, ...rest] = process.argv.slice(2);
  const known = ['users', 'disable', 'enable', 'make-admin'];
  if (
    !command ||
    !known.includes(command) ||
    rest.length > 0 ||
    (command === 'users') !== (email === undefined)
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
    await run(database.db, command, email);
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
