// REST adapter for webhooks, mounted at /api/:user_id/webhooks.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toDeliveryJson, toWebhookJson } from './webhooks.presenter.js';
import {
  CreatedWebhookSchema,
  DeliveryListSchema,
  WebhookInputSchema,
  WebhookListSchema,
  WebhookParamsSchema,
  WebhookSchema,
} from './webhooks.schema.js';
import * as service from './webhooks.service.js';

const tags = ['Webhooks'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export interface WebhookRoutesOptions {
  db: Database;
  policy: service.WebhookPolicy;
  /** Seals each new webhook's signing secret before it is stored. */
  secrets: SecretBox;
}

export const webhookRoutes: FastifyPluginAsyncZod<WebhookRoutesOptions> = async (
  app,
  { db, policy, secrets },
) => {
  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createWebhook',
        summary: 'Create a webhook (its signing secret is shown once)',
        description:
          'Task events of the chosen types are POSTed to the URL as JSON {id, type, task_id, task, user_id, ' +
          'timestamp}, signed in Doable-Signature; failed deliveries are retried with backoff, and the ' +
          'webhook is disabled after repeated failures. At most 20 webhooks per user.',
        params: UserParamsSchema,
        body: WebhookInputSchema,
        response: { 201: CreatedWebhookSchema, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      const { webhook, secret } = await service.createWebhook(
        db,
        request.userId,
        request.body,
        policy,
        secrets,
      );
      return reply.code(201).send({ ...toWebhookJson(webhook), secret });
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listWebhooks',
        summary: 'List your webhooks with their delivery state (never the secrets)',
        params: UserParamsSchema,
        response: { 200: WebhookListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({ webhooks: (await service.listWebhooks(db, request.userId)).map(toWebhookJson) }),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getWebhook',
        summary: 'Get a webhook',
        params: WebhookParamsSchema,
        response: { 200: WebhookSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => toWebhookJson(await service.getWebhook(db, request.userId, request.params.id)),
  );

  app.get(
    '/:id/deliveries',
    {
      schema: {
        tags,
        security,
        operationId: 'listWebhookDeliveries',
        summary: "A webhook's latest 50 deliveries, newest first",
        params: WebhookParamsSchema,
        response: { 200: DeliveryListSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => ({
      deliveries: (await service.listDeliveries(db, request.userId, request.params.id)).map(toDeliveryJson),
    }),
  );

  app.post(
    '/:id/enable',
    {
      schema: {
        tags,
        security,
        operationId: 'enableWebhook',
        summary: 'Re-enable a webhook (clears the failure count); events from now on are delivered',
        params: WebhookParamsSchema,
        response: { 200: WebhookSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => toWebhookJson(await service.enableWebhook(db, request.userId, request.params.id)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook (pending deliveries are dropped)',
        params: WebhookParamsSchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteWebhook(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
