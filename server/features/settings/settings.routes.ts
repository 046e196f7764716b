// REST adapter for settings, mounted at /api/:user_id/settings.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import * as service from './settings.service.js';

const AgendaTime = z
  .string()
  .describe('Local time of the daily agenda email, HH:MM (24-hour), in your time zone');

const SettingsSchema = z
  .object({
    time_zone: z.string().describe('IANA time zone name; UTC until set'),
    in_app_reminders: z
      .boolean()
      .describe('Show reminders in the web app while it is open, and those missed while away (default on)'),
    push_reminders: z
      .boolean()
      .describe("Send reminders to this user's push subscriptions, every device (default on)"),
    email_reminders: z.boolean().describe('Email each reminder too (needs email on the server)'),
    email_agenda: z.boolean().describe('Email a daily agenda at agenda_time (needs email on the server)'),
    agenda_time: AgendaTime,
    email_available: z
      .boolean()
      .describe(
        'Whether this server sends email (SMTP is set up); when false the email choices are kept but unused',
      ),
  })
  .meta({ id: 'Settings' });

const SettingsPatchSchema = z
  .strictObject({
    time_zone: z
      .string()
      .min(1)
      .max(64)
      .describe('IANA time zone name, e.g. Europe/Paris. Decides "today", "overdue" and all-day dates.')
      .optional(),
    in_app_reminders: z.boolean().optional().describe('Show reminders in the web app'),
    push_reminders: z.boolean().optional().describe('Send reminders to your push subscriptions'),
    email_reminders: z.boolean().optional().describe('Email each reminder too'),
    email_agenda: z.boolean().optional().describe('Email a daily agenda at agenda_time'),
    agenda_time: AgendaTime.max(5).optional(),
  })
  .meta({ id: 'SettingsPatch' });

const tags = ['Settings'];

export const settingsRoutes: FastifyPluginAsyncZod<{
  db: Database;
  authenticator: Authenticator;
  /** Whether the server sends email (config.mail). */
  emailAvailable: boolean;
}> = async (app, { db, authenticator, emailAvailable }) => {
  const present = (settings: service.Settings) => ({
    time_zone: settings.timeZone,
    in_app_reminders: settings.inAppReminders,
    push_reminders: settings.pushReminders,
    email_reminders: settings.emailReminders,
    email_agenda: settings.emailAgenda,
    agenda_time: settings.agendaTime,
    email_available: emailAvailable,
  });

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
      present(
        await service.updateSettings(db, request.userId, {
          timeZone: request.body.time_zone,
          inAppReminders: request.body.in_app_reminders,
          pushReminders: request.body.push_reminders,
          emailReminders: request.body.email_reminders,
          emailAgenda: request.body.email_agenda,
          agendaTime: request.body.agenda_time,
        }),
      ),
  );
};
