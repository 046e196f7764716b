// Calendar feeds over HTTP (docs/calendar-feeds.md): the management API, the .ics feed as VEVENTs,
// secrets (regenerate kills the old URL), visibility re-checked at each fetch, limits, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FEEDS } from '../server/features/feeds/feeds.service.js';
import { rawQuery } from '../server/platform/db/client.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = [await person(server, 'Alice'), await person(server, 'Bob')];
});
afterAll(() => server.close());

/** The path of a feed's URL (the test server is reached on its own address). */
const pathOf = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string, headers: Record<string, string> = {}) =>
  server.request('GET', pathOf(url), { headers });
/** A day `n` days from today, YYYY-MM-DD. */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The feed's content lines, unfolded (RFC 5545 3.1), and its VEVENTs as arrays of lines. */
function parse(text: string) {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const events: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else current?.push(line);
  }
  return { lines, events };
}
const eventTitled = (events: string[][], summary: string) =>
  events.find((e) => e.includes(`SUMMARY:${summary}`));

async function expectProblem(res: { status: number; headers: Headers }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

describe('managing feeds', () => {
  it('creates, lists, regenerates and deletes a feed; the URL is shown once and regenerate kills it', async () => {
    const created = await ok(alice.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    expect(created).toMatchObject({ list_id: null, list_name: null, last_fetched_at: null });
    expect(created.url).toMatch(new RegExp(`^${TEST_APP_URL}/feeds/${created.id}/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(created.webcal_url).toBe(created.url.replace(/^http:\/\//, 'webcal://'));

    const listed = await ok(alice.as('GET', '/api/me/calendar-feeds'));
    expect(listed.calendar_feeds).toEqual([
      {
        id: created.id,
        list_id: null,
        list_name: null,
        created_at: created.created_at,
        last_fetched_at: null,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(pathOf(created.url).split('/').at(-1));
    // Only the hash is stored.
    const [row] = await rawQuery<{ token_hash: string }>(
      server.database.db,
      'select token_hash from calendar_feeds where id = $1',
      [created.id],
    );
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.url).not.toContain(row!.token_hash);

    const first = await fetchFeed(created.url);
    expect(first.status, first.text).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('private, max-age=300');
    expect((await ok(alice.as('GET', '/api/me/calendar-feeds'))).calendar_feeds[0].last_fetched_at).toEqual(
      expect.any(String),
    );
    // An unchanged feed answers 304 to its entity tag.
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetchFeed(created.url, { 'if-none-match': etag })).status).toBe(304);
    // HEAD answers as GET, without a body.
    const head = await server.request('HEAD', pathOf(created.url));
    expect(head.status).toBe(200);
    expect(head.text).toBe('');

    const again = await ok(alice.as('POST', `/api/me/calendar-feeds/${created.id}/regenerate`));
    expect(again.id).toBe(created.id);
    expect(again.url).not.toBe(created.url);
    await expectProblem(await fetchFeed(created.url), 404);
    expect((await fetchFeed(again.url)).status).toBe(200);

    const before = await ok(alice.as('GET', '/api/me/calendar-feeds'));
    expect((await alice.as('DELETE', `/api/me/calendar-feeds/${created.id}`)).status).toBe(204);
    await expectProblem(await fetchFeed(again.url), 404);
    expect((await ok(alice.as('GET', '/api/me/calendar-feeds'))).calendar_feeds).toEqual(
      before.calendar_feeds.filter((f: { id: number }) => f.id !== created.id),
    );
    await expectProblem(await alice.as('DELETE', `/api/me/calendar-feeds/${created.id}`), 404);
    await expectProblem(await alice.as('POST', `/api/me/calendar-feeds/${created.id}/regenerate`), 404);
  });

  it("refuses a feed of another user's list, one feed twice, and more than the limit", async () => {
    const bobs = await ok(bob.as('POST', '/api/me/lists', { body: { name: 'Bob private' } }), 201);
    await expectProblem(
      await alice.as('POST', '/api/me/calendar-feeds', { body: { list_id: bobs.id } }),
      404,
    );
    await expectProblem(
      await alice.as('POST', '/api/me/calendar-feeds', { body: { list_id: 987654321 } }),
      404,
    );
    const carol = await person(server, 'Carol');
    const all = await ok(carol.as('POST', '/api/me/calendar-feeds', { body: { list_id: null } }), 201);
    await expectProblem(await carol.as('POST', '/api/me/calendar-feeds', { body: {} }), 409);
    // Another user cannot regenerate or delete it.
    await expectProblem(await alice.as('POST', `/api/me/calendar-feeds/${all.id}/regenerate`), 404);
    await expectProblem(await alice.as('DELETE', `/api/me/calendar-feeds/${all.id}`), 404);
    expect((await fetchFeed(all.url)).status).toBe(200);

    for (let i = 1; i < MAX_FEEDS; i++) {
      const list = await ok(carol.as('POST', '/api/me/lists', { body: { name: `List ${i}` } }), 201);
      await ok(carol.as('POST', '/api/me/calendar-feeds', { body: { list_id: list.id } }), 201);
    }
    const extra = await ok(carol.as('POST', '/api/me/lists', { body: { name: 'One too many' } }), 201);
    const refused = await carol.as('POST', '/api/me/calendar-feeds', { body: { list_id: extra.id } });
    await expectProblem(refused, 409);
    expect(refused.body.detail).toMatch(/at most 20/);
    expect((await ok(carol.as('GET', '/api/me/calendar-feeds'))).calendar_feeds).toHaveLength(MAX_FEEDS);
  });

  it('answers bad input with a problem and changes nothing', async () => {
    const before = (await alice.as('GET', '/api/me/calendar-feeds')).text;
    for (const body of [
      { list_id: 'abc' },
      { list_id: 0 },
      { list_id: -1 },
      { list_id: 1.5 },
      { list_id: 2 ** 64 },
      { list_id: 1, extra: true },
      [],
      'text',
    ]) {
      const res = await alice.as('POST', '/api/me/calendar-feeds', { body });
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    const raw = await server.request('POST', '/api/me/calendar-feeds', {
      token: await server.tokenFor(alice.id),
      rawBody: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    await expectProblem(raw, 400);
    for (const path of ['abc', '0x1', '-1', '99999999999999999999999']) {
      const res = await alice.as('DELETE', `/api/me/calendar-feeds/${path}`);
      expect([400, 404, 422]).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await alice.as('GET', '/api/me/calendar-feeds')).text).toBe(before);
    // Without credentials: 401.
    expect((await server.request('GET', '/api/me/calendar-feeds', { token: null })).status).toBe(401);
  });
});

describe('the feed', () => {
  it('serves dated tasks as VEVENTs: all-day, timed, recurring, completed, tags, folded long titles', async () => {
    const dana = await person(server, 'Dana');
    const long = `Réunion très importante avec l’équipe de production — ${'é'.repeat(40)} 🎉 fin`;
    const create = (body: object) => ok(dana.as('POST', '/api/me/tasks', { body }), 201);
    const allDay = await create({ title: 'Dentist', due_date: day(3), tags: ['health', 'a,b'] });
    const timedAt = `${day(5)}T14:30:00.000Z`;
    const timed = await create({ title: 'Call Bob', due_at: timedAt, description: 'Line one\nline two; ok' });
    await create({ title: 'Weekly review', due_date: day(1), recurrence: 'FREQ=WEEKLY;BYDAY=FR' });
    const done = await create({ title: 'Paid rent', due_date: day(-2) });
    await ok(dana.as('PATCH', `/api/me/tasks/${done.id}/complete`));
    await create({ title: long, due_date: day(7) });
    await create({ title: 'No date at all' });
    await create({ title: 'Too far ahead', due_date: day(400) });
    await create({ title: 'Too long ago', due_date: day(-90) });

    const feed = await ok(dana.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const [{ uid } = { uid: '' }] = await rawQuery<{ uid: string }>(
      server.database.db,
      'select uid::text as uid from tasks where id = $1',
      [allDay.id],
    );
    const res = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    // Every physical line is at most 75 octets.
    for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { lines, events } = parse(res.text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('X-WR-CALNAME:Doable');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT15M');
    expect(lines).toContain('X-PUBLISHED-TTL:PT15M');
    expect(res.text).not.toContain('VTODO');
    expect(events).toHaveLength(5);
    expect(events.map((e) => e.find((l) => l.startsWith('SUMMARY:')))).not.toContain(
      'SUMMARY:No date at all',
    );

    const dentist = eventTitled(events, 'Dentist')!;
    expect(dentist).toContain(`UID:${uid}@doable`);
    expect(dentist).toContain(`DTSTART;VALUE=DATE:${day(3).replaceAll('-', '')}`);
    expect(dentist).toContain(`DTEND;VALUE=DATE:${day(4).replaceAll('-', '')}`);
    expect(dentist).toContain('CATEGORIES:health,a\\,b');
    expect(dentist).toContain(`DESCRIPTION:${TEST_APP_URL}/?task=${allDay.id}`);
    expect(dentist.some((l) => l.startsWith('DTSTAMP:'))).toBe(true);

    const call = eventTitled(events, 'Call Bob')!;
    expect(call).toContain(`DTSTART:${day(5).replaceAll('-', '')}T143000Z`);
    expect(call).toContain('DURATION:PT30M');
    expect(call).toContain(`DESCRIPTION:Line one\\nline two\\; ok\\n\\n${TEST_APP_URL}/?task=${timed.id}`);

    expect(eventTitled(events, 'Weekly review')).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR');
    const paid = eventTitled(events, '✓ Paid rent')!;
    expect(paid).toBeDefined();
    expect(paid.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(eventTitled(events, long)).toBeDefined();
    expect(res.text).toMatch(/\r\n /); // the long title was folded

    // Changing a task changes the entity tag.
    const etag = res.headers.get('etag')!;
    await ok(dana.as('PATCH', `/api/me/tasks/${allDay.id}`, { body: { title: 'Dentist at 9' } }));
    const changed = await fetchFeed(feed.url, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('SUMMARY:Dentist at 9');
  });

  it('re-checks visibility at each fetch: shared tasks appear, and go when the list is unshared or deleted', async () => {
    const owner = await person(server, 'Owner');
    const member = await person(server, 'Member');
    const shared = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Trip planning' } }), 201);
    await ok(
      owner.as('POST', '/api/me/tasks', {
        body: { title: 'Book flights', due_date: day(2), list_id: shared.id },
      }),
      201,
    );
    await ok(member.as('POST', '/api/me/tasks', { body: { title: 'My own', due_date: day(2) } }), 201);
    await join(owner, shared.id, member, 'viewer');

    const all = await ok(member.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const one = await ok(member.as('POST', '/api/me/calendar-feeds', { body: { list_id: shared.id } }), 201);
    expect(one.list_name).toBe('Trip planning');
    const allText = (await fetchFeed(all.url)).text;
    expect(allText).toContain('SUMMARY:Book flights');
    expect(allText).toContain('SUMMARY:My own');
    const oneText = (await fetchFeed(one.url)).text;
    expect(oneText).toContain('X-WR-CALNAME:Trip planning');
    expect(oneText).toContain('SUMMARY:Book flights');
    expect(oneText).not.toContain('SUMMARY:My own');

    // Unshared: the shared tasks leave the "all" feed; the list's feed answers 404.
    expect((await owner.as('DELETE', `/api/me/lists/${shared.id}/members/${member.id}`)).status).toBe(204);
    const after = await fetchFeed(all.url);
    expect(after.text).not.toContain('Book flights');
    expect(after.text).toContain('SUMMARY:My own');
    await expectProblem(await fetchFeed(one.url), 404);
    // Still listed, without the name of a list no longer shared.
    const mine = await ok(member.as('GET', '/api/me/calendar-feeds'));
    expect(mine.calendar_feeds.find((f: { id: number }) => f.id === one.id)).toMatchObject({
      list_id: shared.id,
      list_name: null,
    });

    // A deleted list: its feed answers 404 (and still counts, until deleted, in the owner's feeds).
    const own = await ok(owner.as('POST', '/api/me/calendar-feeds', { body: { list_id: shared.id } }), 201);
    expect((await fetchFeed(own.url)).status).toBe(200);
    expect((await owner.as('DELETE', `/api/me/lists/${shared.id}`)).status).toBe(204);
    await expectProblem(await fetchFeed(own.url), 404);
  });

  it('answers 404 alike for an unknown id, a wrong secret, a malformed path and a disabled account', async () => {
    const erin = await person(server, 'Erin');
    const feed = await ok(erin.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const [, , id, file] = pathOf(feed.url).split('/');
    const wrong = `${'A'.repeat(43)}.ics`;
    const answers = [];
    for (const path of [
      `/feeds/${id}/${wrong}`,
      `/feeds/987654321/${file}`,
      `/feeds/${id}/${file!.replace('.ics', '')}`,
      `/feeds/${id}/${file!.replace('.ics', '.txt')}`,
      `/feeds/abc/${file}`,
      `/feeds/0/${file}`,
      `/feeds/99999999999999999999/${file}`,
      `/feeds/${id}/short.ics`,
    ]) {
      const res = await server.request('GET', path);
      await expectProblem(res, 404);
      answers.push(res.body.detail);
    }
    expect(new Set(answers).size).toBe(1);
    await rawQuery(server.database.db, 'update users set disabled_at = now() where id = $1', [erin.id]);
    const disabled = await fetchFeed(feed.url);
    await expectProblem(disabled, 404);
    expect(disabled.body.detail).toBe(answers[0]);
  });

  it('rate-limits fetches of one feed', async () => {
    const fred = await person(server, 'Fred');
    const feed = await ok(fred.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    // The 60 hits and the fetch fall in one fresh window.
    server.newRateWindow();
    const first = await fetchFeed(feed.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('60;w=60');
    for (let i = 1; i < 60; i++) await server.services.limiter.hit(`feed:${feed.id}`, 60, 60);
    const refused = await fetchFeed(feed.url);
    await expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('goes with the account', async () => {
    const gina = await person(server, 'Gina');
    const feed = await ok(gina.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const { deleteAccountRows } = await import('../server/features/accounts/accounts.service.js');
    await deleteAccountRows(server.database.db, gina.id, gina.email);
    const rows = await rawQuery(server.database.db, 'select 1 from calendar_feeds where user_id = $1', [
      gina.id,
    ]);
    expect(rows).toHaveLength(0);
    await expectProblem(await fetchFeed(feed.url), 404);
  });
});
