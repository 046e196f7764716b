// Per-user settings: the time zone, which gives "today", "overdue", all-day due dates and quick-add
// dates their meaning, the channels reminders reach the user by (in the app, push, email), and the
// daily agenda (opt-in, at a local time).
// Works for every kind of caller (accounts and bare tokens).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DateOrder } from '#shared/quickadd/quickadd.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { pushDeliveries, pushSubscriptions, tasks, userSettings } from '../../platform/db/schema.js';
import { invalid } from '../../platform/errors.js';
import { isLanguage, LANGUAGES } from '../../platform/i18n/messages.js';

export interface Settings {
  timeZone: string;
  /** Show reminders in the web app (live, and the ones missed while away). */
  inAppReminders: boolean;
  /** Send reminders to the user's push subscriptions. */
  pushReminders: boolean;
  /** Email each reminder too. */
  emailReminders: boolean;
  /** Email a daily agenda at `agendaTime` in `timeZone`. */
  emailAgenda: boolean;
  /** `HH:MM`. */
  agendaTime: string;
  /** How quick add reads numeric dates: 12/10 is 12 October (dmy) or December 10 (mdy, ymd). */
  dateOrder: DateOrder;
  /** The language chosen for the account; null: none chosen (the browser's in the app, English in emails). */
  language: string | null;
}

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const satisfies readonly DateOrder[];

export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'UTC',
  inAppReminders: true,
  pushReminders: true,
  emailReminders: false,
  emailAgenda: false,
  agendaTime: '08:00',
  dateOrder: 'mdy',
  language: null,
};

/** The one message for a language the app has no catalog for. */
export const LANGUAGE_RULE = `must be one of ${LANGUAGES.join(', ')}, or null for the browser's`;

/** A stored language the app no longer has a catalog for reads as none chosen. */
const supportedOrNull = (value: string | null): string | null => (isLanguage(value) ? value : null);

/** The one rule for the agenda's time (the database checks it too). */
export const AGENDA_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export async function getSettings(db: Database, userId: string): Promise<Settings> {
  const [row] = await db
    .select({
      timeZone: userSettings.timeZone,
      inAppReminders: userSettings.inAppReminders,
      pushReminders: userSettings.pushReminders,
      emailReminders: userSettings.emailReminders,
      emailAgenda: userSettings.emailAgenda,
      agendaTime: userSettings.agendaTime,
      dateOrder: userSettings.dateOrder,
      language: userSettings.language,
    })
    .from(userSettings)
    .where(eq(userSettings.userId, userId));
  return row
    ? { ...row, dateOrder: row.dateOrder as DateOrder, language: supportedOrNull(row.language) }
    : DEFAULT_SETTINGS;
}

/** Whether the JavaScript runtime knows the zone (quick add computes dates with Intl). */
function knownToIntl(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The one message for a zone that is not an IANA name both sides know. */
export const TIME_ZONE_RULE = 'must be an IANA time zone name such as Europe/Paris or America/New_York';

const invalidTimeZone = () => invalid('time_zone', TIME_ZONE_RULE, 'body');

/** Whether both this runtime and the database know the zone (they compute dates on either side). */
export async function isKnownTimeZone(db: Database, zone: unknown): Promise<boolean> {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64 || !knownToIntl(zone)) return false;
  const known = await rawQuery<{ ok: boolean }>(
    db,
    'select exists (select 1 from pg_timezone_names where name = $1) as ok',
    [zone],
  );
  return known[0]?.ok === true;
}

/**
 * Changes the given settings. A time zone must be an IANA name both this runtime and the database
 * know (they compute dates on either side); all-day due dates are re-anchored to the new zone in
 * the same transaction, so ordering and "today" stay right; the tasks themselves do not change.
 * The agenda's next moment follows from the zone, the opt-in and the time (a trigger keeps it).
 * Turning push reminders off cancels the pushes not yet sent in the same transaction (one already
 * on its way may still arrive); reminder emails not yet sent are dropped by the sender.
 */
export async function updateSettings(
  db: Database,
  userId: string,
  changes: Partial<Settings>,
): Promise<Settings> {
  const set = Object.fromEntries(
    Object.entries(changes).filter(([, v]) => v !== undefined),
  ) as Partial<Settings>;
  if (Object.keys(set).length === 0) return getSettings(db, userId);
  const zone = set.timeZone;
  if (zone !== undefined && !(await isKnownTimeZone(db, zone))) throw invalidTimeZone();
  if (set.agendaTime !== undefined && !AGENDA_TIME.test(set.agendaTime)) {
    throw invalid('agenda_time', 'must be a time of day as HH:MM, e.g. 07:30', 'body');
  }
  if (set.dateOrder !== undefined && !DATE_ORDERS.includes(set.dateOrder)) {
    throw invalid('date_order', 'must be dmy, mdy or ymd', 'body');
  }
  if (set.language !== undefined && set.language !== null && !isLanguage(set.language)) {
    throw invalid('language', LANGUAGE_RULE, 'body');
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(userSettings)
      .values({ userId, ...set })
      .onConflictDoUpdate({ target: userSettings.userId, set: { ...set, updatedAt: sql`now()` } });
    if (zone !== undefined) {
      await tx
        .update(tasks)
        .set({ dueSort: sql`(${tasks.dueDate})::timestamp at time zone ${zone}` })
        .where(sql`${tasks.userId} = ${userId} and ${tasks.dueDate} is not null`);
    }
    if (set.pushReminders === false) {
      await tx
        .update(pushDeliveries)
        .set({ status: 'cancelled' })
        .where(
          and(
            eq(pushDeliveries.status, 'pending'),
            inArray(
              pushDeliveries.subscriptionId,
              tx
                .select({ id: pushSubscriptions.id })
                .from(pushSubscriptions)
                .where(eq(pushSubscriptions.userId, userId)),
            ),
          ),
        );
    }
  });
  return getSettings(db, userId);
}
