// CalDAV sync that tells the truth (RFC 6578 3.5): a task that leaves a calendar (moved by PUT
// under a new name, moved over REST, deleted) is reported removed under the name that calendar
// knew, a calendar's report names only what was in it, and a change elsewhere never shows there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
let bob: Person;
let bobAuth: string;
const dav = (auth: string) => davAs(server, auth);

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = [await person(server, 'Alice'), await person(server, 'Bob')];
  aliceAuth = basic(alice.email, await appPassword(alice));
  bobAuth = basic(bob.email, await appPassword(bob));
});
afterAll(() => server.close());

const SYNC = (token: string) =>
  `<D:sync-collection xmlns:D="DAV:"><D:sync-token>${token}</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>`;

interface Report {
  token: string;
  changed: string[];
  removed: string[];
}

/** A sync-collection of `path` from `token`: the new token, the hrefs changed and those removed (404). */
async function sync(auth: string, path: string, token = ''): Promise<Report> {
  const res = await dav(auth)('REPORT', path, SYNC(token));
  expect(res.status, res.text.slice(0, 300)).toBe(207);
  const responses = [...res.text.matchAll(/<d:response>(.*?)<\/d:response>/g)].map((m) => m[1]!);
  const hrefOf = (r: string) => /<d:href>([^<]*)<\/d:href>/.exec(r)![1]!;
  return {
    token: /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(res.text)![1]!,
    changed: responses.filter((r) => r.includes('<d:propstat>')).map(hrefOf),
    removed: responses.filter((r) => /^<d:href>[^<]*<\/d:href><d:status>HTTP\/1.1 404/.test(r)).map(hrefOf),
  };
}

async function newList(who: Person, name: string): Promise<{ id: number }> {
  return ok(who.as('POST', '/api/me/lists', { body: { name } }), 201);
}

describe('sync-collection reports what left a calendar under the name it had there (RFC 6578 3.5.2)', () => {
  it('a move by PUT of the same UID under a new name into another calendar: the old name is removed from the old calendar, the new one appears in the new', async () => {
    const a = dav(aliceAuth);
    const [home, work] = [await newList(alice, 'Home'), await newList(alice, 'Work')];
    const homePath = `/dav/calendars/${alice.id}/${home.id}/`;
    const workPath = `/dav/calendars/${alice.id}/${work.id}/`;
    expect(
      (await a('PUT', `${homePath}old-name.ics`, todo('moving-uid', ['SUMMARY:Move me']), ICS)).status,
    ).toBe(201);
    const [homeStart, workStart] = [await sync(aliceAuth, homePath), await sync(aliceAuth, workPath)];
    expect(homeStart.changed).toEqual([`${homePath}old-name.ics`]);
    const moved = await a('PUT', `${workPath}new-name.ics`, todo('moving-uid', ['SUMMARY:Moved']), ICS);
    expect(moved.status).toBe(201);
    const homeNext = await sync(aliceAuth, homePath, homeStart.token);
    expect(homeNext.removed).toEqual([`${homePath}old-name.ics`]);
    expect(homeNext.changed).toEqual([]);
    const workNext = await sync(aliceAuth, workPath, workStart.token);
    expect(workNext.changed).toEqual([`${workPath}new-name.ics`]);
    expect(workNext.removed).toEqual([]);
    // Nothing more afterwards, and the old address answers 404.
    expect(await sync(aliceAuth, homePath, homeNext.token)).toMatchObject({ changed: [], removed: [] });
    expect((await a('GET', `${homePath}old-name.ics`)).status).toBe(404);
  });

  it('a move over REST and a DELETE: each removed under the name the client chose, in that calendar only', async () => {
    const a = dav(aliceAuth);
    const [from, to] = [await newList(alice, 'From'), await newList(alice, 'To')];
    const fromPath = `/dav/calendars/${alice.id}/${from.id}/`;
    const toPath = `/dav/calendars/${alice.id}/${to.id}/`;
    await a('PUT', `${fromPath}chosen.ics`, todo('rest-moved', ['SUMMARY:By REST']), ICS);
    await a('PUT', `${fromPath}gone.ics`, todo('deleted-one', ['SUMMARY:Deleted']), ICS);
    const webTask = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Web', list_id: from.id } }),
      201,
    );
    const [start, toStart] = [await sync(aliceAuth, fromPath), await sync(aliceAuth, toPath)];
    const listed = await ok(alice.as('GET', `/api/me/tasks?list_id=${from.id}`));
    const restMoved = listed.tasks.find((t: { title: string }) => t.title === 'By REST');
    await ok(alice.as('PATCH', `/api/me/tasks/${restMoved.id}`, { body: { list_id: to.id } }));
    expect((await a('DELETE', `${fromPath}gone.ics`)).status).toBe(204);
    await ok(alice.as('DELETE', `/api/me/tasks/${webTask.id}`), 204);
    const next = await sync(aliceAuth, fromPath, start.token);
    expect(next.removed.sort()).toEqual(
      [`${fromPath}chosen.ics`, `${fromPath}gone.ics`, `${fromPath}${webTask.id}.ics`].sort(),
    );
    expect(next.changed).toEqual([]);
    const toNext = await sync(aliceAuth, toPath, toStart.token);
    expect(toNext.changed).toEqual([`${toPath}chosen.ics`]);
    expect(toNext.removed).toEqual([]);
  });

  it('a task that leaves and comes back is reported as present, not removed', async () => {
    const [one, two] = [await newList(alice, 'One'), await newList(alice, 'Two')];
    const onePath = `/dav/calendars/${alice.id}/${one.id}/`;
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Boomerang', list_id: one.id } }),
      201,
    );
    const start = await sync(aliceAuth, onePath);
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { list_id: two.id } }));
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { list_id: one.id } }));
    const next = await sync(aliceAuth, onePath, start.token);
    expect(next.changed).toEqual([`${onePath}${task.id}.ics`]);
    expect(next.removed).toEqual([]);
  });
});

describe('a calendar reports only its own members (RFC 6578 3.5)', () => {
  it('edits, deletions and moves between other lists never show in another calendar', async () => {
    const [a, b, quiet] = [
      await newList(alice, 'A'),
      await newList(alice, 'B'),
      await newList(alice, 'Quiet'),
    ];
    const quietPath = `/dav/calendars/${alice.id}/${quiet.id}/`;
    const inboxPath = `/dav/calendars/${alice.id}/inbox/`;
    const tasks = [];
    for (const title of ['x', 'y', 'z'])
      tasks.push(await ok(alice.as('POST', '/api/me/tasks', { body: { title, list_id: a.id } }), 201));
    const [start, inboxStart] = [await sync(aliceAuth, quietPath), await sync(aliceAuth, inboxPath)];
    await ok(alice.as('PATCH', `/api/me/tasks/${tasks[0].id}`, { body: { title: 'x edited' } }));
    await ok(alice.as('PATCH', `/api/me/tasks/${tasks[1].id}`, { body: { list_id: b.id } }));
    await ok(alice.as('DELETE', `/api/me/tasks/${tasks[2].id}`), 204);
    const next = await sync(aliceAuth, quietPath, start.token);
    expect(next).toMatchObject({ changed: [], removed: [] });
    expect(next.token).not.toBe(start.token);
    expect(await sync(aliceAuth, inboxPath, inboxStart.token)).toMatchObject({ changed: [], removed: [] });
  });

  it("a shared list's member sees the owner's move out of the list, nothing of the owner's other lists", async () => {
    const shared = await newList(alice, 'Shared');
    const other = await newList(alice, 'Private');
    await join(alice, shared.id, bob, 'editor');
    const bobPath = `/dav/calendars/${bob.id}/${shared.id}/`;
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Leaves', list_id: shared.id } }),
      201,
    );
    expect(
      (await dav(bobAuth)('PUT', `${bobPath}bobs.ics`, todo('bobs-uid', ['SUMMARY:Bob']), ICS)).status,
    ).toBe(201);
    const start = await sync(bobAuth, bobPath);
    const privateTask = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Hidden', list_id: other.id } }),
      201,
    );
    await ok(alice.as('DELETE', `/api/me/tasks/${privateTask.id}`), 204);
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { list_id: other.id } }));
    const listed = await ok(alice.as('GET', `/api/me/tasks?list_id=${shared.id}`));
    const bobs = listed.tasks.find((t: { title: string }) => t.title === 'Bob');
    await ok(alice.as('DELETE', `/api/me/tasks/${bobs.id}`), 204);
    const next = await sync(bobAuth, bobPath, start.token);
    expect(next.removed.sort()).toEqual([`${bobPath}${task.id}.ics`, `${bobPath}bobs.ics`].sort());
    expect(next.changed).toEqual([]);
  });

  it('refuses a token of the form before departures were recorded (RFC 6578 3.2: valid-sync-token), so the app syncs in full', async () => {
    const res = await dav(aliceAuth)(
      'REPORT',
      `/dav/calendars/${alice.id}/inbox/`,
      SYNC('data:,doable/inbox/1/0'),
    );
    expect(res.status).toBe(403);
    expect(res.text).toContain('valid-sync-token');
  });
});
