// The background work every instance does beside answering requests: the event hub (task events
// read from their table, one LISTEN connection for the rest), the webhook sender, the reminder
// scheduler, the search rows that follow task writes, the email sender (when SMTP_URL is set), the event bus relay (when EVENTS_NATS_URL is
// set) and the sweeps that bound a few tables. The database shares the work out between instances.
import type { FastifyInstance } from 'fastify';
import { sweepTombstones } from './features/caldav/caldav.service.js';
import type { EventRelay } from './features/events/bus/bus.relay.js';
import { Deriver } from './features/events/events.derive.js';
import { EventHub, sweepEvents } from './features/events/events.service.js';
import { MailWorker } from './features/mail/mail.worker.js';
import { PushWorker } from './features/push/push.worker.js';
import { ReminderScheduler } from './features/reminders/reminders.scheduler.js';
import { WebhookWorker } from './features/webhooks/webhooks.worker.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import { analyzeGrownTables } from './platform/db/statistics.js';
import { sweepIdempotencyKeys } from './platform/http/idempotency.js';
import type { Services } from './services.js';

export interface WorkerDeps {
  config: Config;
  database: DatabaseHandle;
  services: Services;
}

/** How often expired rate-limit windows, idempotency keys and events are swept. */
const SWEEP_INTERVAL_MS = 600_000;
/**
 * The embedded database's statistics are looked at this long after a start, then at every sweep:
 * a start is not held up, and a data directory that grew since its tables were last analyzed
 * (or never was) is planned from its real size within the first minutes.
 */
const FIRST_STATISTICS_MS = 60_000;

/**
 * Ties the background workers to the app's lifetime: they start when it is ready and stop when it
 * closes. Returns the event hub, which the event stream routes share with the webhook sender.
 */
export function runWorkers(
  app: FastifyInstance,
  { config, database, services }: WorkerDeps,
): { hub: EventHub } {
  const hub = new EventHub(database);
  app.addHook('onClose', () => hub.close());

  // Every instance sends webhook deliveries; the database shares the work out (webhooks.worker.ts).
  const webhookWorker = new WebhookWorker({
    db: database.db,
    config: config.webhooks,
    log: app.log,
    secrets: services.webhookSecrets,
    subscribe: (wake) => hub.subscribeDeliveries(wake),
  });
  app.addHook('onReady', () => webhookWorker.start());
  app.addHook('preClose', () => webhookWorker.stop());

  // Every instance writes the search rows and title words that follow task writes, for the owners
  // whose events grew (events.derive.ts); an owner another instance is deriving is skipped.
  // On the embedded database every write is this process's own: the events are read after a write
  // was answered, not on a timer (an idle instance reads nothing).
  const deriver = new Deriver({
    db: database.db,
    log: app.log,
    ...(database.kind === 'embedded' ? { everyMs: 0 } : {}),
  });
  if (database.kind === 'embedded') {
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400) deriver.poke();
    });
  }
  app.addHook('onReady', () => deriver.start());
  app.addHook('preClose', () => deriver.stop());

  // Every instance sends reminders to browsers by Web Push; the database shares the work out.
  // Only reminder events owe pushes, so task events do not wake it: the scheduler does, below.
  const pushWorker = new PushWorker({
    db: database.db,
    config: config.push,
    appUrl: config.appUrl,
    keys: services.vapid,
    log: app.log,
  });
  app.addHook('onReady', () => pushWorker.start());
  app.addHook('preClose', () => pushWorker.stop());

  // With email on, every instance sends the email outbox: reminder emails, daily agendas and the
  // account emails (mail.worker.ts); the database shares the work out. Task events do not wake it (as for the
  // reminder scheduler, waking every instance on every write costs more than it gives): the
  // scheduler wakes it after delivering reminders, else it looks at the next due moment, or every
  // MAIL_POLL_SECONDS.
  const mailWorker =
    services.mailer && config.mail
      ? new MailWorker({
          db: database.db,
          mailer: services.mailer,
          links: services.mailLinks,
          config: config.mail,
          appUrl: config.appUrl,
          log: app.log,
        })
      : undefined;
  if (mailWorker) {
    // An account email (reset, verification) queued on this instance leaves at once.
    services.mailSignal.wake = () => mailWorker.wake();
    app.addHook('onReady', () => mailWorker.start());
    app.addHook('preClose', () => mailWorker.stop());
  }

  // Every instance delivers reminders; the database shares the work out (reminders.scheduler.ts).
  // A round that delivered some wakes this instance's push and email senders, which then claim them
  // at once rather than at their next poll.
  const reminderScheduler = new ReminderScheduler({
    db: database.db,
    pollMs: config.reminderPollMs,
    log: app.log,
    delivered: () => {
      pushWorker.wake();
      mailWorker?.wake();
    },
  });
  app.addHook('onReady', () => reminderScheduler.start());
  app.addHook('preClose', () => reminderScheduler.stop());

  // One instance at a time relays task events to NATS JetStream; the app never waits for NATS
  // (docs/events.md). While it is on, only what it has published is swept. The relay and the NATS
  // client load only when it is configured (about 25 ms of a start otherwise:
  // docs/decisions/0121-start-order.md).
  const eventBus = config.eventBus;
  let relay: EventRelay | undefined;
  if (eventBus) {
    app.addHook('onReady', async () => {
      const { EventRelay } = await import('./features/events/bus/bus.relay.js');
      relay = new EventRelay({
        database,
        config: eventBus,
        source: config.appUrl,
        lockUrl: config.databaseDirectUrl ?? config.databaseUrl,
        log: app.log,
        watch: (onOwner) => hub.subscribeEvents(onOwner),
      });
      relay.start();
    });
    app.addHook('preClose', async () => relay?.stop());
  }

  // Scheduled backups (BACKUP_EVERY); the database lock lets one instance write each one.
  app.addHook('onReady', () => services.backups.start(app.log));
  app.addHook('preClose', () => services.backups.stop());

  // Expired rate-limit windows and idempotency keys are swept now and then; this only bounds the tables.
  const sweep = setInterval(() => {
    services.limiter.sweep().catch((err) => app.log.warn({ err }, 'rate-limit sweep failed'));
    sweepIdempotencyKeys(database.db).catch((err) => app.log.warn({ err }, 'idempotency sweep failed'));
    // With the bus on, nothing is swept before its relay is there.
    (relay ? relay.sweepEvents() : eventBus ? Promise.resolve() : sweepEvents(database.db))
      .then(() => sweepTombstones(database.db))
      .catch((err) => app.log.warn({ err }, 'event sweep failed'));
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  // The embedded database has no autovacuum: its grown tables are analyzed here (decision 0173).
  // A Postgres server's autovacuum does this itself.
  if (database.kind === 'embedded') {
    let running: Promise<void> | undefined;
    const analyze = () => {
      running ??= analyzeGrownTables(database.db)
        .then((tables) => {
          if (tables.length > 0) app.log.debug({ tables }, 'statistics updated');
        })
        .catch((err) => app.log.warn({ err }, 'updating statistics failed'))
        .finally(() => {
          running = undefined;
        });
    };
    let first: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      first = setTimeout(analyze, FIRST_STATISTICS_MS);
      first.unref();
    });
    const every = setInterval(analyze, SWEEP_INTERVAL_MS);
    every.unref();
    // Not left running into the database's close.
    app.addHook('preClose', async () => {
      clearTimeout(first);
      clearInterval(every);
      await running;
    });
  }

  return { hub };
}
