// Settings as the API shows them, with whether this server sends email at all.
import type { SettingsJson } from './settings.schema.js';
import type { Settings } from './settings.service.js';

export const toSettingsJson = (emailAvailable: boolean, settings: Settings): SettingsJson => ({
  time_zone: settings.timeZone,
  in_app_reminders: settings.inAppReminders,
  push_reminders: settings.pushReminders,
  email_reminders: settings.emailReminders,
  email_agenda: settings.emailAgenda,
  agenda_time: settings.agendaTime,
  date_order: settings.dateOrder,
  language: settings.language,
  email_available: emailAvailable,
});
