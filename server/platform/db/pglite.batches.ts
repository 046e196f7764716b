// The embedded database's fast path: its worker (pglite.worker.ts) runs each statement as one batch
// of wire-protocol messages instead of PGlite's query(), keeps named statements parsed (so
// server/platform/db/prepared.ts works here as on a server), and hands Postgres's answer bytes to the
// main thread, which decodes them (decodeResult in pglite.protocol.ts). What it buys
// (docs/decisions/0110-embedded-database-on-a-worker-thread.md): the list statement 1.5-2.0 ms of
// CPU named and batched against 3.4-6.5 ms through query(); under npm run bench:embedded, the list
// at 50 connections 711 against 213 requests a second, p99 191 against 398 ms, 1.32 against 4.90 ms
// of CPU a request. It leans on PGlite's protocol-level API (execProtocolRawStream and its locks).
import { type PGlite, parse, protocol } from '@electric-sql/pglite';
import type { Request } from './pglite.protocol.js';
import { ERROR_MESSAGE, forEachNotification, hasMessage } from './pglite.protocol.js';

type QueryRequest = Extract<Request, { op: 'query' }>;

/** How many statement texts' parameter types are kept (the app has a few hundred at most). */
const PARAM_TYPES_KEPT = 1000;

/**
 * How many write statements (INSERT, UPDATE, DELETE) sent without a name are kept parsed under a
 * name of the worker's own, the least recently run dropped first (the app's writes have a few dozen
 * texts; bulk ones vary with their number of rows).
 */
const WRITES_KEPT = 64;
const WRITE = /^\s*(?:insert|update|delete)\b/i;

/**
 * Runs statements as batches of wire-protocol messages instead of PGlite's `query`, which sends
 * six messages one by one (parse, describe, bind, describe, execute, sync), parses and plans the
 * statement every time, and parses the answer into rows here. A statement given a name is
 * parsed once and kept (Postgres then plans it once, or once per run while a custom plan is
 * cheaper, as on a server); every statement's parameter types are learnt once per text. The
 * answer's bytes go to the caller's thread, which decodes them (pglite.protocol.ts).
 */
export class Statements {
  /** Parameter type OIDs by statement text (and the caller's types). */
  private readonly paramTypes = new Map<string, number[]>();
  /** Named statements parsed in this session: name -> text and parameter types. */
  private readonly named = new Map<string, { text: string; paramTypes: number[] }>();
  /** Where a run's answer is gathered (one run at a time: PGlite's lock), its buffer kept between runs. */
  private readonly answer = new Answer();
  /** The worker's own names of write statements, by text (and the caller's types), oldest run first. */
  private readonly writeNames = new Map<string, string>();

  constructor(
    private readonly db: PGlite,
    private readonly notify: (channel: string, payload: string) => void,
  ) {}

  async run(request: QueryRequest, inTransaction: boolean): Promise<Uint8Array> {
    const name = this.nameOf(request, inTransaction);
    try {
      return await this.runOnce(request, inTransaction, name);
    } catch (error) {
      // A kept statement whose table changed since it was parsed ("cached plan must not change
      // result type"): it is parsed again, and the run (which did nothing) tried once more.
      if (name === undefined || !isStalePlan(error)) throw error;
      return this.runOnce(request, inTransaction, name);
    }
  }

  /**
   * The name a statement runs under: none inside a transaction (a statement parsed inside one that
   * then fails would be left half-known); the caller's; else, for a write, one of the worker's own,
   * so that its text is parsed and planned once rather than at every run (an INSERT of a task spent
   * a fifth of its time in Postgres on that: docs/decisions/0110-embedded-database-on-a-worker-thread.md).
   */
  private nameOf(request: QueryRequest, inTransaction: boolean): string | undefined {
    if (inTransaction) return undefined;
    if (request.options.name !== undefined) return request.options.name;
    const { text } = request;
    if (!WRITE.test(text)) return undefined;
    const types = request.options.paramTypes;
    const key = types?.length ? `${text}\u0000${types.join(',')}` : text;
    let name = this.writeNames.get(key);
    if (name !== undefined) {
      // Most recently run last.
      this.writeNames.delete(key);
    } else if (this.writeNames.size < WRITES_KEPT) {
      name = `doable_write_${this.writeNames.size}`;
    } else {
      // The least recently run gives up its name (parsed again under it: describe closes it first).
      const [oldest, reused] = this.writeNames.entries().next().value as [string, string];
      this.writeNames.delete(oldest);
      name = reused;
    }
    this.writeNames.set(key, name);
    return name;
  }

  private async runOnce(
    request: QueryRequest,
    inTransaction: boolean,
    name: string | undefined,
  ): Promise<Uint8Array> {
    const db = this.db;
    if (db.closed) throw new Error('PGlite is closed');
    const { text, params } = request;
    const types = request.options.paramTypes;
    // Outside a transaction PGlite's transaction lock keeps others' transactions out, as its
    // `query` does; inside one, the worker already holds it.
    const exclusive = <T>(fn: () => Promise<T>): Promise<T> =>
      inTransaction ? db.runExclusive(fn) : db._runExclusiveTransaction(() => db.runExclusive(fn));
    return exclusive(async () => {
      let oids: number[];
      const known = name === undefined ? undefined : this.named.get(name);
      if (name !== undefined && known?.text === text) {
        oids = known.paramTypes;
      } else if (name !== undefined) {
        this.named.delete(name);
        oids = await this.describe(name, text, types);
        this.named.set(name, { text, paramTypes: oids });
      } else {
        const key = types?.length ? `${text}\u0000${types.join(',')}` : text;
        const cached = this.paramTypes.get(key);
        if (cached) {
          oids = cached;
        } else {
          oids = await this.describe('', text, types);
          if (this.paramTypes.size >= PARAM_TYPES_KEPT) this.paramTypes.clear();
          this.paramTypes.set(key, oids);
        }
      }
      const values = params.map((param, i) => {
        if (param === null || param === undefined) return null;
        const serializer = db.serializers[oids[i]!];
        return serializer ? serializer(param) : String(param);
      });
      const messages = [
        ...(name === undefined ? [serialize.parse({ text, types })] : []),
        serialize.bind({ statement: name ?? '', values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ];
      const answer = this.answer.clear();
      await db.execProtocolRawStream(concat(messages), { syncToFs: false, onRawData: answer.add });
      if (!inTransaction) await db.syncToFs();
      const bytes = answer.bytes();
      if (hasMessage(bytes, [ERROR_MESSAGE])) {
        let error: Error | undefined;
        new protocol.Parser().parse(bytes, (message) => {
          if (message instanceof protocol.messages.DatabaseError) error ??= message;
          else if (message instanceof protocol.messages.NotificationResponseMessage)
            this.notify(message.channel, message.payload);
        });
        if (error) {
          // A named statement whose run failed is parsed again next time.
          if (name !== undefined) this.named.delete(name);
          throw error;
        }
      } else {
        // Writes to lists, sections and settings notify (their triggers): read without parsing the answer.
        forEachNotification(bytes, this.notify);
      }
      return bytes;
    });
  }

  /** Parses `text` (as statement `name`, '' for none) and answers its parameters' type OIDs. */
  private async describe(name: string, text: string, types: number[] | undefined): Promise<number[]> {
    const messages = [
      ...(name === '' ? [] : [serialize.close({ type: 'S', name })]),
      serialize.parse({ name, text, types }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ];
    return parse.parseDescribeStatementResults(
      await this.db.execProtocolStream(concat(messages), { syncToFs: false }),
    );
  }
}

const { serialize } = protocol;

const isStalePlan = (error: unknown) =>
  error instanceof protocol.messages.DatabaseError &&
  error.code === '0A000' &&
  /cached plan must not change result type/.test(error.message);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The bytes Postgres writes while it runs a batch (views of WebAssembly memory: copied). */
class Answer {
  private buffer = new Uint8Array(16 * 1024);
  private length = 0;

  readonly add = (chunk: Uint8Array): void => {
    if (this.length + chunk.length > this.buffer.length) {
      const larger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      larger.set(this.buffer.subarray(0, this.length));
      this.buffer = larger;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  };

  /** Empties it for the next run: its buffer is kept unless a large answer grew it past 1 MB. */
  clear(): this {
    if (this.buffer.length > 1024 * 1024) this.buffer = new Uint8Array(16 * 1024);
    this.length = 0;
    return this;
  }

  /** A copy of exactly its bytes, its own ArrayBuffer (so it can be transferred). */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
