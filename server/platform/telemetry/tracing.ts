// Optional OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT): one server span per request, named by
// the route pattern, continuing the caller's trace when a W3C `traceparent` header comes in, sent in
// batches over OTLP/HTTP. Nothing is registered globally (several apps may share a process, as the
// tests do) and nothing identifying is recorded: the route pattern, never the path's ids or the
// query; the status; the user id only as the API's own `user_id` path parameter is never read.
import {
  defaultTextMapGetter,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';

export type TracingConfig = NonNullable<Config['tracing']>;

/** Adds request spans to the app and flushes them when it closes. */
export function traceRequests(app: FastifyInstance, config: TracingConfig, version: string): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName, 'service.version': version }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }))],
  });
  const tracer: Tracer = provider.getTracer('doable');
  const propagator = new W3CTraceContextPropagator();
  const spans = new WeakMap<FastifyRequest, Span>();

  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const parent = propagator.extract(ROOT_CONTEXT, request.headers, defaultTextMapGetter);
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': request.method,
          'http.route': route,
          'url.scheme': request.protocol,
          'doable.request_id': request.id,
        },
      },
      parent,
    );
    spans.set(request, span);
  });
  app.addHook('onError', async (request, _reply, error) => {
    // The error's class and code, not its message (a message may quote input).
    spans.get(request)?.setAttribute('error.type', (error as { code?: string }).code ?? error.name);
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  app.addHook('onClose', async () => {
    await provider.shutdown();
  });
}
