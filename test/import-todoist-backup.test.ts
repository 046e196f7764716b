// A Todoist backup (a ZIP of one CSV per project, test/fixtures/todoist-backup/) imported over HTTP
// on the real database: each CSV a list named after its file with its sections, subtasks by
// INDENT, priorities, labels, durations, and every DATE either read by the time reader (due date or
// moment in the row's TIMEZONE, repeat, from completion) or kept as text in the description and
// listed in the preview (dates_as_text), none moved silently; the preview's counts are the
// import's. A bad ZIP (not a ZIP, a name outside the archive, a file of another kind, too many
// entries, a bomb that says how large it is and one that lies) is a problem+json that writes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../server/features/transfer/import.csv.js';
import { projectNameOf } from '../server/features/transfer/import.foreign.js';
import { ZIP_MAX_BYTES, ZIP_MAX_ENTRIES } from '../server/features/transfer/import.zip.js';
import { expectProblem } from './support/expect.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DIR = new URL('./fixtures/todoist-backup/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.csv'));
const backup = () =>
  Buffer.from(zipSync(Object.fromEntries(FILES.map((f) => [f, readFileSync(new URL(f, DIR))]))));
const zipBody = (bytes: Uint8Array) => ({
  rawBody: Buffer.from(bytes),
  headers: { 'content-type': 'application/zip' },
});

/** The fixture's task rows as Todoist wrote them: file, line, title (labels out), DATE, DATE_LANG. */
const ROWS = FILES.flatMap((file) => {
  const [header, ...rows] = parseCsv(readFileSync(new URL(file, DIR), 'utf8'));
  const at = (name: string) => header!.indexOf(name);
  return rows
    .map((row, i) => ({ row, line: i + 2 }))
    .filter(({ row }) => row[at('TYPE')] === 'task')
    .map(({ row, line }) => ({
      file,
      line,
      list: projectNameOf(file),
      title: row[at('CONTENT')]!.replace(/\s*@\S+/gu, '').trim(),
      date: row[at('DATE')]!.trim(),
      lang: row[at('DATE_LANG')]!.trim(),
    }));
});

/** The dates of the fixture no reader could understand (and two in German, which ours does not read). */
const UNREADABLE = [
  'every other full moon',
  'when the weather is nice',
  'after the board meets',
  'morgen um 10 Uhr',
  'jeden Montag',
];

async function everything(me: ReturnType<TestServer['as']>) {
  const lists = (await me('GET', '/api/me/lists')).body.lists as any[];
  const tasks = (await me('GET', '/api/me/tasks?limit=200&sort=title')).body.tasks as any[];
  return { lists, tasks, byTitle: new Map<string, any>(tasks.map((t) => [t.title, t])) };
}

/** The wall clock of an instant in a zone: "YYYY-MM-DD HH:MM". */
const wall = (at: string, zone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(
    new Date(at),
  );

describe('a Todoist backup (ZIP)', () => {
  it('imports every project as a list with its sections; every date is read or kept and listed, as previewed', async () => {
    const me = server.as('todoist-backup');
    await me('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi', date_order: 'dmy' } });
    const preview = await me('POST', '/api/me/import/todoist?dry_run=true', zipBody(backup()));
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({
      created: ROWS.length,
      updated: 0,
      skipped: 0,
      lists: { created: 4, existing: 0 },
      sections: { created: 4, existing: 0 },
      tags: { created: 3, existing: 0 },
      left_out: { count: 0, rows: [] },
    });
    // The dates kept as text, each with its file and line (and its language when not English).
    const kept = preview.body.dates_as_text;
    expect(kept.count).toBe(UNREADABLE.length);
    expect(kept.rows.map((r: any) => r.text).sort()).toEqual([...UNREADABLE].sort());
    for (const r of kept.rows) {
      const row = ROWS.find((x) => x.date === r.text)!;
      expect(r).toEqual({
        line: row.line,
        text: row.date,
        file: row.file,
        ...(row.lang === 'en' ? {} : { language: row.lang }),
      });
    }
    // Nothing was written by the preview.
    expect((await everything(me)).tasks).toHaveLength(0);

    const res = await me('POST', '/api/me/import/todoist', zipBody(backup()));
    expect(res.status, res.text).toBe(201);
    const { imported: _i, ...answer } = res.body;
    const { imported: _p, ...previewed } = preview.body;
    expect(answer).toEqual(previewed);

    const { lists, tasks, byTitle } = await everything(me);
    expect(lists.map((l) => [l.name, l.total_count]).sort()).toEqual([
      ['Home', 10],
      ['Inbox', 7],
      ['Reisen', 4],
      ['Work', 9],
    ]);
    expect(tasks).toHaveLength(ROWS.length);
    const sectionsOf = async (name: string) =>
      (
        await me('GET', `/api/me/sections?list_id=${lists.find((l) => l.name === name).id}`)
      ).body.sections.map((s: any) => s.name);
    expect(await sectionsOf('Home')).toEqual(['Kitchen', 'Garden']);
    expect(await sectionsOf('Work')).toEqual(['Hiring', 'Admin']);

    // Every DATE: read (a due date or moment, no "Due:" text) or kept as text and listed. None moved silently.
    for (const row of ROWS) {
      const task = byTitle.get(row.title);
      expect(task, row.title).toBeDefined();
      const due = task.due_date ?? task.due_at;
      if (row.date === '') expect(due, row.title).toBeNull();
      else if (UNREADABLE.includes(row.date)) {
        expect(due, row.title).toBeNull();
        expect(task.recurrence, row.title).toBeNull();
        expect(task.description, row.title).toContain(`Due: ${row.date}`);
      } else {
        expect(due, `${row.title}: ${row.date}`).not.toBeNull();
        expect(task.description ?? '', row.title).not.toContain('Due:');
      }
    }

    // Some of them, exactly: in each row's TIMEZONE, with the account's date order.
    const t = (title: string) => byTitle.get(title);
    expect(t('Renew passport')).toMatchObject({
      due_date: expect.stringMatching(/-01-27$/),
      priority: 'medium',
      tags: ['errands'],
      description: 'Photos, the old passport and the form',
    });
    expect(t('Pay the electricity bill')).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5' });
    expect(t('Clean the gutters').due_date).toBe('2026-12-15');
    expect(t('Renew the domain').due_date).toBe('2027-02-14');
    expect(t('Visum prüfen').due_date).toBe('2026-12-20');
    expect(t('Water the plants')).toMatchObject({ recurrence: 'FREQ=DAILY', duration: 10, tags: ['home'] });
    expect(wall(t('Water the plants').due_at, 'Asia/Karachi')).toMatch(/ 07:00$/);
    expect(t('Weekly report')).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=FR', duration: 60 });
    expect(wall(t('Weekly report').due_at, 'America/New_York')).toMatch(/ 16:00$/);
    expect(wall(t('Schedule interviews').due_at, 'America/New_York')).toMatch(/-12-03 14:30$/);
    expect(wall(t('Team lunch').due_at, 'Europe/Berlin')).toMatch(/ 12:00$/);
    expect(t('Team lunch').duration).toBe(90);
    expect(t('Descale the kettle')).toMatchObject({
      recurrence: 'FREQ=WEEKLY;INTERVAL=2',
      recurrence_from: 'completion',
      description: 'Use citric acid not vinegar',
    });
    expect(t('Quarterly planning').recurrence).toBe('FREQ=MONTHLY;BYDAY=3MO');
    expect(t('Submit expenses').recurrence).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(t('Review applications').recurrence).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    // DURATION in days, in minutes.
    expect(t('Fix the dripping tap')).toMatchObject({ duration: 1440, priority: 'high' });
    expect(t('Book the dentist').duration).toBe(30);
    // Priorities 1 (high) ... 4 (none), subtasks by INDENT, in their parent's section.
    expect(t('Call the bank about the card').priority).toBe('high');
    expect(t('Take out the recycling').priority).toBe('none');
    expect(t('Buy a washer').parent_id).toBe(t('Fix the dripping tap').id);
    expect(t('Find the right size').parent_id).toBe(t('Buy a washer').id);
    expect(t('Send the offer letter').parent_id).toBe(t('Review applications').id);
    expect(t('Buy a washer').section_id).toBe(t('Fix the dripping tap').section_id);

    // The same backup again brings nothing new.
    const again = await me('POST', '/api/me/import/todoist', zipBody(backup()));
    expect(again.body).toMatchObject({ created: 0, updated: 0, skipped: ROWS.length });
  });

  it('a bad ZIP is a problem+json that says what is wrong, and nothing is written', async () => {
    const me = server.as('todoist-bad-zip');
    const csv = strToU8('TYPE,CONTENT,PRIORITY\r\ntask,A task,4\r\n');
    // 48 MiB and a byte of spaces, compressed once (about a second of CPU) for both bombs below.
    const bomb = zipSync({ 'Home.csv': new Uint8Array(ZIP_MAX_BYTES + 1).fill(32) }, { level: 9 });
    const cases: { body: Uint8Array; status: number; detail: RegExp }[] = [
      { body: strToU8('PK but not a zip at all'), status: 422, detail: /not a ZIP/ },
      {
        body: zipSync({ 'Home.csv': csv, '../../etc/evil.csv': csv }),
        status: 422,
        detail: /"\.\." or "\." part/,
      },
      { body: zipSync({ '/abs/Home.csv': csv }), status: 422, detail: /absolute path/ },
      { body: zipSync({ 'Home.csv': csv, 'run.exe': csv }), status: 422, detail: /not a \.csv file/ },
      { body: zipSync({ 'notes/': new Uint8Array(0) }), status: 422, detail: /no CSV file/ },
      {
        body: zipSync(
          Object.fromEntries(Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => [`p${i}.csv`, csv])),
        ),
        status: 422,
        detail: /1001 entries; at most 1000/,
      },
      // A bomb that says how large it is: refused before it is inflated.
      {
        body: bomb,
        status: 413,
        detail: /more than 48 MiB once uncompressed/,
      },
      // One that says it is small: stopped as it passes the limit.
      {
        body: lying(bomb),
        status: 413,
        detail: /more than 48 MiB/,
      },
    ];
    for (const { body, status, detail } of cases) {
      for (const dry of ['true', 'false']) {
        const res = await me('POST', `/api/me/import/todoist?dry_run=${dry}`, zipBody(body));
        expectProblem(res, status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_ERROR');
        expect(res.body.detail).toMatch(detail);
      }
    }
    // TickTick's backup is a CSV: a ZIP there is refused.
    const tick = await me('POST', '/api/me/import/ticktick', zipBody(zipSync({ 'Home.csv': csv })));
    expectProblem(tick, 422, 'VALIDATION_ERROR');
    expect((await me('GET', '/api/me/tasks')).body.tasks).toHaveLength(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toHaveLength(0);
  });
});

/** A ZIP whose one entry says (in both its headers) that it holds 100 bytes. */
function lying(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, 100, true);
    if (sig === 0x02014b50) view.setUint32(at + 24, 100, true);
  }
  return out;
}
