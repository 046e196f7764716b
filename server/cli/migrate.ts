// `npm run db:migrate`: applies pending migrations to the configured database and exits.

import { runMigrations } from '../migrate.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db/client.js';

try {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 2 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  await runMigrations(database);
  await database.close();
  console.log(`Migrations applied (${database.kind} database).`);
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
