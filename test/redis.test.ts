// Rate-limit counters in Redis (REDIS_URL): shared by several instances, nothing in Postgres.
// Runs when TEST_REDIS_URL names a Redis server (CI sets it; the machine runs one on 6379).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { RateLimiter, RedisRateLimitStore } from '../server/platform/ratelimit/ratelimit.js';
import { createTestDatabase } from './support/database.js';
import { startTestServer, type TestServer } from './support/server.js';

const redisUrl = process.env.TEST_REDIS_URL;

describe.runIf(redisUrl)('rate limits in Redis', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('counts per window and resets in the next, with keys that expire by themselves', async () => {
    let now = 1_000_000_000_000;
    const limiter = new RateLimiter(new RedisRateLimitStore(redis), () => now);
    const key = `test:${randomUUID()}`;
    const first = await limiter.hit(key, 2, 10);
    const second = await limiter.hit(key, 2, 10);
    const third = await limiter.hit(key, 2, 10);
    expect([first.allowed, second.allowed, third.allowed]).toEqual([true, true, false]);
    expect(third.remaining).toBe(0);
    now += 10_000;
    expect((await limiter.hit(key, 2, 10)).allowed).toBe(true);
    const ttl = await redis.pttl(`doable:rl:${key}:${now}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(11_000);
  });

  it('two instances share one per-user budget and write nothing to Postgres', async () => {
    const database = await createTestDatabase();
    const env = { REDIS_URL: redisUrl!, API_RATE_LIMIT: '3' };
    const servers: TestServer[] = [
      await startTestServer({ database, env }),
      await startTestServer({ database, env }),
    ];
    const user = `redis-${randomUUID()}`;
    while (Date.now() % 1000 > 100) await new Promise((r) => setTimeout(r, 10));
    // 8 requests over at most two one-second windows: with a budget of 3 per window, some must be refused.
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        servers[i % 2]!.as(user)('GET', '/api/me/tasks').then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    const [row] = await rawQuery<{ n: number }>(
      database.db,
      'select count(*)::int as n from rate_limits',
      [],
    );
    expect(row!.n).toBe(0);
    for (const s of servers) await s.app.close();
    await database.close();
  });
});
