// Runs the server's main bundle (build/server/bundle/main.cjs) through V8's code cache, so a later start
// compiles little of its 8 MB (docs/decisions/0121-start-order.md). Node 20
// has no compile cache of its own (module.enableCompileCache is Node 22's), so the bundle is
// compiled here as Node's CommonJS loader would, with vm.Script and the cache's bytes. The cache is
// made after the server is ready (it then holds the functions the start compiled) and named by the
// bundle's hash; V8 itself rejects a cache from another V8 or other flags, and a cache absent,
// rejected or unreadable only means a start without it. Plain JavaScript: it runs without tsx.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { launchEnvironment } from './environment.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where a cache is looked for and written, in order: beside the database template (shared by
 * every data directory of this checkout), else, with the embedded database, its data directory
 * (the image's node_modules is not the server's to write; with DATABASE_URL the server writes
 * nothing there: docs/deploy.md). DATA_DIR and DATABASE_URL as server/platform/config.ts reads them
 * (environment.mjs).
 */
function cacheDirs() {
  const dirs = [path.join(ROOT, 'node_modules/.cache/doable')];
  const { databaseServer, dataDir } = launchEnvironment();
  if (!databaseServer) dirs.push(path.join(dataDir, 'cache'));
  return dirs;
}

const cacheName = (hash) => `server-${hash}-${process.version}-${process.arch}.v8cache`;

function readCache(dirs, name) {
  for (const dir of dirs) {
    try {
      return readFileSync(path.join(dir, name));
    } catch {
      // Not there: the next place, or none.
    }
  }
  return undefined;
}

/** Writes the cache into the first place that takes it, replacing the caches of other builds there. */
function writeCache(dirs, name, data) {
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
      const partial = path.join(dir, `${name}.partial-${process.pid}`);
      writeFileSync(partial, data);
      renameSync(partial, path.join(dir, name));
      for (const other of readdirSync(dir)) {
        if (other.startsWith('server-') && other.endsWith('.v8cache') && other !== name)
          rmSync(path.join(dir, other), { force: true });
      }
      return;
    } catch {
      // Not writable (a read-only image, a full disk): the next place, or none.
    }
  }
}

/**
 * Compiles and runs the bundle `file` as a CommonJS module; with `hash` (the build's), through the
 * code cache. Answers the module's exports, and whether a cache was used (`cached`: false when
 * there was none or V8 rejected it) and, if not, `saved`: settles once one is written; `mapped`
 * settles once stack traces name the source (after the module's `started`).
 */
export function runServerBundle(file, hash, dirs = cacheDirs()) {
  const name = hash === undefined ? undefined : cacheName(hash);
  const cachedData = name === undefined ? undefined : readCache(dirs, name);
  // The wrapper on a line of its own and lineOffset -1: the bundle's lines and columns are the
  // file's, which its source map describes.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`,
    {
      filename: file,
      lineOffset: -1,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    },
  );
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  module.loaded = true;
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  // Once started: reading the 4.7 MB map took 25-45 ms of the start's main thread, and until a
  // stack trace is printed nothing needs it (a start's failure is reported by its message).
  const mapped = Promise.resolve(module.exports.started).then(
    () => registerSourceMap(file),
    () => registerSourceMap(file),
  );
  // After the start (the first 200 of /health/ready may be on its way: a turn later), so the
  // cache holds what the start compiled. A server that fails to start exits before.
  const saved =
    name === undefined || cached
      ? undefined
      : Promise.resolve(module.exports.started)
          .then(() => new Promise((resolve) => setImmediate(resolve)))
          .then(() => writeCache(dirs, name, script.createCachedData()));
  return { exports: module.exports, cached, saved, mapped };
}

/** Keeps the registration below alive: Node drops a module's source map with the module. */
const sourceMapHolders = [];

/**
 * Stack traces name the TypeScript source (process.setSourceMapsEnabled) only for code Node's own
 * loaders compiled: Node registers a file's source map as its CommonJS loader compiles it, so an
 * empty module of the same file name that points at the map registers it for the bundle.
 */
function registerSourceMap(file) {
  if (!process.sourceMapsEnabled) return;
  const holder = new Module(file);
  holder._compile(`//# sourceMappingURL=${path.basename(file)}.map`, file);
  sourceMapHolders.push(holder);
}
