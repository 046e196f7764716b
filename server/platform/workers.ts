// The file a worker thread starts from. In the server's build (build/server/bundle) each worker is
// plain JavaScript beside the main bundle. Run from source (the tests, `npm run dev`) a worker is
// TypeScript, and a worker gets neither the main thread's loaders nor, on Node 20, a working
// --import: started through tsx's loader, each one compiled its few dozen modules again, about a
// second of CPU a worker (an import's, an embedded database's), dozens of times in a test run.
// Instead each worker is bundled by esbuild (as tsx carries it, like the build) once per process,
// its packages left to Node, into node_modules/.cache/doable-workers: three levels below the root,
// as the build's files are, so that a module's paths relative to itself hold there too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLES = new URL('../../node_modules/.cache/doable-workers/', import.meta.url);
const bundled = new Map<string, URL>();

interface EsbuildSync {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

/** esbuild as tsx carries it: no dependency of our own (server/launch/build-server.mjs does the same). */
function esbuild(): EsbuildSync {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('tsx/package.json'))('esbuild') as EsbuildSync;
}

/**
 * The URL to start the worker `name` (beside the module at `base`, its `import.meta.url`) from: in
 * the build its JavaScript file, from source its bundle, made on first use in this process (named
 * by its content, so processes share one file and an edit makes another).
 */
export function workerFile(name: string, base: string): URL {
  const url = new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
  if (!url.pathname.endsWith('.ts')) return url;
  const known = bundled.get(url.href);
  if (known) return known;
  const [output] = esbuild().buildSync({
    entryPoints: [fileURLToPath(url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load as Node loads them (from the root's node_modules, above the bundle); only our
    // own TypeScript is compiled, with `#shared/*` as package.json's imports map it.
    packages: 'external',
    alias: { '#shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
  }).outputFiles;
  const code = output!.text;
  const bundle = `${path.basename(url.pathname, '.ts')}-${createHash('sha256').update(code).digest('base64url').slice(0, 16)}.mjs`;
  const file = fileURLToPath(new URL(bundle, BUNDLES));
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written aside, then renamed: another process starting the same worker never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  const started = pathToFileURL(file);
  bundled.set(url.href, started);
  return started;
}
