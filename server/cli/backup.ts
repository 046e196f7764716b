// `npm run backup [-- FILE]` and `npm run restore -- FILE`: the operator's backups, on the configured
// database (DATABASE_URL, or the embedded one in DATA_DIR). docs/operations.md, "Backups and restore".
//   backup [FILE]   writes a backup into BACKUP_DIR (or FILE) while the server runs: on the
//                   embedded database the running server writes it (it has the data to itself),
//                   else this command opens the database and reads it from one snapshot
//   restore FILE [--unchecked]
//                   fills an empty database (or DATA_DIR without one) from FILE, once the file is
//                   checked whole against its SHA-256, or its HMAC with BETTER_AUTH_SECRET
//                   (--unchecked: also a file with no check, made by an earlier version); refuses any other
import { access } from 'node:fs/promises';
import path from 'node:path';
import { BackupFileError, type BackupSummary } from '../features/backup/backup.format.js';
import { openEmbeddedTarget, RestoreRefusedError, restoreBackup } from '../features/backup/backup.restore.js';
import { Backups } from '../features/backup/backup.service.js';
import { SCHEMA } from '../migrate.js';
import { type Config, ConfigError, loadConfig } from '../platform/config.js';
import { ControlError, callControl, serverRunning } from '../platform/control.js';
import { type DatabaseHandle, openDatabase } from '../platform/db/client.js';
import { embeddedDatabaseDir } from '../platform/db/pglite.thread.js';

const usage = 'Usage: npm run backup [-- FILE]   or   npm run restore -- FILE [--unchecked]';

const rows = (tables: Record<string, number>, table: string) => tables[table] ?? 0;
const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function describe(tables: Record<string, number>): string {
  return `${rows(tables, 'users')} account(s), ${rows(tables, 'lists')} list(s), ${rows(tables, 'tasks')} task(s)`;
}

async function openConfigured(config: Config): Promise<DatabaseHandle> {
  return await openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl, directUrl: config.databaseDirectUrl, poolMax: 2 }
      : { kind: 'embedded', dataDir: config.dataDir },
  );
}

async function backup(config: Config, file: string | undefined): Promise<void> {
  let summary: BackupSummary | undefined;
  if (!config.databaseUrl) {
    const answer = await callControl(config.dataDir, 'backup', file ? { file } : {});
    summary = answer?.result as BackupSummary | undefined;
  }
  if (!summary) {
    if (!config.databaseUrl) {
      await access(embeddedDatabaseDir(config.dataDir)).catch(() => {
        throw new ConfigError(`There is no database in ${config.dataDir} (DATA_DIR) to back up`);
      });
    }
    const database = await openConfigured(config);
    try {
      summary = await new Backups(database, config.backup, undefined, config.auth.secret).run(file);
    } finally {
      await database.close();
    }
  }
  const where = file ?? path.join(config.backup.dir, summary.name);
  console.log(
    `Backup written: ${where} (${size(summary.bytes)}; ${describe(summary.tables)}) in ${summary.duration_ms} ms`,
  );
}

async function restore(config: Config, file: string, unchecked: boolean): Promise<void> {
  await access(file).catch(() => {
    throw new ConfigError(`There is no file ${file}`);
  });
  let database: DatabaseHandle;
  if (config.databaseUrl) {
    database = await openConfigured(config);
  } else {
    if (await serverRunning(config.dataDir)) {
      throw new RestoreRefusedError(`A server is running on ${config.dataDir}: stop it first.`);
    }
    database = await openEmbeddedTarget(config.dataDir);
  }
  try {
    const summary = await restoreBackup(database, file, SCHEMA, { secret: config.auth.secret, unchecked });
    console.log(
      `Restored ${file} (made ${summary.created_at} on ${summary.source === 'embedded' ? 'an embedded database' : 'a Postgres server'}; ` +
        `${describe(summary.tables)}) into ${config.databaseUrl ? 'the database at DATABASE_URL' : config.dataDir} in ${summary.duration_ms} ms`,
    );
  } finally {
    await database.close();
  }
}

try {
  const [command, file, ...options] = process.argv.slice(2);
  const unchecked = command === 'restore' && options.length === 1 && options[0] === '--unchecked';
  if (
    (options.length > 0 && !unchecked) ||
    (command !== 'backup' && command !== 'restore') ||
    (command === 'restore' && !file) ||
    // "--help", "-h": an option, never a file to write.
    file?.startsWith('-')
  ) {
    throw new ConfigError(usage);
  }
  const config = loadConfig();
  const target = file ? path.resolve(file) : undefined;
  if (command === 'backup') await backup(config, target);
  else await restore(config, target!, unchecked);
} catch (error) {
  const known = [ConfigError, BackupFileError, RestoreRefusedError, ControlError].some(
    (k) => error instanceof k,
  );
  console.error(known ? (error as Error).message : `Failed: ${(error as Error).message}`);
  process.exit(1);
}
