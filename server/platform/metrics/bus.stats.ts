// What a relay tells /metrics: events published and events waiting. The metrics find the relay by
// the database handle, the one thing both are given (the app builds its metrics before the workers).
import type { DatabaseHandle } from '../db/client.js';

export interface BusStats {
  /** Events published (every topic of each acknowledged) since the relay started. */
  readonly published: number;
  /** Events in the table not yet published: 0 on a standby, NaN while the leader cannot tell. */
  lag(): number;
}

const relays = new WeakMap<DatabaseHandle, Set<BusStats>>();

/** Makes a relay's figures visible to the metrics of its database; returns the way out. */
export function registerBusStats(database: DatabaseHandle, stats: BusStats): () => void {
  let set = relays.get(database);
  if (!set) {
    set = new Set();
    relays.set(database, set);
  }
  set.add(stats);
  return () => {
    set.delete(stats);
  };
}

/** The figures of the relays on this database (one per app); zeros when the bus is off. */
export function busStatsOf(database: DatabaseHandle): { published: number; lag: number } {
  let published = 0;
  let lag = 0;
  for (const stats of relays.get(database) ?? []) {
    published += stats.published;
    lag += stats.lag();
  }
  return { published, lag };
}
