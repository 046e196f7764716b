// REST adapter for saved filters, mounted at /api/:user_id/filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import {
  SavedFilterInputSchema,
  SavedFilterListSchema,
  SavedFilterParamsSchema,
  SavedFilterPatchSchema,
  SavedFilterSchema,
} from './filters.schema.js';
import * as service from './filters.service.js';

const tags = ['Filters'];
const security = AUTHENTICATED;

export const filterRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listSavedFilters',
        summary: 'List your saved filters',
        description:
          'In sidebar order, each with open_count: the open tasks its query matches now ' +
          '(GET .../tasks?filter= with the query lists them).',
        params: UserParamsSchema,
        response: { 200: SavedFilterListSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => ({ filters: await service.listSavedFilters(db, request.userId) }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createSavedFilter',
        summary: 'Save a filter',
        description: 'A query that does not read is a 422 naming its position; names are unique per account.',
        params: UserParamsSchema,
        body: SavedFilterInputSchema,
        response: { 201: SavedFilterSchema, ...problemResponses(...AUTHENTICATED_ERRORS, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createSavedFilter(db, request.userId, request.body)),
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getSavedFilter',
        summary: 'A saved filter',
        params: SavedFilterParamsSchema,
        response: { 200: SavedFilterSchema, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.getSavedFilter(db, request.userId, request.params.id),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'updateSavedFilter',
        summary: 'Rename, change or move a saved filter',
        params: SavedFilterParamsSchema,
        body: SavedFilterPatchSchema,
        response: { 200: SavedFilterSchema, ...problemResponses(...AUTHENTICATED_ERRORS, 404, 409) },
      },
    },
    async (request) => service.updateSavedFilter(db, request.userId, request.params.id, request.body),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteSavedFilter',
        summary: 'Delete a saved filter',
        params: SavedFilterParamsSchema,
        response: {
          204: z.undefined().describe('Deleted'),
          ...problemResponses(...AUTHENTICATED_ERRORS, 404),
        },
      },
    },
    async (request, reply) => {
      await service.deleteSavedFilter(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
