// GET /metrics: Prometheus text with request durations by route pattern (never the raw path), the
// database pool, the work queues (reminders due, webhook deliveries pending) and process metrics;
// behind METRICS_TOKEN when it is set, else for this machine only.
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/platform/config.js';
import { rawQuery } from '../server/platform/db/client.js';
import { onServer } from './support/database.js';
import { PROBLEM } from './support/expect.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The value of one sample (`name{labels} value`), or undefined when it is absent. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const escaped = `${name}${labels ? `{${labels}}` : ''}`.replace(/[{}()[\]+.*?^$|\\]/g, '\\$&');
  const match = new RegExp(`^${escaped} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

function expectUnauthorized(res: ApiResponse, code: string): void {
  expect(res.status, res.text).toBe(401);
  expect(res.headers.get('content-type')).toMatch(PROBLEM);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(res.body).toMatchObject({ status: 401, error_code: code, instance: '/metrics' });
}

async function scrape(server: TestServer, token?: string): Promise<string> {
  const res = await server.request(
    'GET',
    '/metrics',
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );
  expect(res.status, res.text).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
}

describe('/metrics', () => {
  it('counts requests by route pattern, status and method, never by raw path; shows the pool and process', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const alice = server.as('metrics-alice');
    expect((await alice('GET', '/api/me/tasks')).status).toBe(200);
    expect((await alice('GET', '/api/metrics-alice/tasks')).status).toBe(200);
    expect((await alice('GET', '/api/me/tasks/987654')).status).toBe(404);
    const text = await scrape(server);

    expect(
      sample(
        text,
        'http_request_duration_seconds_count',
        'method="GET",route="/api/:user_id/tasks",status_code="200"',
      ),
    ).toBe(2);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count',
        'method="GET",route="/api/:user_id/tasks/:id",status_code="404"',
      ),
    ).toBe(1);
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/:user_id\/tasks",status_code="200"\} \d+$/m,
    );
    // No raw path, id or user in any label.
    expect(text).not.toContain('/api/me/');
    expect(text).not.toContain('metrics-alice');
    expect(text).not.toContain('987654');

    if (onServer) {
      expect(sample(text, 'doable_database_pool_connections', 'state="total"')).toBeGreaterThan(0);
      expect(sample(text, 'doable_database_pool_waiting')).toBe(0);
    } else {
      expect(sample(text, 'doable_database_open')).toBe(1);
    }
    expect(sample(text, 'doable_queue_stats_up')).toBe(1);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('needs the bearer token when METRICS_TOKEN is set: 401 problems without it or with a wrong one', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const server = await startTestServer({ env: { METRICS_TOKEN: token } });
    cleanups.push(() => server.close());
    expectUnauthorized(await server.request('GET', '/metrics'), 'AUTH_MISSING');
    for (const authorization of [`Bearer ${token}x`, 'Bearer wrong', `Basic ${token}`, token]) {
      const wrong = await server.request('GET', '/metrics', { headers: { authorization } });
      expectUnauthorized(wrong, 'AUTH_INVALID');
      expect(wrong.text).not.toContain(token);
    }
    // A user's token is not the metrics token.
    expectUnauthorized(await server.as('someone')('GET', '/metrics'), 'AUTH_INVALID');
    expect(await scrape(server, token)).toMatch(/^doable_queue_stats_up 1$/m);
  });

  it('without METRICS_TOKEN answers only this machine: a request a proxy forwarded is a 403 problem', async () => {
    const server = await startTestServer({ env: { TRUST_PROXY: '1' } });
    cleanups.push(() => server.close());
    for (const headers of [
      { 'x-forwarded-for': '203.0.113.9' } as Record<string, string>,
      { 'x-forwarded-for': '127.0.0.1' },
      { forwarded: 'for=203.0.113.9' },
    ]) {
      const res = await server.request('GET', '/metrics', { headers });
      expect(res.status, res.text).toBe(403);
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ status: 403, error_code: 'AUTH_FORBIDDEN', instance: '/metrics' });
      expect(res.body.detail).toMatch(/only to this machine .* METRICS_TOKEN/);
      expect(res.text).not.toContain('http_request_duration_seconds');
    }
    // The scraper on this machine itself, over loopback.
    expect(await scrape(server)).toMatch(/^doable_queue_stats_up 1$/m);
  });

  it('refuses a METRICS_TOKEN that is short or has spaces, naming it', () => {
    for (const METRICS_TOKEN of ['too-short', 'sixteen chars or more']) {
      expect(() => loadConfig({ METRICS_TOKEN })).toThrow(ConfigError);
      expect(() => loadConfig({ METRICS_TOKEN })).toThrow(/METRICS_TOKEN/);
    }
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token' }).metricsToken).toBe('a-long-enough-token');
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });

  it('is not in the OpenAPI document (it is text, for operators)', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const doc = await server.request('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths)).not.toContain('/metrics');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  it('shows reminders due and webhook deliveries pending, with the age of the oldest', async () => {
    // Workers that look only hourly (and at start), so nothing sends what the test puts in place.
    const env = { REMINDER_POLL_SECONDS: '3600', WEBHOOK_POLL_SECONDS: '3600' };
    const before = await startTestServer({ env });
    cleanups.push(() => before.close());
    // A second instance on the same database: its own five-second cache of the queue figures.
    const after = await startTestServer({ database: before.database, env });
    cleanups.push(() => after.app.close());
    await new Promise((r) => setTimeout(r, 300));

    const idle = await scrape(before);
    expect(sample(idle, 'doable_reminders_due')).toBe(0);
    expect(sample(idle, 'doable_reminders_oldest_due_seconds')).toBe(0);
    expect(sample(idle, 'doable_webhook_deliveries_pending')).toBe(0);
    expect(sample(idle, 'doable_webhook_oldest_due_seconds')).toBe(0);

    const user = 'metrics-queues';
    const task = await before.as(user)('POST', '/api/me/tasks', {
      body: {
        title: 'Call the plumber',
        due_at: '2031-03-04T12:00:00Z',
        reminders: [{ minutes_before: 30 }],
      },
    });
    expect(task.status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    const db = before.database.db;
    // Its reminder's moment came a minute ago.
    await rawQuery(db, `update task_reminders set fire_at = now() - interval '1 minute' where task_id = $1`, [
      task.body.id,
    ]);
    // A webhook with a delivery of the task's event, due two minutes ago.
    const [hook] = await rawQuery<{ id: number }>(
      db,
      `insert into webhooks (user_id, url, events, secret) values ($1, 'https://hooks.example.com/x', '{task.created}', 'plain') returning id`,
      [user],
    );
    await rawQuery(
      db,
      `insert into webhook_deliveries (webhook_id, event_id, next_attempt_at)
       select $1, id, now() - interval '2 minutes' from task_events where user_id = $2`,
      [hook!.id, user],
    );

    const busy = await scrape(after);
    expect(sample(busy, 'doable_queue_stats_up')).toBe(1);
    expect(sample(busy, 'doable_reminders_due')).toBe(1);
    expect(sample(busy, 'doable_reminders_oldest_due_seconds')).toBeGreaterThanOrEqual(59);
    expect(sample(busy, 'doable_webhook_deliveries_pending')).toBe(1);
    expect(sample(busy, 'doable_webhook_deliveries_due')).toBe(1);
    expect(sample(busy, 'doable_webhook_oldest_due_seconds')).toBeGreaterThanOrEqual(119);
    expect(sample(busy, 'doable_task_events_newest_age_seconds')).toBeLessThan(60);
  });

  it('still answers when the database is down, saying the queue figures are unknown', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.app.close());
    await server.database.close();
    const text = await scrape(server);
    expect(sample(text, 'doable_queue_stats_up')).toBe(0);
    expect(sample(text, 'doable_reminders_due')).toBeNaN();
    if (!onServer) expect(sample(text, 'doable_database_open')).toBe(0);
  });
});
