// GET /metrics: the Prometheus exposition of this instance, for an operator's scraper, not for
// users. With METRICS_TOKEN set it needs `Authorization: Bearer <token>`; unset, it is open
// (docs/operations.md). Text, not JSON, so it stays out of the OpenAPI document.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../errors.js';
import { problemResponses } from '../http/problem.js';
import type { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface MetricsRouteOptions {
  metrics: Metrics;
  /** The bearer token scrapers must send; undefined leaves the route open. */
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
        summary: 'Prometheus metrics of this instance (text; METRICS_TOKEN bearer when set)',
        response: { ...problemResponses(401, 500) },
      },
    },
    async (request, reply) => {
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
