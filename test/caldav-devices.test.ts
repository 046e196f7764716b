// Two devices of one account with python-caldav (Debian's python3-caldav) against a listening
// server (docs/caldav.md, "Sync tokens"): device A adds, edits, moves a todo to another calendar
// by a PUT of its UID, and deletes it; after each, device B's copies of both calendars, kept by
// sync-collection (RFC 6578), equal the server's. In CI a missing client fails the suite (as in
// test/caldav-clients.test.ts); elsewhere the suite is skipped with a message.
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword } from './support/caldav.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const missing = spawnSync(PYTHON, ['-c', 'import caldav']).status !== 0;
if (missing && process.env.CI)
  throw new Error('python3-caldav missing in CI (apt-get install -y python3-caldav)');
if (missing) console.warn('Skipping test/caldav-devices.test.ts: install python3-caldav');

let server: TestServer;
let alice: Person;

type Copy = Record<string, [string, string | null]>;

describe.skipIf(missing)('two python-caldav devices of one account', () => {
  beforeAll(async () => {
    server = await startTestServer();
    alice = await person(server, 'Alice');
  });
  afterAll(() => server?.close());

  it("device B's copies equal the server's after an add, an edit, a move by PUT and a delete on device A", async () => {
    const first = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Errands' } }), 201);
    const second = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Post office' } }), 201);
    await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Already there', list_id: first.id } }), 201);
    const password = await appPassword(alice);
    const script = path.join(import.meta.dirname, 'fixtures/caldav/python-caldav-devices.py');
    const { stdout } = await run(
      PYTHON,
      [script, `${server.url}/dav/`, alice.email, password, String(first.id), String(second.id)],
      { env: { ...process.env, LANG: 'C.UTF-8' } },
    );
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<
      string,
      { device: [Copy, Copy]; server: [Copy, Copy] }
    >;
    for (const [step, { device, server: truth }] of Object.entries(out)) {
      expect(device, step).toEqual(truth);
    }
    const summaries = (copy: Copy) => Object.values(copy).map(([summary]) => summary);
    const names = (copy: Copy) => Object.keys(copy);
    expect(summaries(out.start!.device[0])).toEqual(['Already there']);
    expect(summaries(out.add!.device[0]).sort()).toEqual(['Already there', 'Buy stamps']);
    expect(out.edit!.device[0]).toMatchObject({ 'devices-1.ics': ['Buy stamps and envelopes', 'A'] });
    // The move: gone from the first calendar under the name it had there, in the second.
    expect(names(out.move!.device[0])).not.toContain('devices-1.ics');
    expect(summaries(out.move!.device[0])).toEqual(['Already there']);
    expect(Object.values(out.move!.device[1])).toEqual([['Buy stamps and envelopes', 'A']]);
    expect(out.delete!.device[1]).toEqual({});
    expect(summaries(out.delete!.device[0])).toEqual(['Already there']);
    // The server agrees: one task left, the moved one deleted.
    const left = (await ok(alice.as('GET', '/api/me/tasks?limit=50'))).tasks.map(
      (t: { title: string }) => t.title,
    );
    expect(left).toEqual(['Already there']);
  }, 60_000);
});
