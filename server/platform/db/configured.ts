// The database the operator's commands work on: the Postgres server at DATABASE_URL when set, else
// the embedded one in DATA_DIR.
import type { Config } from '../config.js';
import { type DatabaseHandle, openDatabase } from './client.js';

export function openConfiguredDatabase(config: Config, poolMax = 2): Promise<DatabaseHandle> {
  return openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
}
