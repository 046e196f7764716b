// Statements built with Drizzle's `sql` and named by their text (namedBuilt): each shape is
// prepared once per connection, every run answers with its own values, at most 64 shapes are
// named, and inside a transaction nothing is named. On a Postgres server (named statements are
// the server's; the embedded database's thread names writes itself).
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/platform/db/client.js';
import { allowNamedStatements, namedBuilt } from '../server/platform/db/prepared.js';
import { createServerDatabase, onServer } from './support/database.js';

describe.runIf(onServer)('namedBuilt', () => {
  let pool: pg.Pool;
  let handle: { db: Database };
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL!);
    drop = created.drop;
    // One connection, so pg_prepared_statements shows what the statements left on it.
    pool = new pg.Pool({ connectionString: created.url, max: 1 });
    handle = { db: drizzle(pool) as unknown as Database };
    allowNamedStatements(handle.db);
    await handle.db.execute(sql`create table built (id int primary key, note text)`);
    await handle.db.execute(sql`insert into built values (1, 'a'), (2, 'b')`);
  });
  afterAll(async () => {
    await pool?.end();
    await drop?.();
  });

  const names = async () =>
    (
      (await handle.db.execute(
        sql`select name from pg_prepared_statements where name like 'doable_built_test_%'`,
      )) as unknown as { rows: Array<{ name: string }> }
    ).rows.map((r) => r.name);

  it('names a shape once and answers each run with its own values', async () => {
    const rename = (id: number, note: string) =>
      namedBuilt<{ id: number; note: string }>(
        handle.db,
        'built_test',
        sql`update built set note = ${note}::text where id = ${id} returning id, note`,
      );
    expect(await rename(1, 'one')).toEqual([{ id: 1, note: 'one' }]);
    expect(await rename(2, 'two')).toEqual([{ id: 2, note: 'two' }]);
    expect(await names()).toHaveLength(1);
  });

  it('names at most 64 shapes; the others still run, unnamed', async () => {
    for (let i = 0; i < 80; i++) {
      const rows = await namedBuilt<{ note: string }>(
        handle.db,
        'built_test',
        sql`update built set note = ${`n${i}`}::text where id = ${1} ${sql.raw(`and ${i} = ${i}`)} returning note`,
      );
      expect(rows).toEqual([{ note: `n${i}` }]);
    }
    expect((await names()).length).toBeLessThanOrEqual(64);
  });

  it('runs inside a transaction through it, unnamed', async () => {
    const before = await names();
    await expect(
      handle.db.transaction(async (tx) => {
        await namedBuilt(
          tx as never,
          'built_test',
          sql`update built set note = ${'rolled'}::text where id = ${2}`,
        );
        tx.rollback();
      }),
    ).rejects.toThrow();
    const [row] = (
      (await handle.db.execute(sql`select note from built where id = 2`)) as unknown as {
        rows: Array<{ note: string }>;
      }
    ).rows;
    expect(row!.note).toBe('two');
    expect(await names()).toEqual(before);
  });
});
