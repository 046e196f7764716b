// The messages between the embedded database's worker thread (pglite.worker.ts) and its proxy on
// the main thread (pglite.thread.ts). Everything in them is structured-cloneable: SQL text and
// parameters (never SQL built from values), result rows (Date, bigint and Uint8Array survive the
// clone), and errors flattened to their Postgres fields. And the main thread's half of the
// protocol batches (pglite.batches.ts): decodeResult turns Postgres's answer bytes into PGlite's
// rows here, 0.16 ms for a list page (docs/decisions/0110-embedded-database-on-a-worker-thread.md).

/** What the worker needs to open the database. */
export type WorkerInit =
  /** On disk in this directory (created when missing; initialised when empty). */
  | { dataDir: string }
  /** In memory, loaded from a data-directory dump (`dumpDataDir`) in this file: the tests' snapshot. */
  | { snapshotFile: string };

export interface QueryRequestOptions {
  paramTypes?: number[];
  /**
   * Keep the statement parsed under this name (outside transactions): for fixed texts run often,
   * planned once (server/platform/db/prepared.ts). One name, one text.
   */
  name?: string;
}

export type Request =
  | { op: 'query'; id: number; tx?: number; text: string; params: unknown[]; options: QueryRequestOptions }
  | { op: 'exec'; id: number; tx?: number; text: string; rowMode?: 'object' | 'array' }
  | { op: 'begin'; id: number }
  /** Ends transaction `tx`: COMMIT, or ROLLBACK when `commit` is false. */
  | { op: 'end'; id: number; tx: number; commit: boolean }
  | { op: 'listen'; id: number; channel: string }
  | { op: 'unlisten'; id: number; channel: string }
  | { op: 'close'; id: number }
  /**
   * After a close, opens another database on the same thread: it answers `ready` or `failed` as
   * a new thread does (no `result`). Only in-memory databases reuse a thread (pglite.thread.ts).
   */
  | { op: 'open'; id: number; init: WorkerInit }
  /**
   * Copies the database to `to` as of now, nothing running meanwhile: its directory (on disk), or
   * a `dumpDataDir` tar file (in memory). Answers which.
   */
  | { op: 'copy'; id: number; to: string };

/**
 * One result of `exec`, as PGlite answers it (fields carry their type OIDs). A `query`'s result
 * crosses as Postgres's answer in wire bytes (a Uint8Array), decoded by decodeResult.
 */
export interface WireResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
  rowCount?: number;
  command?: string;
}

/** An error flattened: its class name, message and the Postgres fields (code, constraint, ...). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number | undefined>;
}

export type Reply =
  /** The database is open; its array types and their element types (for decoding arrays). */
  | { kind: 'ready'; arrayTypes: Array<[number, number]> }
  | { kind: 'failed'; error: WireError }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: WireError }
  | { kind: 'notify'; channel: string; payload: string };

/** The Postgres error fields (PGlite's DatabaseError, as node-postgres names them) that cross over. */
export const ERROR_FIELDS = [
  'code',
  'severity',
  'detail',
  'hint',
  'position',
  'internalPosition',
  'internalQuery',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: WireError['fields'] = {};
  const source = error as unknown as Record<string, unknown>;
  for (const key of ERROR_FIELDS) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

// ---------------------------------------------------------------------------------------------
// Results as Postgres's wire bytes. The worker runs a statement as one batch of protocol messages
// and hands back the bytes Postgres answered (transferred, not copied); the caller's thread
// decodes them here. That takes PGlite's JavaScript result parsing and the structured clone of
// the rows off the database's thread, which is what a busy embedded server waits on
// (docs/decisions/0110-embedded-database-on-a-worker-thread.md).

type Parser = (value: string, typeId: number) => unknown;
export type ParserTable = Record<number, Parser | undefined>;

export interface DecodedResult {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows: number;
  rowCount?: number;
  command?: string;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

/** A field's text: the common all-ASCII case without a TextDecoder call per value. */
function text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start < 64) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i]! > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return utf8.decode(bytes.subarray(start, end));
}

const int32 = (b: Uint8Array, at: number) =>
  (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]! | 0;
const int16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

/** The kinds of message a batch's answer may hold that the worker must look at itself. */
export const ERROR_MESSAGE = 0x45; // 'E'
export const NOTIFICATION_MESSAGE = 0x41; // 'A'

/** Whether the answer holds a message of one of these kinds (a walk over message headers). */
export function hasMessage(bytes: Uint8Array, kinds: number[]): boolean {
  for (let at = 0; at + 5 <= bytes.length; at += 1 + int32(bytes, at + 1)) {
    if (kinds.includes(bytes[at]!)) return true;
  }
  return false;
}

/** Calls `notify` with each NotificationResponse of an answer (int32 pid, channel, payload). */
export function forEachNotification(
  bytes: Uint8Array,
  notify: (channel: string, payload: string) => void,
): void {
  for (let at = 0; at + 5 <= bytes.length; at += 1 + int32(bytes, at + 1)) {
    if (bytes[at] !== NOTIFICATION_MESSAGE) continue;
    const start = at + 9;
    let nul = start;
    while (bytes[nul] !== 0) nul++;
    let end = nul + 1;
    while (bytes[end] !== 0) end++;
    notify(utf8.decode(bytes.subarray(start, nul)), utf8.decode(bytes.subarray(nul + 1, end)));
  }
}

/**
 * The result of one statement from its answer (RowDescription, DataRows, CommandComplete), as
 * PGlite's `query` would give it: the same parsers by type OID, the same rowMode, affectedRows.
 */
export function decodeResult(
  bytes: Uint8Array,
  parsers: ParserTable,
  rowMode: 'object' | 'array' = 'object',
  /** The caller's own parsers, taking precedence over `parsers` (PGlite's `parsers` option). */
  own?: ParserTable,
): DecodedResult {
  let fields: DecodedResult['fields'] = [];
  let columnParsers: Array<Parser | undefined> = [];
  const rows: unknown[] = [];
  const result: DecodedResult = { rows, fields, affectedRows: 0 };
  for (let at = 0; at + 5 <= bytes.length; ) {
    const kind = bytes[at]!;
    const end = at + 1 + int32(bytes, at + 1);
    let p = at + 5;
    if (kind === 0x44 /* D: DataRow */) {
      const count = int16(bytes, p);
      p += 2;
      const arrays = rowMode === 'array';
      const row = (arrays ? new Array(count) : {}) as Record<string | number, unknown>;
      for (let i = 0; i < count; i++) {
        const length = int32(bytes, p);
        p += 4;
        let value: unknown = null;
        if (length >= 0) {
          const raw = text(bytes, p, p + length);
          p += length;
          const parse = columnParsers[i];
          value = parse ? parse(raw, fields[i]!.dataTypeID) : raw;
        }
        row[arrays ? i : fields[i]!.name] = value;
      }
      rows.push(row);
    } else if (kind === 0x54 /* T: RowDescription */) {
      const count = int16(bytes, p);
      p += 2;
      fields = [];
      columnParsers = [];
      for (let i = 0; i < count; i++) {
        let nul = p;
        while (bytes[nul] !== 0) nul++;
        const name = utf8.decode(bytes.subarray(p, nul));
        const dataTypeID = int32(bytes, nul + 7);
        fields.push({ name, dataTypeID });
        columnParsers.push(own?.[dataTypeID] ?? parsers[dataTypeID]);
        p = nul + 19;
      }
      result.fields = fields;
    } else if (kind === 0x43 /* C: CommandComplete */) {
      const tag = latin1.decode(bytes.subarray(p, end - 1));
      const parts = tag.split(' ');
      const command = parts[0]!;
      const rowCount = Number.parseInt(parts[parts.length - 1]!, 10);
      if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command)) result.affectedRows += rowCount;
      result.command = command;
      if (!Number.isNaN(rowCount)) result.rowCount = rowCount;
    }
    at = end;
  }
  return result;
}
