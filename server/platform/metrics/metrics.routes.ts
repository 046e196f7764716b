// GET /metrics: the Prometheus exposition of this instance, for an operator's scraper, not for
// users. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`; unset, it answers only a
// scraper on this machine: a loopback connection that no proxy forwarded (docs/operations.md).
// Text, not JSON, so it stays out of the OpenAPI document.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { problemResponses } from '../http/problem.js';
import type { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Whether the request comes from this machine itself: over loopback, as the client address says
 * (behind trusted proxies, the address they give) and as the connection says, and not forwarded by
 * a proxy (a reverse proxy on the same machine connects over loopback for everyone).
 */
function fromThisMachine(request: FastifyRequest): boolean {
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.test(request.ip) && LOOPBACK.test(request.socket.remoteAddress ?? '');
}

export interface MetricsRouteOptions {
  metrics: Metrics;
  /** The bearer token scrapers must send; undefined: only this machine may scrape. */
  token: string | undefined;
}

// Not the zod type provider: the 200 is text, which no response schema describes.
export const metricsRoutes: FastifyPluginAsync<MetricsRouteOptions> = async (app, { metrics, token }) => {
  // Compared as digests of equal length, in constant time: the answer time says nothing of the token.
  const expected = token === undefined ? undefined : digest(token);
  app.get(
    '/metrics',
    {
      schema: {
        hide: true,
        operationId: 'getMetrics',
        tags: ['Operations'],
        summary:
          'Prometheus metrics of this instance (text; METRICS_TOKEN bearer when set, else loopback only)',
        response: { ...problemResponses(401, 403, 500) },
      },
    },
    async (request, reply) => {
      if (!expected && !fromThisMachine(request)) {
        throw new AppError(
          'AUTH_FORBIDDEN',
          'Metrics are served only to this machine (loopback, not through a proxy) unless METRICS_TOKEN is set: set it and send it as a bearer token',
        );
      }
      if (expected) {
        const header = request.headers.authorization;
        if (!header) throw new AppError('AUTH_MISSING', 'Metrics need the METRICS_TOKEN bearer token');
        const given = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
        if (!timingSafeEqual(digest(given), expected)) {
          throw new AppError('AUTH_INVALID', 'The metrics token is not valid');
        }
      }
      const { contentType, text } = await metrics.scrape();
      return reply.type(contentType).header('cache-control', 'no-store').send(text);
    },
  );
};
