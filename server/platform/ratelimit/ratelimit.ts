// Fixed-window rate limiting whose counters every server instance shares: in Postgres (one
// upsert per hit) or, when REDIS_URL is set, in Redis (one INCR per hit). Used for failed sign-ins
// (per account and per address: a hit is taken back when the attempt succeeds), sign-up attempts
// and the per-user API rate.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type Database, rawQuery } from '../db/client.js';
import { AppError } from '../errors.js';

/** Where counters live: counts one hit on `key` in the window starting at `windowStart` (ms). */
export interface RateLimitStore {
  increment(key: string, windowStart: number, windowMs: number): Promise<number>;
  /** Takes back one hit on `key` counted in the window starting at `windowStart`, if it is still there. */
  decrement(key: string, windowStart: number): Promise<void>;
  /** Forgets counters whose window started before `before` (ms). */
  sweep(before: number): Promise<void>;
}

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
  windowSeconds: number;
}

const HIT = `
  insert into rate_limits (key, window_start, count) values ($1, $2, 1)
  on conflict (key) do update set
    -- A hit stamped in an earlier window (another instance, a request straddling the boundary)
    -- counts in the current one; it never moves the window back or restarts the count.
    count = case when excluded.window_start > rate_limits.window_start then 1 else rate_limits.count + 1 end,
    window_start = greatest(rate_limits.window_start, excluded.window_start)
  returning count`;

export class PostgresRateLimitStore implements RateLimitStore {
  constructor(private readonly db: Database) {}

  async increment(key: string, windowStart: number): Promise<number> {
    const [row] = await rawQuery<{ count: number }>(this.db, HIT, [key, windowStart]);
    return Number(row?.count ?? 1);
  }

  async decrement(key: string, windowStart: number): Promise<void> {
    await rawQuery(
      this.db,
      'update rate_limits set count = greatest(count - 1, 0) where key = $1 and window_start = $2',
      [key, windowStart],
    );
  }

  async sweep(before: number): Promise<void> {
    await rawQuery(this.db, 'delete from rate_limits where window_start < $1', [before]);
  }
}

/** Decrements a window's key only while it exists (an expired window is not brought back). */
const DECREMENT_IF_PRESENT =
  "if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end return 0";

export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  async increment(key: string, windowStart: number, windowMs: number): Promise<number> {
    const redisKey = `doable:rl:${key}:${windowStart}`;
    const [[, count] = [null, 1]] = (await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, windowMs + 1000)
      .exec()) as [Error | null, number][];
    return Number(count);
  }

  async decrement(key: string, windowStart: number): Promise<void> {
    await this.redis.eval(DECREMENT_IF_PRESENT, 1, `doable:rl:${key}:${windowStart}`);
  }

  async sweep(): Promise<void> {
    // Redis expires each window's key by itself.
  }
}

/**
 * Uses `primary` (Redis) and, whenever it cannot answer, `fallback` (Postgres): an outage of the
 * counter store neither takes the API down nor turns the limits off.
 */
export class FallbackRateLimitStore implements RateLimitStore {
  private warnedAt = 0;

  constructor(
    private readonly primary: RateLimitStore,
    private readonly fallback: RateLimitStore,
    private readonly warn: (error: unknown) => void,
  ) {}

  async increment(key: string, windowStart: number, windowMs: number): Promise<number> {
    try {
      return await this.primary.increment(key, windowStart, windowMs);
    } catch (error) {
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        this.warn(error);
      }
      return this.fallback.increment(key, windowStart, windowMs);
    }
  }

  async decrement(key: string, windowStart: number): Promise<void> {
    // Taken back where the hit most likely went: the primary, or the fallback when it cannot answer.
    try {
      await this.primary.decrement(key, windowStart);
    } catch {
      await this.fallback.decrement(key, windowStart);
    }
  }

  async sweep(before: number): Promise<void> {
    await Promise.allSettled([this.primary.sweep(before), this.fallback.sweep(before)]);
  }
}

export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit on `key` and says whether it is within `limit` per `windowSeconds`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    return (await this.take(key, limit, windowSeconds)).decision;
  }

  /**
   * Counts one hit like `hit`, and returns with it `giveBack`, which takes that hit back: a
   * counter of failures counts each attempt while it runs (so attempts made in parallel cannot
   * all slip under the limit) and gives back those that succeed.
   */
  async take(
    key: string,
    limit: number,
    windowSeconds: number,
  ): Promise<{ decision: RateLimitDecision; giveBack: () => Promise<void> }> {
    // Keys hold user input (emails, ids): long ones are hashed so they always fit an index row.
    if (key.length > 200) key = `sha256:${createHash('sha256').update(key).digest('base64url')}`;
    const windowMs = windowSeconds * 1000;
    const now = this.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const count = await this.store.increment(key, windowStart, windowMs);
    const giveBack = () => this.store.decrement(key, windowStart);
    return {
      giveBack,
      decision: {
        allowed: count <= limit,
        limit,
        remaining: Math.max(0, limit - count),
        resetSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
        windowSeconds,
      },
    };
  }

  /** Forgets counters whose window ended long ago. */
  async sweep(olderThanMs = 60 * 60 * 1000): Promise<void> {
    await this.store.sweep(this.now() - olderThanMs);
  }
}

/** The RateLimit headers (IETF draft) describing a decision. */
export function rateLimitHeaders(d: RateLimitDecision): Record<string, string> {
  return {
    'ratelimit-policy': `${d.limit};w=${d.windowSeconds}`,
    ratelimit: `limit=${d.limit}, remaining=${d.remaining}, reset=${d.resetSeconds}`,
  };
}

export function rateLimited(d: RateLimitDecision, what: string): AppError {
  return new AppError('RATE_LIMITED', `Too many ${what}; try again in ${d.resetSeconds} s`, {
    headers: { ...rateLimitHeaders(d), 'retry-after': String(d.resetSeconds) },
  });
}
