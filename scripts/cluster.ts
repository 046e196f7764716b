// `npm run test:cluster`: three app instances behind HAProxy (Debian's `haproxy`) on one Postgres
// server of the run's own (initdb in a temporary directory, a free loopback port: nobody else's
// server is touched). Under mixed load through the balancer (writers creating, renaming and
// completing tasks, some with reminders coming due; two live-update streams per user resuming
// with Last-Event-ID wherever the balancer sends them; a webhook receiver for the reminders) it
// kills one instance with kill -9, restarts another with SIGTERM (a rolling restart) and restarts
// Postgres like a crash. Then it prints and asserts: acknowledged writes lost, events missed or
// repeated on the streams, reminders delivered other than once (events and webhook deliveries),
// the per-user rate limit counted once across instances (a burst spread over the three), 500
// answers. Exit 1 when any is wrong, 2 when the run itself failed. Bounded: about two minutes.
//
// `npm run test:cluster -- --bench` measures instead: requests per second through the balancer
// with one, two and three instances in the same run (alternating slices, autocannon), and the
// time a new instance takes to become ready (/health/ready 200), the median of several starts.
//
// Environment: CLUSTER_REDIS_URL (e.g. redis://127.0.0.1:6379) gives the instances REDIS_URL, so the
// rate-limit counters are Redis's instead of Postgres's; CLUSTER_KEEP_LOGS=1 keeps the instances' and HAProxy's logs (kept anyway when the
// run fails); CLUSTER_BENCH_SECONDS (per slice, default 5), CLUSTER_BENCH_ROUNDS (default 3),
// CLUSTER_BENCH_CONNECTIONS (default 20).
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Balancer, type Frontend } from './cluster.balancer.js';
import { benchRun } from './cluster.bench.js';
import {
  type BurstResult,
  burstLine,
  RATE_LIMIT,
  rateLimitBurst,
  records,
  reminders,
  send,
  startReceiver,
  stats,
  writer,
  writes,
} from './cluster.clients.js';
import {
  clock,
  EventClient,
  freePort,
  Instance,
  lostWrites,
  query,
  signToken,
  sleep,
  streamCheck,
  ThrowawayPostgres,
} from './harness.js';

const BENCH = process.argv.includes('--bench');
const DEADLINE_MS = BENCH ? 900_000 : 420_000;
const WRITER_USERS = 3;
const WRITERS_PER_USER = 2;
const STREAMS_PER_USER = 2;

const { say } = clock();
const secret = randomBytes(36).toString('base64url');
const workDir = await mkdtemp(path.join(tmpdir(), 'doable-cluster-'));
// The postgres user (the server runs as it when this runs as root) must reach its directory.
await chmod(workDir, 0o755);
const logDir = path.join(workDir, 'logs');
await mkdir(logDir);
const postgres = new ThrowawayPostgres(path.join(workDir, 'postgres'));
let dbUrl = '';

// ---------------------------------------------------------------------------------------------
// The instances and the balancer.

const instances: Instance[] = [];

async function makeInstance(name: string, balancerUrl: string, rateLimit: number): Promise<Instance> {
  const port = await freePort();
  const instance = new Instance(name, port, path.join(logDir, `${name}.log`), {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    DATABASE_POOL_MAX: '10',
    DATA_DIR: path.join(workDir, `data-${name}`),
    BETTER_AUTH_SECRET: secret,
    APP_URL: balancerUrl,
    LOG_LEVEL: 'info',
    API_RATE_LIMIT: String(rateLimit),
    EVENTS_HEARTBEAT_SECONDS: '2',
    SHUTDOWN_TIMEOUT_MS: '10000',
    REMINDER_POLL_SECONDS: '0.5',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_POLL_SECONDS: '0.5',
    WEBHOOK_RETRY_SECONDS: '1,2,3,5',
    ...(process.env.CLUSTER_REDIS_URL ? { REDIS_URL: process.env.CLUSTER_REDIS_URL } : {}),
  });
  instances.push(instance);
  return instance;
}

let balancer: Balancer | undefined;
/** Starts the balancer of the run (stopped with the run). */
async function startBalancer(frontends: Frontend[]): Promise<Balancer> {
  balancer = new Balancer(frontends, workDir, logDir);
  await balancer.start();
  return balancer;
}

// ---------------------------------------------------------------------------------------------
// The run under faults.

async function testRun(): Promise<number> {
  const receiver = await startReceiver();
  const proxyPort = await freePort();
  const lb = `http://127.0.0.1:${proxyPort}`;
  const a = await makeInstance('a', lb, RATE_LIMIT);
  const b = await makeInstance('b', lb, RATE_LIMIT);
  const c = await makeInstance('c', lb, RATE_LIMIT);
  const readyTimes: string[] = [];
  readyTimes.push(`a ${await a.start('/health/ready')} ms (migrating an empty database)`);
  const [tb, tc] = await Promise.all([b.start('/health/ready'), c.start('/health/ready')]);
  readyTimes.push(`b ${tb} ms, c ${tc} ms (together)`);
  await startBalancer([{ port: proxyPort, servers: [a, b, c] }]);
  say(`instances ready (${readyTimes.join('; ')}); HAProxy on ${lb}; logs in ${logDir}`);

  const run = randomBytes(3).toString('hex');
  const users = Array.from({ length: WRITER_USERS }, (_, i) => `cluster-${run}-${i}`);
  const tokens = await Promise.all(users.map((u) => signToken(secret, u)));
  const rlToken = await signToken(secret, `cluster-${run}-rl`);
  for (const token of tokens) {
    const answer = await send(lb, token, 'POST', '/api/me/webhooks', {
      url: receiver.url,
      events: ['reminder'],
    });
    if (answer?.status !== 201)
      throw new Error(`webhook not created: ${answer?.status} ${JSON.stringify(answer?.body)}`);
  }

  const streams = tokens.flatMap((token, u) =>
    Array.from({ length: STREAMS_PER_USER }, () => ({ user: u, client: new EventClient(() => lb, token) })),
  );
  for (const s of streams) s.client.start();
  await sleep(500);
  let writing = true;
  const writers = tokens.flatMap((token, u) =>
    Array.from({ length: WRITERS_PER_USER }, (_, k) =>
      writer(lb, u * WRITERS_PER_USER + k, token, () => writing),
    ),
  );

  const failures: string[] = [];
  // When a sender died mid-send (kill -9 of an instance, Postgres's crash restart): a webhook sent
  // just before may be sent again, as docs/webhooks.md says (receivers drop it by Doable-Delivery).
  const diedAt: number[] = [];
  const restarts: string[] = [];
  const phase = async (name: string, fault: () => Promise<string | undefined>, settleMs = 3000) => {
    const before = writes.creates + writes.updates + writes.completions;
    const note = await fault();
    await sleep(settleMs);
    say(
      `${name}${note ? ` (${note})` : ''}: ${writes.creates + writes.updates + writes.completions - before} acknowledged writes since`,
    );
  };

  await phase('warm-up', async () => undefined, 3000);
  const bursts: BurstResult[] = [];
  await phase('rate-limit burst, three instances up', async () => {
    bursts.push(await rateLimitBurst(lb, rlToken, say));
    return burstLine(bursts.at(-1)!);
  });
  // A restart that fails (the process exits during start) is a failure; it is tried once more so
  // the run goes on.
  const restart = (instance: Instance, why: string) =>
    instance
      .start('/health/ready', 120_000)
      .catch(async (error: Error) => {
        failures.push(`${instance.name} did not start (${why}): ${error.message}`);
        return instance.start('/health/ready', 120_000);
      })
      .then((ms) => {
        restarts.push(`${instance.name} (${why}) ready in ${ms} ms`);
        say(`instance ${instance.name} ready again (${why}) in ${ms} ms`);
      });
  let starting: Promise<void>[] = [];
  await phase('instance a kill -9 under load (started again at once, in the background)', async () => {
    diedAt.push(Date.now());
    const exit = await a.stop('SIGKILL');
    starting.push(restart(a, 'after kill -9'));
    return `exit ${exit.code ?? exit.signal}`;
  });
  await phase('instance b rolling restart (SIGTERM, then started again in the background)', async () => {
    const exit = await b.stop('SIGTERM');
    const line = `exit ${exit.code ?? exit.signal} after ${exit.ms} ms`;
    if (exit.code !== 0 || exit.ms > 5000) failures.push(`b SIGTERM: ${line}`);
    starting.push(restart(b, 'rolling restart'));
    return line;
  });
  await phase(
    'Postgres crash restart (immediate)',
    async () => {
      diedAt.push(Date.now());
      return `back in ${await postgres.restart('immediate')} ms`;
    },
    3000,
  );
  await phase(
    'a and b ready again',
    async () => {
      await Promise.all(starting);
      starting = [];
      return undefined;
    },
    2000,
  );
  await phase('rate-limit burst after the faults', async () => {
    bursts.push(await rateLimitBurst(lb, rlToken, say));
    return burstLine(bursts.at(-1)!);
  });

  writing = false;
  await Promise.all(writers);
  say('writers stopped; waiting for the reminders to come due, the streams and the webhook receiver');

  // -------------------------------------------------------------------------------------------
  // Checks: the database is the truth.
  const lastAt = Math.max(0, ...[...reminders.values()].map((r) => r.at));
  await sleep(Math.max(0, lastAt - Date.now()) + 1000);
  const reminderEvents = async () =>
    query<{ id: string; seq: string; user_id: string; task_id: string }>(
      dbUrl,
      "select id, seq, user_id, task_id from task_events where type = 'reminder' and user_id = any($1) order by id",
      [users],
    );
  const userEvents = async () =>
    query<{ user_id: string; seq: string }>(
      dbUrl,
      'select user_id, seq from task_events where user_id = any($1)',
      [users],
    );
  let due = await query<{ n: number }>(
    dbUrl,
    'select count(*)::int as n from task_reminders where user_id = any($1) and sent_at is null and fire_at <= now()',
    [users],
  );
  for (let waited = 0; waited < 15_000 && due[0]!.n > 0; waited += 500) {
    await sleep(500);
    due = await query(
      dbUrl,
      'select count(*)::int as n from task_reminders where user_id = any($1) and sent_at is null and fire_at <= now()',
      [users],
    );
  }
  const idsOf = (rows: { user_id: string; seq: string }[], user: string) =>
    rows.filter((r) => r.user_id === user).map((r) => Number(r.seq));
  let events = await userEvents();
  let reminderRows = await reminderEvents();
  const caughtUp = () =>
    streams.every((s) => idsOf(events, users[s.user]!).every((id) => s.client.seen.has(id))) &&
    reminderRows.every((r) => receiver.byEvent.has(Number(r.id)));
  for (let waited = 0; waited < 20_000 && !caughtUp(); waited += 500) {
    await sleep(500);
    events = await userEvents();
    reminderRows = await reminderEvents();
  }
  for (const s of streams) s.client.stop();
  await sleep(500);
  // A webhook delivery whose sender lost it is sent again when its lease ends (WEBHOOK_TIMEOUT_MS
  // + 60 s): late, not lost. Wait for that once, and say so.
  const waitingFrom = Date.now();
  let lateWebhooks = reminderRows.filter((r) => !receiver.byEvent.has(Number(r.id))).length;
  if (lateWebhooks) {
    say(`${lateWebhooks} reminder webhooks not received yet: waiting up to 70 s more (a lease)`);
    while (
      Date.now() - waitingFrom < 70_000 &&
      reminderRows.some((r) => !receiver.byEvent.has(Number(r.id)))
    ) {
      await sleep(500);
    }
    lateWebhooks -= reminderRows.filter((r) => !receiver.byEvent.has(Number(r.id))).length;
    say(`${lateWebhooks} of them arrived late, after ${Date.now() - waitingFrom} ms`);
  }

  const rows = await query<{ id: string; title: string; completed: boolean }>(
    dbUrl,
    'select id, title, completed from tasks where user_id = any($1)',
    [users],
  );
  const lost = lostWrites(
    records.values(),
    new Map(rows.map((r) => [Number(r.id), { title: r.title, completed: r.completed }])),
  );

  let missed = 0;
  let repeated = 0;
  let unknown = 0;
  const streamLines: string[] = [];
  for (const [i, s] of streams.entries()) {
    const check = streamCheck(idsOf(events, users[s.user]!), s.client.seen);
    missed += check.missed.length;
    repeated += check.repeated.length;
    unknown += check.unknown.length;
    streamLines.push(
      `stream ${i} (user ${s.user}): ${s.client.connections} connections, ${s.client.resumedElsewhere} resumed on another instance, ${s.client.seen.size} events` +
        (check.missed.length ? `, missed ${check.missed.slice(0, 10).join(' ')}` : '') +
        (check.repeated.length ? `, repeated ${check.repeated.slice(0, 10).join(' ')}` : '') +
        (check.unknown.length ? `, unknown ${check.unknown.slice(0, 10).join(' ')}` : ''),
    );
  }
  const resumedElsewhere = streams.reduce((sum, s) => sum + s.client.resumedElsewhere, 0);

  // Reminders: one event per reminder in the table, one on each of the user's streams, one webhook delivery.
  const eventsPerTask = new Map<number, number>();
  for (const r of reminderRows)
    eventsPerTask.set(Number(r.task_id), (eventsPerTask.get(Number(r.task_id)) ?? 0) + 1);
  const reminderTwice = [...eventsPerTask].filter(([, n]) => n > 1).map(([task]) => task);
  const mustFire = [...reminders.values()].filter((r) => r.ackedAt < r.at - 500);
  const notFired = mustFire.filter((r) => !eventsPerTask.has(r.taskId)).map((r) => r.taskId);
  const onStreams = new Map<string, number>();
  for (const [i, s] of streams.entries()) {
    for (const [id, kind] of s.client.kinds) {
      if (kind.type === 'reminder')
        onStreams.set(`${i}:${kind.taskId}`, (onStreams.get(`${i}:${kind.taskId}`) ?? 0) + 1);
      void id;
    }
  }
  const streamReminderTwice = [...onStreams].filter(([, n]) => n > 1).length;
  const webhookMissing = reminderRows
    .filter((r) => !receiver.byEvent.has(Number(r.id)))
    .map((r) => Number(r.id));
  // A repeat is the documented one when every receipt carries one delivery id and the first came
  // within 10 s before a sender died (or 2 s after: the kill's own moment is taken before the signal).
  const documentedRepeat = (id: number) => {
    const seen = receiver.receipts.get(id) ?? [];
    const first = seen[0]?.at ?? 0;
    return (
      new Set(seen.map((r) => r.delivery)).size === 1 &&
      diedAt.some((at) => first >= at - 10_000 && first <= at + 2_000)
    );
  };
  const repeats = [...receiver.byEvent].filter(([, n]) => n > 1).map(([id]) => id);
  const webhookTwice = repeats.filter((id) => !documentedRepeat(id));
  const webhookRepeatedAfterDeath = repeats.length - webhookTwice.length;
  const webhookPerTask = new Map<number, number>();
  for (const [id, task] of receiver.taskOf) {
    void id;
    webhookPerTask.set(task, (webhookPerTask.get(task) ?? 0) + 1);
  }
  const webhookTaskTwice = [...webhookPerTask].filter(([, n]) => n > 1).length;

  // What the database says about the deliveries the receiver did not get.
  const undelivered = webhookMissing.length
    ? await query<Record<string, unknown>>(
        dbUrl,
        `select event_id, status, attempts, round(extract(epoch from next_attempt_at - now())::numeric, 1) as next_in_s,
           last_status, last_error, delivered_at from webhook_deliveries where event_id = any($1::bigint[]) order by event_id`,
        [webhookMissing],
      )
    : [];
  // How late reminders fired: the event's time past the reminder's moment.
  const [lag] = await query<{ median: number | null; max: number | null }>(
    dbUrl,
    `select percentile_cont(0.5) within group (order by ms) as median, max(ms) as max from (
       select extract(epoch from created_at - (detail->>'fire_at')::timestamptz) * 1000 as ms
       from task_events where type = 'reminder' and user_id = any($1)) l`,
    [users],
  );
  const limitBroken = bursts.filter((b) => b.allowed > RATE_LIMIT || b.backends.size < 2 || b.other.length);
  const badLimited = bursts.reduce((sum, b) => sum + b.badLimited, 0);
  const statusLine = stats.statusLine();

  console.log('');
  console.log(
    `Cluster run results (3 instances behind HAProxy, one Postgres; rate-limit counters in ${process.env.CLUSTER_REDIS_URL ? 'Redis' : 'Postgres'})`,
  );
  console.log(
    `  answers by status     ${statusLine}; no answer: ${stats.noAnswer}; balancer's own 502-504: ${stats.balancerErrors}`,
  );
  console.log(
    `  acknowledged writes   ${writes.creates} creates (${reminders.size} with a reminder), ${writes.updates} renames, ${writes.completions} completions; ${writes.uncertain} writes unacknowledged after retries`,
  );
  console.log(`  instance starts       ${[...readyTimes, ...restarts].join('; ')}`);
  for (const line of streamLines) console.log(`  ${line}`);
  console.log(
    `  reminders             ${reminderRows.length} reminder events for ${eventsPerTask.size} tasks; ${mustFire.length} acknowledged before their moment; webhook deliveries ${[...receiver.byEvent.values()].reduce((x, y) => x + y, 0)}; fired late by median ${Math.round(lag?.median ?? 0)} ms, max ${Math.round(lag?.max ?? 0)} ms`,
  );
  for (const [i, b] of bursts.entries()) console.log(`  rate-limit burst ${i + 1}    ${burstLine(b)}`);
  for (const row of undelivered) console.log(`  not received: ${JSON.stringify(row)}`);
  if (webhookRepeatedAfterDeath)
    console.log(
      `  reminder webhooks sent again after their sender died mid-send (one delivery id, as documented): ${webhookRepeatedAfterDeath}`,
    );
  if (lateWebhooks)
    console.log(`  reminder webhooks received late (over 20 s after the end of the load): ${lateWebhooks}`);
  if (stats.unexpected.length) console.log(`  unexpected 4xx: ${stats.unexpected.slice(0, 5).join(' | ')}`);
  if (stats.bare503) console.log(`  503 answers without problem+json and Retry-After: ${stats.bare503}`);
  if (badLimited) console.log(`  429 answers without problem+json and Retry-After: ${badLimited}`);
  for (const line of failures) console.log(`  shutdown not clean: ${line}`);
  console.log('');
  const result = (label: string, n: number, detail = '') =>
    console.log(`  ${label.padEnd(48)}${n}${n && detail ? `  (${detail})` : ''}`);
  result('acknowledged writes lost:', lost.length, lost.slice(0, 5).join('; '));
  result('events missed (all streams):', missed);
  result('events repeated (all streams):', repeated);
  result('events seen that are not in the table:', unknown);
  result(
    'reminders with more than one event:',
    reminderTwice.length,
    `tasks ${reminderTwice.slice(0, 10).join(' ')}`,
  );
  result(
    'reminders acknowledged in time but not fired:',
    notFired.length,
    `tasks ${notFired.slice(0, 10).join(' ')}`,
  );
  result('reminders seen twice on a stream:', streamReminderTwice);
  result(
    'reminder events without a webhook delivery:',
    webhookMissing.length,
    webhookMissing.slice(0, 10).join(' '),
  );
  result(
    'reminder webhooks delivered more than once:',
    webhookTwice.length + webhookTaskTwice,
    webhookTwice.join(' '),
  );
  result('rate-limit bursts over the limit of one user:', limitBroken.length);
  result('500 answers:', stats.fiveHundreds);
  console.log(`  streams resumed on another instance:            ${resumedElsewhere} (must be > 0)`);
  console.log('');

  receiver.close();
  const bad =
    lost.length +
    missed +
    repeated +
    unknown +
    reminderTwice.length +
    notFired.length +
    streamReminderTwice +
    webhookMissing.length +
    webhookTwice.length +
    webhookTaskTwice +
    limitBroken.length +
    badLimited +
    stats.fiveHundreds +
    stats.bare503 +
    stats.unexpected.length +
    failures.length +
    (resumedElsewhere > 0 ? 0 : 1) +
    (reminderRows.length > 0 ? 0 : 1);
  return bad ? 1 : 0;
}
// ---------------------------------------------------------------------------------------------

let cleaned: Promise<void> | undefined;
function cleanup(keepLogs: boolean): Promise<void> {
  cleaned ??= (async () => {
    await Promise.all(
      instances.map(async (i) => {
        if (!i.running) return;
        const timer = setTimeout(() => i.child?.kill('SIGKILL'), 12_000);
        await i.stop('SIGTERM');
        clearTimeout(timer);
      }),
    );
    balancer?.stop();
    await postgres.remove();
    if (keepLogs) console.log(`logs kept in ${logDir}`);
    else await rm(workDir, { recursive: true, force: true });
  })();
  return cleaned;
}

process.on('exit', () => {
  for (const i of instances) if (i.running) i.child!.kill('SIGKILL');
  balancer?.stop();
});
process.once('SIGINT', () => {
  say('interrupted');
  void cleanup(true).finally(() => process.exit(130));
});
setTimeout(() => {
  say(`the run exceeded ${DEADLINE_MS / 1000} s: giving up`);
  void cleanup(true).finally(() => process.exit(2));
}, DEADLINE_MS).unref();

let code = 2;
try {
  await postgres.start();
  await query(postgres.adminUrl, 'create database doable');
  dbUrl = postgres.urlOf('doable');
  say(`Postgres of the run on 127.0.0.1:${postgres.port} (${postgres.dir})`);
  code = BENCH ? await benchRun({ secret, say, makeInstance, startBalancer }) : await testRun();
} catch (error) {
  say(`the run failed: ${error instanceof Error ? error.stack : String(error)}`);
  code = 2;
} finally {
  await cleanup(code !== 0 || Boolean(process.env.CLUSTER_KEEP_LOGS));
}
process.exit(code);
