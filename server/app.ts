// Composes the HTTP application in a fixed order: framework setup, external plugins,
// cross-cutting hooks and the background workers (workers.ts), then feature routes. The services
// (services.ts) and the database come in; nothing reads the environment here.
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { carryOutPlan, offlineAgent } from '../rules-assistant/index.js';
import { accountRoutes } from './features/accounts/accounts.routes.js';
import { authRoutes } from './features/accounts/auth.routes.js';
import { ssoOption } from './features/accounts/sso.js';
import { serverModel } from './features/admin/admin.model.js';
import { adminRoutes } from './features/admin/admin.routes.js';
import { apiKeyRoutes } from './features/apikeys/apikeys.routes.js';
import { caldavRoutes } from './features/caldav/caldav.routes.js';
import { chatRoutes } from './features/chat/chat.routes.js';
import { eventRoutes } from './features/events/events.routes.js';
import { feedManagementRoutes, feedRoutes } from './features/feeds/feeds.routes.js';
import { filterRoutes } from './features/filters/filters.routes.js';
import { listRoutes } from './features/lists/lists.routes.js';
import { mcpRoutes } from './features/mcp/mcp.routes.js';
import { notificationRoutes } from './features/notifications/notifications.routes.js';
import { inboxFrames } from './features/notifications/notifications.stream.js';
import { pushRoutes } from './features/push/push.routes.js';
import { reminderRoutes } from './features/reminders/reminders.routes.js';
import { sectionRoutes } from './features/sections/sections.routes.js';
import { settingsRoutes } from './features/settings/settings.routes.js';
import { sharingRoutes } from './features/sharing/sharing.routes.js';
import { tagRoutes } from './features/tags/tags.routes.js';
import { taskRoutes } from './features/tasks/tasks.routes.js';
import { transferRoutes } from './features/transfer/transfer.routes.js';
import { webhookRoutes } from './features/webhooks/webhooks.routes.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { allowNamedStatements } from './platform/db/prepared.js';
import { AppError, RETRY_AFTER_SECONDS } from './platform/errors.js';
import { healthRoutes } from './platform/health/health.routes.js';
import { serializeError } from './platform/http/log.js';
import { openApiTransform, openApiTransformObject } from './platform/http/openapi.js';
import { frameworkErrors, registerProblemHandlers } from './platform/http/problem.js';
import { serializerCompiler } from './platform/http/serializer.js';
import { refuseUnstorableText } from './platform/http/storable.js';
import { Metrics } from './platform/metrics/metrics.js';
import { metricsRoutes } from './platform/metrics/metrics.routes.js';
import { webApp } from './platform/web/static.js';
import type { Services } from './services.js';
import { runWorkers } from './workers.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  services: Services;
}

export const API_VERSION = '0.1.0';

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

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is answered while the app drains (the health probes); others get a 503. */
    answersWhileDraining?: boolean;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp({ config, database, services }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Belt and braces: request logs never carry credentials even if a header is logged.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      serializers: { err: serializeError },
    },
    // We write our own single line per request (onResponse hook below).
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: config.bodyLimitBytes,
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

  // External plugins.
  await app.register(helmet, {
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
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Doable API',
        version: API_VERSION,
        description:
          'Tasks for many users, each isolated. Errors are RFC 9457 application/problem+json with a stable error_code.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the instance that serves the document, whatever its address or proxy path.
      servers: [{ url: '/', description: 'The instance serving this document' }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A JWT from GET /api/auth/token, HS256 signed with BETTER_AUTH_SECRET, or one verified against JWKS_URL; or an API key (dbl_...)',
          },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key (dbl_...)' },
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'better-auth.session_token',
            description: 'The web session from POST /api/auth/sign-in/email; writes need a trusted Origin',
          },
        },
      },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // Swagger UI sets inline styles; without this the docs page logs a CSP violation on every load.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });

  // Cross-cutting hooks: request id echo, and per request one log line and one histogram sample
  // (and one span, with OTEL_EXPORTER_OTLP_ENDPOINT).
  // OpenTelemetry loads only when tracing is on: a start without it does not pay for its modules.
  if (config.tracing)
    (await import('./platform/telemetry/tracing.js')).traceRequests(app, config.tracing, API_VERSION);
  const metrics = new Metrics(database);
  app.decorateRequest('userId', '');
  app.decorateRequest('credential', '');
  app.decorateRequest('sessionId', '');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Text Postgres cannot store (NUL, lone surrogates) is refused for every route, Better Auth's too.
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw path: bounded labels, and no ids in the metrics.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    request.log.info(
      {
        userId: request.userId || undefined,
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request',
    );
  });

  // Background workers start when the app is ready and stop when it closes.
  const { hub } = runWorkers(app, { config, database, services });

  // Routes.
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { database, draining });
  await app.register(metricsRoutes, { metrics, token: config.metricsToken });
  const { authenticator, limiter } = services;
  services.authLog.logger = app.log;
  await app.register(authRoutes, {
    prefix: '/api/auth',
    auth: services.auth,
    appUrl: config.appUrl,
    limiter,
    attemptsPerMinute: config.rateLimits.authPerMinute,
    bodyLimit: config.bodyLimitBytes,
    signup: config.signup,
    sendsEmail: config.mail !== undefined,
    sso: ssoOption(config),
    db: database.db,
  });
  await app.register(accountRoutes, {
    prefix: '/api/me',
    db: database.db,
    authenticator,
    passwords: services.passwords,
    limiter,
    attemptsPerMinute: config.rateLimits.authPerMinute,
  });
  await app.register(adminRoutes, {
    prefix: '/api/admin',
    db: database.db,
    backups: services.backups,
    signup: config.signup,
    appUrl: config.appUrl,
    authenticator,
    model: { environment: config.model, keys: services.modelKeys },
    emails: config.mail
      ? {
          passwordReset: async (email) => {
            await services.auth.api.requestPasswordReset({ body: { email } });
          },
          verification: async (email) => {
            await services.auth.api.sendVerificationEmail({ body: { email } });
          },
        }
      : undefined,
  });
  await app.register(mcpRoutes, { db: database.db, authenticator });
  // Every route under /api/{user_id}: the caller is authenticated once for the whole scope.
  await app.register(
    async (api) => {
      api.addHook('onRequest', authenticator.hook);
      const db = database.db;
      await api.register(apiKeyRoutes, { prefix: '/api-keys', db });
      await api.register(taskRoutes, { prefix: '/tasks', db });
      await api.register(transferRoutes, { db });
      await api.register(eventRoutes, {
        db,
        hub,
        heartbeatMs: config.eventsHeartbeatSeconds * 1000,
        ownFrames: (userId) => inboxFrames(database.db, userId),
      });
      await api.register(chatRoutes, {
        db,
        model: {
          builtin: offlineAgent,
          server: () => serverModel(database.db, config.model, services.modelKeys),
          allowPrivate: config.modelAllowPrivate,
          keys: services.modelKeys,
          carryOutPlan,
        },
      });
      await api.register(webhookRoutes, {
        prefix: '/webhooks',
        db,
        policy: { allowPrivate: config.webhooks.allowPrivate },
        secrets: services.webhookSecrets,
      });
      await api.register(pushRoutes, {
        prefix: '/push-subscriptions',
        db,
        policy: { allowPrivate: config.push.allowPrivate },
        keys: services.vapid,
      });
      await api.register(reminderRoutes, { prefix: '/reminders', db });
      await api.register(listRoutes, { prefix: '/lists', db });
      await api.register(sectionRoutes, { prefix: '/sections', db });
      await api.register(sharingRoutes, { db, appUrl: config.appUrl });
      await api.register(tagRoutes, { prefix: '/tags', db });
      await api.register(filterRoutes, { prefix: '/filters', db });
      await api.register(notificationRoutes, { prefix: '/notifications', db });
      await api.register(settingsRoutes, {
        prefix: '/settings',
        db,
        emailAvailable: config.mail !== undefined,
      });
      await api.register(feedManagementRoutes, { prefix: '/calendar-feeds', db, appUrl: config.appUrl });
    },
    { prefix: '/api/:user_id' },
  );
  await app.register(feedRoutes, { db: database.db, limiter, appUrl: config.appUrl });
  // The web app last: its catch-all GET only answers what no route above claims.
  await app.register(caldavRoutes, { db: database.db, authenticator });
  await app.register(webApp);

  // Connections the services opened (Redis) close with the app; the database belongs to the caller.
  app.addHook('onClose', () => services.close());
  return app;
}
