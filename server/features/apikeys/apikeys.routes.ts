// REST adapter for API keys, mounted at /api/:user_id/api-keys.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toApiKeyJson } from './apikeys.presenter.js';
import {
  ApiKeyInputSchema,
  ApiKeyListSchema,
  ApiKeyParamsSchema,
  CreatedApiKeySchema,
} from './apikeys.schema.js';
import * as service from './apikeys.service.js';

const tags = ['API keys'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const apiKeyRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  // A key must not be able to mint or revoke keys: managing keys takes a session or a JWT.
  // (onRequest, after authentication: refused before the body is even read.)
  app.addHook('onRequest', async (request) => {
    if (request.credential === 'api-key') {
      throw new AppError('AUTH_FORBIDDEN', 'API keys cannot manage API keys; sign in to do this');
    }
  });

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createApiKey',
        summary: 'Create an API key (the key is shown once)',
        params: UserParamsSchema,
        body: ApiKeyInputSchema,
        response: { 201: CreatedApiKeySchema, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      const { apiKey, key } = await service.createApiKey(db, request.userId, request.body);
      return reply.code(201).send({ ...toApiKeyJson(apiKey), key });
    },
  );

  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listApiKeys',
        summary: 'List your API keys (never the keys themselves)',
        params: UserParamsSchema,
        response: { 200: ApiKeyListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({ api_keys: (await service.listApiKeys(db, request.userId)).map(toApiKeyJson) }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'revokeApiKey',
        summary: 'Revoke an API key',
        params: ApiKeyParamsSchema,
        response: { 204: z.undefined().describe('Revoked'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.revokeApiKey(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
