// How every embedded database (PGlite) is opened: on its worker thread, on the main thread, for the
// template and in the tests alike.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const PGLITE_OPTIONS = {
  // The migrations need unaccent, and pg_trgm and btree_gin for the typo-tolerant search (drizzle/0043,
  // 0051).
  extensions: { unaccent, pg_trgm, btree_gin },
  // A buffer pool of 32 MB instead of Postgres's 128 MB: setting up the larger one was about a
  // third of opening the database at every start (0.4-0.7 s of CPU), and a family's or a small
  // team's data stays in the operating system's file cache beyond it (docs/benchmarks.md,
  // "Issue 19, session 3").
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
} satisfies PGliteOptions;
