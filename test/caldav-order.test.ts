// Apple Reminders' and Tasks.org's manual order (X-APPLE-SORT-ORDER, ascending, seconds since
// 2001-01-01) is the list's own order in Doable, both ways (docs/caldav.md, "Manual order").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
const dav = () => davAs(server, aliceAuth);

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  aliceAuth = basic(alice.email, await appPassword(alice));
});
afterAll(() => server.close());

const sortOrderIn = (text: string) => Number(/\r\nX-APPLE-SORT-ORDER:(-?\d+)\r\n/.exec(text)?.[1]);

describe('X-APPLE-SORT-ORDER is the manual order', () => {
  it('three PUTs with 300, 100 and 200 are ordered 100, 200, 300 in Doable and served with their own values; a task made in Doable comes after them', async () => {
    const a = dav();
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Phone order' } }), 201);
    const cal = `/dav/calendars/${alice.id}/${list.id}/`;
    const order = async () =>
      (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&sort=manual`))).tasks.map(
        (t: { title: string }) => t.title,
      );
    for (const [name, value] of [
      ['a', 300],
      ['b', 100],
      ['c', 200],
    ] as const) {
      const put = await a(
        'PUT',
        `${cal}${name}.ics`,
        todo(`order-${name}`, [`SUMMARY:${name} ${value}`, `X-APPLE-SORT-ORDER:${value}`]),
        ICS,
      );
      expect(put.status).toBe(201);
      // Served as sent (the value included): the PUT carries the ETag.
      expect(put.headers.get('etag')).toMatch(/^"/);
    }
    expect(await order()).toEqual(['b 100', 'c 200', 'a 300']);
    const values = async () =>
      Object.fromEntries(
        await Promise.all(
          ['a', 'b', 'c', 'made'].map(async (n) => {
            const res = await a('GET', `${cal}${n}.ics`);
            return [n, res.status === 200 ? sortOrderIn(res.text) : null];
          }),
        ),
      );
    expect(await values()).toEqual({ a: 300, b: 100, c: 200, made: null });

    // Made in Doable now: after them, as an app's item made now (seconds since 2001) would be.
    const made = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'made in Doable', list_id: list.id } }),
      201,
    );
    expect(await order()).toEqual(['b 100', 'c 200', 'a 300', 'made in Doable']);
    const madeValue = sortOrderIn((await a('GET', `${cal}${made.id}.ics`)).text);
    const secondsSince2001 = (Date.now() - Date.UTC(2001, 0, 1)) / 1000;
    expect(Math.abs(madeValue - secondsSince2001)).toBeLessThan(600);

    // Reordered in Doable: the values served follow, keeping the order the web app shows.
    const tasks = (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&sort=manual`))).tasks;
    const id = (title: string) => tasks.find((t: { title: string }) => t.title === title).id;
    const before = (await a('GET', `${cal}a.ics`)).headers.get('etag');
    await ok(alice.as('POST', `/api/me/tasks/${id('a 300')}/move`, { body: { before_id: id('b 100') } }));
    await ok(alice.as('POST', `/api/me/tasks/${made.id}/move`, { body: { after_id: id('b 100') } }));
    expect(await order()).toEqual(['a 300', 'b 100', 'made in Doable', 'c 200']);
    const a1 = await a('GET', `${cal}a.ics`);
    expect(a1.headers.get('etag')).not.toBe(before);
    const served = {
      a: sortOrderIn(a1.text),
      b: sortOrderIn((await a('GET', `${cal}b.ics`)).text),
      made: sortOrderIn((await a('GET', `${cal}${made.id}.ics`)).text),
      c: sortOrderIn((await a('GET', `${cal}c.ics`)).text),
    };
    expect(served.a).toBeLessThan(served.b);
    expect(served.b).toBeLessThan(served.made);
    expect(served.made).toBeLessThan(served.c);
    expect([served.b, served.c]).toEqual([100, 200]);

    // An app that sends back the value it was served moves nothing; a new value moves the task.
    const again = await a(
      'PUT',
      `${cal}a.ics`,
      todo('order-a', ['SUMMARY:a 300', `X-APPLE-SORT-ORDER:${served.a}`]),
      ICS,
    );
    expect(again.status).toBe(204);
    expect(await order()).toEqual(['a 300', 'b 100', 'made in Doable', 'c 200']);
    const last = await a(
      'PUT',
      `${cal}a.ics`,
      todo('order-a', ['SUMMARY:a 300', 'X-APPLE-SORT-ORDER:250']),
      ICS,
    );
    expect(last.status).toBe(204);
    expect(await order()).toEqual(['b 100', 'made in Doable', 'c 200', 'a 300']);
    expect(sortOrderIn((await a('GET', `${cal}a.ics`)).text)).toBe(250);
  });

  it('orders subtasks among their siblings, and a PUT without the property keeps the place', async () => {
    const a = dav();
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Nested order' } }), 201);
    const cal = `/dav/calendars/${alice.id}/${list.id}/`;
    expect((await a('PUT', `${cal}mum.ics`, todo('mum', ['SUMMARY:Mum']), ICS)).status).toBe(201);
    for (const [name, value] of [
      ['x', 740793996],
      ['y', 559033419],
    ] as const) {
      const body = todo(name, [
        `SUMMARY:${name}`,
        'RELATED-TO;RELTYPE=PARENT:mum',
        `X-APPLE-SORT-ORDER:${value}`,
      ]);
      expect((await a('PUT', `${cal}${name}.ics`, body, ICS)).status).toBe(201);
    }
    const mum = (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&parent_id=none`))).tasks[0];
    const children = async () =>
      (await ok(alice.as('GET', `/api/me/tasks?parent_id=${mum.id}&sort=manual`))).tasks.map(
        (t: { title: string }) => t.title,
      );
    expect(await children()).toEqual(['y', 'x']);
    // Edited without X-APPLE-SORT-ORDER (an app that does not know it): the task stays where it is.
    const edit = todo('x', ['SUMMARY:x edited', 'RELATED-TO;RELTYPE=PARENT:mum']);
    expect((await a('PUT', `${cal}x.ics`, edit, ICS)).status).toBe(204);
    expect(await children()).toEqual(['y', 'x edited']);
    expect(sortOrderIn((await a('GET', `${cal}x.ics`)).text)).toBe(740793996);
    // A copy holding the position itself (as one synced from an older Doable does) sent back:
    // nothing moves.
    const y = (await ok(alice.as('GET', `/api/me/tasks?parent_id=${mum.id}&sort=manual`))).tasks[0];
    const echo = todo('y', [
      'SUMMARY:y',
      'RELATED-TO;RELTYPE=PARENT:mum',
      `X-APPLE-SORT-ORDER:${Math.round(y.position)}`,
    ]);
    expect((await a('PUT', `${cal}y.ics`, echo, ICS)).status).toBe(204);
    expect(await children()).toEqual(['y', 'x edited']);
    expect(sortOrderIn((await a('GET', `${cal}y.ics`)).text)).toBe(559033419);
  });
});
