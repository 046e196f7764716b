// Calendar feeds (docs/calendar-feeds.md, decision 0154): a secret URL per user (all their tasks)
// or per list, serving dated tasks as VEVENTs. Only the secret's SHA-256 is kept; what a feed
// shows is decided at each fetch through the policy (listAccess, VISIBLE_TASKS).
import { timingSafeEqual } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { contentLine, icsDate, icsDateTime, icsDuration, icsFooter, icsText } from '#shared/ical/ical.js';
import { ruleLeft } from '#shared/recurrence/index.js';
import { listAccess, listVisibleTo, VISIBLE_TASKS } from '../../platform/access/policy.js';
import { linkSecretHash, newLinkSecret } from '../../platform/auth/link-secret.js';
import { type Database, queryRows, rawQuery } from '../../platform/db/client.js';
import { calendarFeeds } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';

/** At most this many feeds per user (one per list, plus one for all tasks). */
export const MAX_FEEDS = 20;
/** The window a feed covers, from the due moment: this many days back ... */
export const WINDOW_DAYS_BACK = 60;
/** ... to this many days ahead, and at most this many events (the earliest first). */
export const WINDOW_DAYS_AHEAD = 366;
export const MAX_EVENTS = 5000;
/** Completed tasks stay in a feed (marked ✓) this many days after completion. */
export const COMPLETED_DAYS = 14;
/** A timed task without a duration is an event of this length, starting at its due time. */
export const TIMED_MINUTES = 30;

export interface Feed {
  id: number;
  listId: number | null;
  listName: string | null;
  createdAt: string;
  lastFetchedAt: string | null;
}

const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));

/** The feed's URL: https (or http) for Google and Outlook, webcal:// for Apple Calendar. */
export function feedUrls(appUrl: string, id: number, token: string): { url: string; webcal_url: string } {
  const url = `${appUrl}/feeds/${id}/${token}.ics`;
  return { url, webcal_url: url.replace(/^https?:\/\//, 'webcal://') };
}

export async function listFeeds(db: Database, userId: string): Promise<Feed[]> {
  // The list's name only while the owner still sees the list (unshared or deleted: null).
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select f.id, f.list_id, l.name as list_name, f.created_at, f.last_fetched_at
          from calendar_feeds f
          left join lists l on l.id = f.list_id and ${listVisibleTo(sql.raw('f.list_id'), userId)}
         where f.user_id = ${userId} order by f.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    listId: r.list_id === null ? null : Number(r.list_id),
    listName: (r.list_name as string | null) ?? null,
    createdAt: iso(r.created_at),
    lastFetchedAt: isoOrNull(r.last_fetched_at),
  }));
}

async function findFeed(db: Database, userId: string, id: number): Promise<Feed> {
  const feed = (await listFeeds(db, userId)).find((f) => f.id === id);
  if (!feed) throw notFound(`Calendar feed ${id}`);
  return feed;
}

export async function createFeed(
  db: Database,
  userId: string,
  listId: number | null,
): Promise<{ feed: Feed; token: string }> {
  // The list must be one the caller sees (own or shared); anything else is "not found".
  if (listId !== null && (await listAccess(db, userId, listId)) === null) throw notFound(`List ${listId}`);
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  if (n >= MAX_FEEDS) {
    throw new AppError('CONFLICT', `You can have at most ${MAX_FEEDS} calendar feeds; delete one first`);
  }
  const { token, hash } = newLinkSecret();
  const inserted = await rawQuery<{ id: unknown }>(
    db,
    `insert into calendar_feeds (user_id, list_id, token_hash) values ($1, $2, $3)
     on conflict (user_id, coalesce(list_id, 0)) do nothing returning id`,
    [userId, listId, hash],
  );
  if (inserted.length === 0) {
    throw new AppError(
      'CONFLICT',
      listId === null
        ? 'You already have a feed of all your tasks; regenerate it for a new URL'
        : `You already have a feed of list ${listId}; regenerate it for a new URL`,
    );
  }
  return { feed: await findFeed(db, userId, Number(inserted[0]!.id)), token };
}

/** A new secret for the feed: the old URL stops working at once. */
export async function regenerateFeed(
  db: Database,
  userId: string,
  id: number,
): Promise<{ feed: Feed; token: string }> {
  const { token, hash } = newLinkSecret();
  const updated = await db
    .update(calendarFeeds)
    .set({ tokenHash: hash })
    .where(and(eq(calendarFeeds.userId, userId), eq(calendarFeeds.id, id)))
    .returning({ id: calendarFeeds.id });
  if (updated.length === 0) throw notFound(`Calendar feed ${id}`);
  return { feed: await findFeed(db, userId, id), token };
}

export async function deleteFeed(db: Database, userId: string, id: number): Promise<void> {
  const deleted = await db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), eq(calendarFeeds.id, id)))
    .returning({ id: calendarFeeds.id });
  if (deleted.length === 0) throw notFound(`Calendar feed ${id}`);
}

// --- The feed itself ---

/** Compared when the id is unknown, so a miss costs what a wrong secret costs. */
const DUMMY_HASH = linkSecretHash('doable-no-such-feed');

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

interface FeedTask {
  id: unknown;
  uid: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: unknown;
  tags: string[];
  due_date: string | null;
  due_at: unknown;
  recurrence: string | null;
  occurrences_done: unknown;
  /** Minutes; null: not said. */
  duration: number | null;
  updated_at: unknown;
}

/**
 * The feed `id` with `secret`, rendered now; null (the caller answers 404) for an unknown id, a
 * wrong secret, a disabled account, or a list the owner no longer sees (unshared or deleted).
 */
export async function renderFeed(
  db: Database,
  id: number,
  secret: string,
  options: { appUrl: string; now?: Date },
): Promise<string | null> {
  const now = options.now ?? new Date();
  const [feed] = Number.isSafeInteger(id)
    ? await rawQuery<{ user_id: string; list_id: unknown; token_hash: string; last_fetched_at: unknown }>(
        db,
        `select f.user_id, f.list_id, f.token_hash, f.last_fetched_at
           from calendar_feeds f join users u on u.id = f.user_id
          where f.id = $1 and u.disabled_at is null`,
        [id],
      )
    : [];
  const matches = sameHash(linkSecretHash(secret), feed?.token_hash ?? DUMMY_HASH);
  if (!feed || !matches) return null;
  const owner = feed.user_id;
  const listId = feed.list_id === null ? null : Number(feed.list_id);
  let name = 'Doable';
  if (listId !== null) {
    if ((await listAccess(db, owner, listId)) === null) return null;
    const [list] = await rawQuery<{ name: string }>(db, 'select name from lists where id = $1', [listId]);
    if (!list) return null;
    name = list.name;
  }
  // Recorded at most once a minute: a feed polled often costs no write per fetch.
  const last = feed.last_fetched_at === null ? 0 : new Date(iso(feed.last_fetched_at)).getTime();
  if (now.getTime() - last >= 60_000) {
    await rawQuery(db, 'update calendar_feeds set last_fetched_at = $2 where id = $1', [id, now]);
  }
  const tasks = await rawQuery<FeedTask>(
    db,
    `select id, uid::text as uid, title, description, completed, completed_at, tags,
            due_date::text as due_date, due_at, recurrence, occurrences_done, duration, updated_at
       from tasks
      where ${VISIBLE_TASKS} and ($2::bigint is null or list_id = $2)
        and due_sort >= $3::timestamptz - make_interval(days => ${WINDOW_DAYS_BACK})
        and due_sort < $3::timestamptz + make_interval(days => ${WINDOW_DAYS_AHEAD})
        and (not completed or completed_at >= $3::timestamptz - make_interval(days => ${COMPLETED_DAYS}))
      order by due_sort, id
      limit ${MAX_EVENTS}`,
    [owner, listId, now],
  );
  return (
    feedHeader(name) + tasks.map((t) => feedEvent(t, { appUrl: options.appUrl, now })).join('') + icsFooter()
  );
}

function feedHeader(name: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Doable//Doable calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icsText(name)}`,
    `X-WR-CALNAME:${icsText(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT15M',
    'X-PUBLISHED-TTL:PT15M',
  ]
    .map(contentLine)
    .join('');
}

/** The day after `day` (YYYY-MM-DD) as an iCalendar DATE. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return icsDate(d.toISOString().slice(0, 10));
}

/**
 * One task as a VEVENT (Google Calendar and Outlook ignore VTODO): an all-day task on its day, a
 * timed one from its due time for its duration (TIMED_MINUTES when it has none). UID is the task's uid + "@doable", stable.
 */
export function feedEvent(t: FeedTask, options: { appUrl: string; now: Date }): string {
  const id = Number(t.id);
  const link = `${options.appUrl}/?task=${id}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${icsText(`${t.uid}@doable`)}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `LAST-MODIFIED:${icsDateTime(iso(t.updated_at))}`,
    `SUMMARY:${icsText(`${t.completed ? '✓ ' : ''}${t.title}`)}`,
    `DESCRIPTION:${icsText(t.description ? `${t.description}\n\n${link}` : link)}`,
    `URL:${link}`,
  ];
  if (t.due_at !== null) {
    const minutes = t.duration === null ? TIMED_MINUTES : Number(t.duration);
    lines.push(`DTSTART:${icsDateTime(iso(t.due_at))}`, `DURATION:${icsDuration(minutes)}`);
  } else if (t.due_date) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(t.due_date)}`, `DTEND;VALUE=DATE:${nextDay(t.due_date)}`);
  }
  if (t.recurrence && !t.completed) lines.push(`RRULE:${ruleLeft(t.recurrence, Number(t.occurrences_done))}`);
  if (t.tags.length > 0) lines.push(`CATEGORIES:${t.tags.map(icsText).join(',')}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines.map(contentLine).join('');
}
