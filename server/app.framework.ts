// Framework setup: the Fastify instance (logger, request ids, body limit, proxies), JSON-only
// parsing, zod validation and serialization, the problem+json error handlers, security headers
// and CORS, and the drain on close.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { allowNamedStatements } from './platform/db/prepared.js';
import { AppError, RETRY_AFTER_SECONDS } from './platform/errors.js';
import { serializeError } from './platform/http/log.js';
import { frameworkErrors, registerProblemHandlers } from './platform/http/problem.js';
import { serializerCompiler } from './platform/http/serializer.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is answered while the app drains (the health probes); others get a 503. */
    answersWhileDraining?: boolean;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Graceful shutdown for keep-alive clients. From the start of `app.close()`: answers still to be
 * sent carry `Connection: close`, requests that arrive on a connection still open get a 503
 * problem with Retry-After, and connections left idle (after their answer, or an ended event
 * stream) are closed at once rather than after the keep-alive timeout, so close() resolves
 * right after the last answer.
 */
function drainOnClose(app: FastifyInstance): () => boolean {
  let draining = false;
  let reaper: NodeJS.Timeout | undefined;
  app.addHook('onRequest', async (request) => {
    // The probes answer for themselves: live stays 200, ready says it is draining.
    if (!draining || request.routeOptions.config?.answersWhileDraining) return;
    throw new AppError('SERVICE_UNAVAILABLE', 'The server is shutting down; retry shortly', {
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
  });
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });
  app.addHook('preClose', async () => {
    draining = true;
    reaper = setInterval(() => app.server.closeIdleConnections(), 50);
    reaper.unref();
  });
  app.addHook('onClose', async () => clearInterval(reaper));
  return () => draining;
}

/** The Fastify instance with its parsers, compilers and error handlers; `draining` tells a closing app. */
export function createFramework(config: Config, database: DatabaseHandle) {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Belt and braces: request logs never carry credentials even if a header is logged.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      serializers: { err: serializeError },
    },
    // We write our own single line per request (the onResponse hook of app.hooks.ts).
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
    // Starting up reads the web app's build and opens the database: on a busy 2-core machine that
    // took over Fastify's default 10 s per plugin. A plugin that truly hangs still fails, later.
    pluginTimeout: 120_000,
    // A hop count trusts that many proxies nearest to us: X-Forwarded-For entries beyond them are the client's word.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // Requests reaching a closing server get our own 503 problem (the drain hooks below).
    return503OnClosing: false,
    routerOptions: { maxParamLength: 512 },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  // Hot statements keep their plans per connection, unless a transaction pooler is in front
  // (DATABASE_DIRECT_URL set: docs/operations.md, "Behind PgBouncer").
  if (database.kind === 'server' && config.databaseDirectUrl === undefined) allowNamedStatements(database.db);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  const draining = drainOnClose(app);

  // JSON only: an empty JSON body means "no body" (e.g. PATCH .../complete to toggle).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    parseJson(request, body as string, done);
  });
  return { app, draining };
}

/**
 * The security headers every response carries: helmet's, with the API's CSP. They depend only on
 * the configuration, so helmet runs once here; the request path sets the finished headers
 * (@fastify/helmet built helmet's middleware again, CSP parsing included, for every request: 3-4% of
 * a task write's CPU in Node).
 */
export function securityHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  const apply = helmet({
    hsts: config.env === 'production',
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Self-hosters often serve plain http on a LAN; forcing https would break the app there.
        'upgrade-insecure-requests': null,
      },
    },
  });
  apply({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Security headers (helmet's, with the API's CSP) and CORS for the configured origins. */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(cors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
    exposedHeaders: [
      'location',
      'x-request-id',
      'www-authenticate',
      'retry-after',
      'ratelimit',
      'ratelimit-policy',
    ],
    maxAge: 600,
  });
}
