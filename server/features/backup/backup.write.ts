// Writes a backup (backup.format.ts) of the whole database from one snapshot: a REPEATABLE READ,
// READ ONLY transaction, so every table is read as of one moment while writers go on (on a Postgres
// server they never wait for it; the embedded database runs one transaction at a time, so its
// requests wait for the backup's reads, which a cursor keeps short and bounded in memory).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupSummary,
  type BackupTrailer,
  identifier,
  LEFT_OUT,
} from './backup.format.js';
import { BackupDigest } from './backup.integrity.js';

/** Rows fetched from the cursor at a time. */
const FETCH_ROWS = 2000;

type Executor = Pick<Database, 'execute'>;

interface TableShape {
  name: string;
  /** Stored columns, in table order. */
  columns: string[];
  /** Generated columns: computed again when the rows are restored, so not written. */
  generated: string[];
}

/** The app's tables (its schema, where the migrations put them) and their columns. */
export async function tableShapes(tx: Executor): Promise<TableShape[]> {
  return await queryRows<TableShape>(
    tx,
    sql`select c.relname as name,
          coalesce(array_agg(a.attname::text order by a.attnum) filter (where a.attgenerated = ''), '{}') as columns,
          coalesce(array_agg(a.attname::text order by a.attnum) filter (where a.attgenerated <> ''), '{}') as generated
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
        group by c.relname
        order by c.relname`,
  );
}

/** The newest migration applied and how many were (drizzle's record, in its own schema). */
export async function schemaLevel(tx: Executor): Promise<BackupHeader['schema']> {
  const [row] = await queryRows<{ newest: string | null; migrations: number }>(
    tx,
    sql`select max(created_at)::text as newest, count(*)::int as migrations from drizzle.__drizzle_migrations`,
  );
  return { newest_migration: Number(row?.newest ?? 0), migrations: row?.migrations ?? 0 };
}

/**
 * Writes the backup to `file` (through `file.partial`, renamed once complete, so a file by that
 * name is always whole) and answers what it holds.
 */
export async function writeBackup(
  db: Database,
  source: DatabaseKind,
  file: string,
  now: () => Date = () => new Date(),
  /** BETTER_AUTH_SECRET when set: the file is then signed with an HMAC keyed with it. */
  secret?: string,
): Promise<BackupSummary> {
  const started = performance.now();
  const createdAt = now().toISOString();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial, { mode: 0o600 });
  gzip.pipe(out);
  const digest = new BackupDigest(secret);
  const writeRaw = async (line: string) => {
    digest.update(line);
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const write = (value: unknown) => writeRaw(JSON.stringify(value));
  const tables: Record<string, number> = {};
  try {
    await db.transaction(
      async (tx) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          created_at: createdAt,
          source,
          schema: await schemaLevel(tx),
        };
        await write(header);
        for (const table of await tableShapes(tx)) {
          await write({ table: table.name, columns: table.columns });
          // Generated names are plain (identifier() checks), so they fit in a literal as they are;
          // so are the secrets' columns left out (restored empty).
          const dropped = [...table.generated, ...(LEFT_OUT.columns.get(table.name) ?? [])]
            .map((c) => ` - '${identifier(c).slice(1, -1)}'`)
            .join('');
          const none = LEFT_OUT.rows.has(table.name) ? ' where false' : '';
          await tx.execute(
            sql.raw(
              `declare doable_backup no scroll cursor for select (to_jsonb(t)${dropped})::text as row from ${identifier(table.name)} t${none}`,
            ),
          );
          let rows = 0;
          for (;;) {
            const batch = await queryRows<{ row: string }>(
              tx,
              sql.raw(`fetch forward ${FETCH_ROWS} from doable_backup`),
            );
            if (batch.length > 0) await writeRaw(batch.map((r) => r.row).join('\n'));
            rows += batch.length;
            if (batch.length < FETCH_ROWS) break;
          }
          await tx.execute(sql.raw('close doable_backup'));
          tables[table.name] = rows;
          await write({ end: table.name, rows });
        }
        const sequences = await queryRows<{ name: string; value: string | null }>(
          tx,
          sql`select sequencename::text as name, last_value::text as value
              from pg_sequences where schemaname = current_schema() order by 1`,
        );
        await write({ sequences: Object.fromEntries(sequences.map((s) => [s.name, s.value])) });
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const trailer: BackupTrailer = { complete: true, tables, ...digest.seal() };
    if (!gzip.write(`${JSON.stringify(trailer)}\n`)) await once(gzip, 'drain');
    gzip.end();
    await finished(out);
    await rename(partial, file);
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  return {
    name: file.split(/[\\/]/).at(-1) ?? file,
    bytes: (await stat(file)).size,
    created_at: createdAt,
    source,
    tables,
    duration_ms: Math.round(performance.now() - started),
  };
}
