// The server as plain JavaScript for `npm start` (docs/decisions/0111-npm-start-runs-a-build.md):
// esbuild bundles our TypeScript (server/) and the packages it imports into build/server/bundle, so a start
// loads a few dozen files instead of ~150 modules through tsx's loader and ~1,000 package modules
// through Node's (docs/decisions/0133-server-bundle-includes-its-packages.md). Made by `npm install` (the `prepare` script)
// and the image build; `npm start` (server/launch/start.mjs) checks it against the source first and
// rebuilds it when any file it was built from changed, so a pulled or edited checkout never runs
// stale code. Plain JavaScript itself: it must run without tsx.
//
// `node server/launch/build-server.mjs` builds; `ensureServerBuild()` builds only when stale.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Three levels below the root, like server/platform/<folder>/ and server/features/<name>/: the
 * modules' paths relative to their own file (`../../../drizzle`, `../../../web/dist`,
 * `../../../node_modules/.cache/doable`) hold in the bundle too.
 */
export const BUILD_DIR = path.join(ROOT, 'build/server/bundle');
/** What a build was made from (inputs.json in it): each input's modification time (ms), to tell a stale build. */
const inputsFile = (dir) => path.join(dir, 'inputs.json');

/**
 * The server's main thread, one CommonJS file (main.cjs) that server/launch/run-server.mjs compiles
 * through V8's code cache (docs/decisions/0121-start-order.md).
 */
export const MAIN_BUNDLE = 'main.cjs';
/** The workers the server starts by file name next to itself: ES modules, as before. */
const WORKER_ENTRY_POINTS = {
  'pglite.worker': 'server/platform/db/pglite.worker.ts',
  'transfer.worker': 'server/features/transfer/transfer.worker.ts',
};

/**
 * The operator's commands (`npm run backup`, `npm run admin`, ...), run by server/launch/cli.mjs
 * from this build as `npm start` runs the server: from source through tsx each took about five
 * seconds of CPU to load before it did anything, from here a fraction of one.
 */
export const CLI_ENTRY_POINTS = {
  admin: 'server/cli/admin.ts',
  backup: 'server/cli/backup.ts',
  migrate: 'server/cli/migrate.ts',
  'reset-password': 'server/cli/reset-password.ts',
  template: 'server/cli/template.ts',
  token: 'server/cli/token.ts',
};

/**
 * Packages left to Node's loader: each finds files beside its own module at run time (PGlite its
 * WebAssembly and file-system bundle, swagger-ui its static files, pino its transport worker),
 * which a bundle would move away from them. ioredis loads only with REDIS_URL. Their subpaths
 * (`@electric-sql/pglite/contrib/unaccent`) stay external too.
 */
const EXTERNAL_PACKAGES = [
  '@electric-sql/pglite',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'pino',
  'thread-stream',
  'ioredis',
];

/**
 * Bundled CommonJS packages call `require` for Node's own modules; an ES module has none, so each
 * output file makes one.
 */
const REQUIRE_BANNER =
  "import { createRequire as __doableRequire } from 'node:module'; const require = __doableRequire(import.meta.url);";

/**
 * esbuild as tsx carries it (tsx is a dependency, in the image too): no dependency of our own
 * for the one call below.
 */
function esbuild() {
  return createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
}

/** Builds the server into `dir` (build/server/bundle; a test's build, three levels down too). */
export async function buildServer(dir = BUILD_DIR) {
  // Built beside its place (three levels down too), then swapped in: a start reading the build never
  // sees half of one, and two starts rebuilding at once each put a whole one in place.
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    outdir: partial,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    tsconfig: 'tsconfig.json',
    sourcemap: 'linked',
    // Stack traces need the mappings, not the sources: Node parses every map at load, and the
    // packages' sources made them 21 MB instead of 12.
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning',
  };
  const results = await Promise.all([
    esbuild().build({
      ...common,
      entryPoints: WORKER_ENTRY_POINTS,
      splitting: true,
      format: 'esm',
      banner: { js: REQUIRE_BANNER },
    }),
    // The commands: ES modules sharing chunks of their own (the workers' files stay as they were).
    esbuild().build({
      ...common,
      entryPoints: CLI_ENTRY_POINTS,
      chunkNames: 'cli-chunk-[hash]',
      splitting: true,
      format: 'esm',
      banner: { js: REQUIRE_BANNER },
    }),
    // One file (a CommonJS bundle has no chunks): the modules the server imports later (`import()`)
    // are in it too, each evaluated when first imported, as esbuild wraps them. The code is strict
    // as the ES modules were, and `import.meta.url` is the bundle's own URL: in build/server/bundle like
    // the chunks', so the paths relative to it hold.
    esbuild().build({
      ...common,
      entryPoints: { main: 'server/main.ts' },
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      define: { 'import.meta.url': '__doableImportMetaUrl' },
      banner: {
        js: "'use strict'; const __doableImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
      },
    }),
  ]);
  const inputs = {};
  for (const file of [
    ...sourceInputs(results.flatMap((result) => Object.keys(result.metafile.inputs))),
    'tsconfig.json',
    'server/launch/build-server.mjs',
  ]) {
    inputs[file] = Math.floor(statSync(path.join(ROOT, file)).mtimeMs);
  }
  // The main bundle's hash names its code cache: a cache is only ever used with the code it was made from.
  const main = createHash('sha256')
    .update(await readFile(path.join(partial, MAIN_BUNDLE)))
    .digest('base64url')
    .slice(0, 32);
  await writeFile(inputsFile(partial), `${JSON.stringify({ inputs, main })}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
}

/**
 * The files a build is checked against: our own, and for each bundled package its package.json
 * (npm writes it anew with every install or update of that package), not its ~1,800 modules one by
 * one, which would take a start 20-30 ms of `stat`s. A file edited by hand inside node_modules
 * needs `npm run build:server`.
 */
function sourceInputs(files) {
  const kept = new Set();
  for (const file of files) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
    kept.add(match ? `${match[1]}/package.json` : file);
  }
  return kept;
}

/** Whether build/server/bundle (or `dir`) exists and every file it was made from is unchanged since. */
export function serverBuildIsCurrent(dir = BUILD_DIR) {
  return currentBuildHash(dir) !== undefined;
}

/** The main bundle's hash (its code cache's name) when build/server/bundle is current, else undefined. */
function currentBuildHash(dir) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(inputsFile(dir), 'utf8'));
  } catch {
    return undefined;
  }
  // A build from before the main bundle was CommonJS is stale too.
  if (typeof recorded.main !== 'string') return undefined;
  for (const [file, mtimeMs] of Object.entries(recorded.inputs)) {
    try {
      if (Math.floor(statSync(path.join(ROOT, file)).mtimeMs) !== mtimeMs) return undefined;
    } catch {
      return undefined;
    }
  }
  return recorded.main;
}

/**
 * Builds the server when build/server/bundle is missing or older than its source; answers the main
 * bundle's path and hash.
 */
export async function ensureServerBuild(dir = BUILD_DIR) {
  let hash = currentBuildHash(dir);
  if (hash === undefined) {
    const started = performance.now();
    await buildServer(dir);
    console.error(
      `Doable: built the server from its source (${path.relative(ROOT, dir)}) in ${Math.round(performance.now() - started)} ms`,
    );
    hash = currentBuildHash(dir);
  }
  return { file: path.join(dir, MAIN_BUNDLE), hash };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
}
