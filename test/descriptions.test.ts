// Descriptions in Markdown up to 16,000 characters: kept exactly through REST,
// the export and import, and CalDAV (escaped in a VTODO and read back the same); one more is refused.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = [await person(server, 'Alice'), await person(server, 'Bob')];
});
afterAll(() => server.close());

/** Markdown with what iCalendar must escape (commas, semicolons, backslashes, line breaks) and emoji, 16,000 code points. */
function longMarkdown(): string {
  const head =
    '# Plan\n\n- **buy**: soil, seeds; a spade\n- see [docs](https://example.com/a?b=1)\n\n> C:\\garden\\plan 🌱\n\n';
  const filler = 'Water the beans, then the peas; repeat. ';
  let text = head;
  while ([...text].length + [...filler].length <= 16_000) text += filler;
  return text + 'x'.repeat(16_000 - [...text].length);
}

describe('long Markdown descriptions', () => {
  it('are kept exactly through REST, export and import, and CalDAV', async () => {
    const description = longMarkdown();
    expect([...description]).toHaveLength(16_000);
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Garden plan', description } }),
      201,
    );
    expect(task.description).toBe(description);

    // Export, then import into another account.
    const exported = await ok(alice.as('GET', '/api/me/export'));
    expect(exported.tasks.find((t: { title: string }) => t.title === 'Garden plan').description).toBe(
      description,
    );
    await ok(bob.as('POST', '/api/me/import', { body: exported }), 201);
    const imported = (await ok(bob.as('GET', '/api/me/tasks?limit=200'))).tasks.find(
      (t: { title: string }) => t.title === 'Garden plan',
    );
    expect(imported.description).toBe(description);

    // CalDAV: the VTODO carries it escaped; read back by an iCalendar parser it is the same text.
    const key = await ok(
      alice.as('POST', '/api/me/api-keys', { body: { name: 'phone', scopes: ['caldav'] } }),
      201,
    );
    const auth = `Basic ${Buffer.from(`${alice.email}:${key.key}`).toString('base64')}`;
    const report = await server.request('REPORT', `/dav/calendars/${alice.id}/inbox/`, {
      rawBody:
        '<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-data/></d:prop>' +
        '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VTODO"/></c:comp-filter></c:filter></c:calendar-query>',
      headers: { authorization: auth, depth: '1', 'content-type': 'application/xml; charset=utf-8' },
    });
    expect(report.status, report.text).toBe(207);
    const hrefs = [...report.text.matchAll(/<d:href>([^<]*\.ics)<\/d:href>/g)].map((m) => m[1]!);
    expect(hrefs).toHaveLength(1);
    const got = await server.request('GET', hrefs[0]!, { headers: { authorization: auth } });
    expect(got.status).toBe(200);
    const todo = new ICAL.Component(ICAL.parse(got.text)).getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('description')).toBe(description);
    // Written back unchanged by a client, it stays the same.
    const put = await server.request('PUT', hrefs[0]!, {
      rawBody: got.text,
      headers: { authorization: auth, 'content-type': 'text/calendar; charset=utf-8' },
    });
    expect(put.status, put.text).toBeLessThan(300);
    expect((await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).description).toBe(description);
  });

  it('one character more is refused with a problem naming the field, and nothing changes', async () => {
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Short', description: 'fine' } }),
      201,
    );
    const res = await alice.as('PATCH', `/api/me/tasks/${task.id}`, {
      body: { description: `${longMarkdown()}!` },
    });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(JSON.stringify(res.body.errors)).toContain('description');
    expect((await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).description).toBe('fine');
  });
});
