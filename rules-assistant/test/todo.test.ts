// The built-in assistant's to-do stage (stages/todo.ts) and reopening without the word
// (stages/reopen.ts): what a person who says a to-do plainly gets, and what small talk never gets.
import { describe, expect, it } from 'vitest';
import { normalise } from '../engine/stages/normalise.js';
import { readReopen } from '../engine/stages/reopen.js';
import { readTodo, todoBody, todoNear } from '../engine/stages/todo.js';
import type { FixtureTask } from './support.js';
import { assistantOver, conversationOver } from './support.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const todo = (text: string) => readTodo(normalise(text), clock);

const TASKS: FixtureTask[] = [
  { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
  { id: 2, title: 'Dentist appointment for Amna' },
  { id: 3, title: 'Call mom', completed: true },
];

const say = assistantOver(TASKS, clock);

describe('to-dos told plainly', () => {
  it('reads an obligation, a coming visit or a date as a to-do, in each language', () => {
    expect(todo('the plumber is coming on saturday to look at the boiler')?.details.due_date).toBe(
      '2025-06-14',
    );
    expect(todo('the dog needs to be taken to the vet at some point')?.details.title).toMatch(/dog/iu);
    expect(todo('کچن کی ٹائلیں صاف کروانی ہیں')).not.toBeNull();
    expect(todo('hafte ko mali ko tankhwah deni hai, likh lo')?.details.due_date).toBe('2025-06-14');
  });

  it('never reads small talk, questions, thanks or past news as a to-do', () => {
    for (const line of [
      'tomorrow is a holiday',
      'i am so tired today',
      'the plumber was here yesterday',
      'whats the weather like tomorrow',
      'آج بہت گرمی ہے',
      'کل چھٹی ہے',
      'shukriya yaar, bohat madad hui',
      'main bohat thak gaya hoon',
    ])
      expect(todo(line), line).toBeNull();
  });

  it('takes a note, a priority and tags from the asides, and drops the rest', () => {
    const read = todoBody('pick up the suit, the receipt number is 8812');
    expect(read).toMatchObject({ body: 'pick up the suit', note: 'the receipt number is 8812' });
    expect(todoBody('the forms have to go in by friday, it is really urgent').priority).toBe('high');
    expect(todoBody('the tyres need checking, tag it car and errands please').tags).toEqual([
      'car',
      'errands',
    ]);
    expect(todoBody('okay so the AC guy is coming, just so i dont forget').body).toBe('the AC guy is coming');
  });

  it('counts an open task as near only when half its title is said', () => {
    const open = TASKS.slice(0, 2);
    expect(todoNear(open, 'Amna has her school meeting tomorrow')).toEqual([]);
    expect(todoNear(open, 'the electricity bill needs paying by the 20th').map((t) => t.id)).toEqual([1]);
  });

  it('adds a plain to-do, and asks instead when an open task may be meant', async () => {
    const added = await say('the gardener needs to be paid 2000 this friday');
    expect(added.changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(added.changes[0]!.arguments).toMatchObject({ due_date: '2025-06-13' });
    const asked = await say('the electricity bill needs to be paid by the 20th');
    expect(asked.changes.filter((c) => c.name.startsWith('add'))).toEqual([]);
  });
});

describe('a to-do with a closing tag clause', () => {
  // The clause is read as "#tag" before any reader (stages/tag-clause.ts); the to-do stage reads that
  // as it reads "tag it X": a tag given to the to-do, which asks for it, and the clause before it
  // (a priority) is read to the end of the line again.
  it.each([
    ['in 3 days there is a physics viva, tag it exams', 'exams'],
    ['3 din baad physics ka viva hai, exams ka tag laga dena', 'exams'],
    ['تین دن بعد فزکس کا وائوا ہے، امتحان کا ٹیگ لگا دینا', 'امتحان'],
  ])('%s: adds it, due in 3 days, with the tag', async (line, tag) => {
    const { changes } = await say(line);
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(changes[0]!.arguments).toMatchObject({ due_date: '2025-06-14', tags: [tag] });
    expect(String(changes[0]!.arguments.title)).not.toMatch(/tag|ٹیگ/iu);
  });

  // A tag clause with no verb after a priority clause, in Roman Urdu and Urdu (in English the clause is
  // "tag it X", read by the same aside).
  it.each([
    ['Ferozsons walon ko payment karni hai 15 tareekh ko, bohat zaroori hai, payments ka tag', 'payments'],
    ['فیروزسنز والوں کو پندرہ تاریخ کو ادائیگی کرنی ہے، بہت ضروری ہے، ادائیگی کا ٹیگ', 'ادائیگی'],
  ])('%s: the tag and the priority before it, both', async (line, tag) => {
    const { changes } = await say(line);
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(changes[0]!.arguments).toMatchObject({ due_date: '2025-06-15', priority: 'high', tags: [tag] });
  });
});

describe('events told by their verb (decision 0122)', () => {
  it('proposes an event on a day, in each language, and one "yes" adds it as read', async () => {
    for (const line of [
      'the auditors will be here on thursday',
      'parson Bilal ke abbu aayenge',
      'جمعرات کو ماموں لاہور سے آئیں گے',
    ]) {
      const { say: talk } = conversationOver(TASKS, clock);
      const proposed = await talk(line);
      expect(proposed.changes, line).toEqual([]);
      const added = await talk(line.startsWith('parson') ? 'haan' : line.startsWith('the') ? 'yes' : 'ہاں');
      expect(
        added.changes.map((c) => c.name),
        line,
      ).toEqual(['add_task_details']);
      expect((added.changes[0]!.arguments as { due_date?: string }).due_date, line).toBe(
        line.startsWith('parson') ? '2025-06-13' : '2025-06-12',
      );
    }
  });

  it('adds the task as it was proposed when "yes" comes a day later', async () => {
    const later = { ...clock };
    const { say: talk } = conversationOver(TASKS, later);
    expect((await talk('the auditors will be here tomorrow')).changes).toEqual([]);
    later.now = new Date(clock.now.getTime() + 24 * 3600_000);
    const added = await talk('yes');
    expect(added.changes.map((c) => [c.name, (c.arguments as { due_date?: string }).due_date])).toEqual([
      ['add_task_details', '2025-06-12'],
    ]);
  });

  it('adds an event at a clock time, and a thing to do on a day, outright', async () => {
    const timed = await say('there is a vendor demo tomorrow at 3pm');
    expect(timed.changes.map((c) => c.name)).toEqual(['add_task_details']);
    const toDo = await say('jumme ko gaari ki service karwani hai');
    expect(toDo.changes.map((c) => c.name)).toEqual(['add_task_details']);
  });
});

describe('reopening without the word', () => {
  it('finds the task in each language', () => {
    expect(readReopen('the call to mom failed, put it back as not done')).toEqual([
      'call',
      'to',
      'mom',
      'failed',
    ]);
    expect(readReopen('Call mom wala kaam wapas baaki kaamon mein daal do')).toEqual(['call', 'mom']);
    expect(readReopen('امی کو فون والا کام دوبارہ باقی کاموں میں ڈال دیں')).toEqual(['امی', 'کو', 'فون']);
    expect(readReopen('put the milk in the fridge')).toBeNull();
  });

  it('opens the one finished task named, and never adds a task instead', async () => {
    const opened = await say('mom did not pick up, put that back as not done');
    expect(opened.changes.map((c) => [c.name, (c.arguments as { task_id?: number }).task_id])).toEqual([
      ['reopen_task', 3],
    ]);
    const unknown = await say('the gym thing fell through, put it back as pending');
    expect(unknown.changes).toEqual([]);
  });
});
