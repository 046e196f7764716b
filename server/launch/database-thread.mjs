// The embedded database's thread, started by `npm start` (server/launch/start.mjs) before the server's
// bundle is read and compiled: opening the database (PGlite's modules, its WebAssembly, Postgres's
// start over the data directory) is the longest part of a start, and it does not wait for the
// main thread's 0.3-0.4 s of compiling and loading before it begins
// (docs/decisions/0121-start-order.md). The bundle's main.ts takes the thread over (server/platform/db/pglite.thread.ts,
// openEmbeddedThread) when its configuration names the same data directory, and ends it otherwise.
// Whether to start it is read from the environment as server/platform/config.ts reads it
// (environment.mjs: DATABASE_URL unset or blank, DATABASE_EMBEDDED_THREAD unset or `worker`, DATA_DIR
// or ./data); a value server/platform/config.ts refuses ends the start as before. Plain JavaScript: it runs without tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { launchEnvironment } from './environment.mjs';

/** Where the started thread waits to be taken over (server/platform/db/pglite.thread.ts reads the same key). */
export const EARLY_THREAD = Symbol.for('doable.earlyDatabaseThread');

/**
 * Starts the database's thread on the worker file of the server's build in `buildDir`, when the
 * environment asks for the embedded database on its thread. Everything the thread says before it
 * is taken over is kept and replayed then.
 */
export function startDatabaseThread(buildDir) {
  const launch = launchEnvironment();
  if (launch.databaseServer || launch.embeddedThread !== 'worker') return;
  const dataDir = path.join(launch.dataDir, 'pglite');
  const url = pathToFileURL(path.join(buildDir, 'pglite.worker.js'));
  const worker = new Worker(`import(${JSON.stringify(url.href)})`, { eval: true, workerData: { dataDir } });
  const events = [];
  const listeners = {};
  for (const kind of ['message', 'error', 'exit']) {
    listeners[kind] = (value) => events.push([kind, value]);
    worker.on(kind, listeners[kind]);
  }
  globalThis[EARLY_THREAD] = {
    dataDir,
    worker,
    /** Stops keeping its events and answers those kept so far, oldest first. */
    release() {
      for (const [kind, listener] of Object.entries(listeners)) worker.off(kind, listener);
      return events.splice(0);
    },
  };
}
