// REST adapter for the task service, mounted at /api/:user_id/tasks. Routes stay thin:
// validate (schemas), resolve the caller (authenticate hook), call the service, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { Database } from '../db/client.js';
import { AppError } from '../errors.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../http/problem.js';
import {
  CompletionSchema,
  ListQuerySchema,
  TaskInputSchema,
  TaskListSchema,
  TaskParamsSchema,
  TaskPatchSchema,
  TaskSchema,
  toTaskJson,
  UserParamsSchema,
} from './tasks.schema.js';
import * as service from './tasks.service.js';

export interface TaskRoutesOptions {
  db: Database;
  authenticator: Authenticator;
}

const tags = ['Tasks'];
const security = AUTHENTICATED;
// Every protected route can answer these; 5xx bodies never carry internals.
const always = AUTHENTICATED_ERRORS;

export const taskRoutes: FastifyPluginAsyncZod<TaskRoutesOptions> = async (app, { db, authenticator }) => {
  app.addHook('onRequest', authenticator.hook);

  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        summary: 'List your tasks',
        description: 'Filter by status, sort, and page with an opaque cursor.',
        params: UserParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: TaskListSchema, ...problemResponses(...always) },
      },
    },
    async (request) => {
      const page = await service.listTasks(db, request.userId, request.query);
      return { tasks: page.tasks.map(toTaskJson), count: page.count, next_cursor: page.nextCursor };
    },
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        summary: 'Create a task',
        params: UserParamsSchema,
        body: TaskInputSchema,
        response: { 201: TaskSchema, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      const task = await service.createTask(db, request.userId, request.body);
      reply.header('location', `/api/${encodeURIComponent(request.userId)}/tasks/${task.id}`);
      return reply.code(201).send(toTaskJson(task));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Get one task',
        params: TaskParamsSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => toTaskJson(await service.getTask(db, request.userId, request.params.id)),
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Replace a task',
        description: 'Title is required; omitted description and completed reset to null and false.',
        params: TaskParamsSchema,
        body: TaskInputSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      toTaskJson(await service.replaceTask(db, request.userId, request.params.id, request.body)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Update some fields of a task',
        params: TaskParamsSchema,
        body: TaskPatchSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => {
      if (Object.keys(request.body).length === 0) {
        throw new AppError(
          'BAD_REQUEST',
          'Send at least one field to change: title, description or completed',
        );
      }
      return toTaskJson(await service.updateTask(db, request.userId, request.params.id, request.body));
    },
  );

  app.patch(
    '/:id/complete',
    {
      schema: {
        tags,
        security,
        summary: 'Toggle or set completion',
        description: 'With no body, toggles. With {"completed": true|false}, sets it (idempotent).',
        params: TaskParamsSchema,
        body: CompletionSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) =>
      toTaskJson(await service.setCompletion(db, request.userId, request.params.id, request.body?.completed)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Delete a task',
        params: TaskParamsSchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404) },
      },
    },
    async (request, reply) => {
      await service.deleteTask(db, request.userId, request.params.id);
      return reply.code(204).send();
    },
  );
};
