// The built-in assistant putting things in a task: notes (the description), steps (subtasks) and
// comments, asked for with or without a colon. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { assistantOver, type FixtureTask } from './support.js';

describe('over repeating chores, fees and bills', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a note for a task named before it', () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Science fair project', due_date: '2025-06-20' },
      { id: 2, title: 'بیٹی کا جوڑا' },
    ];
    const tell = assistantOver(tasks, clock);

    it.each([
      ['science fair project - note to self: buy the volcano kit and baking soda', 1, /volcano kit/u],
      ['بیٹی کے جوڑے میں لکھ لو کہ آستین لمبی ہو', 2, /آستین لمبی/u],
    ])('%s: the note goes on task %i', async (line, id, note) => {
      const { changes } = await tell(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['update_task', id]]);
      expect(String(changes[0]!.arguments.description)).toMatch(note);
    });
  });

  describe('comments and hand-overs said in other words', () => {
    const shared: FixtureTask[] = [
      { id: 1, title: 'Plan the picnic', list: 'Family' },
      { id: 2, title: 'بجلی کا بل', list: 'Family' },
      {
        id: 3,
        title: 'Weekly grocery run',
        due_date: '2025-06-14',
        recurrence: 'FREQ=WEEKLY;BYDAY=SA',
        list: 'Family',
      },
      { id: 4, title: 'Grocery bags to return' },
    ];
    const tell = assistantOver(shared, clock);
    const made = async (line: string) => (await tell(line)).changes.map((c) => [c.name, c.arguments.task_id]);

    it.each([
      'let Sara know on the picnic task that the park needs a booking',
      'picnic wale kaam pe comment kar do ke park ki booking chahiye',
      'بجلی کے بل پر تبصرہ لکھ دیں کہ میٹر خراب ہے',
    ])('%s: a comment', async (line) => {
      const changes = await made(line);
      expect(changes.map(([name]) => name)).toEqual(['comment_on_task']);
    });

    it("keeps 'add a note to X: ...' a note in the task's description", async () => {
      expect(await made('add a note to the picnic task: bring the cricket kit')).toEqual([
        ['update_task', 1],
      ]);
    });

    it('hands a task to the person said to be doing it in Urdu', async () => {
      expect(await made('بجلی کا بل اس دفعہ سارہ جمع کرا دے گی')).toEqual([['assign_task', 2]]);
    });

    it('skips the repeating task when a task that does not repeat shares its word as well', async () => {
      expect(await made('no grocery run this saturday, the fridge is full')).toEqual([
        ['skip_occurrence', 3],
      ]);
    });
  });
});

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('steps and notes addressed to a task', () => {
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
});

describe('over errands in Roman Urdu, English and Urdu', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('things to do put in a task, after a colon', () => {
    const parent = assistantOver(
      [
        { id: 1, title: 'Ground booking for the final' },
        { id: 2, title: 'شادی کا تحفہ' },
        { id: 3, title: 'Q4 performance reviews' },
      ],
      clock,
    );

    it.each([
      ['ground booking mein ek cheez aur daal do: umpire se baat karni hai', 1],
      ['شادی کا تحفہ کے نیچے ایک کام ڈالو: گفٹ ریپ کرانا', 2],
      ['under the Q4 performance reviews I also need a step for collecting peer feedback', 3],
    ])('%s: a subtask of task %i', async (line, id) => {
      const { changes } = await parent(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['add_subtask', id]]);
    });
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('steps and notes put in a task without a colon', () => {
    const over = assistantOver(
      [
        { id: 1, title: 'Dulhan ka jora silna' },
        { id: 2, title: 'ٹریکٹر کی سروس کروانا' },
        { id: 3, title: 'گندم کا بیج خریدنا' },
      ],
      clock,
    );

    it('"X wale kaam ke andar Y bhi daal do" is a step of X', async () => {
      const { changes } = await over(
        'dulhan ka jora wale kaam ke andar dupatte ki kinari lagana bhi daal do',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('add_subtask');
      expect(changes[0]!.arguments.task_id).toBe(1);
    });

    it('"X والے کام کے نیچے یہ بھی ڈال دو کہ Y" is a step of X', async () => {
      const { changes } = await over('ٹریکٹر کی سروس والے کام کے نیچے یہ بھی ڈال دو کہ فلٹر منگوانا ہے');
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('add_subtask');
      expect(changes[0]!.arguments.task_id).toBe(2);
    });

    it('"X والے کام میں لکھ لو کہ Y" is a note on X', async () => {
      const { changes } = await over('گندم کا بیج والے کام میں لکھ لو کہ گلابی والا بیج لینا ہے');
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('update_task');
      expect(changes[0]!.arguments.task_id).toBe(3);
    });
  });
});

describe('over a report, a wedding menu and a car service', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Send the quarterly sales report', due_date: '2025-06-20' },
    { id: 2, title: 'Shadi ka menu final karna' },
    { id: 3, title: 'گاڑی کی سروس کروانا' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('a comment asked for with a verb that can also delete', () => {
    it('"drop a comment on X: ..." comments on X and deletes nothing', async () => {
      const { changes } = await say(
        'drop a comment on the sales report: the March figures are still missing',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('comment_on_task');
      expect(changes[0]!.arguments).toMatchObject({ task_id: 1 });
    });

    it('"leave a comment for X: ..." too', async () => {
      const { changes } = await say('leave a comment for the sales report task: ask Imran for the totals');
      expect(changes.map((c) => c.name)).toEqual(['comment_on_task']);
    });

    it('"drop X" alone still means deleting it (asked first: stages/deletes.ts)', async () => {
      const { changes, reply } = await say('drop the quarterly sales report');
      expect(changes).toEqual([]);
      expect(reply).toMatch(/^Delete "Send the quarterly sales report"\?/u);
    });
  });
});
