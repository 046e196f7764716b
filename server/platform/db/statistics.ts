// The planner's statistics, kept up to date where nothing else keeps them (decision 0173). A Postgres
// server's autovacuum analyzes a table once a tenth of it has changed; the embedded database (PGlite,
// one backend in single-user mode) has no autovacuum at all, so without this its tables are planned
// from whatever statistics they had, or none: a search for a word in 40% of 100,000 tasks read all
// 40,000 matches instead of walking the newest 2,500.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from './client.js';

/**
 * The tables of the app's schema that have grown by a tenth (and 8 pages) since their statistics
 * were taken, autovacuum's rule for analyzing (50 rows and 10%) read by pages: the size a table was
 * last analyzed at (pg_class.relpages, 0 when never) against its size on disk now (a file's size:
 * nothing is read). A new version of an updated row takes room as a new row does, so a table
 * rewritten by updates is analyzed again too. PGlite does not keep pg_stat_user_tables' counts of
 * changed rows up to date (its statistics are flushed only on demand), so they are not used.
 */
const GROWN_TABLES = sql.raw(`
  select c.oid::regclass::text as name
    from pg_class c
   where c.relnamespace = current_schema()::regnamespace
     and c.relkind in ('r', 'p')
     and pg_relation_size(c.oid) / current_setting('block_size')::int > 8 + 1.1 * greatest(c.relpages, 0)
   order by c.oid`);

/**
 * Analyzes the tables that have grown since their statistics were taken (GROWN_TABLES), one
 * statement each, a table another session is analyzing or vacuuming skipped; returns their names.
 * Cheap when none has: one catalog query. On the database or inside a transaction (an import's:
 * what it wrote counts). The names are the catalog's own, quoted by regclass.
 */
export async function analyzeGrownTables(db: Pick<Database, 'execute'>): Promise<string[]> {
  const grown = await queryRows<{ name: string }>(db, GROWN_TABLES);
  for (const { name } of grown) await db.execute(sql.raw(`analyze (skip_locked) ${name}`));
  return grown.map((t) => t.name);
}
