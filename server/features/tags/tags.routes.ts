// REST adapter for tags, mounted at /api/:user_id/tags.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { TagListSchema, TagParamsSchema, TagRenameSchema, TagSummarySchema } from './tags.schema.js';
import * as service from './tags.service.js';

const tags = ['Tags'];
const security = AUTHENTICATED;

export const tagRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listTags',
        summary: 'List your tags',
        description:
          'Each tag once (case-insensitive), in its most used spelling, with open and total counts.',
        params: UserParamsSchema,
        response: { 200: TagListSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => ({ tags: await service.listTags(db, request.userId) }),
  );

  app.patch(
    '/:name',
    {
      schema: {
        tags,
        security,
        operationId: 'renameTag',
        summary: 'Rename a tag on every task',
        description:
          'Renaming onto an existing tag merges them; renaming to another spelling respells it. ' +
          'Every task changed gets a new version (ETag).',
        params: TagParamsSchema,
        body: TagRenameSchema,
        response: { 200: TagSummarySchema, ...problemResponses(...AUTHENTICATED_ERRORS, 404) },
      },
    },
    async (request) => service.renameTag(db, request.userId, request.params.name, request.body.name),
  );

  app.delete(
    '/:name',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteTag',
        summary: 'Remove a tag from every task',
        params: TagParamsSchema,
        response: {
          204: z.undefined().describe('Removed'),
          ...problemResponses(...AUTHENTICATED_ERRORS, 404),
        },
      },
    },
    async (request, reply) => {
      await service.deleteTag(db, request.userId, request.params.name);
      return reply.code(204).send();
    },
  );
};
