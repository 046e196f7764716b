// The three variables `npm start` reads before the server's bundle is compiled, so before its
// configuration (server/platform/config.ts, the server's one reader of process.env) can run: where
// the database is, for the embedded database's early thread (database-thread.mjs) and for where the
// code cache goes (run-server.mjs). Read as config.ts reads them (DATABASE_URL unset or blank means
// the embedded database; DATA_DIR defaults to ./data); a value config.ts refuses still ends the
// start there, as before. Plain JavaScript: it runs without tsx.
import path from 'node:path';

export function launchEnvironment(env = process.env) {
  return {
    /** Whether DATABASE_URL names a Postgres server (else the embedded database). */
    databaseServer: Boolean(env.DATABASE_URL?.trim()),
    /** DATA_DIR, resolved. */
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    /** DATABASE_EMBEDDED_THREAD as given ('worker' when unset). */
    embeddedThread: env.DATABASE_EMBEDDED_THREAD?.trim() || 'worker',
  };
}
