// Task export formats: CSV survives a strict RFC 4180 parser, iCalendar survives unfolding and
// unescaping, and neither breaks on quotes, separators, line breaks or multi-byte text.
import { describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  CSV_COLUMNS,
  csvHeader,
  csvRow,
  type ExportTask,
} from '../server/features/transfer/formats.js';
import { icsFooter, icsHeader, icsTodo } from '../shared/ical/ical.js';

const now = new Date('2026-11-21T09:00:00.000Z');

function makeTask(overrides: Partial<ExportTask> = {}): ExportTask {
  return {
    id: 42,
    uid: '0b6d7f3e-2c1a-4f5e-9d8c-7b6a5f4e3d2c',
    user_id: 'user-1',
    title: 'Buy milk',
    description: null,
    completed: false,
    completed_at: null,
    created_at: '2026-11-20T08:30:00.000Z',
    updated_at: '2026-11-21T08:45:12.345Z',
    priority: 'none',
    tags: [],
    due_date: null,
    due_at: null,
    ...overrides,
  };
}

/** A strict RFC 4180 parser: CRLF record ends, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i++];
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (record.length > 0) throw new Error('last record is not CRLF-terminated');
  return records;
}

type IcsProperty = { name: string; params: string; value: string };

/** RFC 5545 3.1: a CRLF followed by one space or tab is removed. */
function unfold(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics
    .replace(/\r\n[ \t]/g, '')
    .slice(0, -2)
    .split('\r\n');
}

function parseIcs(ics: string): IcsProperty[] {
  return unfold(ics).map((line) => {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/s.exec(line);
    if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
    return { name: match[1]!, params: match[2]!, value: match[3]! };
  });
}

/** Splits a TEXT list on unescaped commas and undoes the escaping of each item. */
function unescapeTextList(value: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\') {
      const next = value[++i];
      if (next === 'n' || next === 'N') item += '\n';
      else if (next === '\\' || next === ';' || next === ',') item += next;
      else throw new Error(`bad escape \\${next}`);
    } else if (char === ',') {
      items.push(item);
      item = '';
    } else if (char === ';') {
      throw new Error('unescaped semicolon in TEXT');
    } else {
      item += char;
    }
  }
  items.push(item);
  return items;
}

function unescapeText(value: string): string {
  const items = unescapeTextList(value);
  expect(items).toHaveLength(1);
  return items[0]!;
}

function todoProps(task: ExportTask): Map<string, IcsProperty> {
  const props = parseIcs(icsTodo(task, { now }));
  return new Map(props.map((p) => [p.name, p]));
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

function expectFoldedCorrectly(ics: string) {
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    // Never split inside a character: each physical line is well-formed text on its own.
    expect(line.isWellFormed()).toBe(true);
    expect(line).not.toMatch(/[\r\n]/);
  }
}

describe('CSV', () => {
  it('writes the header in the documented column order', () => {
    expect(CSV_COLUMNS).toEqual([
      'id',
      'title',
      'description',
      'completed',
      'completed_at',
      'priority',
      'tags',
      'due_date',
      'due_at',
      'created_at',
      'updated_at',
      'uid',
      'list',
      'parent_uid',
      'section',
    ]);
    expect(csvHeader()).toBe(
      'id,title,description,completed,completed_at,priority,tags,due_date,due_at,created_at,updated_at,uid,list,parent_uid,section\r\n',
    );
    expect(CSV_BOM).toBe('\uFEFF');
  });

  it('writes a plain task as one CRLF-terminated record with empty cells for nulls', () => {
    expect(csvRow(makeTask())).toBe(
      '42,Buy milk,,false,,none,,,,2026-11-20T08:30:00.000Z,2026-11-21T08:45:12.345Z,0b6d7f3e-2c1a-4f5e-9d8c-7b6a5f4e3d2c,,,\r\n',
    );
  });

  it('quotes and doubles quotes only where RFC 4180 requires it', () => {
    const row = csvRow(makeTask({ title: 'say "hi", then leave', description: 'line 1\nline 2' }));
    expect(row).toBe(
      '42,"say ""hi"", then leave","line 1\nline 2",false,,none,,,,2026-11-20T08:30:00.000Z,2026-11-21T08:45:12.345Z,' +
        '0b6d7f3e-2c1a-4f5e-9d8c-7b6a5f4e3d2c,,,\r\n',
    );
  });

  it('round trips awkward text exactly through an RFC 4180 parser', () => {
    const tasks = [
      makeTask({
        id: 1,
        title: 'quote " comma , semicolon ; apostrophe \' backslash \\',
        description: 'CRLF\r\nLF\nCR\rend, "quoted"\ttab',
        tags: ['a, b', 'semi;colon', 'say "x"', 'with space', 'اردو', '🚀 launch', "it's"],
        completed: true,
        completed_at: '2026-11-21T10:00:00.000Z',
        priority: 'high',
        due_date: '2026-11-24',
      }),
      makeTask({
        id: 2,
        uid: '66666666-7777-4888-9999-aaaaaaaaaaaa',
        title: '"',
        description: '""',
        tags: [','],
        due_at: '2026-11-24T09:00:00.000Z',
      }),
      makeTask({ id: 3, title: 'یہ ایک کام ہے 👩‍👩‍👧‍👦', description: '\n', priority: 'low' }),
    ];
    const document = CSV_BOM + csvHeader() + tasks.map(csvRow).join('');
    expect(document.startsWith(CSV_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(document.slice(CSV_BOM.length));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(tasks.length);
    rows.forEach((row, index) => {
      const task = tasks[index]!;
      const cell = Object.fromEntries(CSV_COLUMNS.map((name, i) => [name, row[i]]));
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(cell.id).toBe(String(task.id));
      expect(cell.title).toBe(task.title);
      expect(cell.description).toBe(task.description ?? '');
      expect(cell.completed).toBe(String(task.completed));
      expect(cell.completed_at).toBe(task.completed_at ?? '');
      expect(cell.priority).toBe(task.priority);
      expect(cell.tags === '' ? [] : JSON.parse(cell.tags!)).toEqual(task.tags);
      expect(cell.due_date).toBe(task.due_date ?? '');
      expect(cell.due_at).toBe(task.due_at ?? '');
      expect(cell.created_at).toBe(task.created_at);
      expect(cell.updated_at).toBe(task.updated_at);
    });
  });

  it('writes tags as a JSON array, empty when there are none', () => {
    const [, row] = parseCsv(csvHeader() + csvRow(makeTask({ tags: ['work', 'a, b'] })));
    expect(row![CSV_COLUMNS.indexOf('tags')]).toBe('["work","a, b"]');
    const [, empty] = parseCsv(csvHeader() + csvRow(makeTask({ tags: [] })));
    expect(empty![CSV_COLUMNS.indexOf('tags')]).toBe('');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('defuses a formula in text cells starting with %j', (start) => {
    const text = `${start}HYPERLINK("http://evil.example","x")`;
    const [, row] = parseCsv(
      csvHeader() + csvRow(makeTask({ title: text, description: text, tags: [text, 'plain'] })),
    );
    const cell = (name: string) => row![CSV_COLUMNS.indexOf(name)]!;
    expect(cell('title')).toBe(`'${text}`);
    expect(cell('description')).toBe(`'${text}`);
    // The tags cell is a JSON array: it starts with "[", never with a formula character, and each
    // tag in it is defused as a text cell is.
    expect(cell('tags').startsWith('[')).toBe(true);
    expect(JSON.parse(cell('tags'))).toEqual([`'${text}`, 'plain']);
  });

  it.each([',', ';', '\t'])('no cell reads as a formula to a spreadsheet that splits on %j', (separator) => {
    const text = "a;=cmd|' /C calc'!A0;b\t@SUM(A1),-2+3\n+1;\"=HYPERLINK(1)";
    const line = csvRow(makeTask({ title: text, description: text, tags: [text, '=x', 'y;@z'] }));
    // How a spreadsheet whose list separator is `separator` reads the line: a quote opens a quoted
    // cell only at the start of a cell (so a reader splitting on ";" starts cells inside our
    // quoted ones), and a line break ends the row wherever it is not quoted.
    const cells: string[] = [];
    let i = 0;
    while (i < line.length) {
      let cell = '';
      if (line[i] === '"') {
        i++;
        while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
          cell += line[i] === '"' ? '"' : line[i];
          i += line[i] === '"' ? 2 : 1;
        }
        i++;
      }
      while (i < line.length && line[i] !== separator && line[i] !== '\r' && line[i] !== '\n')
        cell += line[i++];
      cells.push(cell);
      i++;
    }
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    // The file's own reader gets the text with an apostrophe before each defused character.
    const defused = "a;'=cmd|' /C calc'!A0;b\t'@SUM(A1),'-2+3\n'+1;'\"=HYPERLINK(1)";
    const [, row] = parseCsv(csvHeader() + line);
    expect(row![CSV_COLUMNS.indexOf('title')]).toBe(defused);
    expect(JSON.parse(row![CSV_COLUMNS.indexOf('tags')]!)).toEqual([defused, "'=x", "y;'@z"]);
  });

  it('leaves safe text, numbers and dates alone', () => {
    const [, row] = parseCsv(
      csvHeader() +
        csvRow(makeTask({ title: 'a = b - c', description: " =1+1 starts with a space, 'quoted'" })),
    );
    const cell = (name: string) => row![CSV_COLUMNS.indexOf(name)]!;
    expect(cell('title')).toBe('a = b - c');
    expect(cell('description')).toBe(" =1+1 starts with a space, 'quoted'");
    expect(cell('id')).toBe('42');
    expect(cell('created_at')).toBe('2026-11-20T08:30:00.000Z');
  });
});

describe('iCalendar', () => {
  it('writes the calendar header and footer', () => {
    expect(icsHeader({ calendarName: 'Ann, tasks; all\\of them', now })).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Doable//Doable//EN',
        'CALSCALE:GREGORIAN',
        'NAME:Ann\\, tasks\\; all\\\\of them',
        'X-WR-CALNAME:Ann\\, tasks\\; all\\\\of them',
        'LAST-MODIFIED:20261121T090000Z',
        '',
      ].join('\r\n'),
    );
    expect(icsFooter()).toBe('END:VCALENDAR\r\n');
  });

  it('writes an open task as a VTODO with UTC basic-format times', () => {
    expect(icsTodo(makeTask({ description: 'two\nlines' }), { now })).toBe(
      [
        'BEGIN:VTODO',
        'UID:0b6d7f3e-2c1a-4f5e-9d8c-7b6a5f4e3d2c',
        'DTSTAMP:20261121T090000Z',
        'CREATED:20261120T083000Z',
        'LAST-MODIFIED:20261121T084512Z',
        'SUMMARY:Buy milk',
        'DESCRIPTION:two\\nlines',
        'STATUS:NEEDS-ACTION',
        'END:VTODO',
        '',
      ].join('\r\n'),
    );
  });

  it('marks a completed task COMPLETED with its completion time and 100 percent', () => {
    const props = todoProps(makeTask({ completed: true, completed_at: '2026-11-21T10:15:30.999Z' }));
    expect(props.get('STATUS')?.value).toBe('COMPLETED');
    expect(props.get('COMPLETED')?.value).toBe('20261121T101530Z');
    expect(props.get('PERCENT-COMPLETE')?.value).toBe('100');

    const open = todoProps(makeTask());
    expect(open.get('STATUS')?.value).toBe('NEEDS-ACTION');
    expect(open.has('COMPLETED')).toBe(false);
    expect(open.has('PERCENT-COMPLETE')).toBe(false);
  });

  it('converts instants with an offset to UTC', () => {
    const props = todoProps(
      makeTask({ created_at: '2026-11-21T01:00:00+02:00', due_at: '2026-11-24T09:00:00Z' }),
    );
    expect(props.get('CREATED')?.value).toBe('20261120T230000Z');
    expect(props.get('DUE')?.value).toBe('20261124T090000Z');
  });

  it('writes an all-day due as a DATE and a timed due as a UTC DATE-TIME', () => {
    const allDay = todoProps(makeTask({ due_date: '2026-11-24' })).get('DUE');
    expect(allDay).toEqual({ name: 'DUE', params: ';VALUE=DATE', value: '20261124' });
    const timed = todoProps(makeTask({ due_at: '2026-11-24T09:00:00.000Z' })).get('DUE');
    expect(timed).toEqual({ name: 'DUE', params: '', value: '20261124T090000Z' });
    expect(todoProps(makeTask()).has('DUE')).toBe(false);
  });

  it.each([
    ['high', '1'],
    ['medium', '5'],
    ['low', '9'],
    ['none', undefined],
  ] as const)('maps priority %s to PRIORITY %s', (priority, expected) => {
    expect(todoProps(makeTask({ priority })).get('PRIORITY')?.value).toBe(expected);
  });

  it('omits DESCRIPTION and CATEGORIES when there is nothing to say', () => {
    const props = todoProps(makeTask({ description: null, tags: [] }));
    expect(props.has('DESCRIPTION')).toBe(false);
    expect(props.has('CATEGORIES')).toBe(false);
  });

  it.each([
    ['backslash', 'a\\b', 'a\\\\b'],
    ['semicolon', 'a;b', 'a\\;b'],
    ['comma', 'a,b', 'a\\,b'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CRLF', 'a\r\nb', 'a\\nb'],
    ['CR', 'a\rb', 'a\\nb'],
    ['all at once', '\\;,\n\\n', '\\\\\\;\\,\\n\\\\n'],
    ['colon and quote (not escaped)', 'a:"b"', 'a:"b"'],
    ['tab (kept)', 'a\tb', 'a\tb'],
    ['other control characters (dropped)', 'a\u0001\u001f\u007fb', 'ab'],
  ])('escapes %s in TEXT values', (_name, raw, escaped) => {
    const ics = icsTodo(makeTask({ title: raw, description: raw, tags: [raw] }), { now });
    expect(ics).toContain(`\r\nSUMMARY:${escaped}\r\n`);
    expect(ics).toContain(`\r\nDESCRIPTION:${escaped}\r\n`);
    expect(ics).toContain(`\r\nCATEGORIES:${escaped}\r\n`);
  });

  it('escapes commas inside tags so CATEGORIES splits back into the same tags', () => {
    const tags = ['a, b', 'semi;colon', 'back\\slash', 'say "x"', 'اردو', '🚀'];
    const props = todoProps(makeTask({ tags }));
    expect(unescapeTextList(props.get('CATEGORIES')!.value)).toEqual(tags);
  });

  it('folds at exactly 75 octets', () => {
    const exact = icsTodo(makeTask({ title: 'x'.repeat(75 - 'SUMMARY:'.length) }), { now });
    expect(exact).toContain(`\r\nSUMMARY:${'x'.repeat(67)}\r\n`);
    const over = icsTodo(makeTask({ title: 'x'.repeat(68) }), { now });
    expect(over).toContain(`\r\nSUMMARY:${'x'.repeat(67)}\r\n x\r\n`);
    // Continuation lines carry 74 octets after their leading space.
    const long = icsTodo(makeTask({ title: 'y'.repeat(67 + 74 + 1) }), { now });
    expect(long).toContain(`\r\nSUMMARY:${'y'.repeat(67)}\r\n ${'y'.repeat(74)}\r\n y\r\n`);
  });

  it('never splits a multi-byte character at the fold', () => {
    // 8 + 65 = 73 octets: a 2-octet Urdu letter still fits, a 4-octet emoji moves to the next line.
    const fits = icsTodo(makeTask({ title: `${'x'.repeat(65)}ی` }), { now });
    expect(fits).toContain(`\r\nSUMMARY:${'x'.repeat(65)}ی\r\n`);
    const moves = icsTodo(makeTask({ title: `${'x'.repeat(65)}🚀z` }), { now });
    expect(moves).toContain(`\r\nSUMMARY:${'x'.repeat(65)}\r\n 🚀z\r\n`);
  });

  it.each([
    ['emoji', '🚀'],
    ['Urdu', 'یہ ایک کام ہے، '],
    ['family emoji (ZWJ sequence)', '👩‍👩‍👧‍👦'],
    ['CJK', '任務'],
    ['mixed', 'a🚀ی任\\,;\n'],
  ])('folds %s text at every offset and unfolds to the original', (_name, chunk) => {
    for (let pad = 0; pad < 80; pad++) {
      const title = `${'x'.repeat(pad)}${chunk.repeat(40)}`.slice(0, 400);
      const description = `${'é'.repeat(pad)}${chunk.repeat(30)}`;
      const tags = [`${'t'.repeat(pad % 32)}${chunk}`.slice(0, 32), chunk];
      const ics = icsTodo(makeTask({ title, description, tags: tags.map((t) => t.toWellFormed()) }), { now });
      expectFoldedCorrectly(ics);
      const props = new Map(parseIcs(ics).map((p) => [p.name, p]));
      expect(unescapeText(props.get('SUMMARY')!.value)).toBe(title.toWellFormed());
      expect(unescapeText(props.get('DESCRIPTION')!.value)).toBe(description);
      expect(unescapeTextList(props.get('CATEGORIES')!.value)).toEqual(tags.map((t) => t.toWellFormed()));
    }
  });

  it('streams a whole calendar whose properties round trip through unfold and parse', () => {
    const tasks = [
      makeTask({
        id: 1,
        uid: '11111111-2222-4333-8444-555555555555',
        title: 'Ship v2; tell "everyone", then rest\\relax',
        description: 'Steps:\r\n1. build\n2. deploy\rdone — اب آرام 🚀'.repeat(5),
        tags: ['work, urgent', 'ریلیز', '🚀'],
        priority: 'high',
        completed: true,
        completed_at: '2026-11-21T08:00:00.000Z',
        due_at: '2026-11-24T09:00:00.000Z',
      }),
      makeTask({
        id: 2,
        uid: '66666666-7777-4888-9999-aaaaaaaaaaaa',
        title: 'یہ ایک بہت لمبا کام ہے '.repeat(10).trim(),
        due_date: '2026-12-01',
      }),
    ];
    const ics =
      icsHeader({ calendarName: 'Ann’s tasks', now }) +
      tasks.map((task) => icsTodo(task, { now })).join('') +
      icsFooter();

    expectFoldedCorrectly(ics);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const props = parseIcs(ics);
    expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual([
      'VCALENDAR',
      'VTODO',
      'VTODO',
    ]);
    expect(props.filter((p) => p.name === 'END').map((p) => p.value)).toEqual([
      'VTODO',
      'VTODO',
      'VCALENDAR',
    ]);
    expect(props.find((p) => p.name === 'X-WR-CALNAME')?.value).toBe('Ann’s tasks');

    const todos = ics
      .split('BEGIN:VTODO\r\n')
      .slice(1)
      .map(
        (block) =>
          new Map(
            parseIcs(`BEGIN:VTODO\r\n${block.split('END:VTODO\r\n')[0]}END:VTODO\r\n`).map((p) => [
              p.name,
              p,
            ]),
          ),
      );
    expect(todos).toHaveLength(2);
    const [first, second] = todos as [Map<string, IcsProperty>, Map<string, IcsProperty>];
    expect(first.get('UID')?.value).toBe('11111111-2222-4333-8444-555555555555');
    expect(unescapeText(first.get('SUMMARY')!.value)).toBe(tasks[0]!.title);
    expect(unescapeText(first.get('DESCRIPTION')!.value)).toBe(
      tasks[0]!.description!.replace(/\r\n|\r/g, '\n'),
    );
    expect(unescapeTextList(first.get('CATEGORIES')!.value)).toEqual(tasks[0]!.tags);
    expect(first.get('DUE')?.value).toBe('20261124T090000Z');
    expect(first.get('STATUS')?.value).toBe('COMPLETED');
    expect(second.get('UID')?.value).toBe('66666666-7777-4888-9999-aaaaaaaaaaaa');
    expect(unescapeText(second.get('SUMMARY')!.value)).toBe(tasks[1]!.title);
    expect(second.get('DUE')).toEqual({ name: 'DUE', params: ';VALUE=DATE', value: '20261201' });
    expect(second.get('DTSTAMP')?.value).toBe('20261121T090000Z');
  });
});
