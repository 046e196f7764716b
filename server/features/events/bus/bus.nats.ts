// The relay's side of NATS: one connection (reconnecting by itself), the stream made sure of, the
// KV bucket of published positions, and publishing with a message id and an awaited PubAck.
import {
  connect,
  DiscardPolicy,
  headers,
  type JetStreamClient,
  type JetStreamManager,
  type KV,
  type NatsConnection,
  NatsError,
  nanos,
  RetentionPolicy,
  StorageType,
} from 'nats';
import type { EventBusConfig } from '../../../platform/config.js';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  type CloudEvent,
  subjectOf,
  TOPICS,
  userToken,
} from './bus.cloudevents.js';

/** Where a user's events have been published up to: the last one's number and id. */
export interface Position {
  seq: number;
  id: number;
}

/** How long a publish, a KV read or write, or a stream request may wait for its answer. */
const REQUEST_TIMEOUT_MS = 5000;
/** A stream this relay creates keeps messages as long as the event table keeps events. */
const STREAM_MAX_AGE_MS = 7 * 24 * 3_600_000;
/** JetStream drops a repeated Nats-Msg-Id within this window (its default). */
const DUPLICATE_WINDOW_MS = 120_000;

export class BusConnection {
  private nc: NatsConnection | undefined;
  private jsm: JetStreamManager | undefined;
  private js: JetStreamClient | undefined;
  private kv: KV | undefined;
  private closed = false;

  constructor(private readonly config: EventBusConfig) {}

  /** The KV bucket of positions, beside the stream. */
  get bucket(): string {
    return `${this.config.stream}_POSITIONS`;
  }

  /** Connects if needed and makes sure of the stream and the bucket (again after `recheck`). */
  async ready(): Promise<void> {
    if (this.closed) throw new Error('the relay stopped');
    if (this.nc?.isClosed()) this.forget();
    if (!this.nc) {
      const { servers, user, pass, token, tls } = this.config;
      const nc = await connect({
        servers,
        ...(user === undefined ? {} : { user, pass }),
        ...(token === undefined ? {} : { token }),
        ...(tls ? { tls: {} } : {}),
        name: 'doable-events-relay',
        timeout: REQUEST_TIMEOUT_MS,
        // Once connected, reconnect for ever; a dead peer is noticed within about 30 s.
        maxReconnectAttempts: -1,
        reconnectTimeWait: 1000,
        pingInterval: 10_000,
        maxPingOut: 3,
      });
      if (this.closed) {
        await nc.close();
        throw new Error('the relay stopped');
      }
      this.nc = nc;
    }
    if (!this.kv) {
      const jsm = await this.nc.jetstreamManager({ timeout: REQUEST_TIMEOUT_MS });
      await this.ensureStream(jsm);
      const js = this.nc.jetstream({ timeout: REQUEST_TIMEOUT_MS });
      this.kv = await js.views.kv(this.bucket, { history: 1, timeout: REQUEST_TIMEOUT_MS });
      [this.jsm, this.js] = [jsm, js];
    }
  }

  /** After a failure: look at the stream and the bucket again before going on (NATS may have lost them). */
  recheck(): void {
    this.kv = undefined;
  }

  /**
   * Creates the stream, or adds our subjects to an existing one; nothing else of an existing
   * stream changes (its limits are the operator's).
   */
  private async ensureStream(jsm: JetStreamManager): Promise<void> {
    const { stream, prefix } = this.config;
    const subjects = TOPICS.map((topic) => `${prefix}.${topic}.>`);
    try {
      const { config } = await jsm.streams.info(stream);
      const missing = subjects.filter((s) => !(config.subjects ?? []).includes(s));
      if (missing.length > 0) {
        await jsm.streams.update(stream, { ...config, subjects: [...(config.subjects ?? []), ...missing] });
      }
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await jsm.streams.add({
        name: stream,
        description: 'Doable task events as CloudEvents (docs/events.md)',
        subjects,
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        discard: DiscardPolicy.Old,
        max_age: nanos(STREAM_MAX_AGE_MS),
        duplicate_window: nanos(DUPLICATE_WINDOW_MS),
      });
    }
  }

  /** Publishes one event on one topic and resolves once the stream has stored it (or had it already). */
  async publish(event: CloudEvent, body: Uint8Array, topic: (typeof TOPICS)[number]): Promise<void> {
    const h = headers();
    h.set('Content-Type', CLOUDEVENTS_CONTENT_TYPE);
    await this.client().publish(subjectOf(this.config.prefix, topic, event.userid), body, {
      msgID: `${event.id}:${topic}`,
      headers: h,
      timeout: REQUEST_TIMEOUT_MS,
      expect: { streamName: this.config.stream },
    });
  }

  /** The user's stored position, if any. */
  async readPosition(userId: string): Promise<Position | undefined> {
    const entry = await this.bucketOf().get(userToken(userId));
    if (entry?.operation !== 'PUT') return undefined;
    return asPosition(safeJson(entry.string()));
  }

  async storePosition(userId: string, position: Position): Promise<void> {
    await this.bucketOf().put(userToken(userId), JSON.stringify(position));
  }

  /**
   * The user's last message in the stream (on `task-updates`, which carries every event), as a
   * position: ahead of the stored one when the relay stopped between a publish and storing.
   */
  async lastPublished(userId: string): Promise<Position | undefined> {
    if (!this.jsm) throw new Error('not connected');
    try {
      const message = await this.jsm.streams.getMessage(this.config.stream, {
        last_by_subj: subjectOf(this.config.prefix, 'task-updates', userId),
      });
      const event = safeJson(message.string()) as Partial<CloudEvent> | undefined;
      if (event?.userid !== userId) return undefined;
      return asPosition({ seq: event.userseq, id: Number(event.id) });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /** Closes the connection for good: what is in flight fails at once. */
  async close(): Promise<void> {
    this.closed = true;
    const nc = this.nc;
    this.forget();
    await nc?.close().catch(() => {});
  }

  private forget(): void {
    this.nc = undefined;
    this.jsm = undefined;
    this.js = undefined;
    this.kv = undefined;
  }

  private client(): JetStreamClient {
    if (!this.js) throw new Error('not connected');
    return this.js;
  }

  private bucketOf(): KV {
    if (!this.kv) throw new Error('not connected');
    return this.kv;
  }
}

function isNotFound(err: unknown): boolean {
  return err instanceof NatsError && (err.code === '404' || err.api_error?.code === 404);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asPosition(value: unknown): Position | undefined {
  const { seq, id } = (value ?? {}) as Partial<Position>;
  return Number.isSafeInteger(seq) && Number.isSafeInteger(id) && seq! >= 0
    ? { seq: seq!, id: id! }
    : undefined;
}
