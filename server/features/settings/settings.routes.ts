// REST adapter for settings, mounted at /api/:user_id/settings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toSettingsJson } from './settings.presenter.js';
import { SettingsPatchSchema, SettingsSchema } from './settings.schema.js';
import * as service from './settings.service.js';

const tags = ['Settings'];

export const settingsRoutes: FastifyPluginAsyncZod<{
  db: Database;
  /** Whether the server sends email (config.mail). */
  emailAvailable: boolean;
}> = async (app, { db, emailAvailable }) => {
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
    async (request) => toSettingsJson(emailAvailable, await service.getSettings(db, request.userId)),
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
      toSettingsJson(
        emailAvailable,
        await service.updateSettings(db, request.userId, {
          timeZone: request.body.time_zone,
          inAppReminders: request.body.in_app_reminders,
          pushReminders: request.body.push_reminders,
          emailReminders: request.body.email_reminders,
          emailAgenda: request.body.email_agenda,
          agendaTime: request.body.agenda_time,
          dateOrder: request.body.date_order,
          language: request.body.language,
        }),
      ),
  );
};
