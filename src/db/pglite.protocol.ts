// The messages between the embedded database's worker thread (pglite.worker.ts) and its proxy on
// the main thread (pglite.thread.ts). Everything in them is structured-cloneable: SQL text and
// parameters (never SQL built from values), result rows (Date, bigint and Uint8Array survive the
// clone), and errors flattened to their Postgres fields.

/** What the worker needs to open the database. */
export type WorkerInit =
  /** On disk in this directory (created when missing; initialised when empty). */
  | { dataDir: string }
  /** In memory, loaded from a data-directory dump (`dumpDataDir`) in this file: the tests' snapshot. */
  | { snapshotFile: string };

export interface QueryRequestOptions {
  rowMode?: 'object' | 'array';
  /** Type OIDs the caller parses itself: the worker leaves their values as Postgres text. */
  rawTypes?: number[];
  paramTypes?: number[];
}

export type Request =
  | { op: 'query'; id: number; tx?: number; text: string; params: unknown[]; options: QueryRequestOptions }
  | { op: 'exec'; id: number; tx?: number; text: string; rowMode?: 'object' | 'array' }
  | { op: 'begin'; id: number }
  /** Ends transaction `tx`: COMMIT, or ROLLBACK when `commit` is false. */
  | { op: 'end'; id: number; tx: number; commit: boolean }
  | { op: 'listen'; id: number; channel: string }
  | { op: 'unlisten'; id: number; channel: string }
  | { op: 'close'; id: number };

/** One result, as PGlite's `query` answers it (fields carry their type OIDs). */
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
  | { kind: 'ready' }
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
