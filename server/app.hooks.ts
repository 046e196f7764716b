// Cross-cutting hooks of every request: the request id echoed, text Postgres cannot store
// refused, and per request one log line and one histogram sample (and one span, with
// OTEL_EXPORTER_OTLP_ENDPOINT). The authentication hook is the API scope's (app.routes.ts).
import type { FastifyInstance } from 'fastify';
import { API_VERSION } from './app.openapi.js';
import type { Config } from './platform/config.js';
import { refuseUnstorableText } from './platform/http/storable.js';
import type { Metrics } from './platform/metrics/metrics.js';

export async function registerHooks(app: FastifyInstance, config: Config, metrics: Metrics): Promise<void> {
  // OpenTelemetry loads only when tracing is on: a start without it does not pay for its modules.
  if (config.tracing)
    (await import('./platform/telemetry/tracing.js')).traceRequests(app, config.tracing, API_VERSION);
  app.decorateRequest('userId', '');
  app.decorateRequest('credential', '');
  app.decorateRequest('sessionId', '');
  app.decorateRequest('credentialId', '');
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
}
