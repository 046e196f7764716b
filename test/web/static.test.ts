// The web app is served by the same server: files by path, index.html for page navigations to
// client routes, and the problem+json 404 everywhere else (unknown API paths above all).
import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandlers } from '../../server/platform/http/problem.js';
import { gzip, writeGzippedCopies } from '../../server/platform/web/compress.js';
import { webApp } from '../../server/platform/web/static.js';

const INDEX = '<!doctype html><title>Doable</title><script type="module" src="/assets/app-1.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

async function serve(root: string): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify();
  registerProblemHandlers(app);
  app.get('/api/me', async () => ({ id: 'me' }));
  await app.register(webApp, { root });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

describe('the web app on the API server', () => {
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'doable-web-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), INDEX);
    await writeFile(path.join(root, 'assets', 'app-1.js'), SCRIPT);
    await writeFile(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    ({ app, url } = await serve(root));
  });
  afterAll(() => app.close());

  it('serves index.html at / and for page navigations to client routes', async () => {
    for (const [p, accept] of [
      ['/', '*/*'],
      ['/settings', 'text/html,application/xhtml+xml'],
      ['/signin?next=%2F', 'text/html'],
    ] as const) {
      const res = await fetch(url + p, { headers: { accept } });
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets gzipped and cached for good, with ETags and 304', async () => {
    const res = await fetch(`${url}/assets/app-1.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe(SCRIPT);
    const again = await fetch(`${url}/assets/app-1.js`, {
      headers: { 'if-none-match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const plain = await fetch(`${url}/favicon.svg`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-type')).toBe('image/svg+xml');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('keeps the problem+json 404 for unknown API paths, missing assets and non-page requests', async () => {
    for (const [p, accept] of [
      ['/api/nope', 'text/html'],
      ['/api/me/nothing', 'application/json'],
      ['/docs/missing', 'text/html'],
      ['/assets/missing.js', 'text/html'],
      ['/nope', '*/*'],
    ] as const) {
      const res = await fetch(url + p, { headers: { accept } });
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toContain('application/problem+json');
      expect(((await res.json()) as { error_code: string }).error_code).toBe('NOT_FOUND');
    }
    expect((await fetch(`${url}/api/me`)).status).toBe(200);
  });

  it('runs without the app when it is not built', async () => {
    const bare = await serve(path.join(tmpdir(), 'doable-web-not-built-here'));
    try {
      const res = await fetch(`${bare.url}/`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(404);
    } finally {
      await bare.app.close();
    }
  });

  it("serves the build's gzipped copies, not an outdated one, and never a copy as a file of its own", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'doable-web-gzipped-'));
    await mkdir(path.join(root, 'assets'));
    await writeFile(path.join(root, 'index.html'), INDEX);
    await writeFile(path.join(root, 'assets', 'app-1.js'), SCRIPT);
    await writeFile(path.join(root, 'assets', 'app-2.js'), SCRIPT);
    // What `npm run build:web` writes: a copy of each compressible file (not of the small index).
    expect(await writeGzippedCopies(root)).toBe(2);
    // A copy the server would not make itself shows which one it served; app-2.js is edited
    // after its copy was written, so its copy is outdated and compressed anew.
    const marked = `${SCRIPT}// from the build`;
    await writeFile(path.join(root, 'assets', 'app-1.js.gz'), gzip(Buffer.from(marked)));
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(root, 'assets', 'app-2.js.gz'), old, old);
    const built = await serve(root);
    try {
      const gzipped = { headers: { 'accept-encoding': 'gzip' } };
      expect(await (await fetch(`${built.url}/assets/app-1.js`, gzipped)).text()).toBe(marked);
      expect(await (await fetch(`${built.url}/assets/app-2.js`, gzipped)).text()).toBe(SCRIPT);
      const plain = { headers: { 'accept-encoding': 'identity' } };
      expect(await (await fetch(`${built.url}/assets/app-1.js`, plain)).text()).toBe(SCRIPT);
      expect((await fetch(`${built.url}/assets/app-1.js.gz`)).status).toBe(404);
    } finally {
      await built.app.close();
    }
  });
});
