// REST adapter for the task service, mounted at /api/:user_id/tasks. Routes stay thin:
// validate (schemas), resolve the caller (authenticate hook), call the service, present.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { etagOf, ifMatchVersions, ifNoneMatchHits } from '../../platform/http/conditional.js';
import {
  idempotencyKeyOf,
  idempotent,
  requestHash,
  type StoredResponse,
} from '../../platform/http/idempotency.js';
import { withExamples } from '../../platform/http/openapi.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { QuickAddBodySchema, QuickAddParseSchema, QuickAddQuerySchema } from './quick.js';
import { BulkResultSchema, BulkSchema, MoveSchema } from './tasks.actions.schema.js';
import { assertBulkable, bulkAction } from './tasks.bulk.js';
import { plainExample } from './tasks.fields.js';
import { listTasksJson } from './tasks.list.js';
import { toTaskJson } from './tasks.presenter.js';
import type { Task } from './tasks.rows.js';
import {
  CompletionSchema,
  ListQuerySchema,
  SkipSchema,
  SnoozeSchema,
  TaskInputSchema,
  type TaskJson,
  TaskListSchema,
  TaskParamsSchema,
  TaskPatchSchema,
  TaskSchema,
} from './tasks.schema.js';
import { skipOccurrence } from './tasks.series.js';
import * as service from './tasks.service.js';

export interface TaskRoutesOptions {
  db: Database;
}

const tags = ['Tasks'];
const security = AUTHENTICATED;
// Every protected route can answer these; 5xx bodies never carry internals.
const always = AUTHENTICATED_ERRORS;

/**
 * Answers 201 with a task made by `create`, with Location and ETag. With an Idempotency-Key the
 * creation and its stored response share one transaction and retries replay it.
 */
async function respondCreated(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  route: string,
  body: unknown,
  create: (tx: Database) => Promise<Task>,
) {
  const perform = async (tx: Database): Promise<StoredResponse> => {
    const task = await create(tx);
    return {
      status: 201,
      body: toTaskJson(task),
      location: `/api/${encodeURIComponent(request.userId)}/tasks/${task.id}`,
      etag: etagOf(task.version, task.subtasks),
    };
  };
  const key = idempotencyKeyOf(request.headers['idempotency-key']);
  const { response, replayed } = key
    ? await idempotent(db, request.userId, key, requestHash(route, body), perform)
    : { response: await perform(db), replayed: false };
  if (replayed) reply.header('idempotent-replayed', 'true');
  if (response.location) reply.header('location', response.location);
  if (response.etag) reply.header('etag', response.etag);
  return reply.code(201).send(response.body as TaskJson);
}

/** Sends a task with its ETag. */
function present(reply: FastifyReply, task: Task): TaskJson {
  reply.header('etag', etagOf(task.version, task.subtasks));
  return toTaskJson(task);
}

// Examples for the document (/docs, client generators); the schemas alone decide what is valid.
const EXAMPLE_TASK: TaskJson = {
  id: 42,
  user_id: 'alice',
  title: 'Buy milk',
  description: 'Oat, two litres',
  completed: false,
  completed_at: null,
  priority: 'high',
  tags: ['errands'],
  due_date: null,
  due_at: '2026-11-21T17:00:00.000Z',
  recurrence: null,
  recurrence_from: null,
  series_task_id: null,
  reminders: [{ minutes_before: 30 }],
  list_id: 7,
  section_id: 3,
  parent_id: null,
  position: 1763630100000,
  created_by: 'alice',
  assignee_id: null,
  ...plainExample,
  subtasks: { open: 1, total: 2 },
  created_at: '2026-11-20T09:15:00.000Z',
  updated_at: '2026-11-20T09:15:00.000Z',
};
const EXAMPLE_UPDATED: TaskJson = {
  ...EXAMPLE_TASK,
  priority: 'medium',
  tags: ['errands', 'home'],
  updated_at: '2026-11-20T10:02:00.000Z',
};
const TaskExample = withExamples(TaskSchema, { task: { summary: 'A task', value: EXAMPLE_TASK } });
const TaskBodyExample = withExamples(TaskInputSchema, {
  task: {
    summary: 'A task due at a time, with a reminder',
    value: {
      title: 'Buy milk',
      description: 'Oat, two litres',
      priority: 'high',
      tags: ['errands'],
      due_at: '2026-11-21T18:00:00+01:00',
      reminders: [{ minutes_before: 30 }],
    },
  },
  minimal: { summary: 'Only a title', value: { title: 'Call the plumber' } },
});
const TaskPatchExample = withExamples(TaskPatchSchema, {
  fields: {
    summary: 'Change the priority and the tags',
    value: { priority: 'medium', tags: ['errands', 'home'] },
  },
  complete: { summary: 'Mark done', value: { completed: true } },
});
const TaskUpdatedExample = withExamples(TaskSchema, {
  task: { summary: 'The task after the change', value: EXAMPLE_UPDATED },
});
const TaskListExample = withExamples(TaskListSchema, {
  page: {
    summary: 'The first page, with a next one',
    value: { tasks: [EXAMPLE_TASK], count: 51, next_cursor: 'eyJ2IjoxNzYzNjMwMTAwMDAwLCJpZCI6NDJ9' },
  },
});

const IF_MATCH = 'Send If-Match with the ETag you read to refuse the write (412) if the task changed since.';

export const taskRoutes: FastifyPluginAsyncZod<TaskRoutesOptions> = async (app, { db }) => {
  app.get(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'listTasks',
        summary: 'List your tasks',
        description: 'Filter by status, sort, and page with an opaque cursor.',
        params: UserParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: TaskListExample, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      // The page's JSON comes from Postgres as text, sent as it is (TaskListSchema still documents it).
      const body = await listTasksJson(db, request.userId, request.query);
      return reply
        .type('application/json; charset=utf-8')
        .send(body as unknown as z.output<typeof TaskListSchema>);
    },
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        security,
        operationId: 'createTask',
        summary: 'Create a task',
        params: UserParamsSchema,
        description:
          'Send an Idempotency-Key header to make retries safe: the same key and body within 24 hours ' +
          'return the first response (with Idempotent-Replayed: true) and create nothing.',
        body: TaskBodyExample,
        response: { 201: TaskExample, ...problemResponses(...always) },
      },
    },
    async (request, reply) =>
      respondCreated(db, request, reply, 'POST tasks', request.body, (tx) =>
        service.createTask(tx, request.userId, request.body),
      ),
  );

  app.post(
    '/quick',
    {
      schema: {
        tags,
        security,
        operationId: 'quickAddTask',
        summary: 'Quick add: create a task from one line of text',
        description:
          'Reads the title, due moment ("tomorrow 5pm", "next friday", "in 3 days", "dec 24", "12/10" in your ' +
          'date order), repeat with its end ("every weekday until dec 31"), #List (one of your lists, else a ' +
          'tag), @label, /Section, +person (a member of the shared list), priority (p1..p4, !, !!, !!!) and ' +
          'reminders ("remind me 1 hour before", {30m}) in your time zone, relative to now; also in Urdu and ' +
          'Roman Urdu (docs/quick-add.md). Text it cannot read stays in the title. With ?dry_run=true ' +
          'answers the parse (200) and creates nothing. Idempotency-Key works as for POST /tasks.',
        params: UserParamsSchema,
        querystring: QuickAddQuerySchema,
        body: QuickAddBodySchema,
        response: { 200: QuickAddParseSchema, 201: TaskSchema, ...problemResponses(...always) },
      },
    },
    async (request, reply) => {
      const { text, list_id, parent_id, section_id, keep } = request.body;
      if (request.query.dry_run)
        return reply
          .code(200)
          .send(await service.readQuickAdd(db, request.userId, text, undefined, { list_id, keep }));
      return respondCreated(db, request, reply, 'POST tasks/quick', request.body, (tx) =>
        service.quickAdd(tx, request.userId, text, undefined, { list_id, parent_id, section_id, keep }),
      );
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'getTask',
        summary: 'Get one task',
        description: 'Carries an ETag; with If-None-Match naming it, answers 304 Not Modified.',
        params: TaskParamsSchema,
        response: {
          200: TaskExample,
          304: z.undefined().describe('Not modified'),
          ...problemResponses(...always, 404),
        },
      },
    },
    async (request, reply) => {
      const task = await service.getTask(db, request.userId, request.params.id);
      const etag = etagOf(task.version, task.subtasks);
      reply.header('etag', etag);
      if (ifNoneMatchHits(request, etag)) return reply.code(304).send();
      return toTaskJson(task);
    },
  );

  app.put(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'replaceTask',
        summary: 'Replace a task',
        description: `Title is required; omitted description and completed reset to null and false. ${IF_MATCH}`,
        params: TaskParamsSchema,
        body: TaskBodyExample,
        response: { 200: TaskExample, ...problemResponses(...always, 404, 412) },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await service.replaceTask(
          db,
          request.userId,
          request.params.id,
          request.body,
          ifMatchVersions(request),
        ),
      ),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'updateTask',
        summary: 'Update some fields of a task',
        description: IF_MATCH,
        params: TaskParamsSchema,
        body: TaskPatchExample,
        response: { 200: TaskUpdatedExample, ...problemResponses(...always, 404, 412) },
      },
    },
    async (request, reply) => {
      if (Object.keys(request.body).length === 0) {
        throw new AppError(
          'BAD_REQUEST',
          'Send at least one field to change: title, description, completed, priority, tags, due_date or due_at',
        );
      }
      return present(
        reply,
        await service.updateTask(
          db,
          request.userId,
          request.params.id,
          request.body,
          ifMatchVersions(request),
        ),
      );
    },
  );

  app.patch(
    '/:id/complete',
    {
      schema: {
        tags,
        security,
        operationId: 'toggleTaskCompletion',
        summary: 'Toggle or set completion',
        description:
          'With no body, toggles. With {"completed": true|false}, sets it (idempotent). 409 when the completion ' +
          `of a recurring task's occurrence cannot be taken back (the task changed since). ${IF_MATCH}`,
        params: TaskParamsSchema,
        body: CompletionSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404, 409, 412) },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await service.setCompletion(
          db,
          request.userId,
          request.params.id,
          request.body?.completed,
          ifMatchVersions(request),
          request.body?.occurrence,
        ),
      ),
  );

  app.post(
    '/:id/skip',
    {
      schema: {
        tags,
        security,
        operationId: 'skipTaskOccurrence',
        summary: 'Skip the current occurrence of a recurring task',
        description:
          'Moves the task to its next occurrence without a completed record. 409 when the task does not ' +
          `recur, or this is its last occurrence. Send {"occurrence": <its due_date or due_at>} to make a retry safe. ${IF_MATCH}`,
        params: TaskParamsSchema,
        body: SkipSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404, 409, 412) },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await skipOccurrence(
          db,
          request.userId,
          request.params.id,
          ifMatchVersions(request),
          request.body?.occurrence,
        ),
      ),
  );

  app.post(
    '/:id/snooze',
    {
      schema: {
        tags,
        security,
        operationId: 'snoozeTask',
        summary: "Snooze a task's reminder: remind again in some minutes, or at an instant",
        description:
          'Adds a reminder {"at": ...} at that moment (and drops `at` reminders already past), so it reaches ' +
          "every channel again then. For the task's owner, editors of its list and its assignee when they may " +
          `write. 409 for a completed task. ${IF_MATCH}`,
        params: TaskParamsSchema,
        body: SnoozeSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404, 409, 412) },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await service.snoozeTask(
          db,
          request.userId,
          request.params.id,
          request.body.until,
          ifMatchVersions(request),
        ),
      ),
  );

  app.post(
    '/:id/move',
    {
      schema: {
        tags,
        security,
        operationId: 'moveTask',
        summary: 'Move a task: to another list, under another parent, or between two siblings',
        description:
          'Writes the task (and, for a new list, its subtasks) only: its position becomes the midpoint of its new ' +
          'neighbours. A task cannot go under itself or its own subtasks, and subtasks nest at most 4 levels ' +
          `deep (422). ${IF_MATCH}`,
        params: TaskParamsSchema,
        body: MoveSchema,
        response: { 200: TaskSchema, ...problemResponses(...always, 404, 412) },
      },
    },
    async (request, reply) =>
      present(
        reply,
        await service.moveTask(db, request.userId, request.params.id, request.body, ifMatchVersions(request)),
      ),
  );

  app.post(
    '/bulk',
    {
      schema: {
        tags,
        security,
        operationId: 'bulkTasks',
        summary: 'Act on many tasks at once',
        description:
          'complete, reopen, delete, move, set_priority, add_tags, remove_tags, set_due or shift_due, on up to 500 ' +
          'of your tasks: all or nothing, in one transaction; each task that changes gets one new version and ' +
          'one live event. 404 (and nothing changed) when any id is not one of your tasks.',
        params: UserParamsSchema,
        body: BulkSchema,
        response: { 200: BulkResultSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => {
      assertBulkable(request.body);
      const result = await bulkAction(db, request.userId, request.body);
      return { action: request.body.action, changed: result.changed, tasks: result.tasks.map(toTaskJson) };
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        security,
        operationId: 'deleteTask',
        summary: 'Delete a task',
        description: IF_MATCH,
        params: TaskParamsSchema,
        response: { 204: z.undefined().describe('Deleted'), ...problemResponses(...always, 404, 412) },
      },
    },
    async (request, reply) => {
      await service.deleteTask(db, request.userId, request.params.id, ifMatchVersions(request));
      return reply.code(204).send();
    },
  );
};
