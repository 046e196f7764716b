// Named (server-side prepared) statements for hot, fixed-text queries: planned once per connection
// instead of on every request (a list page's plan took longer than running it: 0.4-0.5 ms to plan,
// 0.3-0.4 ms to run; named, the default page's statement went from about 2.6 to 0.9 ms a request:
// docs/decisions/0100-list-pages.md). Among them the task list's (server/features/tasks/tasks.list.sql.ts
// decides which), the create's INSERT, and the UPDATE of a task's fields, named by its shape (namedBuilt).
// On a Postgres server, off unless the app turns them on for its database (server/app.ts does, unless
// DATABASE_DIRECT_URL says a transaction pooler such as PgBouncer 1.18 sits in front, which cannot
// keep a named statement across transactions). On the embedded database's worker thread always on
// (one session, no pooler: server/platform/db/pglite.worker.ts keeps them); off with PGlite on the main thread,
// whose driver has no names.
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { type Database, queryRows, rawQuery } from './client.js';
import { PGliteThread } from './pglite.thread.js';

const enabled = new WeakSet<object>();

/**
 * Lets namedQuery name statements on this database, whose driver must be a pg Pool connected to
 * Postgres itself (server/app.ts allows it for the server database only).
 */
export function allowNamedStatements(db: Database): void {
  enabled.add(db);
}

/**
 * Runs a statement whose text never varies for a given name: named where allowed (so Postgres keeps
 * its plan per connection, and after five runs may switch to a generic plan if that plan costs no
 * more), else as rawQuery does.
 */
export async function namedQuery<Row>(
  db: Database,
  name: string,
  text: string,
  params: unknown[],
): Promise<Row[]> {
  // Inside a transaction the statement must go through it, unnamed (the transaction's object still
  // carries the driver's client, which would run it outside): $n become bound parameters.
  if ((db as unknown) instanceof PgTransaction) {
    const parts = text.split(/\$(\d+)/);
    // sql.param: an array stays one parameter (interpolated, Drizzle would spread it into a list).
    const chunks = parts.map((part, i) =>
      i % 2 === 0 ? sql.raw(part) : sql.param(params[Number(part) - 1]),
    );
    return queryRows<Row>(db, sql.join(chunks));
  }
  const client = (db as unknown as { $client: unknown }).$client;
  if (enabled.has(db)) {
    return (await (client as pg.Pool).query<Row & pg.QueryResultRow>({ name, text, values: params })).rows;
  }
  if (client instanceof PGliteThread) return (await client.query<Row>(text, params, { name })).rows;
  return rawQuery<Row>(db, text, params);
}

const dialect = new PgDialect();
/** The names given so far to built statements, by their text (namedBuilt). */
const builtNames = new Map<string, string>();
/** How many built statements are named at most: each stays prepared on every connection that ran it. */
const MAX_BUILT_NAMES = 64;

/**
 * Runs a statement built with Drizzle's `sql` whose text takes a few shapes (a write that sets
 * the fields a request changed), named by its text as namedQuery runs fixed ones, so Postgres
 * parses and plans each shape once per connection. Past MAX_BUILT_NAMES distinct texts, further
 * ones run unnamed, which bounds the prepared statements a connection can hold whatever the
 * requests' shapes. Inside a transaction, as queryRows does.
 */
export function namedBuilt<Row>(db: Database, family: string, query: SQL): Promise<Row[]> {
  if ((db as unknown) instanceof PgTransaction) return queryRows<Row>(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  let name = builtNames.get(text);
  if (name === undefined && builtNames.size < MAX_BUILT_NAMES) {
    name = `doable_${family}_${builtNames.size}`;
    builtNames.set(text, name);
  }
  return name === undefined ? rawQuery<Row>(db, text, params) : namedQuery<Row>(db, name, text, params);
}
