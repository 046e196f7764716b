// Which instance relays events to the bus: the one holding a session-level Postgres advisory lock,
// on a connection of its own that also LISTENs for task events while it leads. Another instance
// tries now and then and takes over when the leader's connection ends (a crash, a stop, a network
// cut: Postgres releases the lock with the session). The embedded database lives in one process,
// where an in-process lock does the same for several apps on one database (tests).
import type pg from 'pg';
import { EVENTS_CHANNEL } from '../../../platform/db/channels.js';
import { type DatabaseHandle, loadPg } from '../../../platform/db/client.js';

export interface Leadership {
  /** Whether this instance leads (as far as it knows). */
  readonly leading: boolean;
  /** Takes the lead if it is free; true when this instance leads. */
  acquire(): Promise<boolean>;
  /** Confirms the lead is still held (the connection answers); false (and `onLost`) when not. */
  check(): Promise<boolean>;
  /** Gives the lead up. */
  release(): Promise<void>;
}

export interface LeadershipOptions {
  database: DatabaseHandle;
  /** Names the lock: one relay per stream and database. */
  name: string;
  /** The database for the lock's own connection (DATABASE_DIRECT_URL behind PgBouncer). */
  url: string | undefined;
  /** A NOTIFY of task events while leading: the payload is the owner's id. */
  onNotify: (userId: string) => void;
  /** The lead was lost (its connection ended). */
  onLost: () => void;
}

export function leadership(options: LeadershipOptions): Leadership {
  return options.database.kind === 'server' ? new ServerLeadership(options) : new LocalLeadership(options);
}

/** How long the leader's connection may take to answer a check. */
const CHECK_TIMEOUT_MS = 5000;

class ServerLeadership implements Leadership {
  private client: pg.Client | undefined;
  private held = false;

  constructor(private readonly options: LeadershipOptions) {}

  get leading(): boolean {
    return this.held;
  }

  async acquire(): Promise<boolean> {
    if (this.held) return true;
    const client = this.client ?? (await this.connect());
    const { rows } = await client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as ok',
      [`doable:events-bus:${this.options.name}`],
    );
    if (rows[0]?.ok !== true) return false;
    // Channel names are ours (constants), never user input; LISTEN takes no parameters.
    await client.query(`listen ${client.escapeIdentifier(EVENTS_CHANNEL)}`);
    this.held = true;
    return true;
  }

  async check(): Promise<boolean> {
    const client = this.client;
    if (!this.held || !client) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('select 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer')), CHECK_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch {
      this.drop(client);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held = false;
    // Ending the session releases the lock.
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<pg.Client> {
    const url = this.options.url ?? poolUrl(this.options.database);
    const pg = await loadPg();
    const client = new pg.Client({ connectionString: url, application_name: 'doable-events-bus' });
    client.on('notification', (message) => {
      if (this.held && this.client === client && message.channel === EVENTS_CHANNEL && message.payload) {
        this.options.onNotify(message.payload);
      }
    });
    // A lost connection must never crash the process: it only ends the lead.
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    this.client = client;
    return client;
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => {});
    if (this.held) {
      this.held = false;
      this.options.onLost();
    }
  }
}

/** A handle opened without a configured URL (tests share one): its pool's. */
function poolUrl(database: DatabaseHandle): string {
  const pool = (database.db as unknown as { $client: { options?: { connectionString?: string } } }).$client;
  const url = pool.options?.connectionString;
  if (!url) throw new Error('the event bus needs DATABASE_URL for its lock');
  return url;
}

/** Locks taken in this process, per embedded database. */
const localLocks = new WeakMap<object, Set<string>>();

class LocalLeadership implements Leadership {
  private held = false;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly options: LeadershipOptions) {}

  get leading(): boolean {
    return this.held;
  }

  private get locks(): Set<string> {
    const key = (this.options.database.db as unknown as { $client: object }).$client;
    let locks = localLocks.get(key);
    if (!locks) {
      locks = new Set();
      localLocks.set(key, locks);
    }
    return locks;
  }

  async acquire(): Promise<boolean> {
    if (this.held) return true;
    if (this.locks.has(this.options.name)) return false;
    this.locks.add(this.options.name);
    try {
      this.unlisten = await this.options.database.listen(EVENTS_CHANNEL, (userId) => {
        if (this.held && userId) this.options.onNotify(userId);
      });
    } catch (err) {
      this.locks.delete(this.options.name);
      throw err;
    }
    this.held = true;
    return true;
  }

  async check(): Promise<boolean> {
    return this.held;
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.held = false;
    this.locks.delete(this.options.name);
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    await unlisten?.().catch(() => {});
  }
}
