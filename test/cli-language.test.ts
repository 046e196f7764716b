// The command line in the reader's language (clients/cli/speech.ts): --lang, else the account's
// language, else LC_ALL/LANG, else English; what it did, rows, a task in full, the repeat, quick
// add's reasons, help and errors in Urdu; --json exactly as in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { ok, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
/** API keys of an account reading Urdu and of one that chose no language. */
let urduKey: string;
let plainKey: string;

/** `doable ...args` with a clean environment plus `env`, as the account of `key`. */
const doable = (args: string[], key: string, env: Record<string, string> = {}) =>
  runCli(args, {
    PATH: process.env.PATH ?? '',
    HOME: '/nonexistent',
    TZ: 'UTC',
    DOABLE_URL: server.url,
    DOABLE_API_KEY: key,
    ...env,
  });

beforeAll(async () => {
  server = await startTestServer();
  const ayesha = await person(server, 'Ayesha');
  await ok(ayesha.as('PATCH', '/api/me/settings', { body: { language: 'ur', time_zone: 'Asia/Karachi' } }));
  await ok(ayesha.as('POST', '/api/me/lists', { body: { name: 'Home' } }), 201);
  urduKey = (await ok(ayesha.as('POST', '/api/me/api-keys', { body: { name: 'cli' } }), 201)).key;
  const sam = await person(server, 'Sam');
  plainKey = (await ok(sam.as('POST', '/api/me/api-keys', { body: { name: 'cli' } }), 201)).key;
});
afterAll(() => server.close());

describe('the command line in Urdu', () => {
  it('for an account reading Urdu: what it added, the repeat, and a task in full', async () => {
    const added = await doable(['add', 'Water the plants tomorrow 9am every 2 weeks #home'], urduKey);
    expect(added.code, added.stderr).toBe(0);
    // "#home" names the list Home; the repeat and the list as a row says them.
    expect(added.stdout).toMatch(
      /^شامل کر دیا: \d+: Water the plants \(آخری تاریخ کل 09:00، ہر 2 ہفتے، Home\)\n$/,
    );
    const id = /^شامل کر دیا: (\d+):/.exec(added.stdout)![1]!;

    const shown = await doable(['show', id], urduKey);
    expect(shown.stdout).toContain('حالت');
    expect(shown.stdout).toContain('باقی');
    expect(shown.stdout).toMatch(/دہرانا\s+ہر 2 ہفتے \(آخری تاریخ سے\)/);
    expect(shown.stdout).toMatch(/فہرست\s+Home/);
    expect(shown.stdout).not.toMatch(/status|repeats|every|Inbox/);

    const listed = await doable(['ls'], urduKey);
    expect(listed.stdout).toMatch(/\[ \]\s+Water the plants\s+کل 09:00 ↻/);
    const done = await doable(['done', id], urduKey);
    expect(done.stdout).toMatch(/^ایک باری مکمل کر دی: /);
  });

  it('a dry run says why a piece stays in the title, in Urdu', async () => {
    const run = await doable(['add', '--dry-run', 'Call the plumber +sara #Home'], urduKey);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/رہنے دیا\s+\+sara: Home کسی کے ساتھ شیئر نہیں کی گئی/);
    expect(run.stdout).toMatch(/عنوان\s+Call the plumber/);
  });

  it('errors and help in Urdu; --lang and --json win', async () => {
    const missing = await doable(['ls', '--list', 'Garden'], urduKey);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('"Garden" نام کی کوئی فہرست نہیں');
    expect(missing.stderr).toContain('آپ کی فہرستیں: Home (اور ان باکس)۔');

    const english = await doable(['ls', '--list', 'Garden', '--lang', 'en'], urduKey);
    expect(english.stderr).toContain('no list named "Garden"');
    expect(english.stderr).toContain('Your lists: Home (and the Inbox).');

    const asJson = await doable(['ls', '--json'], urduKey);
    expect(Object.keys(JSON.parse(asJson.stdout))).toEqual(['tasks', 'count']);
    expect(asJson.stdout).not.toMatch(/[\u0600-\u06ff]/);

    const help = await doable(['help', '--lang', 'ur'], plainKey);
    expect(help.stdout).toContain('ٹرمینل سے آپ کے Doable کام');
    expect(help.stdout).toContain('ایک سطر سے کام شامل کریں');
    const addHelp = await doable(['add', '--help'], urduKey, { LANG: 'ur_PK.UTF-8' });
    expect(addHelp.stdout).toMatch(/--dry-run\s+دکھائیں کہ سطر کیسے پڑھی گئی، اور کچھ شامل نہ کریں/);
    expect(addHelp.stdout).toContain('آپشن');
    // A description's value that a message cannot hold (braces) is filled in.
    expect(addHelp.stdout.replace(/\s+/g, ' ')).toContain('قوسین میں تاریخ ("{march 30}")');
    const bad = await doable(['ls', '--lang', 'xx'], plainKey);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of en, ur, not "xx"');
  });

  it('an account with no language follows LC_ALL or LANG, else English', async () => {
    const urdu = await doable(['add', 'Pay the rent'], plainKey, { LANG: 'ur_PK.UTF-8' });
    expect(urdu.stdout).toMatch(/^شامل کر دیا: \d+: Pay the rent\n$/);
    const overridden = await doable(['ls', 'overdue'], plainKey, {
      LANG: 'ur_PK.UTF-8',
      LC_ALL: 'en_US.UTF-8',
    });
    expect(overridden.stdout).toBe('No tasks.\n');
    const english = await doable(['add', 'Pay the gas bill'], plainKey);
    expect(english.stdout).toMatch(/^Added \d+: Pay the gas bill\n$/);
  });
});
