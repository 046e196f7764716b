// The settings contract: what GET answers and PATCH takes.
import { z } from 'zod';
import { LANGUAGES } from '../../platform/i18n/messages.js';
import { DATE_ORDERS } from './settings.service.js';

const DateOrder = z
  .enum(DATE_ORDERS)
  .describe(
    'How quick add reads numeric dates: dmy (12/10 = 12 October), mdy (December 10) or ymd (2026/12/10)',
  );

const Language = z
  .enum(LANGUAGES)
  .nullable()
  .describe(
    "The language Doable is shown in, emails and push notifications written in (BCP 47: en English, ur Urdu); null until chosen: the web app follows the browser's languages and emails are in English",
  );

const AgendaTime = z
  .string()
  .describe('Local time of the daily agenda email, HH:MM (24-hour), in your time zone');

export const SettingsSchema = z
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
    date_order: DateOrder,
    language: Language,
    email_available: z
      .boolean()
      .describe(
        'Whether this server sends email (SMTP is set up); when false the email choices are kept but unused',
      ),
  })
  .meta({ id: 'Settings' });

export const SettingsPatchSchema = z
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
    date_order: DateOrder.optional(),
    language: Language.optional(),
  })
  .meta({ id: 'SettingsPatch' });

export type SettingsJson = z.output<typeof SettingsSchema>;
