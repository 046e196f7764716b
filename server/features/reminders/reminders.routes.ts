// REST adapter for the reminders list, mounted at /api/:user_id/reminders.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { ReminderListSchema, RemindersQuerySchema } from './reminders.schema.js';
import { listReminders } from './reminders.service.js';

export const reminderRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['Tasks'],
        security: AUTHENTICATED,
        operationId: 'listReminders',
        summary: 'Your reminders across tasks: coming, or fired (the ones missed while away)',
        description:
          'state=pending: the reminders still to fire on your open tasks (yours not assigned to someone else, and ' +
          'those assigned to you), soonest first. state=sent: the reminders that reached you since `since`, newest ' +
          'first, with the task as it was then.',
        params: UserParamsSchema,
        querystring: RemindersQuerySchema,
        response: { 200: ReminderListSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => listReminders(db, request.userId, request.query),
  );
};
