// `npm start` and the operator's commands run the server's build (server/launch/build-server.mjs); a
// build older than any file it was made from is stale, so they rebuild it rather than run old code.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { ensureServerBuild, serverBuildIsCurrent } from '../server/launch/build-server.mjs';
// @ts-expect-error: plain JavaScript, as above.
import { runServerBundle } from '../server/launch/run-server.mjs';

const root = path.resolve(import.meta.dirname, '..');

/**
 * A build of this suite's own, three levels below the root as build/server/bundle is (the build's
 * relative paths hold there): the real one is left to the other suites' processes, which start
 * from it meanwhile.
 */
const dir = path.join(root, `build/server/test-${process.pid}`);

/** Runs a build, answering what it said on stderr (a rebuild says so, as `npm start` shows it). */
async function build(): Promise<string> {
  const said: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    said.push(args.map(String).join(' '));
  };
  try {
    await ensureServerBuild(dir);
  } finally {
    console.error = original;
  }
  return said.join('\n');
}

/** esbuild (tsx's) builds `dir`/entry.ts as the build makes main.cjs: CommonJS, a linked map. */
async function buildFixture(dir: string): Promise<void> {
  const require = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  const esbuild = require('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(dir, 'entry.ts')],
    outfile: path.join(dir, 'entry.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
}

describe('the server build', () => {
  it('is current after a build and stale once a file it was made from changes', async () => {
    try {
      expect(await build()).toMatch(/built the server from its source/);
      expect(serverBuildIsCurrent(dir)).toBe(true);
      const inputsFile = path.join(dir, 'inputs.json');
      const recorded = JSON.parse(readFileSync(inputsFile, 'utf8')) as { inputs: Record<string, number> };
      const { inputs } = recorded;
      expect(Object.keys(inputs)).toContain('server/main.ts');
      expect(Object.keys(inputs)).toContain('server/platform/db/pglite.worker.ts');
      expect(Object.keys(inputs)).toContain('server/cli/backup.ts');
      // The packages are in the bundle, each checked by its package.json (an install rewrites it).
      expect(Object.keys(inputs)).toContain('node_modules/fastify/package.json');
      expect(Object.keys(inputs).filter((file) => file.startsWith('node_modules/fastify/'))).toEqual([
        'node_modules/fastify/package.json',
      ]);
      // The modification times recorded are the files' own.
      const errors = path.join(root, 'server/platform/errors.ts');
      expect(inputs['server/platform/errors.ts']).toBe(Math.floor(statSync(errors).mtimeMs));
      // A file whose time differs from the one recorded (an edit, a pull) makes the build stale, and
      // the next start's check builds it again; it says so on stderr, as `npm start` shows it. (The
      // record is changed, not the file: touching a source would make the real build stale under
      // the other suites' processes.)
      const changed = (file: string) =>
        writeFileSync(
          inputsFile,
          JSON.stringify({ ...recorded, inputs: { ...inputs, [file]: (inputs[file] ?? 0) - 1000 } }),
        );
      changed('server/platform/errors.ts');
      expect(serverBuildIsCurrent(dir)).toBe(false);
      expect(await build()).toMatch(/built the server from its source/);
      expect(serverBuildIsCurrent(dir)).toBe(true);
      // So does a package installed anew.
      changed('node_modules/fastify/package.json');
      expect(serverBuildIsCurrent(dir)).toBe(false);
      expect(await build()).toMatch(/built the server from its source/);
      expect(serverBuildIsCurrent(dir)).toBe(true);
      // A current build is not built again.
      expect(await build()).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Three builds of the whole server: 56 s with the machine shared (load 15), near the old 60 s.
  }, 180_000);
});

describe('the main bundle through the code cache', () => {
  it('runs as CommonJS, saves a cache once started, uses it next time, and maps stack traces to the source', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'doable-code-cache-'));
    try {
      // A bundle as the build makes one: CommonJS with a linked source map, exporting `started`.
      writeFileSync(
        path.join(dir, 'entry.ts'),
        [
          'export const started: Promise<void> = Promise.resolve();',
          'export function fails(): never {',
          "  throw new Error('from the source');",
          '}',
          '',
        ].join('\n'),
      );
      await buildFixture(dir);
      const file = path.join(dir, 'entry.cjs');
      const cacheDir = path.join(dir, 'cache');
      const first = runServerBundle(file, 'fixture', [cacheDir]);
      expect(first.cached).toBe(false);
      await first.saved;
      expect(readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'))).toHaveLength(1);
      const second = runServerBundle(file, 'fixture', [cacheDir]);
      expect(second.cached).toBe(true);
      expect(second.saved).toBeUndefined();
      // Stack traces name the TypeScript file and line, as the ES modules' did, once started.
      await second.mapped;
      expect(() => second.exports.fails()).toThrow('from the source');
      try {
        second.exports.fails();
      } catch (error) {
        expect((error as Error).stack).toMatch(/entry\.ts:3:/);
      }
      // Another build's cache is not used, and is replaced.
      const third = runServerBundle(file, 'another', [cacheDir]);
      expect(third.cached).toBe(false);
      await third.saved;
      expect(readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'))).toEqual([
        expect.stringMatching(/^server-another-/),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Three builds of the whole server: 56 s with the machine shared (load 15), near the old 60 s.
  }, 180_000);
});
