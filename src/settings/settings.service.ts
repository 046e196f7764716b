// Per-user settings. Today only the time zone, which gives "today", "overdue", all-day due dates
// and quick-add dates their meaning. Works for every kind of caller (accounts and bare tokens).
import { eq, sql } from 'drizzle-orm';
import { type Database, rawQuery } from '../db/client.js';
import { tasks, userSettings } from '../db/schema.js';
import { invalid } from '../errors.js';

export interface Settings {
  timeZone: string;
}

export const DEFAULT_SETTINGS: Settings = { timeZone: 'UTC' };

export async function getSettings(db: Database, userId: string): Promise<Settings> {
  const [row] = await db
    .select({ timeZone: userSettings.timeZone })
    .from(userSettings)
    .where(eq(userSettings.userId, userId));
  return row ?? DEFAULT_SETTINGS;
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
 * Sets the time zone. It must be an IANA name both this runtime and the database know (they
 * compute dates on either side). All-day due dates are re-anchored to the new zone in the same
 * transaction, so ordering and "today" stay right; the tasks themselves do not change.
 */
export async function updateSettings(
  db: Database,
  userId: string,
  changes: Partial<Settings>,
): Promise<Settings> {
  if (changes.timeZone === undefined) return getSettings(db, userId);
  const zone = changes.timeZone;
  if (!(await isKnownTimeZone(db, zone))) throw invalidTimeZone();
  await db.transaction(async (tx) => {
    await tx
      .insert(userSettings)
      .values({ userId, timeZone: zone })
      .onConflictDoUpdate({ target: userSettings.userId, set: { timeZone: zone, updatedAt: sql`now()` } });
    await tx
      .update(tasks)
      .set({ dueSort: sql`(${tasks.dueDate})::timestamp at time zone ${zone}` })
      .where(sql`${tasks.userId} = ${userId} and ${tasks.dueDate} is not null`);
  });
  return { timeZone: zone };
}
