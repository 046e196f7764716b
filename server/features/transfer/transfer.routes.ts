// REST adapter for export and import, mounted at /api/:user_id.
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest, RequestPayload } from 'fastify';
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { idempotencyKeyOf, idempotent } from '../../platform/http/idempotency.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { ListNameSchema } from '../lists/lists.schema.js';
import { getSettings } from '../settings/settings.service.js';
import { FOREIGN_SOURCES } from './import.foreign.js';
import { ZIP_MAX_BYTES, ZIP_MAX_ENTRIES } from './import.zip.js';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, exportTasks } from './transfer.export.js';
import {
  IMPORT_CONCURRENCY,
  IMPORT_RETRY_AFTER_SECONDS,
  ImportBody,
  ImportSlots,
  readImport,
} from './transfer.reader.js';
import {
  IMPORT_BODY_LIMIT,
  IMPORT_MAX_TASKS,
  type ImportResult,
  ImportResultSchema,
  ImportSchema,
} from './transfer.schema.js';
import { importTasks } from './transfer.service.js';

export interface TransferRoutesOptions {
  db: Database;
  /** Imports this instance reads and writes at once (default IMPORT_CONCURRENCY). */
  importConcurrency?: number;
}

const MiB = 1024 * 1024;

const DryRunSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true')
  .describe(
    'true: a preview. The file is read and checked as for the import, and every decision the import ' +
      'would make is made and counted (tasks new, updated or unchanged; lists, sections and tags made or ' +
      'already there), but nothing is written: answered 200 with the counts the import would answer.',
  );

/** What an import that stored its answer before lists, sections and tags were counted says of them. */
const UNCOUNTED = { created: 0, existing: 0 };

const tags = ['Export and import'];
const security = AUTHENTICATED;

export const transferRoutes: FastifyPluginAsyncZod<TransferRoutesOptions> = async (
  app,
  { db, importConcurrency = IMPORT_CONCURRENCY },
) => {
  // Here (this plugin only) a body arrives unread, JSON and another app's CSV alike: the import
  // reads it in its worker, off the main thread.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, new ImportBody(body as Buffer, 'json')),
  );
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_r, body, done) => done(null, new ImportBody(body as Buffer, 'csv')),
  );
  // A Todoist backup; Windows browsers name a .zip application/x-zip-compressed.
  app.addContentTypeParser(
    ['application/zip', 'application/x-zip-compressed'],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_r, body, done) => done(null, new ImportBody(body as Buffer, 'zip')),
  );
  /** The bytes of a body of the kind a route reads (another kind reads as no body), or none. */
  const bytesOf = (body: unknown, kind: ImportBody['kind']): Buffer =>
    body instanceof ImportBody && body.kind === kind ? body.bytes : Buffer.alloc(0);
  // The body schemas document the contract; the handlers validate bodies (readImport, in the worker).
  const bodyReadByHandler = <T>(route: FastifyRouteSchemaDef<T>): FastifyValidationResult =>
    route.httpPart === 'body'
      ? (body: unknown) => ({ value: body })
      : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]);
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
          "prefixed with ' (and so is such a character right after a comma, semicolon, tab or line break " +
          'inside a cell), cells holding a semicolon or tab quoted, against formula injection whatever ' +
          "the reader's separator. ics: iCalendar VTODOs for calendar and task apps.",
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

  /**
   * Imports, of any size or format, are read and written one at a time per server (the slot is held
   * until the response is over); another meanwhile gets 503 with Retry-After.
   */
  const oneImportAtATime = async (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: RequestPayload,
  ): Promise<RequestPayload> => {
    const length = Number(request.headers['content-length']);
    if (length > IMPORT_BODY_LIMIT) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `An import may be at most ${IMPORT_BODY_LIMIT / MiB} MiB; split the file (tasks already imported are skipped)`,
      );
    }
    const free = slots.take();
    if (!free) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `Another import is being read on this server; try again in ${IMPORT_RETRY_AFTER_SECONDS} s`,
        {
          headers: { 'retry-after': String(IMPORT_RETRY_AFTER_SECONDS) },
        },
      );
    }
    // The slot is free once the response is over (sent, or the client gone) and the handler has
    // stopped writing: a client that goes stops the import before its next transaction, not at once.
    const held = { handling: false, closed: false };
    slotOf.set(request, () => {
      held.handling = true;
      return () => {
        held.handling = false;
        if (held.closed) free();
      };
    });
    reply.raw.once('close', () => {
      held.closed = true;
      if (!held.handling) free();
    });
    return payload;
  };
  /** The import's slot, held by the handler while it writes; call what it answers when done. */
  const slotOf = new WeakMap<FastifyRequest, () => () => void>();
  const holdSlot = (request: FastifyRequest): (() => void) => slotOf.get(request)?.() ?? (() => {});

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
          'task and nothing is written (422 naming it, e.g. tasks.41.title). A server reads one import at a ' +
          'time, of any size, off its main thread; another meanwhile is answered 503 with Retry-After. ' +
          'Send an Idempotency-Key to make a retry safe (a preview, ?dry_run=true, needs none and stores none).',
        params: UserParamsSchema,
        querystring: z.strictObject({ dry_run: DryRunSchema }),
        body: ImportSchema,
        response: {
          200: ImportResultSchema.describe('The preview (?dry_run=true): what the import would do'),
          201: ImportResultSchema,
          ...problemResponses(...AUTHENTICATED_ERRORS),
        },
      },
      validatorCompiler: bodyReadByHandler,
      preParsing: oneImportAtATime,
    },
    async (request, reply) => {
      const release = holdSlot(request);
      try {
        const dryRun = request.query.dry_run;
        // A preview writes nothing, so it has nothing to make safe to retry, and stores no answer.
        const key = dryRun ? undefined : idempotencyKeyOf(request.headers['idempotency-key']);
        const gone = new AbortController();
        reply.raw.once('close', () => gone.abort());
        // An empty body never reaches a content-type parser.
        const reading = await readImport(bytesOf(request.body, 'json'), {
          hashRoute: key ? 'POST import' : null,
          signal: gone.signal,
        });
        try {
          if (dryRun) {
            return reply
              .code(200)
              .send(await importTasks(db, request.userId, reading, { signal: gone.signal, dryRun }));
          }
          const perform = async (tx: Database) => ({
            status: 201,
            body: await importTasks(tx, request.userId, reading, { signal: gone.signal }),
          });
          const { response, replayed } = key
            ? await idempotent(db, request.userId, key, reading.hash!, perform)
            : { response: await perform(db), replayed: false };
          if (replayed) reply.header('idempotent-replayed', 'true');
          // An answer stored before imports counted updates and skips had `imported` alone.
          const stored = response.body as Partial<ImportResult> & { imported: number };
          return reply.code(201).send({
            created: stored.imported,
            updated: 0,
            skipped: 0,
            lists: UNCOUNTED,
            sections: UNCOUNTED,
            tags: UNCOUNTED,
            left_out: { count: 0, rows: [] },
            dates_as_text: { count: 0, rows: [] },
            ...stored,
          });
        } finally {
          reading.close();
        }
      } finally {
        release();
      }
    },
  );

  app.post(
    '/import/:source',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        security,
        operationId: 'importFromApp',
        summary: 'Import from Todoist (a project, or a whole backup) or TickTick',
        description:
          'Send the file as text/csv, or a Todoist backup as application/zip. todoist: a project exported as CSV ' +
          '(its template: TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, ' +
          'TIMEZONE, DURATION, DURATION_UNIT); its tasks go into the list named by ?list= (default "Todoist"), ' +
          'section rows become its sections, indents subtasks, @labels tags, priority 1 high ... 4 none, ' +
          'DURATION (minutes or days) the duration. Each DATE is read by the same time reader as quick add, ' +
          'in the row’s TIMEZONE (else your zone), with your date order, relative to the moment of the import: ' +
          'due date or moment, repeat (from the due date or from completion), duration and deadline. A DATE ' +
          'it does not understand whole (or one in a language other than English, DATE_LANG, that it cannot ' +
          'read) is kept as text in the description ("Due: ...") and listed in the answer, dates_as_text. ' +
          'A Todoist backup (Settings, Backups: a ZIP of one CSV per project) is imported whole: each CSV ' +
          'becomes a list named after its file, with its sections (?list= is not used); at most ' +
          `${ZIP_MAX_ENTRIES} entries and ${ZIP_MAX_BYTES / MiB} MiB once uncompressed (413 past it), only CSV ` +
          'files, names inside the archive (422 otherwise); a refused archive writes nothing. ticktick: a ' +
          'backup (Settings, Backup); lists, tags, priorities, due moments, repeats, completion, order, ' +
          'subtasks (parentId) and checklist items; a date or repeat written as words is read as a DATE is. ' +
          'The same file imported again ' +
          'skips what it already brought. A file that would make more than ' +
          `${IMPORT_MAX_TASKS} tasks (checklist items and subtasks count) is refused whole (422 naming the cap); ` +
          'split it. Answers as POST /import: the file is read off the main thread, and shares its ' +
          'one-import-at-a-time slot (503 with Retry-After); ?dry_run=true previews it (200, nothing written).',
        params: UserParamsSchema.extend({ source: z.enum(FOREIGN_SOURCES) }),
        querystring: z.strictObject({
          list: ListNameSchema.optional().describe('todoist: the list for the project (default "Todoist")'),
          dry_run: DryRunSchema,
        }),
        consumes: ['text/csv', 'application/zip'],
        body: z.string().describe('The CSV file, or (todoist) the backup’s ZIP file'),
        response: {
          200: ImportResultSchema.describe('The preview (?dry_run=true): what the import would do'),
          201: ImportResultSchema,
          ...problemResponses(...AUTHENTICATED_ERRORS),
        },
      },
      validatorCompiler: bodyReadByHandler,
      preParsing: oneImportAtATime,
    },
    async (request, reply) => {
      const release = holdSlot(request);
      try {
        const dryRun = request.query.dry_run;
        const { source } = request.params;
        const body: unknown = request.body;
        const zip = body instanceof ImportBody && body.kind === 'zip';
        if (zip && source !== 'todoist') {
          throw new AppError(
            'VALIDATION_ERROR',
            'A ZIP file is read as a Todoist backup only; send a TickTick backup as text/csv',
          );
        }
        const { timeZone, dateOrder } = await getSettings(db, request.userId);
        const gone = new AbortController();
        reply.raw.once('close', () => gone.abort());
        // Converted in the worker, then through our own import: the same checks, the same cap on
        // tasks, validated whole before anything is written, by uid. Relative dates are read from
        // the moment of the import.
        const now = new Date();
        const reading = await readImport(bytesOf(body, zip ? 'zip' : 'csv'), {
          format:
            source === 'todoist'
              ? { kind: 'todoist', listName: request.query.list ?? 'Todoist', timeZone, dateOrder, now, zip }
              : { kind: 'ticktick', timeZone, dateOrder, now },
          hashRoute: null,
          signal: gone.signal,
        });
        try {
          return reply
            .code(dryRun ? 200 : 201)
            .send(await importTasks(db, request.userId, reading, { signal: gone.signal, dryRun }));
        } finally {
          reading.close();
        }
      } finally {
        release();
      }
    },
  );
};
