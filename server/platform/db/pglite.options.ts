// How every embedded database (PGlite) is opened: on its worker thread, on the main thread, for the
// template and in the tests alike.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/**
 * The planner's cost of reading a page out of order, against 1 for the next page: what Postgres's
 * documentation suggests where the data is in memory or on solid-state storage (its default, 4, is
 * for spinning disks). At 4 a filter searching a word in a tenth of 100,000 tasks was planned as a
 * read of every task (107 ms on the Postgres server) instead of through the search index (51 ms;
 * decision 0173). Both databases plan with it (server/platform/db/client.ts), a server only where
 * its operator has not set a value of their own.
 */
export const PLANNED_RANDOM_PAGE_COST = 1.1;

/** The buffer pool's bounds, in MB: Postgres's own default is 128. */
const SMALLEST_POOL_MB = 32;
const LARGEST_POOL_MB = 256;

/**
 * The start parameters: the buffer pool, and the planner's cost of a page read out of order at
 * PLANNED_RANDOM_PAGE_COST (Postgres's default, 4, is a spinning disk's; PGlite's pages come from
 * its pool or the operating system's file cache; decision 0173).
 */
const withPool = (mb: number) => [
  ...PGlite.defaultStartParams,
  '-c',
  `shared_buffers=${mb}MB`,
  '-c',
  `random_page_cost=${PLANNED_RANDOM_PAGE_COST}`,
];

/** A database in memory (the tests' snapshot) or a new one: the smallest pool. */
export const PGLITE_OPTIONS = {
  // The migrations need unaccent, and pg_trgm and btree_gin for the typo-tolerant search (drizzle/0043,
  // 0051).
  extensions: { unaccent, pg_trgm, btree_gin },
  startParams: withPool(SMALLEST_POOL_MB),
} satisfies PGliteOptions;

/**
 * The options for the embedded database in `dir` (a data directory's `pglite`), its buffer pool
 * sized by the data: as large as its databases' files, in steps of 16 MB, from 32 MB to 256 MB. A
 * page outside the pool is read through the file system, a call out of WebAssembly for each: at
 * 100,000 tasks (356 MB) the filters took two to three times as long with 32 MB as with 256 MB
 * (docs/decisions/0120-embedded-buffer-pool-sized-by-the-data.md). A family's data (a few MB) keeps the 32 MB pool, which costs the least
 * memory and time at each start. The size is read at each start: data that grew gets its pool then.
 */
export function embeddedOptions(dir: string): PGliteOptions {
  return { ...PGLITE_OPTIONS, startParams: withPool(bufferPoolMb(dir)) };
}

/** The buffer pool, in MB, for the databases in `dir` (what embeddedOptions starts them with). */
export function bufferPoolMb(dir: string): number {
  const mb = Math.ceil(filesSize(path.join(dir, 'base')) / 2 ** 20 / 16) * 16;
  return Math.min(LARGEST_POOL_MB, Math.max(SMALLEST_POOL_MB, mb));
}

/** The size of the files under `dir`, 0 where there is none. */
function filesSize(dir: string): number {
  let bytes = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += filesSize(at);
    else if (entry.isFile()) bytes += statSync(at, { throwIfNoEntry: false })?.size ?? 0;
  }
  return bytes;
}
