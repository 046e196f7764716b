// What this instance tells Prometheus: request durations by route pattern, the database pool, the
// background work waiting (reminders due, webhook deliveries pending, the newest task event, the
// event bus relay's lag) and Node's process metrics. One registry per app; the work-queue figures are read by one cheap
// statement at scrape time, cached briefly so several scrapers cost one query.
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type DatabaseHandle, rawQuery } from '../db/client.js';
import { busStatsOf } from './bus.stats.js';

/** How long one reading of the work queues serves scrapes. */
const QUEUE_CACHE_MS = 5000;
/** A scrape does not wait longer than this for the database. */
const QUEUE_TIMEOUT_MS = 2000;

/**
 * Each figure by an indexed range: the pending reminders (partial index on fire_at), pending
 * deliveries (partial index on next_attempt_at), the newest event (index on created_at).
 */
const QUEUE_SQL = `select
  (select count(*) from task_reminders where sent_at is null and fire_at <= now())::float8 as reminders_due,
  (select extract(epoch from now() - min(fire_at)) from task_reminders where sent_at is null and fire_at <= now())::float8 as reminders_oldest,
  (select count(*) from webhook_deliveries where status = 'pending')::float8 as deliveries_pending,
  (select count(*) from webhook_deliveries where status = 'pending' and next_attempt_at <= now())::float8 as deliveries_due,
  (select extract(epoch from now() - min(next_attempt_at)) from webhook_deliveries where status = 'pending' and next_attempt_at <= now())::float8 as deliveries_oldest,
  (select count(*) from email_outbox where status = 'pending')::float8 as emails_pending,
  (select extract(epoch from now() - min(next_attempt_at)) from email_outbox where status = 'pending' and next_attempt_at <= now())::float8 as emails_oldest,
  (select extract(epoch from now() - max(created_at)) from task_events)::float8 as events_newest_age`;

interface QueueRow {
  reminders_due: number;
  reminders_oldest: number | null;
  deliveries_pending: number;
  deliveries_due: number;
  deliveries_oldest: number | null;
  emails_pending: number;
  emails_oldest: number | null;
  events_newest_age: number | null;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_code'>;
  private queue: { at: number; reading: Promise<QueueRow | undefined> } | undefined;

  constructor(private readonly database: DatabaseHandle) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });

    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern (never the raw path) and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });

    // The database connections: the pg Pool's counts on a server, whether PGlite is open when embedded.
    const client = (database.db as unknown as { $client: unknown }).$client;
    if (database.kind === 'server') {
      const pool = client as pg.Pool;
      new Gauge({
        name: 'doable_database_pool_connections',
        help: 'Connections of the database pool, all of them (total) or idle',
        labelNames: ['state'],
        registers,
        collect() {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
        },
      });
      new Gauge({
        name: 'doable_database_pool_waiting',
        help: 'Queries waiting for a connection of the database pool',
        registers,
        collect() {
          this.set(pool.waitingCount);
        },
      });
    } else {
      const pglite = client as { closed: boolean };
      new Gauge({
        name: 'doable_database_open',
        help: 'Whether the embedded database (PGlite) is open: 1 or 0',
        registers,
        collect() {
          this.set(pglite.closed ? 0 : 1);
        },
      });
    }

    // The work waiting, shared by every instance (the same figures on each).
    const read = () => this.readQueues();
    const queueGauge = (name: string, help: string, value: (row: QueueRow) => number | null) =>
      new Gauge({
        name,
        help,
        registers,
        collect: async function (this: Gauge) {
          const row = await read();
          // Unknown (the database did not answer) or nothing to measure: NaN, never a made-up 0.
          this.set(row ? (value(row) ?? Number.NaN) : Number.NaN);
        },
      });
    new Gauge({
      name: 'doable_queue_stats_up',
      help: 'Whether the database answered the work-queue query of this scrape (1) or not (0)',
      registers,
      collect: async function (this: Gauge) {
        this.set((await read()) ? 1 : 0);
      },
    });
    queueGauge(
      'doable_reminders_due',
      'Reminders whose moment has come, not yet sent',
      (r) => r.reminders_due,
    );
    queueGauge(
      'doable_reminders_oldest_due_seconds',
      'How long the oldest due, unsent reminder is late (0 when none is due)',
      (r) => r.reminders_oldest ?? 0,
    );
    queueGauge(
      'doable_webhook_deliveries_pending',
      'Webhook deliveries not yet delivered, failed or cancelled (to send, sending, or waiting to retry)',
      (r) => r.deliveries_pending,
    );
    queueGauge(
      'doable_webhook_deliveries_due',
      'Pending webhook deliveries whose next attempt is due now',
      (r) => r.deliveries_due,
    );
    queueGauge(
      'doable_webhook_oldest_due_seconds',
      'How long the oldest due webhook delivery has waited past its attempt time (0 when none is due)',
      (r) => r.deliveries_oldest ?? 0,
    );
    queueGauge(
      'doable_email_outbox_pending',
      'Reminder and agenda emails not yet sent, failed or cancelled (to send, sending, or waiting to retry)',
      (r) => r.emails_pending,
    );
    queueGauge(
      'doable_email_oldest_due_seconds',
      'How long the oldest due email has waited past its attempt time (0 when none is due)',
      (r) => r.emails_oldest ?? 0,
    );
    queueGauge(
      'doable_task_events_newest_age_seconds',
      'Age of the newest task event (what live updates and webhooks fan out); NaN when there is none',
      (r) => r.events_newest_age,
    );

    // The event bus relay of this instance (docs/events.md); 0 when the bus is off.
    new Gauge({
      name: 'doable_events_bus_lag',
      help: 'Task events not yet published to NATS by this instance: 0 on a standby, NaN while the relay cannot tell',
      registers,
      collect() {
        this.set(busStatsOf(database).lag);
      },
    });
    new Counter({
      name: 'doable_events_bus_published_total',
      help: 'Task events this instance published to NATS (each on all its topics, acknowledged)',
      registers,
      collect() {
        this.reset();
        this.inc(busStatsOf(database).published);
      },
    });
  }

  /** Called once per answered request, with the route pattern (never the raw URL). */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status_code: statusCode }, seconds);
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  /** The work-queue figures, at most QUEUE_CACHE_MS old; undefined when the database did not answer. */
  private readQueues(): Promise<QueueRow | undefined> {
    const now = Date.now();
    if (this.queue && now - this.queue.at < QUEUE_CACHE_MS) return this.queue.reading;
    const reading = withTimeout(rawQuery<QueueRow>(this.database.db, QUEUE_SQL, []), QUEUE_TIMEOUT_MS).then(
      (rows) => rows[0],
      () => undefined,
    );
    this.queue = { at: now, reading };
    return reading;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
