// The filter query language over HTTP: a table of filters against a fixed set of
// tasks (expected titles), mistakes answered 400 with their position, isolation (another user's
// tasks never match, a shared list's do), typo-tolerant search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let ann: Person;
let ben: Person;
let cat: Person;

/** A date `days` from today, in UTC (the accounts' zone here). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  [ann, ben, cat] = [await person(server, 'Ann'), await person(server, 'Ben'), await person(server, 'Cat')];
  for (const who of [ann, ben, cat]) {
    await ok(who.as('PATCH', '/api/me/settings', { body: { time_zone: 'UTC' } }));
  }
  const work = await ok(ann.as('POST', '/api/me/lists', { body: { name: 'Work' } }), 201);
  const home = await ok(ann.as('POST', '/api/me/lists', { body: { name: 'Home Chores' } }), 201);
  const meetings = await ok(
    ann.as('POST', '/api/me/sections', { body: { list_id: work.id, name: 'Meetings' } }),
    201,
  );
  // Ben's list shared with Ann: its tasks match Ann's filters; Ben's own do not.
  const family = await ok(ben.as('POST', '/api/me/lists', { body: { name: 'Family' } }), 201);
  await join(ben, family.id, ann, 'editor');
  const add = (who: Person, body: Record<string, unknown>) =>
    ok(who.as('POST', '/api/me/tasks', { body }), 201);
  const report = await add(ann, {
    title: 'Write report',
    due_date: day(0),
    priority: 'high',
    tags: ['Work', 'writing'],
    list_id: work.id,
  });
  await add(ann, { title: 'Call plumber', due_date: day(1), priority: 'medium', list_id: home.id });
  await add(ann, { title: 'Pay taxes', due_date: day(-3), priority: 'low', tags: ['money'] });
  await add(ann, { title: 'Water plants', recurrence: 'FREQ=WEEKLY', due_date: day(5), list_id: home.id });
  await add(ann, { title: 'Read a novel', description: 'something with dragons' });
  await add(ann, {
    title: 'Standup notes',
    due_date: day(10),
    list_id: work.id,
    section_id: meetings.id,
    tags: ['work-notes'],
  });
  await add(ann, { title: 'Outline chapter', parent_id: report.id, list_id: work.id, due_date: day(2) });
  await add(ann, { title: 'Done long ago', due_date: day(-2), completed: true });
  await add(ben, { title: 'Plan the picnic', list_id: family.id, assignee_id: ann.id, due_date: day(0) });
  await add(ben, { title: 'Bake a cake', list_id: family.id, assignee_id: ben.id, priority: 'high' });
  // Never visible to Ann: Ben's own, and Cat's (with the same words, labels and list names).
  await add(ben, { title: 'Write report for Ben', due_date: day(0), priority: 'high', tags: ['work'] });
  const catWork = await ok(cat.as('POST', '/api/me/lists', { body: { name: 'Work' } }), 201);
  await add(cat, { title: 'Water plants at Cat', list_id: catWork.id, due_date: day(0), tags: ['work'] });
  await add(cat, { title: 'Finished by Cat', completed: true });
});
afterAll(() => server.close());

const titles = async (who: Person, filter: string, extra = '') => {
  const page = await ok(
    who.as('GET', `/api/me/tasks?filter=${encodeURIComponent(filter)}&limit=200${extra}`),
  );
  expect(page.count).toBe(page.tasks.length);
  return page.tasks.map((t: { title: string }) => t.title).sort();
};

describe('filters', () => {
  const TABLE: [string, string[]][] = [
    ['today', ['Plan the picnic', 'Write report']],
    ['TODAY', ['Plan the picnic', 'Write report']],
    ['tomorrow', ['Call plumber']],
    ['overdue', ['Pay taxes']],
    ['no date', ['Bake a cake', 'Read a novel']],
    ['7 days', ['Call plumber', 'Outline chapter', 'Plan the picnic', 'Water plants', 'Write report']],
    ['next 7 days & !today', ['Call plumber', 'Outline chapter', 'Water plants']],
    [`due before: ${day(0)}`, ['Done long ago', 'Pay taxes']],
    [`due after: ${day(2)}`, ['Standup notes', 'Water plants']],
    ['due before: tomorrow & !overdue', ['Done long ago', 'Plan the picnic', 'Write report']],
    // By completion time (what was finished when), in the owner's zone.
    ['completed: today', ['Done long ago']],
    ['completed after: yesterday', ['Done long ago']],
    [`completed before: ${day(1)}`, ['Done long ago']],
    ['completed before: today | completed: yesterday', []],
    ['completed after: today', []],
    ['!completed: today & #Inbox & !no date', ['Pay taxes']],
    ['p1', ['Bake a cake', 'Write report']],
    ['p2 | p3', ['Call plumber', 'Pay taxes']],
    ['p1 | overdue', ['Bake a cake', 'Pay taxes', 'Write report']],
    ['p4 & no date', ['Read a novel']],
    ['@work', ['Write report']],
    ['@WORK*', ['Standup notes', 'Write report']],
    ['no labels & #Work', ['Outline chapter']],
    ['#work', ['Outline chapter', 'Standup notes', 'Write report']],
    ['##Work & !subtask', ['Standup notes', 'Write report']],
    ['#Home Chores', ['Call plumber', 'Water plants']],
    ['#Inbox & !no date', ['Done long ago', 'Pay taxes']],
    ['#Family', ['Bake a cake', 'Plan the picnic']],
    ['/Meetings', ['Standup notes']],
    ['assigned to: me', ['Plan the picnic']],
    ['assigned to: others', ['Bake a cake']],
    ['assigned to: ben', ['Bake a cake']],
    ['search: report', ['Write report']],
    ['search: dragons', ['Read a novel']],
    ['search: plnts', ['Water plants']],
    ['search: watr plnts', ['Water plants']],
    ['search: plnts novel', []],
    ['search: picnc | search: raport', ['Plan the picnic', 'Write report']],
    ['search: plnts & no date', []],
    ['recurring', ['Water plants']],
    ['subtask', ['Outline chapter']],
    ['(today | overdue) & !#Family', ['Pay taxes', 'Write report']],
    [
      '!(p1 | p2 | p3) & !recurring',
      ['Done long ago', 'Outline chapter', 'Plan the picnic', 'Read a novel', 'Standup notes'],
    ],
    ['#Nowhere', []],
  ];
  for (const [filter, expected] of TABLE) {
    it(`${filter} → ${expected.join(', ') || 'nothing'}`, async () => {
      expect(await titles(ann, filter)).toEqual(expected);
    });
  }

  it('combines with the other parameters, paging and sort', async () => {
    expect(await titles(ann, '7 days', '&status=pending&tag=work')).toEqual(['Write report']);
    const first = await ok(
      ann.as('GET', `/api/me/tasks?filter=${encodeURIComponent('7 days')}&limit=2&sort=due`),
    );
    expect(first.count).toBe(5);
    expect(first.tasks).toHaveLength(2);
    const second = await ok(
      ann.as(
        'GET',
        `/api/me/tasks?filter=${encodeURIComponent('7 days')}&limit=2&sort=due&cursor=${first.next_cursor}`,
      ),
    );
    const third = await ok(
      ann.as(
        'GET',
        `/api/me/tasks?filter=${encodeURIComponent('7 days')}&limit=2&sort=due&cursor=${second.next_cursor}`,
      ),
    );
    expect(third.next_cursor).toBeNull();
    const seen = [...first.tasks, ...second.tasks, ...third.tasks].map((t: { title: string }) => t.title);
    expect(seen.sort()).toEqual(await titles(ann, '7 days'));
  });

  it('pages a search by trigrams, for a list member and not, with its count on every page', async () => {
    const filter = 'search: picnc | search: raport | search: plnts | search: bakee';
    for (const [who, expected] of [
      [ann, ['Bake a cake', 'Plan the picnic', 'Water plants', 'Write report']],
      [cat, ['Water plants at Cat']],
    ] as const) {
      for (const sort of ['due', '-created', 'title']) {
        const seen = await pagedTitles(who, filter, sort, expected.length);
        expect([...seen].sort(), `${who.name} by ${sort}`).toEqual(expected);
        if (sort === 'title') expect(seen).toEqual(expected);
      }
    }
  });

  it("another user's tasks never match; a shared list's match its members only", async () => {
    expect(await titles(ann, 'search: write')).toEqual(['Write report']);
    expect(await titles(cat, '#Work')).toEqual(['Water plants at Cat']);
    expect(await titles(cat, '#Family | assigned to: ann')).toEqual([]);
    expect(await titles(ben, '#Family')).toEqual(['Bake a cake', 'Plan the picnic']);
    expect(await titles(ben, 'assigned to: me')).toEqual(['Bake a cake']);
  });

  const MISTAKES: [string, number, string][] = [
    ['tmrrow', 1, "Unknown word 'tmrrow' at 1"],
    ['p1 & tmrrow', 6, "Unknown word 'tmrrow' at 6"],
    ['p5', 1, "Unknown word 'p5' at 1"],
    ['today &', 8, 'Expected a term at the end (8)'],
    ['(today | p1', 12, "Expected ')' to close the '(' at 1 at the end (12)"],
    ['today)', 6, "Unexpected ')' at 6"],
    ['& p1', 1, "Expected a term but found '&' at 1"],
    ['due before: someday', 13, "Unknown date 'someday' at 13"],
    ['due before: 2026-02-30', 13, "Unknown date '2026-02-30' at 13"],
    ['completed after: last week', 18, "Unknown date 'last week' at 18"],
    ['colour: red', 1, "Unknown key 'colour:' at 1"],
    ['#', 1, "Expected a name after '#' at 1"],
    ['p1 & !', 7, 'Expected a term at the end (7)'],
    // A '(' after a term belongs to it (it had made the reader loop until the server ran out of memory).
    ['milk (', 1, "Unknown word 'milk' at 1"],
    ['p1 & milk (2', 6, "Unknown word 'milk' at 6"],
  ];
  for (const [filter, position, message] of MISTAKES) {
    it(`${filter}: 400 at ${position}`, async () => {
      const res = await ann.as('GET', `/api/me/tasks?filter=${encodeURIComponent(filter)}`);
      expectProblem(res, 400, 'BAD_REQUEST');
      expect(res.body.detail).toContain(message);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'filter', location: 'query' })]);
    });
  }

  it('refuses filters past their limits', async () => {
    const deep = `${'('.repeat(20)}today${')'.repeat(20)}`;
    const res = await ann.as('GET', `/api/me/tasks?filter=${encodeURIComponent(deep)}`);
    expectProblem(res, 400, 'BAD_REQUEST');
    expect(res.body.detail).toMatch(/nests at most 16 deep/);
    const many = Array.from({ length: 41 }, () => 'p1').join(' | ');
    const res2 = await ann.as('GET', `/api/me/tasks?filter=${encodeURIComponent(many)}`);
    expectProblem(res2, 400, 'BAD_REQUEST');
    expect(res2.body.detail).toMatch(/at most 40 terms \(at 201\)/);
    const long = await ann.as('GET', `/api/me/tasks?filter=${'p1%20|%20'.repeat(120)}p1`);
    expectProblem(long, 422, 'VALIDATION_ERROR');
  });

  it('takes names literally: quotes and LIKE characters are data', async () => {
    expect(await titles(ann, "#Work' or 1=1 --")).toEqual([]);
    expect(await titles(ann, '@%')).toEqual([]);
    expect(await titles(ann, '@w_rk*')).toEqual([]);
  });

  it('overdue takes a task with a time by the minute: due an hour ago is overdue, in an hour and all day today are not', async () => {
    const at = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const added = [
      await ok(
        ann.as('POST', '/api/me/tasks', {
          body: { title: 'Call the bank', due_at: at(-1), priority: 'low' },
        }),
        201,
      ),
      await ok(ann.as('POST', '/api/me/tasks', { body: { title: 'Evening run', due_at: at(1) } }), 201),
    ];
    try {
      expect(await titles(ann, 'overdue')).toEqual(['Call the bank', 'Pay taxes']);
      expect(await titles(ann, 'overdue & p3')).toEqual(['Call the bank', 'Pay taxes']);
      expect(await titles(ann, 'p4 & OVERDUE')).toEqual([]);
      expect(await titles(ann, 'overdue & #Inbox & search: bank')).toEqual(['Call the bank']);
      expect(await titles(ann, 'overdue & !overdue')).toEqual([]);
      expect(await titles(ann, 'overdue | #Family')).toEqual([
        'Bake a cake',
        'Call the bank',
        'Pay taxes',
        'Plan the picnic',
      ]);
      expect(await titles(cat, 'overdue')).toEqual([]);
      const page = await ok(ann.as('GET', `/api/me/tasks?filter=overdue&limit=1&sort=due`));
      expect(page.count).toBe(2);
      expect(page.tasks.map((t: { title: string }) => t.title)).toEqual(['Pay taxes']);
    } finally {
      for (const task of added) await ok(ann.as('DELETE', `/api/me/tasks/${task.id}`), 204);
    }
  });

  it("pages a list's or a section's matches beside other terms, for its owner and a member, with the count on every page", async () => {
    // A section of Ben's shared list: Ann sees it as a member; Cat, with a section of the same name, does not.
    const errands = await ok(
      ben.as('POST', '/api/me/sections', {
        body: { list_id: (await listNamed(ben, 'Family')).id, name: 'Errands' },
      }),
      201,
    );
    const catErrands = await ok(
      cat.as('POST', '/api/me/sections', {
        body: { list_id: (await listNamed(cat, 'Work')).id, name: 'Errands' },
      }),
      201,
    );
    const added = [
      await ok(
        ben.as('POST', '/api/me/tasks', {
          body: { title: 'Buy candles', list_id: errands.list_id, section_id: errands.id, due_date: day(1) },
        }),
        201,
      ),
      await ok(
        cat.as('POST', '/api/me/tasks', {
          body: {
            title: 'Post a parcel',
            list_id: catErrands.list_id,
            section_id: catErrands.id,
            due_date: day(1),
          },
        }),
        201,
      ),
    ];
    try {
      for (const [who, filter, expected] of [
        [ann, '#Work & !p1', ['Outline chapter', 'Standup notes']],
        [ann, '#WORK & !p1 & !recurring', ['Outline chapter', 'Standup notes']],
        [ann, '#Family & !subtask', ['Bake a cake', 'Buy candles', 'Plan the picnic']],
        [ann, '/Errands & 7 days', ['Buy candles']],
        [ann, '/Meetings & !p1', ['Standup notes']],
        [ben, '/errands & !p1', ['Buy candles']],
        [cat, '/Errands & !p1', ['Post a parcel']],
        [cat, '#Family & !p1', []],
      ] as const) {
        for (const sort of ['due', '-created', 'title']) {
          const seen = await pagedTitles(who, filter, sort, expected.length);
          expect(seen.sort(), `${who.name}: ${filter} by ${sort}`).toEqual(expected);
        }
      }
    } finally {
      await ok(ben.as('DELETE', `/api/me/tasks/${added[0].id}`), 204);
      await ok(cat.as('DELETE', `/api/me/tasks/${added[1].id}`), 204);
    }
  });
});

/** The titles of every page of a filter, one task a page, each page's count checked against `count`. */
async function pagedTitles(who: Person, filter: string, sort: string, count: number) {
  const seen: string[] = [];
  let cursor = '';
  for (let page = 0; page <= count; page++) {
    const body = await ok(
      who.as('GET', `/api/me/tasks?filter=${encodeURIComponent(filter)}&limit=1&sort=${sort}${cursor}`),
    );
    expect(body.count, `${who.name}: ${filter}`).toBe(count);
    seen.push(...body.tasks.map((t: { title: string }) => t.title));
    if (body.next_cursor === null) break;
    cursor = `&cursor=${body.next_cursor}`;
  }
  return seen;
}

/** The list of `who`'s (own or shared) called `name`. */
const listNamed = async (who: Person, name: string) => {
  const lists = await ok(who.as('GET', '/api/me/lists'));
  return (lists.lists as { id: number; name: string }[]).find((l) => l.name === name)!;
};

describe('typo-tolerant search', () => {
  it('q finds a task by a misspelt word when nothing matches exactly', async () => {
    const page = await ok(ann.as('GET', '/api/me/tasks?q=plnts'));
    expect(page.tasks.map((t: { title: string }) => t.title)).toEqual(['Water plants']);
    const exact = await ok(ann.as('GET', '/api/me/tasks?q=plants'));
    expect(exact.tasks.map((t: { title: string }) => t.title)).toEqual(['Water plants']);
    const none = await ok(ann.as('GET', '/api/me/tasks?q=xylophone'));
    expect(none).toMatchObject({ tasks: [], count: 0 });
  });

  const q = async (who: Person, text: string) =>
    (await ok(who.as('GET', `/api/me/tasks?q=${encodeURIComponent(text)}`))).tasks
      .map((t: { title: string }) => t.title)
      .sort();

  it('corrects each word from the words of the tasks the person sees, and only those', async () => {
    // Every word misspelt, a word as typed beside a misspelt one, capitals and a prefix.
    expect(await q(ann, 'watr plnts')).toEqual(['Water plants']);
    expect(await q(ann, 'water plnts')).toEqual(['Water plants']);
    expect(await q(ann, 'WRTE rep')).toEqual(['Write report']);
    // A shared list's words correct a member's search ("picnc"); Ben's own tasks stay unseen.
    expect(await q(ann, 'picnc')).toEqual(['Plan the picnic']);
    expect(await q(ann, 'write reprot')).toEqual(['Write report']);
    // One word near nothing the person has: nothing, even when another word is near.
    expect(await q(ann, 'plnts xylophone')).toEqual([]);
    // Cat's words are no correction for Ann, nor Ann's for Cat.
    const catOnly = await ok(cat.as('POST', '/api/me/tasks', { body: { title: 'Tune the xylophone' } }), 201);
    expect(await q(ann, 'xylophon')).toEqual([]);
    expect(await q(ann, 'xylophne')).toEqual([]);
    expect(await q(cat, 'xylophne')).toEqual(['Tune the xylophone']);
    expect(await q(cat, 'novl')).toEqual([]);
    // A renamed task is found by a typo of its new title.
    await ok(cat.as('PATCH', `/api/me/tasks/${catOnly.id}`, { body: { title: 'Tune the marimba' } }));
    expect(await q(cat, 'marimab')).toEqual(['Tune the marimba']);
    // A filter of many searches compares only the first words with the person's words: it answers.
    const searches = ['search: plnts', ...Array.from({ length: 24 }, (_, i) => `search: zq${i}`)].join(' | ');
    expect(await titles(ann, searches)).toEqual(['Water plants']);
    // Accents folded both ways: "cafe" and "café".
    await ok(cat.as('POST', '/api/me/tasks', { body: { title: 'Meet at the café' } }), 201);
    expect(await q(cat, 'cafee')).toEqual(['Meet at the café']);
    expect(await q(cat, 'cafë')).toEqual(['Meet at the café']);
  });
});

describe('saved filters', () => {
  it('saves, lists with open counts, changes and deletes', async () => {
    const soon = await ok(
      ann.as('POST', '/api/me/filters', {
        body: { name: '  Soon ', query: ' today | tomorrow ', color: '#AA3366' },
      }),
      201,
    );
    expect(soon).toMatchObject({ name: 'Soon', query: 'today | tomorrow', color: '#aa3366', open_count: 3 });
    const family = await ok(
      ann.as('POST', '/api/me/filters', { body: { name: 'Family', query: '#Family' } }),
      201,
    );
    expect(family.open_count).toBe(2);
    // Done and overdue: the count is of open tasks only.
    await ok(ann.as('POST', '/api/me/filters', { body: { name: 'Late', query: 'due before: today' } }), 201);
    const listed = await ok(ann.as('GET', '/api/me/filters'));
    expect(listed.filters.map((f: { name: string; open_count: number }) => [f.name, f.open_count])).toEqual([
      ['Soon', 3],
      ['Family', 2],
      ['Late', 1],
    ]);
    const changed = await ok(
      ann.as('PATCH', `/api/me/filters/${soon.id}`, { body: { query: 'tomorrow', position: -1 } }),
    );
    expect(changed).toMatchObject({ name: 'Soon', query: 'tomorrow', open_count: 1 });
    expect((await ok(ann.as('GET', '/api/me/filters'))).filters[0].id).toBe(soon.id);
    // Counts follow the tasks.
    const plan = (await ok(ann.as('GET', '/api/me/tasks?filter=%23Family'))).tasks.find(
      (t: { title: string }) => t.title === 'Plan the picnic',
    );
    await ok(ann.as('PATCH', `/api/me/tasks/${plan.id}/complete`, { body: { completed: true } }));
    expect((await ok(ann.as('GET', `/api/me/filters/${family.id}`))).open_count).toBe(1);
    await ok(ann.as('PATCH', `/api/me/tasks/${plan.id}/complete`, { body: { completed: false } }));
    expect((await ann.as('DELETE', `/api/me/filters/${family.id}`)).status).toBe(204);
    expectProblem(await ann.as('GET', `/api/me/filters/${family.id}`), 404, 'NOT_FOUND');
    // Another user sees none of them, and cannot reach one by id.
    expect((await ok(cat.as('GET', '/api/me/filters'))).filters).toEqual([]);
    expectProblem(await cat.as('GET', `/api/me/filters/${soon.id}`), 404, 'NOT_FOUND');
    expectProblem(await cat.as('DELETE', `/api/me/filters/${soon.id}`), 404, 'NOT_FOUND');
  });

  it('refuses bad input with a clear problem, and changes nothing', async () => {
    const before = (await ok(ben.as('GET', '/api/me/filters'))).filters;
    const BAD: [unknown, number, RegExp][] = [
      [{ name: 'x', query: 'p1 & tmrrow' }, 422, /Unknown word 'tmrrow' at 6/],
      [{ name: 'x', query: '' }, 422, /empty/],
      [{ name: 'x', query: 'p1'.repeat(251) }, 422, /500/],
      [{ name: '', query: 'p1' }, 422, /name/],
      [{ name: 'x'.repeat(101), query: 'p1' }, 422, /100/],
      [{ name: 'x', query: 'p1', color: 'red' }, 422, /#rrggbb/],
      [{ name: 'x', query: 'p1', extra: true }, 422, /extra/],
      [{ name: 'x', query: 42 }, 422, /query/],
      [{ query: 'p1' }, 422, /name/],
    ];
    for (const [body, status, detail] of BAD) {
      const res = await ben.as('POST', '/api/me/filters', { body });
      expectProblem(res, status, 'VALIDATION_ERROR');
      expect(JSON.stringify(res.body), JSON.stringify(body)).toMatch(detail);
    }
    const saved = await ok(ben.as('POST', '/api/me/filters', { body: { name: 'Mine', query: 'p1' } }), 201);
    expectProblem(
      await ben.as('POST', '/api/me/filters', { body: { name: 'MINE', query: 'p2' } }),
      409,
      'CONFLICT',
    );
    expectProblem(
      await ben.as('PATCH', `/api/me/filters/${saved.id}`, { body: {} }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await ben.as('PATCH', `/api/me/filters/${saved.id}`, { body: { query: '(p1' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await ben.as('GET', '/api/me/filters/abc'), 422, 'VALIDATION_ERROR');
    expectProblem(await ben.as('GET', '/api/me/filters/987654321'), 404, 'NOT_FOUND');
    expect((await ok(ben.as('GET', '/api/me/filters'))).filters).toEqual([
      ...before,
      expect.objectContaining({ name: 'Mine', query: 'p1' }),
    ]);
  });
});
