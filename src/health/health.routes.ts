// Liveness that means something: 200 only when the database answers.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { AppError } from '../errors.js';
import { problemResponses } from '../http/problem.js';

const HealthSchema = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) });

export const healthRoutes: FastifyPluginAsyncZod<{ database: DatabaseHandle }> = async (
  app,
  { database },
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['Health'],
        summary: 'Liveness and database check (no auth)',
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
};
