// The probes: `/health` (the database answers), `/health/live` (the process answers, for a
// liveness probe) and `/health/ready` (send me traffic: the database answers and the instance is
// not draining, for a readiness probe or a load balancer). None needs a credential or says more
// than which check failed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { AppError } from '../errors.js';
import { problemResponses } from '../http/problem.js';

const HealthSchema = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) });
const LiveSchema = z.object({ status: z.literal('live') });
const ReadySchema = z.object({ status: z.literal('ready'), database: z.enum(['embedded', 'server']) });

/** How long readiness waits for the database: below a probe's usual 1-2 s timeout. */
export const READY_DATABASE_TIMEOUT_MS = 1000;

/** No credential: the probes are public (an empty OpenAPI security requirement says so). */
const PUBLIC: Record<string, string[]>[] = [];

export interface HealthOptions {
  database: DatabaseHandle;
  /** Whether the instance is draining (app.close() began: SIGTERM). */
  draining: () => boolean;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, { database, draining }) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['Health'],
        summary: 'Liveness and database check (no auth)',
        security: PUBLIC,
        response: { 200: HealthSchema, ...problemResponses(503) },
      },
    },
    async () => {
      try {
        await database.ping();
      } catch (error) {
        throw new AppError('DATABASE_ERROR', 'The database does not answer', { cause: error });
      }
      return { status: 'ok' as const, database: database.kind };
    },
  );

  // Answered by the event loop alone: no database call, so a database outage never gets a
  // healthy process restarted. It answers while draining too (the drain hook lets probes through).
  app.get(
    '/health/live',
    {
      config: { answersWhileDraining: true },
      schema: {
        operationId: 'getLiveness',
        tags: ['Health'],
        summary: 'Liveness probe: the process and its event loop answer (no auth, no database)',
        security: PUBLIC,
        response: { 200: LiveSchema, ...problemResponses(503) },
      },
    },
    async () => ({ status: 'live' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { answersWhileDraining: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['Health'],
        summary: 'Readiness probe: the database answers and the instance is not shutting down (no auth)',
        description: `503 with a problem naming the failed check: draining (SERVICE_UNAVAILABLE) or the database not answering within ${READY_DATABASE_TIMEOUT_MS} ms (DATABASE_ERROR).`,
        security: PUBLIC,
        response: { 200: ReadySchema, ...problemResponses(503) },
      },
    },
    async () => {
      if (draining()) {
        throw new AppError('SERVICE_UNAVAILABLE', 'Not ready: draining (the instance is shutting down)');
      }
      try {
        await database.ping(READY_DATABASE_TIMEOUT_MS);
      } catch (error) {
        throw new AppError(
          'DATABASE_ERROR',
          `Not ready: database (no answer within ${READY_DATABASE_TIMEOUT_MS} ms)`,
          { cause: error },
        );
      }
      // Shutdown may have begun while the database was asked.
      if (draining()) {
        throw new AppError('SERVICE_UNAVAILABLE', 'Not ready: draining (the instance is shutting down)');
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );
};
