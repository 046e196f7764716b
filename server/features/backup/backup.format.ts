// The backup file: one gzip stream of JSON lines, the same for the embedded database and a Postgres
// server, so a backup of one restores into the other (docs/operations.md, "Backups and restore").
//   line 1                 the header: format, version, when, from which kind of database, and the
//                          schema it was taken at (the newest migration applied)
//   per table              {"table": name, "columns": [...]}, then one line per row (the row as
//                          JSON, its generated columns left out), then {"end": name, "rows": n}
//   then                   {"sequences": {name: last value}}
//   last line              {"complete": true, "tables": {name: rows}, "sha256": hex} (or
//                          "hmac_sha256" keyed with BETTER_AUTH_SECRET) of every line before it:
//                          a file without it was cut short, one that does not match was changed,
//                          and either is refused (backup.integrity.ts)
// Secrets that signing in makes again are left out (LEFT_OUT): sessions, emailed links and single
// sign-on states, and the provider's tokens of each linked account.
// Rows are Postgres's own JSON of each row (to_jsonb), read back by jsonb_populate_recordset, so
// every type the schema uses travels as Postgres writes it (timestamps with their zone, arrays,
// jsonb, bytea as hex).

export const BACKUP_FORMAT = 'doable-backup';
export const BACKUP_VERSION = 1;
/** Backup files end so; the scheduler's retention counts only these (never a `.partial`). */
export const BACKUP_SUFFIX = '.jsonl.gz';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  created_at: string;
  /** The kind of database it was taken from (either restores into either). */
  source: 'embedded' | 'server';
  /** The newest migration applied (drizzle's journal time of it), and how many were. */
  schema: { newest_migration: number; migrations: number };
}

export interface TableStart {
  table: string;
  columns: string[];
}

export interface TableEnd {
  end: string;
  rows: number;
}

export interface Sequences {
  sequences: Record<string, string | null>;
}

export interface BackupTrailer {
  complete: true;
  tables: Record<string, number>;
  /** SHA-256 (hex) of every line before this one, each with its newline. */
  sha256?: string;
  /** Or their HMAC-SHA-256 keyed with BETTER_AUTH_SECRET, when the server had it set. */
  hmac_sha256?: string;
}

/**
 * What a backup leaves out: tables whose rows it does not carry (sessions; verifications, which
 * hold emailed links' tokens and single sign-on states) and columns it leaves empty (a linked
 * provider's access, refresh and ID tokens). People sign in again; the provider gives new tokens.
 */
export const LEFT_OUT = {
  rows: new Set(['sessions', 'verifications']),
  columns: new Map([
    [
      'accounts',
      ['access_token', 'refresh_token', 'id_token', 'access_token_expires_at', 'refresh_token_expires_at'],
    ],
  ]),
};

/** What a backup holds, as the API, the CLI and the log report it. */
export interface BackupSummary {
  name: string;
  bytes: number;
  created_at: string;
  source: 'embedded' | 'server';
  /** Rows per table. */
  tables: Record<string, number>;
  /** How long it took, in milliseconds. */
  duration_ms: number;
}

/** `doable-2026-11-26T09-55-00-123Z.jsonl.gz`: names sort by time. */
export function backupName(at: Date): string {
  return `doable-${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

/** Names the scheduler and the API list and serve: nothing with a path in it. */
export const BACKUP_NAME_PATTERN = /^doable-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.jsonl\.gz$/;

/** Table and column names go into SQL as quoted identifiers; the schema's are all plain. */
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;

export function identifier(name: string): string {
  if (!PLAIN_NAME.test(name))
    throw new BackupFileError(`"${name}" is not a table or column name Doable uses`);
  return `"${name}"`;
}

/** A file that is not a complete Doable backup this version can read. */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}
