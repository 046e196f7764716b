// Live updates: GET /api/:user_id/events as Server-Sent Events. Each event carries its id, so a
// client that reconnects with Last-Event-ID gets what it missed (within the retention), then
// new events as they happen on any instance. Heartbeats keep proxies from closing idle streams
// and re-read the table, so a lost wake-up delays an event by one heartbeat at most.
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can, listAccess } from '../../platform/access/policy.js';
import { holdOpen, type LiveChannels } from '../../platform/auth/cuts.js';
import type { Database } from '../../platform/db/client.js';
import { invalid } from '../../platform/errors.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { ListParamsSchema } from '../lists/lists.schema.js';
import { EventStreamSchema, EventsQuerySchema } from './events.schema.js';
import {
  type EventHub,
  eventPayload,
  eventsAfter,
  latestEventSeq,
  listEventsAfter,
  type TaskEvent,
  type Wakeup,
} from './events.service.js';

export interface EventRoutesOptions {
  db: Database;
  hub: EventHub;
  heartbeatMs?: number;
  /**
   * More frames for a user's own stream (the inbox's count: notifications.stream.ts): a function per
   * stream that answers a frame to send after each read, or null.
   */
  ownFrames?: (userId: string) => () => Promise<string | null>;
  /** Where each stream registers with the credential that opened it: cutting that ends the stream. */
  channels?: LiveChannels;
}

const BATCH = 500;

function lastEventId(header: unknown, query: string | undefined): number | undefined {
  const raw = typeof header === 'string' ? header : query;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,18}$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw invalid('Last-Event-ID', 'must be the id of an event this server sent', 'headers');
  }
  return Number(raw);
}

interface Stream {
  /** Whose events wake it: the owner of the tasks it carries. */
  owner: string;
  /** The owner's event number it starts after. */
  after: number;
  read: (after: number) => Promise<TaskEvent[]>;
  /** Checked before each read: false ends the stream. */
  stillAllowed?: () => Promise<boolean>;
  /** Sends `event: lists` when the owner's lists, sections, list members or settings change. */
  lists?: boolean;
  /** After each read: a frame to send besides the events (the inbox's count), or null. */
  extra?: () => Promise<string | null>;
}

/** No id (Last-Event-ID stays the task events'), nothing to carry: the client reads its lists again. */
const LISTS_FRAME = 'event: lists\ndata: {}\n\n';

const frame = (event: TaskEvent) =>
  `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(eventPayload(event))}\n\n`;

export const eventRoutes: FastifyPluginAsyncZod<EventRoutesOptions> = async (
  app,
  { db, hub, heartbeatMs = 15_000, ownFrames, channels },
) => {
  const open = new Set<ServerResponse>();
  // Streams never end on their own: close them so shutdown does not wait for them.
  app.addHook('preClose', async () => {
    for (const raw of open) raw.end();
  });

  /** Streams the events `read` finds after `after`, woken by the owner's events, until closed. */
  async function serve(request: FastifyRequest, reply: FastifyReply, stream: Stream): Promise<void> {
    let last = stream.after;
    const raw = reply.raw;
    let closed = false;
    let running: Promise<void> | undefined;
    let pending = false;
    // What the next read owes: the task events, and the extra frame (the inbox's count). A task
    // event does not change the inbox (a notification wakes it itself: `inbox`), nor the reverse.
    let owed = { events: true, extra: true };

    const pump = async (): Promise<void> => {
      for (;;) {
        pending = false;
        const { events: readEvents, extra: readExtra } = owed;
        owed = { events: false, extra: false };
        if (stream.stillAllowed && !(await stream.stillAllowed())) {
          stop();
          raw.end();
          return;
        }
        const events = readEvents ? await stream.read(last) : [];
        for (const event of events) {
          if (closed) return;
          raw.write(frame(event));
          last = event.seq;
        }
        if (events.length === BATCH) owed.events = true;
        if (readExtra) {
          const extra = await stream.extra?.();
          if (extra && !closed) raw.write(extra);
        }
        if (!pending && !owed.events) return;
      }
    };
    const run = () => {
      running = pump()
        .catch((err: unknown) => request.log.warn({ err }, 'event stream read failed'))
        .finally(() => {
          running = undefined;
          if (pending && !closed) run();
        });
    };
    const wake = (why: Wakeup = 'all') => {
      if (closed) return;
      if (why !== 'inbox') owed.events = true;
      if (why !== 'events') owed.extra = true;
      if (running) pending = true;
      else run();
    };

    let started = false;
    // Cut before it started (between registering and the head): it ends as soon as it starts.
    let cut = false;
    await holdOpen(channels, request, raw, () => {
      if (!started) cut = true;
      else {
        stop();
        raw.end();
      }
    });
    const unsubscribe = await hub.subscribe(stream.owner, (why) => {
      if ((why === 'lists' || why === 'all') && stream.lists && started && !closed) raw.write(LISTS_FRAME);
      if (why === 'events' || why === 'all' || (why === 'inbox' && stream.extra)) wake(why);
    });
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
    });
    raw.write('retry: 3000\n\n');
    started = true;
    open.add(raw);
    const heartbeat = setInterval(() => {
      raw.write(': heartbeat\n\n');
      wake();
    }, heartbeatMs);
    const stop = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(raw);
    };
    raw.on('close', stop);
    request.raw.on('close', stop);
    if (cut) {
      stop();
      raw.end();
      return;
    }
    wake();
  }

  app.get(
    '/events',
    {
      schema: {
        tags: ['Live updates'],
        security: AUTHENTICATED,
        operationId: 'streamTaskEvents',
        summary: 'Your task events as they happen (Server-Sent Events)',
        description:
          'Events created, updated, completed, deleted and reminder; data: {type, task_id, task, user_id, ' +
          'timestamp}, and for a reminder {reminder: {at | minutes_before, fire_at}}. Event ids are your own event ' +
          'numbers (1, 2, 3...), in the order the changes committed, without gaps; every event arrives once. ' +
          'Reconnect with Last-Event-ID (or ?last_event_id=) to receive what you missed ' +
          '(kept 7 days). A comment line every 15 s keeps the stream alive. An event `notifications` (no id) ' +
          'carries {unread_count, latest_id} of your notifications inbox whenever they change. An event ' +
          '`lists` (no id, data {}) says your lists, their sections or members, or your settings changed: ' +
          'read them again.',
        params: UserParamsSchema,
        querystring: EventsQuerySchema,
        response: {
          200: EventStreamSchema,
          ...problemResponses(...AUTHENTICATED_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const userId = request.userId;
      const after =
        lastEventId(request.headers['last-event-id'], request.query.last_event_id) ??
        (await latestEventSeq(db, userId));
      await serve(request, reply, {
        owner: userId,
        after,
        read: (last) => eventsAfter(db, userId, last, BATCH),
        lists: true,
        extra: ownFrames?.(userId),
      });
    },
  );

  app.get(
    '/lists/:id/events',
    {
      schema: {
        tags: ['Live updates'],
        security: AUTHENTICATED,
        operationId: 'streamListEvents',
        summary: "A list's task events as they happen (Server-Sent Events), for its owner and members",
        description:
          'The events of the tasks in one list, as GET .../events sends them; event ids are the list ' +
          "owner's event numbers, so Last-Event-ID resumes here too. A member receives the events from their " +
          'joining the list on, never earlier ones. For members of a shared list: their own ' +
          "stream carries only their own tasks. The stream ends when the caller's access to the list ends. " +
          'A task moved out of the list sends no further events here.',
        params: ListParamsSchema,
        querystring: EventsQuerySchema,
        response: {
          200: EventStreamSchema,
          ...problemResponses(...AUTHENTICATED_ERRORS, 404),
        },
      },
    },
    async (request, reply) => {
      const listId = request.params.id;
      const owner = (await authorize(db, request.userId, 'list.read', { list: listId })).ownerId;
      const after =
        lastEventId(request.headers['last-event-id'], request.query.last_event_id) ??
        (await latestEventSeq(db, owner));
      await serve(request, reply, {
        owner,
        after,
        read: (last) => listEventsAfter(db, owner, request.userId, listId, last, BATCH),
        // Removing a member wakes the owner's streams (sharing.service): this one then ends.
        stillAllowed: async () =>
          can((await listAccess(db, request.userId, listId))?.role ?? null, 'list.read'),
      });
    },
  );
};
