// Round 21 of the built-in assistant (issue 18). A line read clause by clause when the whole of it
// was not understood (stages/leftover.ts): the one clause asking for a change is carried out and
// the rest said to be left out; never when a clause left out could undo or qualify it, names a
// task, or asks for a change of its own. A request taken back in the same line changes nothing
// (stages/retraction.ts). A part of the day after a repeat gives its time ("every sunday evening").
import { describe, expect, it } from 'vitest';
import { type ClauseReading, oneClauseActing } from '../engine/stages/leftover.js';
import type { FixtureTask } from './support.js';
import { assistantOver, confirmingOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Swimming lesson for Hamza', due_date: '2025-06-14', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
  { id: 2, title: 'Call the plumber about the leak', due_date: '2025-06-12' },
  { id: 3, title: 'Pay the cook', due_date: '2025-06-30' },
  { id: 5, title: 'باورچی کی تنخواہ', due_date: '2025-06-30' },
  { id: 7, title: 'Renew car insurance', due_date: '2025-06-20' },
  { id: 10, title: 'Bijli ka bill jama karna', due_date: '2025-06-15' },
];

const say = assistantOver(TASKS, clock);

describe('a request with a remark beside it', () => {
  it.each([
    ['the kitchen tap needs replacing soon, it drips all night', 'add_task', 'it drips all night'],
    ['naya charger lena hai, purana kharab ho gaya', 'add_task', 'purana kharab ho gaya'],
    ['نئے پردے خریدنے ہیں، پرانے پھٹ گئے ہیں', 'add_task', 'پرانے پھٹ گئے ہیں'],
  ])('%s: %s, and says what it left out (once checked)', async (line, tool, left) => {
    const { changes, reply } = await confirmingOver(TASKS, clock)(line);
    expect(changes.map((c) => c.name)).toEqual([tool]);
    expect(changes[0]!.arguments.title).not.toContain(left);
    expect(reply).toContain(`"${left}"`);
  });

  it('news of a task done beside how it went completes that task', async () => {
    const { changes } = await say(
      'paid the cook this morning, he seemed pleased, the kids liked his biryani',
    );
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 3]]);
  });
});

describe('clauses that keep the whole line from being read by parts', () => {
  it.each([
    // A denial or a contrast beside it may undo the change.
    'the kitchen tap needs replacing soon, but not before the tiles are done',
    'naya charger lena hai, abhi nahi',
    // A field said in the clause left out would be lost.
    'new goggles for hamza are needed, his old pair broke, tag it kids urgent',
    // A date in the clause left out would be lost.
    'the gate latch needs oiling, it squeaks, before friday',
  ])('%s: nothing is carried out from one clause', async (line) => {
    const { changes, reply } = await say(line);
    expect(reply).not.toMatch(/left out/u);
    // Whatever the whole line does, no clause is carried out alone.
    for (const c of changes)
      expect(String(c.arguments.title ?? '')).not.toMatch(/^(?:Kitchen tap|Charger|Gate latch)/iu);
  });

  it('a deletion is never made from one clause', async () => {
    // A reader that deletes on the first clause: the dry run sees it, and nothing is carried out.
    const calls: string[] = [];
    const reading: ClauseReading = {
      read: async (input) => {
        if (input.message.startsWith('drop')) await input.callTool('delete_task', { task_id: 7 });
        return { response: 'ok', tool_calls: [] };
      },
      unread: () => 'nothing',
      mutating: new Set(['delete_task', 'add_task']),
      adding: new Set(['add_task']),
      saysTodo: () => true,
      asks: () => false,
    };
    const input = {
      userId: 'u',
      message: 'drop the insurance thing, the agent was rude',
      history: [],
      ...clock,
      callTool: async (name: string) => {
        calls.push(name);
        return { result: {}, isError: false };
      },
    };
    expect(await oneClauseActing(input, 'en', 'nothing', reading)).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('a request taken back in the same line', () => {
  it.each([
    'add milk to my tasks, no wait, never mind',
    'renew the car insurance, scratch that',
    'pay the cook tomorrow, actually never mind',
    'kal doodh lana hai, nahi rehne do',
    'دودھ لانا ہے، نہیں رہنے دو',
  ])('%s: changes nothing', async (line) => {
    const { changes, reply } = await say(line);
    expect(changes).toEqual([]);
    expect(reply).toMatch(/change anything|kuch nahi badal|کچھ نہیں بدل/u);
  });
});

describe('a part of the day after a repeat', () => {
  it.each([
    ['plan the meals every sunday evening at 8', '2025-06-15T15:00:00.000Z'],
    ['every monday morning water the plants', '2025-06-16T04:00:00.000Z'],
  ])('%s: due at that time, repeating', async (line, at) => {
    const { changes } = await say(line);
    expect(changes.map((c) => [c.name, c.arguments.due_at, Boolean(c.arguments.recurrence)])).toEqual([
      ['add_task_details', at, true],
    ]);
  });
});

describe('a plan changed for a task already there', () => {
  // An open task restated in a line that tells of a change of plan and never asks to add: never a new task.
  const over = assistantOver(
    [{ id: 4, title: 'Driver Shakeel ko advance dena', due_date: '2025-06-12' }],
    clock,
  );
  it.each(['shakeel ko advance ab somwar ko dena hai', 'the driver advance for shakeel is now on monday'])(
    '%s: nothing added',
    async (line) => {
      const { changes, reply } = await over(line);
      expect(changes.filter((c) => c.name.startsWith('add_'))).toEqual([]);
      // Moved, or asked about; never a second task.
      if (changes.length === 0) expect(reply).toMatch(/[?؟]/u);
      else expect(changes.map((c) => c.arguments.task_id)).toEqual([4]);
    },
  );
  it('asked to add in so many words, it is added', async () => {
    const { changes } = await over('add shakeel ko advance ab somwar ko dena hai');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
  });
});

describe('round 21, later: sighs, redoing and moments said as changed', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Certified translation of Mr Javed degree', completed: true },
      { id: 2, title: 'Rubina ka hisaab', completed: true },
      { id: 3, title: 'Interview panel for MBA applicants', due_date: '2025-06-12' },
      {
        id: 4,
        title: 'Towels laundry bhejna',
        due_date: '2025-06-16',
        recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
      },
      { id: 5, title: 'Buy printer paper' },
    ],
    clock,
  );
  it('a sigh before news of a task sent back does not hide it', async () => {
    const { changes } = await over('ugh the Javed degree translation came back');
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['reopen_task', 1]]);
  });
  it('redoing a finished task named before the command reopens it', async () => {
    const { changes } = await over('rubina ka hisaab galat nikla, dobara karna parega');
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['reopen_task', 2]]);
  });
  it('a moment said as changed moves the task it names (thursday the 19th is a Thursday)', async () => {
    const { changes } = await over('the MBA interviews are now on thursday the 19th');
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.due_date])).toEqual([
      ['set_task_details', 3, '2025-06-19'],
    ]);
  });
  it('days said of a repeating task never move its next date', async () => {
    const { changes } = await over('towels ab sirf monday ko laundry jayenge');
    expect(changes.filter((c) => c.name === 'set_task_details' && c.arguments.due_date)).toEqual([]);
    expect(changes.filter((c) => c.name.startsWith('add_'))).toEqual([]);
  });
});

describe('round 21, later: steps listed, and importance that has grown', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Paint the guest room', due_date: '2025-06-20' },
      { id: 2, title: 'سیڑھیوں کی مرمت', due_date: '2025-06-20' },
    ],
    clock,
  );
  it.each([
    'under the guest room job add these steps: buy primer, masking tape, two rollers',
    'break the guest room painting down into: buy primer, masking tape, two rollers',
  ])('%s: three subtasks', async (line) => {
    const { changes } = await over(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.title])).toEqual([
      ['add_subtask', 1, 'buy primer'],
      ['add_subtask', 1, 'masking tape'],
      ['add_subtask', 1, 'two rollers'],
    ]);
  });
  it('"has become urgent" in Urdu raises the priority, never completes', async () => {
    const { changes } = await over('سیڑھیوں کی مرمت اب بہت ضروری ہو گئی ہے');
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.priority])).toEqual([
      ['set_task_details', 2, 'high'],
    ]);
  });
});

describe('round 21, after set 21 (NOT blind): safety', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Root canal follow-up for Mrs Qureshi', due_date: '2025-06-12' },
      { id: 2, title: 'Crown fitting for Mr Qureshi', due_date: '2025-06-13' },
      { id: 3, title: 'Weekly grocery run', due_date: '2025-06-14', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
    ],
    clock,
  );
  it('a moment said as changed for one of two tasks sharing a name is asked about, never added', async () => {
    const { changes, reply } = await over('the qureshi appointment got moved to saturday');
    expect(changes).toEqual([]);
    expect(reply).toMatch(/Mrs Qureshi[\s\S]*\?|\?[\s\S]*Mrs Qureshi/u);
  });
  it('a message for a person about this time of a repeating task skips nothing', async () => {
    const { changes } = await over('on the grocery run tell Sara we need brown bread this time not white');
    expect(changes.filter((c) => c.name === 'skip_occurrence')).toEqual([]);
  });
});

describe('round 22, after set 21 (NOT blind): steps and notes addressed to a task', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Fact-check the rent survey', due_date: '2025-06-12' },
      { id: 2, title: 'Mehndi shoot - Hira', due_date: '2025-06-14' },
      { id: 3, title: 'امتحان کے پرچے بنانا', due_date: '2025-06-14' },
      { id: 4, title: 'Pick up the new glasses', due_date: '2025-06-13' },
    ],
    clock,
  );
  it.each([
    ['under the rent survey fact-check: call two landlords in Saddar', 1, 'call two landlords in Saddar'],
    ['mehndi shoot ke andar ye bhi dal do: spare memory cards', 2, 'spare memory cards'],
    ['پرچے بنانے والے کام کے اندر جوابی کاپیاں بھی ڈال دیں', 3, 'جوابی کاپیاں'],
    ['پرچے بنانے والے کام کے نیچے ایک اور ڈال دیں: پرنٹ نکلوانا', 3, 'پرنٹ نکلوانا'],
  ])('%s: a subtask of task %i', async (line, id, title) => {
    const { changes } = await over(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.title])).toEqual([
      ['add_subtask', id, title],
    ]);
  });
  it('a note for a person on a task is a comment', async () => {
    const { changes } = await over('on the glasses task let sara know the shop closes at 6');
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.body])).toEqual([
      ['comment_on_task', 4, 'the shop closes at 6'],
    ]);
  });
});

describe('round 22, after set 21 (NOT blind): Urdu lists named before or after the task', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-14' },
      { id: 2, title: 'گیس کا بل', list: 'گھر' },
    ],
    clock,
  );
  it('a task put in a list named after it is moved', async () => {
    const { changes } = await over('بجلی کا بل گھر والی لسٹ میں رکھ دیں');
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.list])).toEqual([
      ['move_task', 1, 'گھر'],
    ]);
  });
  it('a list named first, the new task after a colon', async () => {
    const { changes } = await over('گھر والی لسٹ میں ڈالیں: نئے پردے لانے ہیں');
    expect(changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', 'گھر']]);
  });
});
