// `npm start` runs the server's build (server/launch/build-server.mjs); a build older than any file it
// was made from is stale, so start rebuilds it rather than run old code.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { BUILD_DIR, ensureServerBuild, serverBuildIsCurrent } from '../server/launch/build-server.mjs';
// @ts-expect-error: plain JavaScript, as above.
import { runServerBundle } from '../server/launch/run-server.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Runs a build, answering what it said on stderr (a rebuild says so, as `npm start` shows it). */
async function build(): Promise<string> {
  const said: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    said.push(args.map(String).join(' '));
  };
  try {
    await ensureServerBuild();
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
    // The build may be stale when this starts (another suite's edit): that first build may speak.
    await build();
    expect(serverBuildIsCurrent()).toBe(true);
    const { inputs } = JSON.parse(readFileSync(path.join(BUILD_DIR, 'inputs.json'), 'utf8')) as {
      inputs: Record<string, number>;
    };
    expect(Object.keys(inputs)).toContain('server/main.ts');
    expect(Object.keys(inputs)).toContain('server/platform/db/pglite.worker.ts');
    // The packages are in the bundle, each checked by its package.json (an install rewrites it).
    expect(Object.keys(inputs)).toContain('node_modules/fastify/package.json');
    expect(Object.keys(inputs).filter((file) => file.startsWith('node_modules/fastify/'))).toEqual([
      'node_modules/fastify/package.json',
    ]);
    // A file touched (as an edit or a pull would) makes the build stale, and the next start's
    // check builds it again. The time is not put back: a Date round-trips through utimes as float
    // seconds, which can land a fraction of a millisecond off and would itself count as a change.
    const file = path.join(root, 'server/platform/errors.ts');
    const { atime, mtime } = statSync(file);
    utimesSync(file, atime, new Date(Math.max(Date.now(), mtime.getTime() + 1000)));
    expect(serverBuildIsCurrent()).toBe(false);
    // The rebuild says so on stderr, as `npm start` shows it.
    expect(await build()).toMatch(/built the server from its source/);
    expect(serverBuildIsCurrent()).toBe(true);

    // So does a package installed anew.
    const manifest = path.join(root, 'node_modules/fastify/package.json');
    const before = statSync(manifest);
    utimesSync(manifest, before.atime, new Date(Math.max(Date.now(), before.mtime.getTime() + 1000)));
    expect(serverBuildIsCurrent()).toBe(false);
    expect(await build()).toMatch(/built the server from its source/);
    expect(serverBuildIsCurrent()).toBe(true);
  }, 60_000);
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
  }, 60_000);
});
