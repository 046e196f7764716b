// REST adapter for lists, mounted at /api/:user_id/lists.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toListJson } from './lists.presenter.js';
import {
  ListDeleteQuerySchema,
  ListInputSchema,
  ListListSchema,
  ListParamsSchema,
  ListPatchSchema,
  ListSchema,
  ListsQuerySchema,
  MAX_LISTS,
} from './lists.schema.js';
import * as service from './lists.service.js';

const tags = ['Lists'];
const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;

export const listRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listLists',
        summary: 'List your lists',
        description: 'In sidebar order (position, then id), each with its open and total task counts.',
        params: UserParamsSchema,
        querystring: ListsQuerySchema,
        response: { 200: ListListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({
      lists: (await service.listLists(db, request.userId, request.query.archived)).map(toListJson),
    }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createList',
        summary: 'Create a list',
        description: `Up to ${MAX_LISTS} lists per account (409 beyond). A new list comes last unless given a position.`,
        params: UserParamsSchema,
        body: ListInputSchema,
        response: { 201: ListSchema, ...problemResponses(...always, 409) },
      },
    },
    async (request, reply) => {
      const list = await service.createList(db, request.userId, request.body);
      reply.header('location', `/api/${encodeURIComponent(request.userId)}/lists/${list.id}`);
      return reply.code(201).send(toListJson(list));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getList',
        summary: 'Get one list',
        params: ListParamsSchema,
        response: { 200: ListSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => toListJson(await service.getList(db, request.userId, request.params.id)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'updateList',
        summary: 'Rename, recolor, reorder or archive a list',
        params: ListParamsSchema,
        body: ListPatchSchema,
        response: { 200: ListSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      toListJson(await service.updateList(db, request.userId, request.params.id, request.body)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteList',
        summary: 'Delete a list',
        description:
          'Its tasks move to the Inbox (each gets a new version and a live event), or with ?tasks=delete are ' +
          'deleted with it, subtasks included. One transaction.',
        params: ListParamsSchema,
        querystring: ListDeleteQuerySchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteList(db, request.userId, request.params.id, request.query.tasks);
      return reply.code(204).send();
    },
  );
};
