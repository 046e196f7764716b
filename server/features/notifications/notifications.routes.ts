// REST adapter for the notifications inbox, mounted at /api/:user_id/notifications.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import {
  MarkAllReadSchema,
  NotificationPageSchema,
  NotificationParamsSchema,
  NotificationPatchSchema,
  NotificationQuerySchema,
  NotificationSchema,
} from './notifications.schema.js';
import * as service from './notifications.service.js';

const tags = ['Notifications'];
const security = AUTHENTICATED;

export const notificationRoutes: FastifyPluginAsyncZod<{
  db: Database;
}> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listNotifications',
        summary: 'Your notifications',
        description:
          'What others did that concerns you: a task assigned to you, a comment on a task you own, are ' +
          'assigned or commented on, an @mention of you in a comment, someone joining or leaving your list, ' +
          'a task of a shared list you are in completed. Never your own doings. Unread first (or newest ' +
          'first), with your unread count; the newest 1,000 are kept. GET .../events sends a `notifications` ' +
          'event with the unread count when it changes.',
        params: UserParamsSchema,
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.listNotifications(db, request.userId, request.query),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'markNotification',
        summary: 'Mark a notification read or unread',
        params: NotificationParamsSchema,
        body: NotificationPatchSchema,
        response: { 200: NotificationSchema, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.markNotification(db, request.userId, request.params.id, request.body.read),
  );

  app.post(
    '/read',
    {
      schema: {
        tags,
        security,
        operationId: 'markAllNotificationsRead',
        summary: 'Mark all your notifications read',
        params: UserParamsSchema,
        response: { 200: MarkAllReadSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => service.markAllRead(db, request.userId),
  );
};
