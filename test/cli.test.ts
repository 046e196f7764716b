// The `doable` command line as a person and a script meet it: its `main` (clients/cli/main.ts) with
// pipes for streams, and bin/doable.mjs as a child process where the process itself is checked (exit
// codes), against a real server, with its own HOME and config directory. What is asserted is what they
// see: the text, the --json shapes, the exit codes, the config file and its mode, the colours.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/doable.mjs');
const ESC = '\u001b[';
// The account's zone: due moments are shown in it (and "today" is its today).
const ZONE = 'Asia/Tokyo';

let server: TestServer;
let home: string;
let key: string;
let homeList: number;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment `doable` runs in: its own HOME and config folder, the server and key unless `env` says otherwise. */
function environment(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    TZ: 'UTC',
    DOABLE_URL: server.url,
    DOABLE_API_KEY: key,
    ...overrides,
  };
  for (const name of Object.keys(env)) if (env[name] === undefined) delete env[name];
  return env as Record<string, string>;
}

/**
 * `doable ...args` as the command's `main` runs it, in this process: a clean environment (a value of
 * undefined removes a variable), stdin from `input`, stdout and stderr as pipes (not terminals).
 * Starting a process for each of this suite's runs took half a second of CPU each; `spawned` does
 * it for the runs that check the process itself (exit codes, bin/doable.mjs).
 */
async function doable(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string } = {},
): Promise<Run> {
  return runCli(args, environment(options.env), options.input);
}

/** `doable ...args` as a person runs it: bin/doable.mjs in a process of its own. */
function spawned(args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: home,
    env: environment(options.env),
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end(options.input ?? '');
  return new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `doable ...args --json`, expected to succeed: the parsed stdout. */
async function json<T = any>(args: string[]): Promise<T> {
  const run = await doable([...args, '--json']);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as T;
}

/** Listens on a free port of 127.0.0.1; answers the port. */
async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port nothing listens on (any more). */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  server = await startTestServer();
  home = await mkdtemp(path.join(tmpdir(), 'doable-cli-'));
  const signUp = await server.request('POST', '/api/auth/sign-up/email', {
    headers: { origin: TEST_APP_URL },
    body: { name: 'Ann', email: 'ann.cli@example.com', password: 'long enough pw', time_zone: ZONE },
  });
  expect(signUp.status).toBe(200);
  const created = await server.as(signUp.body.user.id)('POST', '/api/me/api-keys', {
    body: { name: 'cli test' },
  });
  key = created.body.key;
  // One list, which tasks can be added to, moved to and listed by name.
  const list = await server.request('POST', '/api/me/lists', {
    headers: { 'x-api-key': key },
    body: { name: 'Home' },
  });
  homeList = list.body.id;
});
afterAll(async () => {
  await server.close();
  await rm(home, { recursive: true, force: true });
});

describe('tasks', () => {
  it('adds with quick add, in the account zone, and lists what it added', async () => {
    const [added, milk] = await Promise.all([
      doable(['add', 'Call mom tomorrow 5pm #family !high']),
      // Words quoted or not: the line is the words joined.
      json(['add', 'Buy', 'milk', 'today', '#errands']),
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^Added (\d+): Call mom \(due Tomorrow 17:00, !high, #family\)\n$/);
    const id = Number(/^Added (\d+)/.exec(added.stdout)![1]);

    expect(milk).toMatchObject({ title: 'Buy milk', tags: ['errands'], completed: false });
    expect(milk.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [task, ls, listed, dry] = await Promise.all([
      json(['show', String(id)]),
      doable(['ls']),
      json(['ls']),
      doable(['add', '--dry-run', 'Dentist next friday 9am #health']),
    ]);
    // 17:00 in Tokyo is 08:00 UTC.
    expect(task).toMatchObject({ id, title: 'Call mom', priority: 'high', tags: ['family'] });
    expect(task.due_at).toMatch(/T08:00:00\.000Z$/);
    expect(ls.code).toBe(0);
    const row = ls.stdout.split('\n').find((line) => line.includes('Call mom'));
    expect(row).toMatch(new RegExp(`^\\s*${id}  \\[ \\]  Call mom\\s+Tomorrow 17:00\\s+!high\\s+#family$`));
    // Soonest due first.
    expect(ls.stdout.indexOf('Buy milk')).toBeLessThan(ls.stdout.indexOf('Call mom'));
    expect(listed.count).toBeGreaterThanOrEqual(2);
    expect(listed.tasks.map((t: { id: number }) => t.id)).toContain(id);
    expect(Object.keys(listed)).toEqual(['tasks', 'count']);
    expect(dry.stdout).toMatch(/title\s+Dentist\n/);
    expect(dry.stdout).toMatch(/due\s+\w{3}.* 09:00\n/);
    expect(dry.stdout).toMatch(/tags\s+#health/);
    expect((await json(['ls', '-q', 'dentist'])).tasks).toEqual([]);
  });

  it('lists views, tags, lists by name, search, done tasks and a limit', async () => {
    const [late, soon, free] = await Promise.all([
      json(['add', 'Late report yesterday #work']),
      json(['add', 'Plan trip in 3 days #travel', '--list', 'home']),
      json(['add', 'Read a book #leisure']),
    ]);
    expect(soon.list_id).toBe(homeList);

    const ids = (result: { tasks: { id: number }[] }) => result.tasks.map((t) => t.id);
    const [today, overdue, upcoming, tagged, inHome, search, human, overdueRow, missing] = await Promise.all([
      json(['ls', 'today']),
      json(['ls', 'overdue']),
      json(['ls', 'upcoming']),
      json(['ls', '--tag', 'travel']),
      json(['ls', '--list', 'Home']),
      json(['ls', '-q', 'report']),
      doable(['ls', '--list', 'Home']),
      doable(['ls', 'overdue']),
      doable(['ls', '--list', 'Garden']),
    ]);
    expect(ids(today)).toContain(late.id);
    expect(ids(today)).not.toContain(soon.id);
    expect(ids(overdue)).toEqual([late.id]);
    expect(ids(upcoming)).toContain(soon.id);
    expect(ids(upcoming)).not.toContain(free.id);
    expect(ids(tagged)).toEqual([soon.id]);
    expect(ids(inHome)).toEqual([soon.id]);
    expect(ids(search)).toEqual([late.id]);

    expect(human.stdout).toMatch(/Plan trip\s+\w{3}\s+#travel\s+Home\n$/);
    expect(overdueRow.stdout).toMatch(/Late report\s+Yesterday\s+#work\n$/);

    await json(['done', String(free.id)]);
    const [done, all, limited] = await Promise.all([
      json(['ls', '--done']),
      json(['ls', '--all', '--tag', 'leisure']),
      doable(['ls', '--limit', '1']),
    ]);
    expect(ids(done)).toEqual([free.id]);
    expect(ids(all)).toEqual([free.id]);
    expect(limited.stdout.trim().split('\n')).toHaveLength(2);
    expect(limited.stdout).toMatch(/Showing 1 of \d+ tasks; --limit \d+ shows more\.\n$/);

    expect(missing).toMatchObject({ code: 4, stdout: '' });
    expect(missing.stderr).toMatch(/no list named "Garden"/);
    expect(missing.stderr).toMatch(/Your lists: Home \(and the Inbox\)/);
  });

  it('edits fields, tags and the list; shows a task in full', async () => {
    // #home names the list Home (quick add: a # that names a list is the list), #later is a tag.
    const task = await json(['add', 'Water plants #home #later']);
    const edited = await doable([
      'edit',
      String(task.id),
      '--title',
      'Water the plants',
      '--due',
      'in 2 days',
      '--priority',
      'medium',
      '--tag',
      'garden',
      '--untag',
      'LATER',
      '--list',
      'Home',
      '--note',
      'The ferns first',
    ]);
    expect(edited).toMatchObject({ code: 0, stderr: '' });
    expect(edited.stdout).toMatch(
      new RegExp(`^Updated ${task.id}: Water the plants \\(due \\w{3}, !medium, #garden, Home\\)\\n$`),
    );
    const now = await json(['show', String(task.id)]);
    expect(now).toMatchObject({
      title: 'Water the plants',
      priority: 'medium',
      tags: ['garden'],
      description: 'The ferns first',
    });
    expect(now.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const repeating = await json([
      'edit',
      String(task.id),
      '--repeat',
      'every monday',
      '--due',
      '2030-01-07',
    ]);
    expect(repeating).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2030-01-07' });
    const [shown, nothing, unreadable, invalid] = await Promise.all([
      doable(['show', String(task.id)]),
      doable(['edit', String(task.id)]),
      doable(['edit', String(task.id), '--due', 'when pigs fly']),
      doable(['edit', String(task.id), '--title', ' ']),
    ]);
    expect(shown.stdout).toMatch(new RegExp(`^${task.id}  \\[ \\] Water the plants\\n`));
    expect(shown.stdout).toMatch(/ {2}due {7}7 Jan 2030, 2030-01-07 \(all day\)\n/);
    expect(shown.stdout).toMatch(/ {2}repeats {3}every week on Monday \(from due\)\n/);
    expect(shown.stdout).toMatch(/ {2}list {6}Home\n/);
    expect(shown.stdout).toMatch(/\n\n {2}The ferns first\n$/);

    const cleared = await json(['edit', String(task.id), '--repeat', 'none', '--due', 'none', '--note', '']);
    expect(cleared).toMatchObject({ recurrence: null, due_date: null, due_at: null, description: null });

    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^doable: nothing to change: give --title, --due/);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/cannot read "when pigs fly" as a due moment/);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^doable: .*title must not be empty \(422 VALIDATION_ERROR\)\n/);
  });

  it('adds and edits a duration and a deadline, and shows them in ls, show and what a command did', async () => {
    const added = await doable([
      'add',
      'Write the report',
      '--duration',
      '1h30m',
      '--deadline',
      '2030-03-15',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(
      /^Added (\d+): Write the report \(takes 1 h 30 min, deadline 15 Mar 2030\)\n$/,
    );
    const id = Number(/^Added (\d+)/.exec(added.stdout)![1]);
    expect(await json(['show', String(id)])).toMatchObject({ duration: 90, deadline: '2030-03-15' });

    const ls = await doable(['ls', '-q', 'report']);
    const row = ls.stdout.split('\n').find((line) => line.includes('Write the report'));
    expect(row).toMatch(/Write the report\s+1 h 30 min\s+by 15 Mar 2030$/);
    const shown = await doable(['show', String(id)]);
    expect(shown.stdout).toMatch(/ {2}takes {5}1 h 30 min\n/);
    expect(shown.stdout).toMatch(/ {2}deadline {2}15 Mar 2030, 2030-03-15\n/);

    const edited = await json(['edit', String(id), '--duration', '45', '--deadline', '2020-01-02']);
    expect(edited).toMatchObject({ duration: 45, deadline: '2020-01-02' });
    const late = await doable(['show', String(id)]);
    expect(late.stdout).toMatch(/ {2}takes {5}45 min\n/);
    expect(late.stdout).toMatch(/ {2}deadline {2}2 Jan 2020, 2020-01-02 passed\n/);
    const summary = await doable(['edit', String(id), '--duration', '2 h']);
    expect(summary.stdout).toMatch(/\(takes 2 h, deadline passed 2 Jan 2020\)\n$/);
    const cleared = await json(['edit', String(id), '--duration', 'none', '--deadline', 'none']);
    expect(cleared).toMatchObject({ duration: null, deadline: null });

    // Quick add's own reading of them, shown by --dry-run.
    const dry = await doable(['add', '--dry-run', 'Draft the talk for 45 min {2030-03-20}']);
    expect(dry.stdout).toMatch(/takes\s+45 min\n/);
    expect(dry.stdout).toMatch(/deadline\s+20 Mar 2030\n/);

    // Bad values are refused before anything is written.
    const before = await json<{ count: number }>(['ls', '--all']);
    const bad = await Promise.all([
      doable(['add', 'Never added', '--duration=-5']),
      doable(['add', 'Never added', '--duration', '31d']),
      doable(['add', 'Never added', '--deadline', '2026-02-30']),
      doable(['add', 'Never added', '--deadline', 'friday']),
      doable(['edit', String(id), '--duration', 'soon']),
      doable(['edit', String(id), '--deadline', '30/12/2026']),
    ]);
    for (const run of bad) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^doable: --(duration|deadline) takes /);
    }
    expect((await json<{ count: number }>(['ls', '--all'])).count).toBe(before.count);
    expect(await json(['show', String(id)])).toMatchObject({ duration: null, deadline: null });
  });

  it('completes and reopens several tasks, all or nothing', async () => {
    const [a, b] = await Promise.all([json(['add', 'First thing']), json(['add', 'Second thing'])]);
    const done = await doable(['done', String(a.id), String(b.id)]);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toBe(`Completed ${a.id}: First thing\nCompleted ${b.id}: Second thing\n`);
    const reopened = await json(['undo', String(a.id)]);
    expect(reopened.tasks).toEqual([expect.objectContaining({ id: a.id, completed: false })]);

    const missing = await doable(['done', String(a.id), '999999']);
    expect(missing).toMatchObject({ code: 4, stdout: '' });
    expect(missing.stderr).toMatch(/^doable: Task 999999 was not found \(404 NOT_FOUND\)\n/);
    expect(missing.stderr).toMatch(/Nothing was changed/);
    expect((await json(['show', String(a.id)])).completed).toBe(false);

    const notAnId = await doable(['done', 'abc']);
    expect(notAnId).toMatchObject({ code: 2, stdout: '' });
    expect(notAnId.stderr).toMatch(/not a task id: "abc"/);
  });

  it('deletes only with --yes when it cannot ask', async () => {
    const task = await json(['add', 'Throw away']);
    const refused = await doable(['rm', String(task.id)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/rm deletes nothing without --yes/);
    expect((await json(['show', String(task.id)])).title).toBe('Throw away');

    const deleted = await doable(['rm', String(task.id), '--yes']);
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted task ${task.id}.\n` });
    const [again, shown] = await Promise.all([
      doable(['rm', String(task.id), '-y', '--json']),
      doable(['show', String(task.id)]),
    ]);
    expect(again.code).toBe(4);
    expect(JSON.parse(again.stderr)).toMatchObject({
      error: { exit_code: 4, status: 404, error_code: 'NOT_FOUND', detail: `Task ${task.id} was not found` },
    });
    expect(shown.code).toBe(4);
  });

  it('exports JSON, CSV and iCalendar, to stdout or a file', async () => {
    await json(['add', 'Exported task #export']);
    const file = path.join(home, 'tasks.csv');
    const [asJson, asCsv, asIcs, badFormat, written] = await Promise.all([
      doable(['export']),
      doable(['export', '--format', 'csv']),
      doable(['export', '-f', 'ics']),
      doable(['export', '--format', 'pdf']),
      json(['export', '-f', 'csv', '-o', file]),
    ]);
    const exported = JSON.parse(asJson.stdout);
    expect(exported).toMatchObject({ format: 'doable-export', version: 1 });
    expect(exported.tasks.map((t: { title: string }) => t.title)).toContain('Exported task');
    expect(asCsv.stdout.split('\n')[0]).toMatch(/^id,title,/);
    expect(asCsv.stdout).toContain('Exported task');
    expect(asIcs.stdout).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(badFormat.code).toBe(2);

    expect(written).toMatchObject({ file, format: 'csv' });
    expect(await readFile(file, 'utf8')).toBe(asCsv.stdout);
    expect(written.bytes).toBe(Buffer.byteLength(asCsv.stdout));
  });

  it('shows lists and tags with counts', async () => {
    await json(['add', 'Count me #counted', '--list', 'Home']);
    const [lists, tags, human] = await Promise.all([json(['lists']), json(['tags']), doable(['tags'])]);
    expect(lists.lists).toEqual([expect.objectContaining({ name: 'Home', archived: false })]);
    expect(lists.lists[0].open_count).toBeGreaterThanOrEqual(1);
    expect(tags.tags).toEqual(expect.arrayContaining([{ name: 'counted', open: 1, total: 1 }]));
    expect(human.stdout).toMatch(/^#counted\s+1 open\s+1 total$/m);
  });
});

describe('configuration, login and problems', () => {
  it('logs in with a piped key, saves it 0600 in a 0700 folder, uses it, and logs out', async () => {
    const config = path.join(home, 'login');
    const env = { XDG_CONFIG_HOME: config, DOABLE_URL: undefined, DOABLE_API_KEY: undefined };
    const file = path.join(config, 'doable', 'config.json');

    const before = await doable(['ls'], { env });
    expect(before.code).toBe(3);
    expect(before.stderr).toMatch(/^doable: no server configured\n.*doable login/);

    const refused = await doable(['login', '--url', server.url], { env, input: 'dbl_not-a-key\n' });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/refused the key: .*\(401 AUTH_INVALID\)/);
    expect(refused.stderr).toMatch(/Nothing was saved/);
    await expect(stat(file)).rejects.toThrow();

    const noUrl = await doable(['login'], { env, input: `${key}\n` });
    expect(noUrl.code).toBe(2);

    const login = await doable(['login', '--url', `${server.url}/`], { env, input: `\n${key}\n` });
    expect(login).toMatchObject({ code: 0, stderr: '' });
    expect(login.stdout).toMatch(
      new RegExp(`^Logged in to ${server.url} as Ann <ann.cli@example.com>\\.\\n`),
    );
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ url: server.url, api_key: key });

    const [ls, whoami, overridden] = await Promise.all([
      doable(['ls', '--json'], { env }),
      json(['whoami']).then(() => doable(['whoami', '--json'], { env })),
      doable(['ls'], { env: { ...env, DOABLE_API_KEY: 'dbl_overridden' } }),
    ]);
    expect(ls.code).toBe(0);
    expect(JSON.parse(ls.stdout)).toHaveProperty('count');
    expect(JSON.parse(whoami.stdout)).toMatchObject({
      url: server.url,
      user: { email: 'ann.cli@example.com', name: 'Ann' },
      time_zone: ZONE,
      key_from: file,
      url_from: file,
    });
    // The environment wins over the file.
    expect(overridden.code).toBe(3);
    expect(overridden.stderr).toMatch(/AUTH_INVALID/);

    const logout = await doable(['logout'], { env });
    expect(logout.stdout).toMatch(/^Logged out: removed .*config\.json\.\n/);
    await expect(stat(file)).rejects.toThrow();
    expect((await doable(['ls'], { env })).code).toBe(3);
  });

  it('names the problem with an exit code: bad key, unreachable server, bad usage', async () => {
    const port = await closedPort();
    const [badKey, refused, badUrl, unknown, typo, badOption, noText] = await Promise.all([
      spawned(['ls'], { env: { DOABLE_API_KEY: 'dbl_wrong' } }),
      doable(['ls'], { env: { DOABLE_URL: `http://127.0.0.1:${port}` } }),
      doable(['ls'], { env: { DOABLE_URL: 'ftp://example.com' } }),
      spawned(['frobnicate']),
      doable(['lss']),
      doable(['ls', '--bogus']),
      doable(['add']),
    ]);
    expect(badKey).toMatchObject({ code: 3, stdout: '' });
    expect(badKey.stderr).toMatch(
      /^doable: The API key is unknown, revoked or expired \(401 AUTH_INVALID\)\n/,
    );
    expect(refused.code).toBe(5);
    expect(refused.stderr).toBe(
      `doable: cannot reach http://127.0.0.1:${port}: connection refused\n  Is the server running, and is DOABLE_URL right?\n`,
    );
    expect(badUrl.code).toBe(3);
    expect(badUrl.stderr).toMatch(/DOABLE_URL must start with http:\/\/ or https:\/\//);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^doable: unknown command "frobnicate"\n/);
    expect(typo.stderr).toMatch(/did you mean ls/);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/'--bogus'/);
    expect(noText.code).toBe(2);
    // Never a stack trace.
    for (const run of [badKey, refused, badUrl, unknown, typo, badOption, noText]) {
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says when the server is slow, or is not Doable', async () => {
    // Under /silent it never answers; under /html it answers a web page: 200 under /html/ok, else 404.
    const other = http.createServer((request, response) => {
      if (request.url?.startsWith('/silent')) return;
      response.writeHead(request.url?.startsWith('/html/ok') ? 200 : 404, { 'content-type': 'text/html' });
      response.end('<html>not doable</html>');
    });
    const base = `http://127.0.0.1:${await listen(other)}`;
    try {
      const [slow, page, missing] = await Promise.all([
        doable(['ls'], { env: { DOABLE_URL: `${base}/silent`, DOABLE_TIMEOUT: '0.5' } }),
        doable(['ls'], { env: { DOABLE_URL: `${base}/html/ok` } }),
        doable(['ls'], { env: { DOABLE_URL: `${base}/html` } }),
      ]);
      expect(slow.code).toBe(5);
      expect(slow.stderr).toMatch(/^doable: http:\/\/127\.0\.0\.1:\d+\/silent did not answer within 0\.5s\n/);
      expect(page.code).toBe(1);
      expect(page.stderr).toMatch(
        /answered something that is not JSON\n {2}Is DOABLE_URL the address of a Doable server\?/,
      );
      expect(missing.code).toBe(4);
      expect(missing.stderr).toMatch(
        /^doable: the server answered 404 Not Found \(404 HTTP_404\)\n.*Doable server\?/,
      );
      expect(missing.stderr).not.toContain('<html>');
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('colours only a terminal, unless FORCE_COLOR; NO_COLOR and --no-color turn them off', async () => {
    await json(['add', 'Overdue and red yesterday']);
    const [piped, forced, noColor, flag, jsonForced] = await Promise.all([
      doable(['ls', 'today']),
      doable(['ls', 'today'], { env: { FORCE_COLOR: '1' } }),
      doable(['ls', 'today'], { env: { NO_COLOR: '1' } }),
      doable(['ls', 'today', '--no-color'], { env: { FORCE_COLOR: '1' } }),
      doable(['ls', 'today', '--json'], { env: { FORCE_COLOR: '1' } }),
    ]);
    expect(piped.stdout).toContain('Overdue and red');
    expect(piped.stdout).not.toContain(ESC);
    expect(forced.stdout).toContain(`${ESC}31mYesterday${ESC}39m`);
    expect(noColor.stdout).toBe(piped.stdout);
    expect(flag.stdout).toBe(piped.stdout);
    expect(jsonForced.stdout).not.toContain(ESC);
  });

  it('answers help and the version', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const [version, help, bare, lsHelp, helpLs, helpNone] = await Promise.all([
      doable(['--version']),
      doable(['help']),
      doable([]),
      doable(['ls', '--help']),
      doable(['help', 'edit']),
      doable(['help', 'nothing']),
    ]);
    expect(version).toMatchObject({ code: 0, stdout: `doable ${pkg.version}\n` });
    for (const command of ['add', 'ls', 'show', 'edit', 'done', 'undo', 'rm', 'export', 'login', 'logout']) {
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
    }
    expect(help.stdout).toMatch(/Exit codes\n {2}0 {2}done\n {2}1/);
    expect(bare.stdout).toBe(help.stdout);
    expect(lsHelp.stdout).toMatch(/^doable ls: /);
    expect(lsHelp.stdout).toMatch(/-t, --tag <tag>/);
    expect(helpLs.stdout).toMatch(/--untag <tag>/);
    expect(helpNone.code).toBe(2);
  });
});
