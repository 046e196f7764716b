// The built-in assistant changing a task: new days and times, priorities, tags, renames, and what is
// no change at all (values denied or gone by). Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { assistantOver, type FixtureTask } from './support.js';

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('sighs, redoing and moments said as changed', () => {
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

  describe('steps listed, and importance that has grown', () => {
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
});

describe('over errands in Roman Urdu, English and Urdu', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  it.each([
    ['rent ki date 20 kar do', '2025-06-20'],
    ['حمزہ کی فیس کی تاریخ پندرہ کر دیں', '2025-06-15'],
  ])('%s: a date given as a day of the month after the word for date', async (line, day) => {
    const dated = assistantOver(
      [
        { id: 1, title: 'Rent dena', due_date: '2025-06-30' },
        { id: 2, title: 'حمزہ کی اسکول فیس', due_date: '2025-06-30' },
      ],
      clock,
    );
    const { changes } = await dated(line);
    expect(changes.map((c) => [c.name, c.arguments.due_date])).toEqual([['set_task_details', day]]);
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Send the visa documents to the embassy', due_date: '2025-06-20' },
    { id: 2, title: 'Science project ka chart banana', due_date: '2025-06-18' },
    { id: 3, title: 'Renew the car insurance' },
    { id: 4, title: 'بچوں کی فیس جمع کرانا', due_date: '2025-06-25' },
    { id: 5, title: 'Order the wedding cards' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('several changes of one task in one line', () => {
    it('a priority and a day said after a clause naming the task', async () => {
      const { changes, reply } = await say(
        'the embassy wants the visa documents soon, make them top priority and due monday',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('set_task_details');
      expect(changes[0]!.arguments).toMatchObject({ task_id: 1, priority: 'high', due_date: '2025-06-16' });
      expect(reply).toMatch(/visa documents/u);
    });

    it('two requests about "it" are one change, not two', async () => {
      const { changes } = await say(
        'the car insurance can wait, make it low priority and move it to the 30th',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 3, priority: 'low', due_date: '2025-06-30' });
    });

    it('in Roman Urdu, a tag after a priority', async () => {
      const { changes } = await say(
        'science project ka chart high priority kar do aur school ka tag laga do',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 2, priority: 'high', tags: ['school'] });
    });

    it('one change alone is made as before', async () => {
      const { changes } = await say('order the wedding cards, make it high priority');
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 5, priority: 'high' });
      expect(changes[0]!.arguments.due_date).toBeUndefined();
    });

    it('two tasks in one line are still two changes', async () => {
      const { changes } = await say(
        'make the car insurance high priority and push the wedding cards to friday',
      );
      expect(changes.map((c) => c.arguments.task_id)).toEqual([3, 5]);
    });
  });

  describe('a day denied and a day someone gave', () => {
    const over = assistantOver(
      [
        { id: 1, title: 'Get the office printer repaired', due_date: '2025-06-11' },
        { id: 2, title: 'Collect the passport from the agent' },
      ],
      clock,
    );

    it('"isn\'t ... today, X said friday" moves the task to friday, never to today', async () => {
      const { changes } = await over("the office printer won't be repaired today, the repairman said friday");
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 1, due_date: '2025-06-13' });
    });

    it('a day denied alone moves nothing', async () => {
      const { changes } = await over("the office printer isn't getting repaired today");
      expect(changes).toEqual([]);
    });

    it('"X said <day>" alone is news, not a new task', async () => {
      const { changes } = await over('the repairman said friday');
      expect(changes).toEqual([]);
    });

    it('"isn\'t needed till <day>" still moves it to that day', async () => {
      const { changes } = await over("the passport from the agent isn't needed till monday now");
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 2, due_date: '2025-06-16' });
    });
  });

  describe('values denied or gone by are no change', () => {
    const over = assistantOver(
      [
        { id: 1, title: 'Translate the tender documents', priority: 'low' },
        { id: 2, title: 'Bijli ka bill jama karwana', due_date: '2025-06-15' },
        { id: 3, title: 'Update the stock register', due_date: '2025-06-12' },
      ],
      clock,
    );

    it('"aren\'t low priority anymore ... make it high" is high, and a past remark completes nothing', async () => {
      const { changes } = await over(
        "the tender documents aren't low priority anymore, the client called twice. make it high",
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({ task_id: 1, priority: 'high' });
    });

    it('"last date 18 tareekh ho gayi hai" completes nothing', async () => {
      const { changes } = await over('bijli ke bill ki last date 18 tareekh ho gayi hai');
      expect(changes.filter((c) => c.name === 'complete_task')).toEqual([]);
    });

    it('a day in a clause told in the past moves nothing', async () => {
      const { changes } = await over('the stock register is wrong, Bilal found items missing from Monday');
      expect(changes.filter((c) => c.name === 'set_task_details')).toEqual([]);
    });
  });
});

describe('over a gym, milk, a car service and a plumber', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('questions, times and comments that are no other change', () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Order new football kits for the U-12 team', due_date: '2025-06-14' },
      {
        id: 2,
        title: 'Check the first-aid box',
        recurrence: 'FREQ=DAILY',
        due_at: '2025-06-11T14:00:00.000Z',
      },
      { id: 3, title: 'Bijli ka bill jama karwana' },
      { id: 4, title: 'بچوں کی فیس جمع کروانا' },
      { id: 5, title: 'Return the rented projector to Hafeez Centre' },
    ];
    const say = assistantOver(tasks, clock);

    it('a question about a task changes nothing, whatever verb it holds', async () => {
      const { changes, reply } = await say('did I ever put down anything about the football kits?');
      expect(changes).toEqual([]);
      expect(reply).toMatch(/football kits/iu);
    });

    it('"at 9pm, not 7" moves the time and skips nothing', async () => {
      const { changes } = await say('from now on the first-aid box check should be at 9pm, not 7');
      expect(changes.map((c) => c.name)).not.toContain('skip_occurrence');
    });

    it('"8 baje, 7 nahi" is no skip either', async () => {
      const { changes } = await say('first-aid box check aaj 8 baje, 7 nahi');
      expect(changes.map((c) => c.name)).not.toContain('skip_occurrence');
    });

    it('English "on X leave a comment: ..." comments on X', async () => {
      const { changes } = await say('on the football kits task leave a comment: sizes are in the group chat');
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['comment_on_task', 1]]);
      expect(changes[0]!.arguments.body).toMatch(/sizes are in the group chat/u);
    });

    it('Roman Urdu "X wale kaam pe Sara ke liye ek comment chhor do: ..." comments, never completes', async () => {
      const { changes } = await say(
        'bijli ke bill wale kaam pe Sara ke liye ek comment chhor do: meter reading khatam ho gayi thi',
      );
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['comment_on_task', 3]]);
    });

    it('Urdu "X والے کام پر سارہ کے لیے تبصرہ کر دیں: ..." comments', async () => {
      const { changes } = await say('فیس والے کام پر سارہ کے لیے تبصرہ کر دیں: چالان بینک سے لینا ہے');
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['comment_on_task', 4]]);
    });

    it('news in the simple past is never added as a new task', async () => {
      const { changes } = await say('the Hafeez Centre guy took the projector back this morning');
      expect(changes.filter((c) => c.name.startsWith('add_task'))).toEqual([]);
    });
  });
});

describe('over rent, a caterer and milk', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const MORE: FixtureTask[] = [
    { id: 1, title: 'Renew PMDC licence' },
    { id: 2, title: 'Collect the pension from the post office' },
    { id: 3, title: 'Dinner with the batchmates at the club' },
    { id: 4, title: 'Pay the security guards salaries' },
  ];

  describe('done words of another kind, notes, renames and requests left in titles', () => {
    const changes = async (line: string) =>
      (await assistantOver(MORE, clock)(line)).changes.map((c) => [c.name, c.arguments.task_id]);

    it('news of something sent is not a renewal done; the change said after it is made', async () => {
      const say = assistantOver(MORE, clock);
      const out = await say('PMDC emailed a final notice, the licence renewal is urgent now');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.priority])).toEqual([
        ['set_task_details', 1, 'high'],
      ]);
      expect(await changes('PMDC licence renewed finally')).toEqual([['complete_task', 1]]);
    });

    it('"For X, kindly note that ..." is a note on X', async () => {
      const say = assistantOver(MORE, clock);
      const out = await say('For the pension one, kindly note that I need my CNIC copy.');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.description])).toEqual([
        ['update_task', 2, 'I need my CNIC copy.'],
      ]);
    });

    it('a new title in quotes is renamed to without its quotes', async () => {
      const say = assistantOver(MORE, clock);
      const out = await say(
        "The batchmates dinner one should read 'Dinner with course mates at the Gymkhana'.",
      );
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.title])).toEqual([
        ['update_task', 3, 'Dinner with course mates at the Gymkhana'],
      ]);
    });

    it('a move of a task there is not, or a removal, is never added as a task', async () => {
      const moved = await assistantOver(MORE, clock)('Please move my dentist appointment to Friday.');
      expect(moved.changes).toEqual([]);
      expect(moved.reply).toMatch(/\?/u);
      expect(
        await changes('The society office pays the watchmen now, so take that item off my list for good.'),
      ).toEqual([]);
    });
  });

  describe('notes and new names run on, reasons beside a change, news from the other party', () => {
    const WORK: FixtureTask[] = [
      { id: 1, title: 'Draft the audit report for Sheikh Traders' },
      { id: 2, title: 'Chai set ka order' },
      { id: 3, title: 'Patch the billing server', due_date: '2025-06-12' },
    ];
    const run = async (line: string) =>
      (await assistantOver(WORK, clock)(line)).changes.map((c) => [c.name, c.arguments.task_id ?? null]);

    it('"jot down that A and B" is one note, not a note and a task', async () => {
      const out = await assistantOver(
        WORK,
        clock,
      )(
        'for the Sheikh Traders report, jot down that the stock gaps and the unsigned bank letters must be mentioned',
      );
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['update_task', 1]]);
      expect(String(out.changes[0]?.arguments.description)).toMatch(/unsigned bank letters/u);
    });

    it('"naam badal do: A aur B" is one new name', async () => {
      const out = await assistantOver(
        WORK,
        clock,
      )('chai set wale ka naam badal do: Chai set aur mugs ka order');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.title])).toEqual([
        ['update_task', 2, 'Chai set aur mugs ka order'],
      ]);
    });

    it('a reason beside a change is left out, never added as a task', async () => {
      const out = await assistantOver(
        WORK,
        clock,
      )('the billing server patch can wait till monday 9am, Bilal is off tomorrow');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 3]]);
      expect(out.reply).toMatch(/left out/u);
    });

    it('news from the party a task is for is no news of it done', async () => {
      expect(await run('Sheikh Traders messaged, they want the report in Urdu too')).toEqual([]);
      expect(await run('the Sheikh Traders audit report is done')).toEqual([['complete_task', 1]]);
    });
  });
});

describe('over a lab journal, a passport and a gas bill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Submit the physics lab journal', due_date: '2025-06-12' },
    { id: 2, title: 'Passport renewal', due_date: '2025-06-20' },
    { id: 3, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-14' },
  ];

  describe('a rename is told by the task’s old name', () => {
    it('names the old title and the new one', async () => {
      const out = await assistantOver(
        TASKS,
        clock,
      )('rename the passport renewal task to Renew passport (urgent fees)');
      expect(out.changes.map((c) => [c.name, c.arguments.title])).toEqual([
        ['update_task', 'Renew passport (urgent fees)'],
      ]);
      expect(out.reply).toBe('Updated "Passport renewal": renamed to "Renew passport (urgent fees)".');
    });

    it('by its id too', async () => {
      const out = await assistantOver(TASKS, clock)('rename task 2 to Renew passport');
      expect(out.reply).toBe('Updated "Passport renewal": renamed to "Renew passport".');
    });
  });
});
