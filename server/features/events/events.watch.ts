// How an instance learns of new task events without a NOTIFY in the writes' transactions: it reads
// the table every WATCH_MS, one statement, and hands on each owner whose newest event number grew.
//
// Event ids come from a sequence, so a transaction can commit after one that took a higher id: a
// read of `id > last id seen` would skip it. Each read therefore also records its snapshot's
// xmax and the highest id it saw; an id at or below that top that the read did not see belongs to
// a transaction then in progress, whose xid is below that xmax. Once a later snapshot's xmin passes
// that xmax, every such transaction has ended, and ids up to that top are settled: the next reads
// look only above the highest settled top. Owners seen above it are compared by their newest event
// number, so a late commit among them still counts as new.
//
// Events are numbered after their commit (events.numbers.ts): each read first numbers every
// owner's committed, unnumbered events (skipping an owner another numbering holds), and the floor
// stays below the lowest id still unnumbered, so an event numbered later, here or elsewhere, is
// still above it and its owner's number is seen to grow.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../platform/db/client.js';
import { numberEvents } from './events.numbers.js';

/** How often the table is read while anyone listens. */
export const WATCH_MS = 100;
/**
 * How far below the first read's top the first window starts: the ids that writes in progress at
 * that moment may hold (more than the connections of every instance). A stream's heartbeat reads
 * its events too, so an event older than that window is still sent, at the next heartbeat.
 */
const FIRST_LOOKBACK = 1000n;

interface Read {
  xmin: string;
  xmax: string;
  top: string;
  /** The lowest id of an event not numbered yet, or null. */
  unnumbered: string | null;
  owners: Array<[string, number]>;
}

/**
 * One read: the snapshot's bounds, the highest event id, the lowest unnumbered one, each owner's
 * newest number above `floor`.
 */
const READ = (floor: string) => sql`
  select pg_snapshot_xmin(s.snap)::text as xmin, pg_snapshot_xmax(s.snap)::text as xmax,
    (select coalesce(max(e.id), 0) from task_events e)::text as top,
    (select min(e.id) from task_events e where e.seq is null)::text as unnumbered,
    coalesce((select json_agg(json_build_array(n.user_id, n.seq)) from (
      select e.user_id, max(e.seq) as seq from task_events e where e.id > ${floor}::bigint group by e.user_id
    ) n), '[]') as owners
  from (select pg_current_snapshot() as snap) s`;

/** Larger than any id: a read above it finds no owners. */
const MAX_ID = 9223372036854775807n;

const ownersOf = (row: Read | RawRead): Read['owners'] =>
  typeof row.owners === 'string' ? (JSON.parse(row.owners) as Read['owners']) : row.owners;

/** A read as the drivers answer it (json as text or parsed). */
type RawRead = Omit<Read, 'owners'> & { owners: Read['owners'] | string };

export class EventWatch {
  /** Ids at or below it are settled: every transaction that could still add one has ended. */
  private floor: bigint | undefined;
  /** Earlier reads' xmax and top, oldest first, until a snapshot's xmin passes their xmax. */
  private readonly unsettled: Array<{ xmax: bigint; top: bigint }> = [];
  /** Each owner's newest event number among the ids above the floor. */
  private newest = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Database,
    private readonly onOwners: (owners: string[]) => void,
    private readonly everyMs = WATCH_MS,
  ) {}

  /** Starts reading; resolves after the first read (the window's start), or throws its error. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.read();
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async query(floor: bigint): Promise<RawRead[]> {
    await numberEvents(this.db, null, false);
    return queryRows<RawRead>(this.db, READ(String(floor)));
  }

  /**
   * Reads now (after a read in progress), beside the timer's reads; with `everyMs` 0 the only
   * reads after the first (a watch woken by its own process's writes).
   */
  check(): Promise<void> {
    if (this.stopped || this.floor === undefined) return Promise.resolve();
    const after = this.running ?? Promise.resolve();
    const read: Promise<void> = after
      .then(() => this.read())
      .catch(() => {})
      .finally(() => {
        if (this.running === read) this.running = undefined;
      });
    this.running = read;
    return read;
  }

  private schedule(): void {
    if (this.stopped || this.everyMs <= 0) return;
    this.timer = setTimeout(() => {
      this.running = this.read()
        .catch(() => {})
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    }, this.everyMs);
    this.timer.unref();
  }

  private async read(): Promise<void> {
    if (this.floor === undefined) {
      // The first read learns only where the table ends (no owners above the largest id); the
      // window starts a little below that end, and a second read takes the newest numbers in it
      // as they are, waking nobody.
      const [end] = await this.query(MAX_ID);
      if (!end) return;
      const top = BigInt(end.top);
      this.floor = top > FIRST_LOOKBACK ? top - FIRST_LOOKBACK : 0n;
      if (end.unnumbered !== null && BigInt(end.unnumbered) - 1n < this.floor)
        this.floor = BigInt(end.unnumbered) - 1n;
      this.unsettled.push({ xmax: BigInt(end.xmax), top });
      const [row] = await this.query(this.floor);
      this.newest = new Map(row ? ownersOf(row) : []);
      return;
    }
    const [row] = await this.query(this.floor);
    if (!row) return;
    const top = BigInt(row.top);
    const xmin = BigInt(row.xmin);
    const owners = ownersOf(row);
    const grown: string[] = [];
    const next = new Map<string, number>();
    for (const [owner, seq] of owners) {
      next.set(owner, seq);
      if (seq > (this.newest.get(owner) ?? 0)) grown.push(owner);
    }
    this.newest = next;
    // Settle the window: every earlier read whose transactions in progress have all ended, up to
    // the lowest event still unnumbered.
    const numberedBelow = row.unnumbered === null ? undefined : BigInt(row.unnumbered) - 1n;
    while (this.unsettled.length > 0 && this.unsettled[0]!.xmax <= xmin) {
      const settled = this.unsettled[0]!;
      if (numberedBelow !== undefined && settled.top > numberedBelow) {
        if (numberedBelow > this.floor!) this.floor = numberedBelow;
        break;
      }
      this.unsettled.shift();
      if (settled.top > this.floor!) this.floor = settled.top;
    }
    const last = this.unsettled.at(-1);
    if (!last || last.top !== top) this.unsettled.push({ xmax: BigInt(row.xmax), top });
    if (grown.length > 0) this.onOwners(grown);
  }
}
