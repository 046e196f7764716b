// REST adapter for export and import, mounted at /api/:user_id.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { Database } from '../db/client.js';
import { AppError } from '../errors.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../http/problem.js';
import { idempotencyKeyOf, idempotent } from '../idempotency/idempotency.js';
import { getSettings } from '../settings/settings.service.js';
import { UserParamsSchema } from './tasks.schema.js';
import {
  IMPORT_CONCURRENCY,
  IMPORT_RETRY_AFTER_SECONDS,
  ImportBody,
  ImportSlots,
  INLINE_IMPORT_BYTES,
  readImport,
} from './transfer.reader.js';
import {
  IMPORT_BODY_LIMIT,
  IMPORT_MAX_TASKS,
  type ImportResult,
  ImportResultSchema,
  ImportSchema,
} from './transfer.schema.js';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportTasks, importTasks } from './transfer.service.js';

export interface TransferRoutesOptions {
  db: Database;
  authenticator: Authenticator;
  /** Large imports this instance reads and writes at once (default IMPORT_CONCURRENCY). */
  importConcurrency?: number;
}

const MiB = 1024 * 1024;

const tags = ['Export and import'];
const security = AUTHENTICATED;

export const transferRoutes: FastifyPluginAsyncZod<TransferRoutesOptions> = async (
  app,
  { db, authenticator, importConcurrency = IMPORT_CONCURRENCY },
) => {
  app.addHook('onRequest', authenticator.hook);

  // Here (this plugin only) a JSON body arrives unread: the import reads it, off the main thread
  // when it is large.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, new ImportBody(body as Buffer)),
  );
  const slots = new ImportSlots(importConcurrency);

  app.get(
    '/export',
    {
      schema: {
        tags,
        security,
        operationId: 'exportTasks',
        summary: 'Export all your tasks',
        description:
          'json: our format, importable back with POST /import (round trip keeps every field but ids). ' +
          'csv: RFC 4180, one row per task, tags as a JSON array, text cells starting with = + - @ ' +
          "prefixed with ' against formula injection. ics: iCalendar VTODOs for calendar and task apps.",
        params: UserParamsSchema,
        querystring: z.strictObject({ format: z.enum(EXPORT_FORMATS).default('json') }),
        response: {
          200: z.string().describe('The export, streamed, as an attachment'),
          ...problemResponses(...AUTHENTICATED_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { timeZone } = await getSettings(db, request.userId);
      const day = new Date().toISOString().slice(0, 10);
      reply
        .header('content-type', EXPORT_MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="doable-${day}.${format}"`)
        .header('cache-control', 'no-store');
      const body = Readable.from(exportTasks(db, request.userId, { format, timeZone }));
      // A stream goes out as it is, past the serializer; the schema above only documents it.
      return reply.send(body as unknown as string);
    },
  );

  app.post(
    '/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        security,
        operationId: 'importTasks',
        summary: 'Import tasks from a JSON export',
        description:
          `Applies a JSON export to your tasks (up to ${IMPORT_MAX_TASKS} tasks, body up to ` +
          `${IMPORT_BODY_LIMIT / MiB} MiB whatever the server's BODY_LIMIT_BYTES; split a larger file). ` +
          'A task whose uid you already have is skipped when identical and otherwise updated to what the ' +
          'file says (same id, version + 1); any other task is created, with the file’s uid (an export of ' +
          'another account) or a new one (older exports have no uids). Completion, timestamps, priority, ' +
          'tags, due moments, reminders and series are kept. The whole file is validated first: one bad ' +
          'task and nothing is written (422 naming it, e.g. tasks.41.title). A server reads one large import ' +
          'at a time; another meanwhile is answered 503 with Retry-After. Send an Idempotency-Key to make a retry safe.',
        params: UserParamsSchema,
        body: ImportSchema,
        response: { 201: ImportResultSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
      // The body schema documents the contract; the handler validates it (readImport), off the
      // main thread when it is large.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? (body: unknown) => ({ value: body })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
      preParsing: async (request, reply, payload) => {
        const length = Number(request.headers['content-length']);
        if (length > IMPORT_BODY_LIMIT) {
          throw new AppError(
            'PAYLOAD_TOO_LARGE',
            `An import may be at most ${IMPORT_BODY_LIMIT / MiB} MiB; split the file (tasks already imported are skipped)`,
          );
        }
        if (length <= INLINE_IMPORT_BYTES) return payload;
        const free = slots.take();
        if (!free) {
          throw new AppError(
            'SERVICE_UNAVAILABLE',
            `Another large import is being read on this server; try again in ${IMPORT_RETRY_AFTER_SECONDS} s`,
            {
              headers: { 'retry-after': String(IMPORT_RETRY_AFTER_SECONDS) },
            },
          );
        }
        // The response is over (sent, or the client gone): the slot is free.
        reply.raw.once('close', free);
        return payload;
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request.headers['idempotency-key']);
      const gone = new AbortController();
      reply.raw.once('close', () => gone.abort());
      // An empty body never reaches a content-type parser.
      const body = request.body as unknown as ImportBody | undefined;
      const reading = await readImport(body?.bytes ?? Buffer.alloc(0), {
        hashRoute: key ? 'POST import' : null,
        signal: gone.signal,
      });
      try {
        const perform = async (tx: Database) => ({
          status: 201,
          body: await importTasks(tx, request.userId, reading),
        });
        const { response, replayed } = key
          ? await idempotent(db, request.userId, key, reading.hash!, perform)
          : { response: await perform(db), replayed: false };
        if (replayed) reply.header('idempotent-replayed', 'true');
        // An answer stored before imports counted updates and skips had `imported` alone.
        const stored = response.body as Partial<ImportResult> & { imported: number };
        return reply.code(201).send({ created: stored.imported, updated: 0, skipped: 0, ...stored });
      } finally {
        reading.close();
      }
    },
  );
};
