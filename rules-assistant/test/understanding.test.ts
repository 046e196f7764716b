// The stages understand.ts is made of (decision 0113), each checked by what the
// person would get: the understanding of a line (what they want, which task, what changes).
// Pure functions, no tools: rules-assistant/test/offline.test.ts and `npm run eval` check whole turns.
import { describe, expect, it } from 'vitest';
import type { Understanding } from '../engine/meaning.js';
import { readAdd } from '../engine/stages/adding.js';
import { referenceWords, withoutContrast } from '../engine/stages/clauses.js';
import { correctTypos, pickVerb, urduVerb } from '../engine/stages/commands.js';
import { readFilters } from '../engine/stages/listing.js';
import { englishNegation, urduNegation } from '../engine/stages/negation.js';
import { englishSpecial } from '../engine/stages/phrasings.js';
import { readTarget } from '../engine/stages/reference.js';
import { asksToUndo, selection, smallTalk } from '../engine/stages/smalltalk.js';
import { readUpdate } from '../engine/stages/update.js';
import { urduDue, urduPriority, urduRename } from '../engine/stages/urdu-changes.js';
import { fieldList, tagList, valueChange } from '../engine/stages/values.js';
import { understand } from '../engine/understand.js';

// Wednesday 2025-06-11, 14:00 in Karachi (the eval's clock): "tomorrow" is the 12th, "friday" the 13th.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const read = (text: string): Understanding => understand(text, clock);
const title = (...words: string[]) => ({ kind: 'title', words });

describe('smalltalk', () => {
  it('tells greetings, thanks, undo and answers to "which one?" from requests', () => {
    expect(smallTalk('hi there')).toBe('greet');
    expect(smallTalk('thanks!')).toBe('thanks');
    expect(smallTalk('add milk')).toBeNull();
    expect(asksToUndo('wait no, undo that')).toBe(true);
    expect(asksToUndo('nahi nahi, wapas kar do')).toBe(true);
    expect(read('نہیں، واپس کر دو')).toEqual({ intent: 'undo' });
    expect(asksToUndo('undo the milk task and add bread')).toBe(false);
    expect(selection(['the', 'second', 'one'])).toBe(1);
    expect(selection(['dusra', 'wala'])).toBe(1);
    expect(selection(['second', 'report'])).toBeNull();
    expect(read('oops, take that back')).toEqual({ intent: 'undo' });
  });
});

describe('commands', () => {
  it('picks the first command word in English and the last in Roman Urdu and Urdu', () => {
    expect(pickVerb(['show', 'completed', 'tasks'], 'en')?.verb).toBe('list');
    expect(pickVerb(['doodh', 'add', 'karo'], 'roman')?.verb).toBe('add');
    expect(pickVerb(['doodh', 'khareed', 'liya'], 'roman')?.verb).toBe('complete');
    expect(pickVerb(['report', 'wala', 'kaam', 'nikaal', 'do'], 'roman')?.verb).toBe('delete');
    expect(urduVerb('مکمل شدہ کام دکھاؤ')?.verb).toBe('list');
    expect(urduVerb('دودھ خرید لیا')?.verb).toBe('complete');
  });

  it('fixes a misspelt command word but never an everyday word', () => {
    expect(correctTypos(['delte', 'task', '3'])).toEqual(['delete', 'task', '3']);
    expect(correctTypos(['compete', 'the', 'report'])).toEqual(['compete', 'the', 'report']);
    expect(read('delte task 3')).toEqual({ intent: 'delete', target: { kind: 'id', id: 3 } });
    expect(read('compete the report').intent).toBe('unknown');
  });
});

describe('reference', () => {
  it('reads ids, rows, "it" and title words', () => {
    expect(readTarget(['task', '5'])).toEqual({ kind: 'id', id: 5 });
    expect(readTarget(['9', 'and', '10'])).toEqual({ kind: 'ids', ids: [9, 10] });
    expect(readTarget(['number', '2'])).toEqual({ kind: 'numbered', n: 2 });
    expect(readTarget(['the', 'last', 'one'])).toEqual({ kind: 'position', index: -1 });
    expect(readTarget('the second one in the list'.split(' '))).toEqual({ kind: 'position', index: 1 });
    expect(readTarget(['it'])).toEqual({ kind: 'it' });
    expect(readTarget(['the', 'report', 'task'])).toEqual(title('report'));
    expect(read('mark 9 and 10 as done')).toEqual({
      intent: 'complete',
      target: { kind: 'ids', ids: [9, 10] },
    });
  });
});

describe('listing', () => {
  it('asks about the tasks only when tasks are the subject', () => {
    expect(read("what's the weather like today?").intent).toBe('unknown');
    expect(read("what's left?")).toEqual({ intent: 'list', filters: { status: 'pending' }, count: false });
    expect(read('how many tasks are overdue')).toEqual({
      intent: 'list',
      filters: { due: 'overdue' },
      count: true,
    });
  });

  it('reads the filters a question asks for, in each language', () => {
    const ws = 'show high priority tasks tagged work sorted by due date'.split(' ');
    expect(readFilters(ws, ws.join(' '))).toEqual({
      priority: ['high'],
      status: 'pending',
      tags: ['work'],
      sort: 'due',
    });
    expect(readFilters(['aaj', 'ke', 'kaam'], 'aaj ke kaam')).toMatchObject({ due: 'today' });
    expect(read('بازار والے کام دکھاؤ')).toEqual({
      intent: 'list',
      filters: { topic: 'بازار' },
      count: false,
    });
  });
});

describe('negation', () => {
  it('declines a refused act and reopens a task whose being done is denied', () => {
    expect(englishNegation(["don't", 'delete', 'the', 'milk', 'task'])?.kind).toBe('order');
    expect(englishNegation(['task', '4', "isn't", 'done'])).toMatchObject({
      kind: 'state',
      completion: true,
    });
    expect(urduNegation(['milk', 'abhi', 'nahi', 'hua'])).toMatchObject({ kind: 'state', completion: true });
    expect(read("don't delete the milk task")).toEqual({ intent: 'declined' });
    expect(read('X delete mat karo')).toEqual({ intent: 'declined' });
    expect(read("task 4 isn't done")).toEqual({ intent: 'reopen', target: { kind: 'id', id: 4 } });
    expect(read('milk abhi nahi hua')).toEqual({ intent: 'reopen', target: title('milk') });
  });

  it('reads "don\'t forget to" as a request, not a refusal', () => {
    expect(read("don't forget to call mom")).toMatchObject({ intent: 'add', details: { title: 'Call mom' } });
  });
});

describe('clauses', () => {
  it('keeps the request and drops a refusal, a remark or a contrast', () => {
    expect(read("do NOT mark anything as done, just show me what's high priority")).toEqual({
      intent: 'list',
      filters: { priority: ['high'], status: 'pending' },
      count: false,
    });
    expect(read("don't delete the rent task, complete it instead")).toEqual({
      intent: 'complete',
      target: title('rent'),
    });
    expect(read("remove the dry cleaning task, I don't need it anymore")).toEqual({
      intent: 'delete',
      target: title('dry', 'cleaning'),
    });
    expect(read('remove the dry cleaning task because plans changed')).toEqual({
      intent: 'delete',
      target: title('dry', 'cleaning'),
    });
    expect(withoutContrast('make the report low priority, not high', clock)).toBe(
      'make the report low priority',
    );
  });

  it('takes the task from one clause and the command from another', () => {
    expect(read('just paid the electricity bill, mark it complete')).toEqual({
      intent: 'complete',
      target: title('paid', 'electricity', 'bill'),
    });
    expect(
      referenceWords('hey so about the espresso machine thing, the technician just called', clock),
    ).toEqual(['espresso', 'machine']);
  });
});

describe('reminders and repeats', () => {
  it('puts a reminder on a task named, or adds a task with one', () => {
    expect(read('remind me an hour before the dentist task')).toEqual({
      intent: 'update',
      target: title('dentist'),
      change: { reminders: [{ minutes_before: 60 }] },
    });
    expect(read('task 3 ka reminder 10 minute pehle laga do')).toEqual({
      intent: 'update',
      target: { kind: 'id', id: 3 },
      change: { reminders: [{ minutes_before: 10 }] },
    });
    expect(read('remind me to call mom at 5pm')).toMatchObject({
      intent: 'add',
      details: { title: 'Call mom', due_at: '2025-06-11T12:00:00.000Z' },
      reminders: [{ minutes_before: 0 }],
    });
  });

  it('starts or skips a repeat of the task named', () => {
    expect(read('make the standup repeat every weekday')).toEqual({
      intent: 'update',
      target: title('standup'),
      change: { recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
    });
    expect(read("skip this week's standup")).toEqual({ intent: 'skip', target: title('standup') });
  });
});

describe('urdu changes', () => {
  it('reads a priority, a due day and a new title said with a field word', () => {
    expect(urduPriority('امی والے کام کی ترجیح زیادہ کر دو')).toEqual({
      intent: 'update',
      target: title('امی'),
      change: { priority: 'high' },
    });
    expect(urduDue('rent ki date kal kar do', clock)).toEqual({
      intent: 'update',
      target: title('rent'),
      change: { due_date: '2025-06-12', due_at: null },
    });
    expect(urduRename('rent wale kaam ka naam Ghar ka kiraya rakh do')).toEqual({
      intent: 'update',
      target: title('rent'),
      change: { title: 'Ghar ka kiraya' },
    });
  });

  it('moves a day only for a task that is named, so an add is never read as a move', () => {
    expect(read('rent wala kaam friday ko kar do')).toEqual({
      intent: 'update',
      target: title('rent'),
      change: { due_date: '2025-06-13', due_at: null },
    });
    expect(urduDue('doodh friday ko kar do', clock)).toBeNull();
  });
});

describe('adding', () => {
  it('reads a new task, its details, a quoted title and an afterthought', () => {
    expect(read('add buy milk tomorrow at 5pm #home')).toMatchObject({
      intent: 'add',
      details: { title: 'Buy milk', tags: ['home'], due_at: '2025-06-12T12:00:00.000Z' },
    });
    expect(read("add 'Read chapter 4' to my list")).toMatchObject({ details: { title: 'Read chapter 4' } });
    expect(read('add a low priority task to call the bank')).toMatchObject({
      details: { title: 'Call the bank', priority: 'low' },
    });
    expect(read('add a new task: call the bank')).toMatchObject({ details: { title: 'Call the bank' } });
    expect(readAdd('دودھ لانا ہے شامل کرو, یہ ضروری ہے', 'ur', clock)).toMatchObject({
      details: { title: 'دودھ لانا', priority: 'high' },
    });
  });

  it('leaves a reason out of the title', () => {
    expect(read('buy a new charger, the cable is fraying')).toMatchObject({
      details: { title: 'Buy a new charger' },
    });
  });
});

describe('update', () => {
  it('reads the task and the change of each edit form', () => {
    const update = (text: string) => readUpdate(text, text.split(' '), 'en', clock, 0);
    expect(update('change the due date of the report to friday')).toEqual({
      intent: 'update',
      target: title('report'),
      change: { due_date: '2025-06-13', due_at: null },
    });
    expect(update('tag the report with work')).toEqual({
      intent: 'update',
      target: title('report'),
      change: { addTags: ['work'] },
    });
    expect(read('update task 10: due tomorrow at 9am, priority high')).toEqual({
      intent: 'update',
      target: { kind: 'id', id: 10 },
      change: { due_at: '2025-06-12T04:00:00.000Z', due_date: null, priority: 'high' },
    });
    expect(read('the report should be called Quarterly report')).toEqual({
      intent: 'update',
      target: title('report'),
      change: { title: 'Quarterly report' },
    });
    expect(read('rent ko Y mein badlo')).toMatchObject({ target: title('rent'), change: { title: 'Y' } });
  });
});

describe('phrasings', () => {
  it('reads requests said without a command word', () => {
    const phrased = (text: string) => englishSpecial(text, text.split(' '), clock);
    expect(phrased('mark the gym as not done')).toEqual({ intent: 'reopen', target: title('gym') });
    expect(phrased('take the milk off my list')).toEqual({ intent: 'delete', target: title('milk') });
    expect(phrased('no deadline for the report')).toEqual({
      intent: 'update',
      target: title('report'),
      change: { due_date: null, due_at: null },
    });
    expect(phrased('i finished the report')).toEqual({ intent: 'complete', target: title('report') });
    expect(phrased('bump the report up')).toEqual({
      intent: 'update',
      target: title('report'),
      change: { priority: 'high' },
    });
    expect(phrased('the weather is nice')).toBeNull();
  });
});

describe('values', () => {
  it('reads dates, priorities, tags and field lists', () => {
    expect(valueChange('friday', clock)).toEqual({ due_date: '2025-06-13', due_at: null });
    expect(valueChange('urgent', clock)).toEqual({ priority: 'high' });
    expect(valueChange('"Call the bank"', clock)).toEqual({ title: 'Call the bank' });
    expect(tagList('#home, errands and the work')).toEqual(['home', 'errands', 'work']);
    expect(fieldList('priority low, tags home', clock)).toEqual({ priority: 'low', addTags: ['home'] });
    expect(fieldList('Notes and pens', clock)).toBeNull();
  });
});
