import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/** Per-user preferences; a row exists only once the user changed something (defaults otherwise). */
export const userSettings = pgTable(
  'user_settings',
  {
    userId: text('user_id').primaryKey(),
    /** IANA time zone name: what "today", "overdue" and all-day due dates mean for this user. */
    timeZone: text('time_zone').notNull().default('UTC'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Show reminders inside the web app while it is open, and the ones missed while away. */
    inAppReminders: boolean('in_app_reminders').notNull().default(true),
    /** Send reminders to the user's push subscriptions (docs/push.md). */
    pushReminders: boolean('push_reminders').notNull().default(true),
    /** Email each reminder too (when the server has email: docs/email.md). */
    emailReminders: boolean('email_reminders').notNull().default(false),
    /** Email a daily agenda at `agendaTime`, local time in `timeZone`. */
    emailAgenda: boolean('email_agenda').notNull().default(false),
    /** `HH:MM`, the local time of the daily agenda. */
    agendaTime: text('agenda_time').notNull().default('08:00'),
    /** How numeric dates are read in quick add ("12/10"): dmy, mdy or ymd; from the browser's locale at sign-up. */
    dateOrder: text('date_order').notNull().default('mdy'),
    /**
     * The language the account reads Doable in (a BCP 47 tag the app has a catalog for, checked by
     * the settings service); null: not chosen, the web app follows the browser and emails go in English.
     */
    language: text('language'),
    /**
     * When the next agenda is due; kept by a trigger (migration 0017) from the three fields above and
     * the zone, moved a day on by the sender when it queues one; null when the agenda is off.
     */
    agendaNextAt: instant('agenda_next_at'),
  },
  (t) => [
    check('user_settings_agenda_time', sql`${t.agendaTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('user_settings_date_order', sql`${t.dateOrder} in ('dmy', 'mdy', 'ymd')`),
    check('user_settings_language', sql`${t.language} ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`),
    index('user_settings_agenda_due_idx').on(t.agendaNextAt).where(sql`${t.agendaNextAt} is not null`),
  ],
);
