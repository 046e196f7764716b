// Fixed-window rate limiting whose counters live in Postgres, so every server instance shares
// them: one upsert per hit. Used for sign-in/sign-up attempts and the per-user API rate.
import { type Database, rawQuery } from '../db/client.js';
import { AppError } from '../errors.js';

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
    count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
    window_start = excluded.window_start
  returning count`;

export class RateLimiter {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit on `key` and says whether it is within `limit` per `windowSeconds`. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision> {
    const windowMs = windowSeconds * 1000;
    const now = this.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const [row] = await rawQuery<{ count: number }>(this.db, HIT, [key, windowStart]);
    const count = Number(row?.count ?? 1);
    return {
      allowed: count <= limit,
      limit,
      remaining: Math.max(0, limit - count),
      resetSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
      windowSeconds,
    };
  }

  /** Forgets counters whose window ended long ago. */
  async sweep(olderThanMs = 60 * 60 * 1000): Promise<void> {
    await rawQuery(this.db, 'delete from rate_limits where window_start < $1', [this.now() - olderThanMs]);
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
