// REST adapter for settings, mounted at /api/:user_id/settings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../auth/authenticate.js';
import type { Database } from '../db/client.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../http/problem.js';
import { UserParamsSchema } from '../tasks/tasks.schema.js';
import * as service from './settings.service.js';

const SettingsSchema = z
  .object({ time_zone: z.string().describe('IANA time zone name; UTC until set') })
  .meta({ id: 'Settings' });

const SettingsPatchSchema = z
  .strictObject({
    time_zone: z
      .string()
      .min(1)
      .max(64)
      .describe('IANA time zone name, e.g. Europe/Paris. Decides "today", "overdue" and all-day dates.'),
  })
  .meta({ id: 'SettingsPatch' });

const tags = ['Settings'];

const present = (settings: service.Settings) => ({ time_zone: settings.timeZone });

export const settingsRoutes: FastifyPluginAsyncZod<{ db: Database; authenticator: Authenticator }> = async (
  app,
  { db, authenticator },
) => {
  app.addHook('onRequest', authenticator.hook);

  app.get(
    '/',
    {
      schema: {
        tags,
        security: AUTHENTICATED,
        operationId: 'getSettings',
        summary: 'Your settings',
        params: UserParamsSchema,
        response: { 200: SettingsSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) => present(await service.getSettings(db, request.userId)),
  );

  app.patch(
    '/',
    {
      schema: {
        tags,
        security: AUTHENTICATED,
        operationId: 'updateSettings',
        summary: 'Change your settings',
        params: UserParamsSchema,
        body: SettingsPatchSchema,
        response: { 200: SettingsSchema, ...problemResponses(...AUTHENTICATED_ERRORS) },
      },
    },
    async (request) =>
      present(await service.updateSettings(db, request.userId, { timeZone: request.body.time_zone })),
  );
};
