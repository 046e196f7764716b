// CalDAV's access is the policy's (docs/caldav.md, "Shared lists"): for the owner, an editor and a
// viewer of a shared list, the calendars offered are the lists the REST API shows them, the
// privileges (RFC 3744 5.4 current-user-privilege-set) are the `permissions` the REST API gives
// them on that list, and each write is allowed or refused (403 DAV:need-privileges, with the
// policy's reason, nothing changed) as those privileges say: PUT of a new task (bind), of a
// changed one (write-content), DELETE (unbind), PROPPATCH of the list (write-properties).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let owner: Person;
let editor: Person;
let viewer: Person;
const auth = new Map<Person, string>();
let listId: number;

beforeAll(async () => {
  server = await startTestServer();
  owner = await person(server, 'Olga');
  editor = await person(server, 'Eddie');
  viewer = await person(server, 'Vera');
  for (const who of [owner, editor, viewer]) auth.set(who, basic(who.email, await appPassword(who)));
  listId = (await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Household' } }), 201)).id;
  await join(owner, listId, editor, 'editor');
  await join(owner, listId, viewer, 'viewer');
});
afterAll(() => server.close());

const PRIVILEGES = '<propfind xmlns="DAV:"><prop><current-user-privilege-set/></prop></propfind>';
const privilegesIn = (xml: string) =>
  [...xml.matchAll(/<d:privilege><d:([a-z-]+)\/><\/d:privilege>/g)].map((m) => m[1]!).sort();

/** The privileges the REST API's `permissions` on the list stand for (docs/caldav.md). */
function expected(permissions: Record<string, boolean>): string[] {
  const writes = [
    ['write-content', permissions.update_tasks],
    ['write-properties', permissions.update],
    ['bind', permissions.create_tasks],
    ['unbind', permissions.delete_tasks],
  ] as const;
  const granted = writes.filter(([, may]) => may).map(([name]) => name);
  return [
    'read',
    'read-current-user-privilege-set',
    ...granted,
    ...(granted.length === writes.length ? ['write'] : []),
  ].sort();
}

describe.each([
  ['owner', () => owner, { bind: true, writeContent: true, unbind: true, proppatch: true }],
  ['editor', () => editor, { bind: true, writeContent: true, unbind: true, proppatch: false }],
  ['viewer', () => viewer, { bind: false, writeContent: false, unbind: false, proppatch: false }],
] as const)('the %s of a shared list over CalDAV', (role, who, may) => {
  it('sees the calendars the REST API shows, with the privileges of its permissions, and may write exactly what they grant', async () => {
    const me = who();
    const dav = davAs(server, auth.get(me)!);
    const home = `/dav/calendars/${me.id}/`;
    const cal = `${home}${listId}/`;

    // The calendars: the Inbox and the lists the REST API lists, no more.
    const lists = (await ok(me.as('GET', '/api/me/lists'))).lists as { id: number; permissions: never }[];
    const listing = await dav('PROPFIND', home, PRIVILEGES, { depth: '1' });
    expect(listing.status).toBe(207);
    const calendars = [...listing.text.matchAll(/<d:href>([^<]+)<\/d:href>/g)]
      .map((m) => m[1]!)
      .filter((href) => href !== home);
    expect(calendars.sort()).toEqual([`${home}inbox/`, ...lists.map((l) => `${home}${l.id}/`)].sort());

    // The privileges: the REST API's permissions for this person and list.
    const { permissions } = await ok(me.as('GET', `/api/me/lists/${listId}`));
    const found = await dav('PROPFIND', cal, PRIVILEGES, { depth: '0' });
    expect(privilegesIn(found.text)).toEqual(expected(permissions));
    expect(privilegesIn(found.text).includes('bind')).toBe(may.bind);
    expect(privilegesIn(found.text).includes('write-properties')).toBe(may.proppatch);
    const options = await dav('OPTIONS', cal);
    expect(options.headers.get('allow')?.includes('PUT')).toBe(may.bind || may.writeContent);

    const refused = (res: { status: number; text: string }) => {
      expect(res.status).toBe(403);
      expect(res.text).toContain('<d:need-privileges/>');
    };
    const titles = async () =>
      (await ok(owner.as('GET', `/api/me/tasks?list_id=${listId}&limit=100`))).tasks
        .map((t: { title: string }) => t.title)
        .sort();

    // bind: a new task.
    const before = await titles();
    const made = await dav('PUT', `${cal}${role}-new.ics`, todo(`${role}-new`, [`SUMMARY:${role} new`]), ICS);
    if (may.bind) expect(made.status).toBe(201);
    else {
      refused(made);
      expect(made.text).toContain('its owner can make you an editor');
      expect(await titles()).toEqual(before);
    }

    // write-content: a task the owner made, changed.
    const task = await ok(
      owner.as('POST', '/api/me/tasks', { body: { title: `for the ${role}`, list_id: listId } }),
      201,
    );
    const path = `${cal}${task.id}.ics`;
    const uid = /\r\nUID:([^\r]+)\r\n/.exec((await dav('GET', path)).text)![1]!;
    const edit = await dav('PUT', path, todo(uid, [`SUMMARY:changed by the ${role}`]), ICS);
    if (may.writeContent) expect(edit.status).toBe(204);
    else refused(edit);
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).title).toBe(
      may.writeContent ? `changed by the ${role}` : `for the ${role}`,
    );

    // unbind: that task deleted.
    const gone = await dav('DELETE', path);
    if (may.unbind) expect(gone.status).toBe(204);
    else refused(gone);
    expect((await owner.as('GET', `/api/me/tasks/${task.id}`)).status).toBe(may.unbind ? 404 : 200);

    // write-properties: the list renamed.
    const rename = await dav(
      'PROPPATCH',
      cal,
      `<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>Renamed by the ${role}</D:displayname></D:prop></D:set></D:propertyupdate>`,
    );
    const name = (await ok(owner.as('GET', `/api/me/lists/${listId}`))).name;
    if (may.proppatch) {
      expect(rename.status).toBe(207);
      expect(name).toBe(`Renamed by the ${role}`);
      await ok(owner.as('PATCH', `/api/me/lists/${listId}`, { body: { name: 'Household' } }));
    } else {
      expect(rename.status).toBe(403);
      expect(rename.text).toContain('<d:need-privileges/>');
      expect(rename.text).toContain('Only the list&apos;s owner can change it');
      expect(name).toBe('Household');
    }
  });
});
