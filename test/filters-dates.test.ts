// The filter language's dates over HTTP, as Todoist's: `due before:`, `date before:`, `due after:`,
// `due:`/`date:` and a bare date with any phrase of the date language (Dec 12, 12/12 in the
// account's date order, a weekday, today, in 3 days, a time of day), `+N hours` instants, `N days`,
// `-N days`, `overdue`, `no date`, `no time`, `recurring`, and the deadline's terms. Days are the
// account's: its zone is chosen so that its clock reads about noon while the test runs, so "today"
// and "4 hours from now" are the same day on any machine clock. Saved filters keep their dates as
// typed and read them on the day they are used; a date that does not read is refused with its
// position, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let ann: Person;
let cy: Person;

const HOUR = 3_600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A fixed-offset zone `hours` east of UTC (Etc/GMT's signs are the other way round). */
const zoneAt = (hours: number) => (hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`);
/** The offset whose clock reads noon now: 12 minus the UTC hour (-11 to +12). */
const offset = 12 - new Date().getUTCHours();
const ZONE = zoneAt(offset);
/** A calendar day `days` from the account's today, YYYY-MM-DD. */
const day = (days: number) =>
  new Date(Date.now() + offset * HOUR + days * 86_400_000).toISOString().slice(0, 10);
/** A wall time on a day of the account's, as an instant with the zone's offset. */
const at = (days: number, time: string) =>
  `${day(days)}T${time}:00${offset < 0 ? '-' : '+'}${String(Math.abs(offset)).padStart(2, '0')}:00`;
/** A day as Todoist writes it in a filter: `Dec 8`. */
const monthDay = (days: number) => {
  const [, m, d] = day(days).split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}`;
};
/** A day as day-first digits: `8/12`. */
const dayMonth = (days: number) => {
  const [, m, d] = day(days).split('-').map(Number) as [number, number, number];
  return `${d}/${m}`;
};
/** The weekday name of a day (three days on: its next occurrence, whatever today is). */
const weekday = (days: number) => WEEKDAYS[new Date(`${day(days)}T00:00:00Z`).getUTCDay()]!;

/** D, the day the calendar-date filters name: ten days on. */
const D = 10;

const TASKS: Record<string, Record<string, unknown>> = {
  'All day yesterday': { due_date: day(-1) },
  'Last week': { due_date: day(-5) },
  'This morning': { due_at: at(0, '09:00') },
  'All day today': { due_date: day(0) },
  Tonight: { due_at: at(0, '20:00') },
  Tomorrow: { due_date: day(1), deadline: day(D) },
  'Weekly in three days': { due_date: day(3), recurrence: 'FREQ=WEEKLY' },
  'Day before D': { due_date: day(D - 1) },
  'Morning of D': { due_at: at(D, '09:00') },
  'All day D': { due_date: day(D) },
  'Day after D': { due_date: day(D + 1) },
  Undated: {},
  'Deadline only': { deadline: day(D - 1) },
};
const ALL = Object.keys(TASKS).sort();
const except = (...titles: string[]) => ALL.filter((t) => !titles.includes(t));

beforeAll(async () => {
  server = await startTestServer();
  [ann, cy] = [await person(server, 'Ann'), await person(server, 'Cy')];
  await ok(ann.as('PATCH', '/api/me/settings', { body: { time_zone: ZONE, date_order: 'dmy' } }));
  for (const [title, fields] of Object.entries(TASKS)) {
    await ok(ann.as('POST', '/api/me/tasks', { body: { title, ...fields } }), 201);
  }
});
afterAll(() => server.close());

const titles = async (who: Person, filter: string) => {
  const page = await ok(
    who.as('GET', `/api/me/tasks?filter=${encodeURIComponent(filter)}&limit=200&status=all`),
  );
  expect(page.count).toBe(page.tasks.length);
  return page.tasks.map((t: { title: string }) => t.title).sort();
};

describe('date filters', () => {
  const beforeD = [
    'All day today',
    'All day yesterday',
    'Day before D',
    'Last week',
    'This morning',
    'Tomorrow',
    'Tonight',
    'Weekly in three days',
  ];
  const TABLE: [string, string[]][] = [
    // A calendar date: strict, by the account's calendar day (9:00 on D is neither before nor after D).
    [`due before: ${monthDay(D)}`, beforeD],
    [`date before: ${monthDay(D)}`, beforeD],
    [`due after: ${monthDay(D)}`, ['Day after D']],
    [`date after: ${monthDay(D - 1)}`, ['All day D', 'Day after D', 'Morning of D']],
    [`due: ${monthDay(D)}`, ['All day D', 'Morning of D']],
    [`date: ${monthDay(D)}`, ['All day D', 'Morning of D']],
    [monthDay(D), ['All day D', 'Morning of D']],
    [`${monthDay(D)} | ${monthDay(D + 1)}`, ['All day D', 'Day after D', 'Morning of D']],
    [`due: ${day(D)}`, ['All day D', 'Morning of D']],
    // Digits in the account's date order (day first here).
    [`due: ${dayMonth(D)}`, ['All day D', 'Morning of D']],
    // Words of the date language, read on the day the filter is used.
    ['today', ['All day today', 'This morning', 'Tonight']],
    ['date: tomorrow', ['Tomorrow']],
    ['due: today', ['All day today', 'This morning', 'Tonight']],
    [weekday(3), ['Weekly in three days']],
    [`due: ${weekday(3)}`, ['Weekly in three days']],
    ['in 3 days', ['Weekly in three days']],
    ['due before: today', ['All day yesterday', 'Last week']],
    [`due after: today & due before: ${monthDay(D)}`, ['Day before D', 'Tomorrow', 'Weekly in three days']],
    // A time of day makes an instant: before tomorrow 9am takes tomorrow's all-day task (its day starts).
    [
      'due before: tomorrow 9am',
      ['All day today', 'All day yesterday', 'Last week', 'This morning', 'Tomorrow', 'Tonight'],
    ],
    // Hours from now (about noon): anything due earlier, overdue included; an all-day task counts
    // from the start of its day.
    ['date before: +4 hours', ['All day today', 'All day yesterday', 'Last week', 'This morning']],
    ['due before: +4 hours & !overdue', ['All day today']],
    [
      'due after: -3 hours',
      [
        'All day D',
        'Day after D',
        'Day before D',
        'Morning of D',
        'Tomorrow',
        'Tonight',
        'Weekly in three days',
      ],
    ],
    // Days from today, signed or not.
    [
      'due before: +3 days',
      ['All day today', 'All day yesterday', 'Last week', 'This morning', 'Tomorrow', 'Tonight'],
    ],
    ['due after: -2 days & due before: today', ['All day yesterday']],
    // Todoist's spans and words.
    ['overdue', ['All day yesterday', 'Last week', 'This morning']],
    ['3 days', ['All day today', 'This morning', 'Tomorrow', 'Tonight']],
    ['next 4 days', ['All day today', 'This morning', 'Tomorrow', 'Tonight', 'Weekly in three days']],
    ['-3 days', ['All day yesterday', 'This morning']],
    ['-7 days', ['All day yesterday', 'Last week', 'This morning']],
    ['no date', ['Deadline only', 'Undated']],
    ['!no date', except('Deadline only', 'Undated')],
    [
      'no time',
      [
        'All day D',
        'All day today',
        'All day yesterday',
        'Day after D',
        'Day before D',
        'Last week',
        'Tomorrow',
        'Weekly in three days',
      ],
    ],
    // A negation takes the undated tasks too.
    ['!no time', ['Deadline only', 'Morning of D', 'This morning', 'Tonight', 'Undated']],
    ['recurring', ['Weekly in three days']],
    ['!recurring', except('Weekly in three days')],
    ['(today | overdue) & no time', ['All day today', 'All day yesterday', 'Last week']],
    // The deadline, apart from the due date.
    [`deadline before: ${monthDay(D)}`, ['Deadline only']],
    [`deadline after: ${monthDay(D - 1)}`, ['Tomorrow']],
    [`deadline: ${monthDay(D)}`, ['Tomorrow']],
    [`deadline before: ${monthDay(D)} & no date`, ['Deadline only']],
    ['no deadline', except('Deadline only', 'Tomorrow')],
  ];
  for (const [filter, expected] of TABLE) {
    it(`${filter} → ${expected.join(', ') || 'nothing'}`, async () => {
      expect(await titles(ann, filter)).toEqual(expected);
    });
  }

  /** Where a phrase starts in a filter, 1-based. */
  const at1 = (filter: string, phrase: string) => filter.indexOf(phrase) + 1;
  const MISTAKES: [string, string][] = [
    ['due before: someday', 'someday'],
    ['date: blursday', 'blursday'],
    ['p1 & deadline after: whenever', 'whenever'],
    // A repeat is not a date.
    ['due: every day', 'every day'],
    ['due after: 2026-02-30', '2026-02-30'],
    ['completed after: last week', 'last week'],
  ];
  for (const [filter, phrase] of MISTAKES) {
    it(`${filter}: 400 naming '${phrase}' where it starts`, async () => {
      const res = await ann.as('GET', `/api/me/tasks?filter=${encodeURIComponent(filter)}`);
      expectProblem(res, 400, 'BAD_REQUEST');
      expect(res.body.detail).toContain(`Unknown date '${phrase}' at ${at1(filter, phrase)}`);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'filter', location: 'query' })]);
    });
  }

  it('reads digits in the account’s date order', async () => {
    const [, m, d] = day(D).split('-').map(Number) as [number, number, number];
    const onD = ['All day D', 'Morning of D'];
    expect(await titles(ann, `due: ${d}/${m}`)).toEqual(onD);
    await ok(ann.as('PATCH', '/api/me/settings', { body: { date_order: 'mdy' } }));
    try {
      expect(await titles(ann, `due: ${m}/${d}`)).toEqual(onD);
      // Day first where months come first is another day (unless the digits read only one way).
      if (d <= 12 && d !== m) expect(await titles(ann, `due: ${d}/${m}`)).not.toEqual(onD);
    } finally {
      await ok(ann.as('PATCH', '/api/me/settings', { body: { date_order: 'dmy' } }));
    }
  });
});

describe('saved filters with dates', () => {
  it('keep their dates as typed and read them on the day they are used', async () => {
    await ok(cy.as('PATCH', '/api/me/settings', { body: { time_zone: ZONE } }));
    for (const [title, days] of [
      ['Cy yesterday', -1],
      ['Cy today', 0],
      ['Cy tomorrow', 1],
    ] as const) {
      await ok(cy.as('POST', '/api/me/tasks', { body: { title, due_date: day(days) } }), 201);
    }
    const saved = await ok(cy.as('POST', '/api/me/filters', { body: { name: 'Now', query: 'today' } }), 201);
    const soon = await ok(
      cy.as('POST', '/api/me/filters', { body: { name: 'Soon', query: 'due before: tomorrow' } }),
      201,
    );
    expect(saved).toMatchObject({ query: 'today', open_count: 1 });
    expect(soon).toMatchObject({ query: 'due before: tomorrow', open_count: 2 });
    expect(await titles(cy, saved.query)).toEqual(['Cy today']);
    // Another day: the account moves 13 hours west (late yesterday) or 12 east (early tomorrow),
    // and the same saved filter now means that day.
    const west = offset >= 1;
    await ok(
      cy.as('PATCH', '/api/me/settings', { body: { time_zone: zoneAt(west ? offset - 13 : offset + 12) } }),
    );
    expect(await titles(cy, saved.query)).toEqual([west ? 'Cy yesterday' : 'Cy tomorrow']);
    const listed = (await ok(cy.as('GET', '/api/me/filters'))).filters;
    expect(listed.map((f: { query: string; open_count: number }) => [f.query, f.open_count])).toEqual([
      ['today', 1],
      ['due before: tomorrow', west ? 1 : 3],
    ]);
  });

  it('refuse a date that does not read, and change nothing', async () => {
    const before = (await ok(cy.as('GET', '/api/me/filters'))).filters;
    for (const query of ['due before: someday', 'due after: 2026-02-30', 'deadline: every day']) {
      const res = await cy.as('POST', '/api/me/filters', { body: { name: 'Bad', query } });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(JSON.stringify(res.body)).toMatch(/Unknown date '[^']+' at \d+/);
      const patched = await cy.as('PATCH', `/api/me/filters/${before[0].id}`, { body: { query } });
      expectProblem(patched, 422, 'VALIDATION_ERROR');
    }
    expect((await ok(cy.as('GET', '/api/me/filters'))).filters).toEqual(before);
  });
});
