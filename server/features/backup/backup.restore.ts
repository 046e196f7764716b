// Restores a backup (backup.format.ts) into an empty database, embedded or server, in one
// transaction: the schema as it was when the backup was taken (its migrations, up to its newest),
// then every row, then the sequences; the file's last line must be there and every table's count
// must match, or nothing is kept; before any of it, the file is checked whole against its SHA-256
// or HMAC (backup.integrity.ts). The migrations made since then apply afterwards, as on any
// upgrade (server/migrate.ts).
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import {
  type Database,
  type DatabaseHandle,
  embeddedOptions,
  openDatabase,
  queryRows,
} from '../../platform/db/client.js';
import { MIGRATIONS_FOLDER } from '../../platform/db/migrations.js';
import { embeddedDatabaseDir } from '../../platform/db/pglite.thread.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupFileError,
  type BackupHeader,
  type BackupTrailer,
  identifier,
  type TableEnd,
  type TableStart,
} from './backup.format.js';
import { type RestoreCheck, verifyBackup } from './backup.integrity.js';
import { tableShapes } from './backup.write.js';

/** Rows per INSERT, and the most JSON text one carries. */
const INSERT_ROWS = 1000;
const INSERT_BYTES = 4 * 1024 * 1024;

/** The target database holds something: a restore never mixes two databases. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/** What restoring needs from the migrations (server/migrate.ts's SCHEMA), given by the caller. */
export interface SchemaSteps {
  /** Installs the functions derived from TypeScript, inside the restore's transaction. */
  installDerivedFunctions(tx: Pick<Database, 'execute'>): Promise<void>;
  /** The migrations made since the backup, as at a start. */
  runMigrations(handle: DatabaseHandle): Promise<void>;
}

export interface RestoreSummary {
  created_at: string;
  source: 'embedded' | 'server';
  tables: Record<string, number>;
  duration_ms: number;
}

/** Reads the file's lines (gunzipped), one at a time. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) if (line !== '') yield line;
  } catch (error) {
    throw new BackupFileError(`${file} is not a readable backup (${(error as Error).message})`);
  } finally {
    reader.close();
    input.destroy();
  }
}

function parse<T>(line: string, what: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new BackupFileError(`The backup is damaged: ${what} is not JSON`);
  }
}

/** Only a database with none of Doable's tables (nor drizzle's record of migrations) is empty. */
export async function assertEmpty(handle: DatabaseHandle): Promise<void> {
  const [row] = await queryRows<{ tables: number; migrated: boolean }>(
    handle.db,
    sql`select (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')) as tables,
               to_regclass('drizzle.__drizzle_migrations') is not null as migrated`,
  );
  if (row && (row.tables > 0 || row.migrated)) {
    throw new RestoreRefusedError(
      `The database is not empty (it holds ${row.tables} table(s)${row.migrated ? " and Doable's migrations" : ''}); ` +
        'nothing was changed. Restore into a new, empty database or data directory.',
    );
  }
}

/**
 * The embedded database in `dataDir` to restore into, opened as it is: a new data directory starts
 * empty (not from the migrated template), and is made when it does not exist yet, as a server's
 * start would make it.
 */
export async function openEmbeddedTarget(dataDir: string): Promise<DatabaseHandle> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const dir = embeddedDatabaseDir(dataDir);
  const pglite = await PGlite.create(dir, embeddedOptions(dir));
  return openDatabase({ kind: 'embedded', pglite });
}

/** The migrations the backup's schema had: this code's, up to the backup's newest. */
function migrationsOf(header: BackupHeader) {
  const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const newestKnown = known.at(-1)?.folderMillis ?? 0;
  if (header.schema.newest_migration > newestKnown) {
    throw new BackupFileError(
      `The backup was made by a newer version of Doable (its newest migration is from ${new Date(header.schema.newest_migration).toISOString()}); ` +
        'restore it with that version or a later one.',
    );
  }
  const wanted = known.filter((m) => m.folderMillis <= header.schema.newest_migration);
  if (wanted.length !== header.schema.migrations) {
    throw new BackupFileError(
      `The backup's schema had ${header.schema.migrations} migration(s); this version has ${wanted.length} up to the same one, so it cannot rebuild that schema.`,
    );
  }
  return { wanted, current: wanted.length === known.length };
}

export async function restoreBackup(
  handle: DatabaseHandle,
  file: string,
  schema: SchemaSteps,
  check: RestoreCheck = {},
): Promise<RestoreSummary> {
  const started = performance.now();
  const input = lines(file);
  try {
    return await restoreFrom(handle, file, input, schema, started, check);
  } finally {
    // Closes the file when the restore stopped before reading it all.
    await input.return(undefined);
  }
}

async function restoreFrom(
  handle: DatabaseHandle,
  file: string,
  input: AsyncGenerator<string>,
  schema: SchemaSteps,
  started: number,
  check: RestoreCheck,
): Promise<RestoreSummary> {
  const first = await input.next();
  const header = first.done ? undefined : parse<Partial<BackupHeader>>(first.value, 'its first line');
  if (header?.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a Doable backup`);
  if (header.version !== BACKUP_VERSION) {
    throw new BackupFileError(`The backup's format version ${header.version} is not one this version reads`);
  }
  const { wanted, current } = migrationsOf(header as BackupHeader);
  // The whole file, checked against its SHA-256 or HMAC before the database is touched.
  await verifyBackup(lines(file), check);
  await assertEmpty(handle);

  const tables: Record<string, number> = {};
  await handle.db.transaction(async (tx) => {
    try {
      // Rows go in as they were: no trigger recomputes, re-sequences or re-checks them (their
      // references held in the snapshot they were read from).
      await tx.execute(sql.raw('set local session_replication_role = replica'));
    } catch (error) {
      // The driver's error, which drizzle wraps (its message is only "Failed query: ...").
      const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
      if (cause.code !== '42501') throw error;
      throw new RestoreRefusedError(
        'Restoring needs a database role that may set session_replication_role (the rows go in with ' +
          'triggers off): this role may not; nothing was changed. Run the restore as a superuser, or ' +
          'on PostgreSQL 15 and later grant it to this role first, as a superuser: ' +
          'GRANT SET ON PARAMETER session_replication_role TO <role>;',
      );
    }
    // The schema at the backup's migration, as drizzle's migrator would have left it.
    await tx.execute(sql.raw('create schema if not exists drizzle'));
    await tx.execute(
      sql.raw(
        'create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)',
      ),
    );
    for (const migration of wanted) {
      for (const statement of migration.sql) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
    }
    // At today's schema, the generated columns come out as the source's did (they call these).
    if (current) await schema.installDerivedFunctions(tx);

    const shapes = new Map((await tableShapes(tx)).map((t) => [t.name, t]));
    let table: (TableStart & { rows: number; batch: string[]; bytes: number }) | undefined;
    const flush = async () => {
      if (!table || table.batch.length === 0) return;
      const name = identifier(table.table);
      const columns = table.columns.map(identifier).join(', ');
      await tx.execute(
        sql`${sql.raw(`insert into ${name} (${columns}) overriding system value select ${columns} from jsonb_populate_recordset(null::${name}, `)}${`[${table.batch.join(',')}]`}::jsonb)`,
      );
      table.batch = [];
      table.bytes = 0;
    };
    let trailer: BackupTrailer | undefined;
    for await (const line of input) {
      if (trailer) throw new BackupFileError('The backup is damaged: there is more after its last line');
      if (table) {
        if (line.startsWith('{"end":')) {
          await flush();
          const end = parse<TableEnd>(line, `the end of ${table.table}`);
          if (end.end !== table.table || end.rows !== table.rows) {
            throw new BackupFileError(
              `The backup is damaged: ${table.table} has ${table.rows} row(s) where its end says ${end.rows}`,
            );
          }
          tables[table.table] = table.rows;
          table = undefined;
          continue;
        }
        table.batch.push(line);
        table.bytes += line.length;
        table.rows++;
        if (table.batch.length >= INSERT_ROWS || table.bytes >= INSERT_BYTES) await flush();
        continue;
      }
      const record = parse<
        Partial<TableStart & { sequences: Record<string, string | null> } & BackupTrailer>
      >(line, 'a section');
      if (typeof record.table === 'string' && Array.isArray(record.columns)) {
        const shape = shapes.get(record.table);
        const stored = shape ? [...shape.columns].sort().join() : '';
        if (!shape || stored !== [...record.columns].sort().join()) {
          throw new BackupFileError(
            `The backup's table ${record.table} does not match the schema it names (${shape ? 'other columns' : 'no such table'})`,
          );
        }
        table = { table: record.table, columns: record.columns, rows: 0, batch: [], bytes: 0 };
      } else if (record.sequences) {
        for (const [name, value] of Object.entries(record.sequences)) {
          if (value === null) continue;
          await tx.execute(sql`select setval(${identifier(name)}::regclass, ${value}::bigint)`);
        }
      } else if (record.complete === true) {
        trailer = record as BackupTrailer;
      } else {
        throw new BackupFileError('The backup is damaged: a line is neither a table, a row nor its end');
      }
    }
    if (table || !trailer) throw new BackupFileError('The backup was cut short: its last line is missing');
    for (const [name, rows] of Object.entries(trailer.tables)) {
      if (tables[name] !== rows) throw new BackupFileError(`The backup is damaged: ${name} is incomplete`);
    }
  });
  // The migrations made since the backup, the derived functions and the schema's stamp.
  await schema.runMigrations(handle);
  return {
    created_at: header.created_at ?? '',
    source: header.source ?? 'server',
    tables,
    duration_ms: Math.round(performance.now() - started),
  };
}
