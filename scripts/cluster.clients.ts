// The clients of `npm run test:cluster`: careful writers and rate-limit bursts through the
// balancer, with what they were told (acknowledged writes, reminders, answers by status), and the
// webhook receiver the instances deliver reminders to.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { type Answer, AnswerStats, call, sleep, type TaskRecord } from './harness.js';

/** API_RATE_LIMIT of the instances: requests per second per user. */
export const RATE_LIMIT = 30;
/** Spread over three instances, a counter per instance would allow all of these; shared, RATE_LIMIT. */
export const BURST = RATE_LIMIT * 2;

/** The webhook receiver: records every delivery of a reminder event. */
export interface Receiver {
  url: string;
  /** Deliveries per event id. */
  byEvent: Map<number, number>;
  /** Each event id's receipts: its Doable-Delivery header and when it came (Date.now()). */
  receipts: Map<number, Array<{ delivery: string; at: number }>>;
  /** The task of each event id delivered. */
  taskOf: Map<number, number>;
  close(): void;
}

export async function startReceiver(): Promise<Receiver> {
  const byEvent = new Map<number, number>();
  const receipts = new Map<number, Array<{ delivery: string; at: number }>>();
  const taskOf = new Map<number, number>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      try {
        const event = JSON.parse(body) as { id: number; task_id: number };
        byEvent.set(event.id, (byEvent.get(event.id) ?? 0) + 1);
        const delivery = String(req.headers['doable-delivery'] ?? '');
        receipts.set(event.id, [...(receipts.get(event.id) ?? []), { delivery, at: Date.now() }]);
        taskOf.set(event.id, event.task_id);
      } catch {
        // not an event: ignored
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    byEvent,
    receipts,
    taskOf,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export const stats = new AnswerStats(true);
export const TRANSIENT = new Set([429, 502, 503, 504]);

/**
 * One request as a careful client makes it: after no answer, a 502-504 or a 429 it waits and tries
 * again (a create with the same Idempotency-Key, so it is made once); at most 8 tries.
 */
export async function send(
  base: string,
  token: string,
  method: string,
  p: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<Answer | undefined> {
  let answer: Answer | undefined;
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      answer = await call(
        base,
        token,
        method,
        p,
        body,
        idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
      );
    } catch {
      answer = undefined;
    }
    stats.count(answer);
    if (answer && !TRANSIENT.has(answer.status)) return answer;
    const retryAfter = Math.min(Number(answer?.retryAfter ?? 0) * 1000, 1000);
    await sleep(Math.max(retryAfter, 150 * attempt));
  }
  return answer;
}

export interface ReminderRecord {
  taskId: number;
  /** When it fires (ms). */
  at: number;
  /** When the create was acknowledged (ms): before `at`, the reminder must be delivered. */
  ackedAt: number;
}

export const records = new Map<number, TaskRecord>();
export const reminders = new Map<number, ReminderRecord>();
export const writes = { creates: 0, updates: 0, completions: 0, uncertain: 0 };

export async function writer(base: string, n: number, token: string, running: () => boolean): Promise<void> {
  const mine: TaskRecord[] = [];
  for (let i = 0; running(); i++) {
    const began = Date.now();
    const title = `w${n}-${i}`;
    if (mine.length < 3 || Math.random() < 0.35) {
      const withReminder = Math.random() < 0.3;
      const at = Date.now() + 4000 + Math.floor(Math.random() * 8000);
      const body = withReminder ? { title, reminders: [{ at: new Date(at).toISOString() }] } : { title };
      const answer = await send(base, token, 'POST', '/api/me/tasks', body, randomUUID());
      if (answer?.status === 201) {
        const record: TaskRecord = {
          id: Number((answer.body as { id: number }).id),
          acked: title,
          uncertain: [],
        };
        // Renamed, never completed: completing a task may drop its reminder.
        if (!withReminder) mine.push(record);
        else reminders.set(record.id, { taskId: record.id, at, ackedAt: Date.now() });
        records.set(record.id, record);
        writes.creates++;
      } else {
        if (answer && answer.status < 500)
          stats.unexpected.push(`POST ${answer.status} ${JSON.stringify(answer.body)}`);
        writes.uncertain++;
      }
    } else {
      const record = mine[Math.floor(Math.random() * mine.length)]!;
      const complete = !record.completed && Math.random() < 0.25;
      const answer = complete
        ? await send(base, token, 'PATCH', `/api/me/tasks/${record.id}/complete`, { completed: true })
        : await send(base, token, 'PATCH', `/api/me/tasks/${record.id}`, { title });
      if (answer?.status === 200) {
        if (complete) {
          record.completed = true;
          writes.completions++;
        } else {
          record.acked = title;
          record.uncertain = [];
          writes.updates++;
        }
      } else {
        if (answer && answer.status < 500)
          stats.unexpected.push(
            `${complete ? 'complete' : 'PATCH'} ${answer.status} ${JSON.stringify(answer.body)}`,
          );
        if (!complete) record.uncertain.push(title);
        writes.uncertain++;
      }
    }
    // Two writers per user stay under the user's rate limit.
    await sleep(Math.max(10, 150 - (Date.now() - began)));
  }
}

export interface BurstResult {
  allowed: number;
  limited: number;
  other: string[];
  backends: Map<string, number>;
  ms: number;
  badLimited: number;
}

/**
 * BURST requests of one user at once through the balancer, within one rate-limit window (one
 * second, aligned): with counters shared by the instances, at most RATE_LIMIT are allowed; with a
 * counter per instance, up to three times as many would be.
 */
export async function rateLimitBurst(
  base: string,
  token: string,
  say: (line: string) => void,
): Promise<BurstResult> {
  for (let attempt = 1; ; attempt++) {
    await sleep(1000 - (Date.now() % 1000) + 20);
    const second = Math.floor(Date.now() / 1000);
    const at = Date.now();
    const answers = await Promise.all(
      Array.from({ length: BURST }, () =>
        call(base, token, 'GET', '/api/me/tasks?limit=1').catch(() => undefined),
      ),
    );
    const ms = Date.now() - at;
    if (Math.floor(Date.now() / 1000) !== second && attempt < 5) {
      say(`rate-limit burst took ${ms} ms, past its one-second window: again`);
      continue;
    }
    const result: BurstResult = { allowed: 0, limited: 0, other: [], backends: new Map(), ms, badLimited: 0 };
    for (const answer of answers) {
      if (answer?.status === 500) stats.count(answer);
      if (answer?.status === 200) result.allowed++;
      else if (answer?.status === 429) {
        result.limited++;
        if (!answer.contentType.startsWith('application/problem+json') || !answer.retryAfter)
          result.badLimited++;
      } else result.other.push(String(answer?.status ?? 'no answer'));
      if (answer?.backend)
        result.backends.set(answer.backend, (result.backends.get(answer.backend) ?? 0) + 1);
    }
    return result;
  }
}

export const burstLine = (b: BurstResult) =>
  `${b.allowed} allowed, ${b.limited} limited (429) of ${BURST} in ${b.ms} ms; answered by ${[...b.backends]
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')}${b.other.length ? `; other: ${b.other.slice(0, 5).join(', ')}` : ''}`;
