// REST adapter for export and import, mounted at /api/:user_id.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { Database } from '../db/client.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../http/problem.js';
import { idempotencyKeyOf, idempotent, requestHash } from '../idempotency/idempotency.js';
import { getSettings } from '../settings/settings.service.js';
import { UserParamsSchema } from './tasks.schema.js';
import {
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  exportTasks,
  IMPORT_MAX_TASKS,
  ImportSchema,
  importTasks,
} from './transfer.service.js';

export interface TransferRoutesOptions {
  db: Database;
  authenticator: Authenticator;
  /** Host name used in iCalendar UIDs, so calendar apps recognise tasks across exports. */
  icsHost: string;
}

/** An import of 100,000 tasks is about 40 MB of JSON. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const tags = ['Export and import'];
const security = AUTHENTICATED;

const ImportResultSchema = z
  .object({ imported: z.number().int().describe('Tasks created (with new ids)') })
  .meta({ id: 'ImportResult' });

export const transferRoutes: FastifyPluginAsyncZod<TransferRoutesOptions> = async (
  app,
  { db, authenticator, icsHost },
) => {
  app.addHook('onRequest', authenticator.hook);

  app.get(
    '/export',
    {
      schema: {
        tags,
        security,
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
      const body = Readable.from(exportTasks(db, request.userId, { format, timeZone, host: icsHost }));
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
        summary: 'Import tasks from a JSON export',
        description:
          `Adds the export's tasks to yours (up to ${IMPORT_MAX_TASKS}, body up to 64 MB), keeping ` +
          'completion, timestamps, priority, tags and due moments. The whole file is validated first: ' +
          'one bad task and nothing is written (422 naming it, e.g. tasks.41.title). Send an ' +
          'Idempotency-Key to make a retry safe.',
        params: UserParamsSchema,
        body: ImportSchema,
        response: { 201: ImportResultSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request.headers['idempotency-key']);
      const perform = async (tx: Database) => ({
        status: 201,
        body: { imported: await importTasks(tx, request.userId, request.body) },
      });
      const { response, replayed } = key
        ? await idempotent(db, request.userId, key, requestHash('POST import', request.body), perform)
        : { response: await perform(db), replayed: false };
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(response.body as { imported: number });
    },
  );
};
