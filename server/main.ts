// Entry point for `npm start`: configuration, database, migrations, HTTP server, graceful shutdown.
import { resolveAuthSecret } from './platform/auth/secret.js';
import { ConfigError, loadConfig } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { discardEarlyThread, openEmbeddedThread } from './platform/db/pglite.thread.js';
import { whileDatabaseUnavailable } from './platform/db/wait.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  // The embedded database starts opening on its own thread before anything else loads here (or
  // `npm start` started it before this bundle loaded: server/launch/database-thread.mjs): its start
  // (compiling PGlite's WebAssembly, starting Postgres over the data directory) and this thread's
  // module loading are the two largest parts of a start, and they overlap
  // (docs/decisions/0121-start-order.md).
  const started =
    config.databaseUrl === undefined && config.databaseEmbeddedThread === 'worker'
      ? openEmbeddedThread(config.dataDir)
      : undefined;
  if (!started) discardEarlyThread();
  const { closeOnFailure, openDatabase } = await import('./platform/db/client.js');
  // On the thread, the handle comes at once and the database is open when `open` settles.
  const opening: Promise<DatabaseHandle> = openDatabase(
    started
      ? { kind: 'embedded', started }
      : config.databaseUrl
        ? {
            kind: 'server',
            url: config.databaseUrl,
            directUrl: config.databaseDirectUrl,
            poolMax: config.databasePoolMax,
          }
        : { kind: 'embedded', dataDir: config.dataDir, thread: config.databaseEmbeddedThread },
  );
  // The migrations (checked, usually nothing to apply) run as soon as the database is open, while
  // this thread still loads the app. A database still starting, or restarting under this
  // instance, is waited for (up to a minute) rather than ending the start: an orchestrator
  // starting both at once needs no ordering.
  const open = started
    ? Promise.all([opening, closeOnFailure(started)]).then(([database]) => database)
    : opening;
  const migrated = Promise.all([open, import('./migrate.js')]).then(([database, { runMigrations }]) =>
    whileDatabaseUnavailable(() => runMigrations(database), {
      onRetry: (error, delayMs) =>
        console.error(
          `Doable: the database cannot be reached yet (${error instanceof Error ? error.message : String(error)}); trying again in ${delayMs} ms`,
        ),
    }),
  );
  migrated.catch(() => {}); // Awaited below; meanwhile a failure must not count as unhandled.
  const [{ buildApp }, { createServices }, { secret, generated }] = await Promise.all([
    import('./app.js'),
    import('./services.js'),
    resolveAuthSecret(config),
  ]);
  const database = await opening;
  // The services and the app are built while the embedded database still opens and the migrations
  // run (neither reads the database until the app is ready: the workers start with it); nothing
  // listens before both are done.
  const services = await createServices(config, database, secret);
  const app = await buildApp({ config, database, services });
  await migrated;
  if (generated) app.log.info({ dataDir: config.dataDir }, 'generated a development auth secret in DATA_DIR');

  // The operator's tools (`npm run backup`) reach a server on the embedded database through the
  // data's socket (server/platform/control.ts): the embedded database has one user at a time.
  let stopControl = async () => {};
  if (database.kind === 'embedded') {
    const [{ serveControl }, { backupCommands }, { accountCommands }] = await Promise.all([
      import('./platform/control.js'),
      import('./features/backup/backup.service.js'),
      import('./features/accounts/lookup.js'),
    ]);
    const commands = { ...backupCommands(services.backups), ...accountCommands(database.db) };
    stopControl = await serveControl(config.dataDir, commands, app.log);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await stopControl().catch(() => {});
    // Past the timeout, connections still open are cut; the database is still closed cleanly.
    const force = setTimeout(() => {
      app.log.error('shutdown timed out; closing the remaining connections');
      app.server.closeAllConnections();
      void closeDatabase().finally(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      await app.close();
      clearTimeout(force);
      await closeDatabase();
      app.log.info('shut down');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      await closeDatabase();
      process.exit(1);
    }
  };
  let closing: Promise<void> | undefined;
  const closeDatabase = () => {
    closing ??= Promise.race([
      database.close(),
      new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
    ]).catch((err: unknown) => app.log.error({ err }, 'closing the database failed'));
    return closing;
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    {
      database: database.kind,
      // The SMTP server by host:port only: its URL may hold a password.
      email: config.mail?.smtpHost ?? 'off',
      sso: services.sso,
      docs: `http://${config.host}:${config.port}/docs`,
    },
    'Doable is ready',
  );
}

/**
 * Settles once the server listens: server/launch/run-server.mjs then keeps the code the start compiled
 * (docs/decisions/0121-start-order.md).
 */
export const started: Promise<void> = main().catch((error) => {
  console.error('Doable failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
