// REST adapter for Web Push subscriptions, mounted at /api/:user_id/push-subscriptions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import type { VapidKeys } from './push.keys.js';
import { toSubscriptionJson } from './push.presenter.js';
import {
  PushSubscriptionInputSchema,
  PushSubscriptionListSchema,
  PushSubscriptionParamsSchema,
  PushSubscriptionSchema,
} from './push.schema.js';
import * as service from './push.service.js';

const tags = ['Push'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export interface PushRoutesOptions {
  db: Database;
  policy: service.PushPolicy;
  keys: VapidKeys;
}

export const pushRoutes: FastifyPluginAsyncZod<PushRoutesOptions> = async (app, { db, policy, keys }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listPushSubscriptions',
        summary: 'The devices that receive your reminders by push, and the key to subscribe with',
        params: UserParamsSchema,
        response: { 200: PushSubscriptionListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({
      vapid_public_key: (await keys.get()).publicKey,
      subscriptions: (await service.listSubscriptions(db, request.userId)).map(toSubscriptionJson),
    }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'savePushSubscription',
        summary: "Receive reminders on this device (the browser's PushSubscription)",
        description:
          "Send what PushSubscription.toJSON() gives after pushManager.subscribe() with the server's " +
          'vapid_public_key, and optionally a name. Each reminder then reaches every device once, as an ' +
          'encrypted Web Push message. 201 for a new device, 200 when the endpoint was known (its keys ' +
          'are updated). At most 20 devices per user.',
        params: UserParamsSchema,
        body: PushSubscriptionInputSchema,
        response: {
          200: PushSubscriptionSchema,
          201: PushSubscriptionSchema,
          ...problemResponses(...always),
        },
      },
    },
    async (request, reply) => {
      const { subscription, created } = await service.saveSubscription(
        db,
        request.userId,
        request.body,
        request.headers['user-agent'],
        policy,
      );
      return reply.code(created ? 201 : 200).send(toSubscriptionJson(subscription));
    },
  );

  app.delete(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'deletePushSubscriptionByEndpoint',
        summary: 'Stop push to a browser, named by its endpoint (after PushSubscription.unsubscribe())',
        params: UserParamsSchema,
        body: z.strictObject({ endpoint: z.string().min(1).max(2048) }),
        response: { 204: z.undefined().describe('Removed'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      const removed = await service.deleteByEndpoint(db, request.userId, request.body.endpoint);
      if (removed === 0) throw service.noSuchEndpoint();
      return reply.code(204).send();
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deletePushSubscription',
        summary: 'Stop push to one of your devices',
        params: PushSubscriptionParamsSchema,
        response: { 204: z.undefined().describe('Removed'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteSubscription(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
