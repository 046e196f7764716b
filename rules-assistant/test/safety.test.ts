// The built-in assistant's safety checks (decision 0113): what will happen is never news of
// a thing done; a new title that denies, changes a plan or notes something on a task named is never
// added; news sharing one word with one task is asked about when it names other things; "X tha, ab
// Y ko" moves X to Y. A wrong change is worse than none: each case asserts what changed, or that
// nothing did.
import { describe, expect, it } from 'vitest';
import type { FixtureTask } from './support.js';
import { assistantOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'ری یونین ڈنر', due_date: '2025-06-20' },
  { id: 2, title: 'فریج والا مستری', due_date: '2025-06-12' },
  { id: 3, title: 'Submit paper to IEEE conference', due_date: '2025-06-30' },
  { id: 4, title: 'Send invoice to Bilal', due_date: '2025-06-12' },
  { id: 5, title: 'Quiz prep - Calculus', due_date: '2025-06-13' },
  { id: 6, title: 'مسز رشید کا سوٹ' },
];

const say = assistantOver(TASKS, clock);

describe('what will happen is no news of a thing done', () => {
  it('moves the dinner said to be on friday now, in Urdu and Roman Urdu, and completes nothing', async () => {
    for (const line of ['ری یونین ڈنر اب جمعہ کو ہوگا']) {
      const { changes } = await say(line);
      expect(
        changes.map((c) => c.name),
        line,
      ).toEqual(['set_task_details']);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 1, due_date: '2025-06-13' });
    }
  });
});

describe('new titles that tell of a task that exists', () => {
  it.each([
    'فریج والا مستری اب جمعرات کو آئے گا',
    'کپڑا لینے کل نہیں جا سکوں گا، جمعے کو جاؤں گا',
    'مسز رشید کے سوٹ میں لکھ لو کہ گلا گول ہو',
  ])('%s: never added as a new task', async (line) => {
    const { changes } = await say(line);
    expect(changes.filter((c) => c.name.startsWith('add_task'))).toEqual([]);
  });

  it('still adds to-dos said plainly, someone coming included', async () => {
    const { changes } = await say('کل شام چھ بجے خالہ آئیں گی، اس کو لکھ لو');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
  });
});

describe('news that shares one word with one task', () => {
  it('asks, and moves nothing, when the news names other things the task lacks', async () => {
    const { changes, reply } = await say(
      'ugh almost forgot, registration fee for the Karachi AI conference, deadline is the 22nd',
    );
    expect(changes).toEqual([]);
    expect(reply).toMatch(/\?/u);
  });

  it('moves the task when the news says little else', async () => {
    const { changes } = await say('the invoice is actually due on the 13th, not tomorrow');
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 4]]);
  });
});

describe('the day it was, then the day it is', () => {
  it('moves to the day said after "ab"', async () => {
    const { changes } = await say('calculus quiz parson tha ab jumeraat ko hoga');
    expect(changes.map((c) => c.name)).toEqual(['set_task_details']);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 5, due_date: '2025-06-12' });
  });
});
