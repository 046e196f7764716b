// `npm run token` on a real database (embedded, or a Postgres server with TEST_DATABASE_URL): it
// mints a token only for an account that exists, named by its id or email, and refuses an id no
// account has, minting nothing, unless --new-user asks for one.
import { execFile } from 'node:child_process';
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { runTokenCommand } from '../server/features/accounts/token.command.js';
import type { DatabaseHandle } from '../server/platform/db/client.js';
import { captured } from './support/cli.js';
import { lastingDatabase } from './support/database.js';
import { person } from './support/people.js';
import { startTestServer } from './support/server.js';

const SECRET = 'known-secret-for-the-token-script-012345';

const token = (args: string[], env: Record<string, string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['server/launch/cli.mjs', 'token', ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeout: 90_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

const subjectOf = async (printed: string) =>
  (await jwtVerify(printed.trim(), new TextEncoder().encode(SECRET))).payload.sub;

/** The same command in this process, on `database` open already (a process of its own opening the
 * embedded database from disk took about 3 s of CPU each). */
const inProcess = (args: string[], env: Record<string, string>, database: DatabaseHandle) =>
  captured((out) => runTokenCommand(args, env, out, database));

describe('npm run token', () => {
  it('mints for an account named by its id or email, and refuses an id no account has unless --new-user', async () => {
    const { env, open, cleanup } = await lastingDatabase();
    try {
      const app = await startTestServer({ database: await open() });
      const ann = await person(app, 'Ann');
      await app.close(); // the embedded database has one user at a time
      const withSecret = { ...env, BETTER_AUTH_SECRET: SECRET };
      const database = await open();
      try {
        for (const who of [ann.id, ann.email.toUpperCase()]) {
          const minted = await inProcess([who], withSecret, database);
          expect(minted.code, minted.stderr).toBe(0);
          expect(await subjectOf(minted.stdout)).toBe(ann.id);
        }
        const refused = await inProcess(['anyname'], withSecret, database);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(/No account has the id or email anyname: nothing was minted/);
        expect(refused.stderr).toMatch(/--new-user/);
        expect(refused.stdout).toBe('');
      } finally {
        await database.close();
      }
      // The command as `npm run token` runs it, in a process of its own: its output and exit code.
      const forced = await token(['anyname', '--new-user'], withSecret);
      expect(forced.code, forced.stderr).toBe(0);
      expect(await subjectOf(forced.stdout)).toBe('anyname');
      const unknown = await token(['anyname'], withSecret);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/No account has the id or email anyname: nothing was minted/);
      expect(unknown.stdout).toBe('');
    } finally {
      await cleanup();
    }
  }, 240_000);
});
