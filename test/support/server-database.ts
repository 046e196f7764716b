// Databases on a Postgres server for tests: a new one copied from a migrated template, dropped
// after. Only `pg`, so the browser suite's workers load nothing else for it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** `url` with its database name replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `sql` on the server's maintenance connection (`serverUrl`'s database). */
export async function onAdmin(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A new database on the test server, copied from `template` (or empty), with a way to drop it; its
 * name starts with `prefix` (the browser suite's with its own, to tell its databases apart).
 */
export async function createServerDatabase(
  serverUrl: string,
  template?: string,
  prefix = 'doable_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onAdmin(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => onAdmin(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
