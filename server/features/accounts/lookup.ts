// Finding an account by its id or its email, for the operator's commands (`npm run token`): on the
// configured database, or through the running server's socket on the embedded one.
import type { ControlHandlers } from '../../platform/control.js';
import { type Database, rawQuery } from '../../platform/db/client.js';

export interface FoundAccount {
  id: string;
  email: string;
}

/** The account whose id is `who`, or whose email is `who` (in any case); undefined when none. */
export async function findAccount(db: Database, who: string): Promise<FoundAccount | undefined> {
  const [row] = await rawQuery<FoundAccount>(
    db,
    'select id, email from users where id = $1 or email = lower($1) order by (id = $1) desc limit 1',
    [who],
  );
  return row;
}

/** The socket's command (server/platform/control.ts): `account` `{who}`, answering the account or null. */
export function accountCommands(db: Database): ControlHandlers {
  return {
    account: async (args) =>
      typeof args.who === 'string' ? ((await findAccount(db, args.who)) ?? null) : null,
  };
}
