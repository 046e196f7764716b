// Serves the built web app (web/dist) from this same server: files by path, and index.html for
// page navigations to client routes. API paths and non-page requests keep the problem+json 404.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { GZIPPED, gzip, isCompressible, listFiles } from './compress.js';

/** Where `npm run build:web` writes the app. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface WebAppOptions {
  /** The built app's directory; when it has no index.html the server runs without the app. */
  root?: string;
}

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  type: string;
  etag: string;
  cacheControl: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Paths the server owns: an unknown one is an API 404, never the app's page. */
const SERVER_PATHS = /^\/(api|docs|openapi\.json|health)(\/|$)/;

/**
 * The gzipped copy the web build wrote beside `full` (scripts/web-gzip.ts), unless it is older than the
 * file (edited since): the build compresses once instead of every start.
 */
async function gzippedCopy(full: string, listed: Set<string>): Promise<Buffer | undefined> {
  const copy = `${full}${GZIPPED}`;
  if (!listed.has(copy)) return undefined;
  const [file, gzipped] = await Promise.all([stat(full), stat(copy)]);
  return gzipped.mtimeMs >= file.mtimeMs ? readFile(copy) : undefined;
}

/** Reads the whole build into memory once (it is small): hashed assets are cached forever, the rest revalidated. */
async function loadBuild(root: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  let names: string[];
  try {
    names = await listFiles(root);
  } catch {
    return files;
  }
  const listed = new Set(names);
  for (const full of names) {
    // The build's own gzipped copy of a file (scripts/web-gzip.ts) is not a file of the app.
    if (full.endsWith(GZIPPED) && listed.has(full.slice(0, -GZIPPED.length))) continue;
    const rel = `/${path.relative(root, full).split(path.sep).join('/')}`;
    const ext = path.extname(full);
    const body = await readFile(full);
    files.set(rel, {
      body,
      gzipped: isCompressible(full, body.length)
        ? ((await gzippedCopy(full, listed)) ?? gzip(body))
        : undefined,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return files;
}

function send(request: FastifyRequest, reply: FastifyReply, file: StaticFile) {
  reply
    .header('content-type', file.type)
    .header('cache-control', file.cacheControl)
    .header('etag', file.etag);
  if (file.gzipped) reply.header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  if (file.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(file.gzipped);
  }
  return reply.send(file.body);
}

export const webApp: FastifyPluginAsync<WebAppOptions> = async (app, options) => {
  const files = await loadBuild(options.root ?? WEB_DIST);
  const index = files.get('/index.html');
  if (!index) {
    app.log.warn('the web app is not built (web/dist); run `npm run build:web` to serve it at /');
    return;
  }
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      decoded = pathname;
    }
    const file = files.get(decoded);
    if (file && decoded !== '/index.html') return send(request, reply, file);
    // A page navigation (the browser asks for HTML) to a client route gets the app; a script or
    // an API client asking for an unknown path gets the same 404 as any unknown route.
    const wantsPage = pathname === '/' || /\btext\/html\b/.test(String(request.headers.accept ?? ''));
    if (wantsPage && !SERVER_PATHS.test(pathname) && !decoded.startsWith('/assets/')) {
      return send(request, reply, index);
    }
    throw new AppError('NOT_FOUND', `No route for ${request.method} ${pathname}`);
  });
};
