// Round 23 of the built-in assistant (issue 18). Roman Urdu as it is texted ("hogya", "kr lia",
// "krwana") read in its usual spelling by every stage; a last part that says "too" and leaves its
// verb to the part before ("X le aaya hun aur Y bhi"); a new list and a request about it in one line
// ("make a Travel list and put the visa task in it"); a task pointed at ("the X", "X wali call")
// moved to a list rather than added again; long thanks are small talk.
import { describe, expect, it } from 'vitest';
import { offlineAgent } from '../engine/index.js';
import { halvesActing } from '../engine/stages/halves.js';
import type { ClauseReading } from '../engine/stages/leftover.js';
import { spelledOut } from '../engine/stages/normalise.js';
import { assistantOver, confirmingOver, type FixtureTask, toolsOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Gaari ki tuning karwani', due_date: '2025-06-13' },
  { id: 2, title: 'Cheeni aur chai ki patti lani', due_date: '2025-06-12' },
  { id: 3, title: 'Dhobi ko kapray dene', due_date: '2025-06-12' },
  { id: 4, title: 'Apply for the Schengen visa', due_date: '2025-06-25' },
  { id: 5, title: 'Renew the domain name' },
  { id: 6, title: 'Phone Rizwan about the flat rent' },
  { id: 7, title: 'جنریٹر کا تیل بدلوانا', due_date: '2025-06-14' },
  { id: 8, title: 'امی کی دوائی لانا', due_date: '2025-06-12' },
];
const say = assistantOver(TASKS, clock);
const summary = (changes: { name: string; arguments: Record<string, unknown> }[]) =>
  changes.map((c) => [c.name, c.arguments.task_id ?? c.arguments.name ?? c.arguments.title]);

describe('texted Roman Urdu', () => {
  it.each([
    ['kaam hogya', 'kaam ho gaya'],
    ['tuning krwa lia', 'tuning karwa liya'],
    ['kal 5 bje krdo', 'kal 5 baje kar do'],
    ['Hogya bhai', 'Ho gaya bhai'],
    ['ping me an hour b4 my haircut', 'ping me an hour before my haircut'],
    // Quoted words are a title as typed; English words are never touched.
    ["add 'kr lia'", "add 'kr lia'"],
    ['the diary is on the desk', 'the diary is on the desk'],
  ])('%s reads as %s', (typed, read) => {
    expect(spelledOut(typed)).toBe(read);
  });

  it('news told in texting spellings completes the task it names', async () => {
    const { changes } = await say('gaari ki tuning krwa li hai');
    expect(summary(changes)).toEqual([['complete_task', 1]]);
  });
});

describe('a last part that leaves its verb to the part before', () => {
  it('completes both tasks', async () => {
    const { changes } = await say('cheeni aur chai ki patti le aaya hun aur dhobi ko kapray bhi');
    expect(summary(changes)).toEqual([
      ['complete_task', 2],
      ['complete_task', 3],
    ]);
  });

  it('in Urdu script too', async () => {
    const { changes } = await say('امی کی دوائی لے آیا ہوں اور جنریٹر کا تیل بھی');
    expect(changes.map((c) => c.name)).toContain('complete_task');
    expect(changes.map((c) => c.arguments.task_id)).toContain(8);
  });
});

describe('a new list and a request about it in one line', () => {
  it('makes the list, then moves the task named into it', async () => {
    const { changes, reply } = await say('make a Travel list and put the schengen visa in it');
    expect(summary(changes)).toEqual([
      ['create_list', 'Travel'],
      ['move_task', 4],
    ]);
    expect(reply).toMatch(/Travel/u);
  });

  it('in Roman Urdu, with the task pointed at by "wali"', async () => {
    const { changes } = await say('Ghar naam ki list bana do aur rizwan wali call usme daal do');
    expect(summary(changes)).toEqual([
      ['create_list', 'Ghar'],
      ['move_task', 6],
    ]);
  });

  it('a new task said with the list is added to it', async () => {
    const { changes } = await say("nayi list banao Kitchen aur us mein 'naya toaster lena' daal do");
    expect(changes.map((c) => c.name)).toEqual(['create_list', 'add_task_details']);
    expect(changes[1]!.arguments).toMatchObject({ list: 'Kitchen' });
    expect(String(changes[1]!.arguments.title)).toMatch(/toaster lena/iu);
  });
});

describe('long thanks', () => {
  it.each(['shukriya bhai bari help hogayi 🙏', "thanks, you're a lifesaver", 'شکریہ، آپ نے بڑی مدد کی'])(
    '%s changes nothing',
    async (line) => {
      const { changes } = await say(line);
      expect(changes).toEqual([]);
    },
  );
});

describe('a new task that only shares a word with an open one', () => {
  const NEAR_TASKS = [
    { id: 1, title: 'Call Amna about the court hearing', due_date: '2025-06-12' },
    { id: 2, title: 'Surgery ward round notes' },
    { id: 3, title: 'Pay gas bill', due_date: '2025-06-20' },
    { id: 4, title: 'Pay internet bill', due_date: '2025-06-22' },
  ];
  const near = assistantOver(NEAR_TASKS, clock);

  it('is added when it is scheduled and names more than the shared word (once checked)', async () => {
    const { changes } = await confirmingOver(
      NEAR_TASKS,
      clock,
    )('Rehman case hearing friday at 11am, remind me an hour before');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(changes[0]!.arguments).toMatchObject({ reminders: [{ minutes_before: 60 }] });
  });

  it('a word that only starts like a title word is no shared word ("warden" is not "ward")', async () => {
    const { changes } = await near('warden meeting tomorrow 2pm');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
  });

  it('a task that restates an open one is still asked about', async () => {
    const { changes, reply } = await near('pay the bill tomorrow');
    expect(changes).toEqual([]);
    expect(reply).toMatch(/\?/u);
  });
});

describe('dates with month names in Roman Urdu and Urdu', () => {
  it.each([
    ['cake ka order 25 december ko dopahar 2 baje', { due_at: '2025-12-25T09:00:00.000Z' }],
    ['generator ki servicing 1 sept ko karwani hai', { due_date: '2025-09-01' }],
    ['دسمبر کی 5 تاریخ کو گاڑی کا ٹوکن جمع کرانا ہے', { due_date: '2025-12-05' }],
  ])('%s', async (line, due) => {
    const { changes } = await say(line);
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(changes[0]!.arguments).toMatchObject(due);
  });
});

it('an Urdu reminder asked with "یاد کرا دینا" is set', async () => {
  const { changes } = await say('جمعہ کو بارہ بجے ابو کو ہسپتال لے جانا ہے، ایک گھنٹہ پہلے یاد کرا دینا');
  expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
  expect(changes[0]!.arguments).toMatchObject({ reminders: [{ minutes_before: 60 }] });
});

describe('news of a task done told with any verb in its completed form', () => {
  const news = assistantOver(
    [
      { id: 1, title: 'Prepare slides for week 6 lecture' },
      { id: 2, title: 'Upload quiz marks to the portal' },
      { id: 3, title: 'مسز رشید کا جوڑا سلوانا' },
      { id: 4, title: 'Order printer toner' },
      { id: 5, title: 'Car service', due_date: '2025-06-14' },
      { id: 6, title: 'Naye driver ka interview' },
    ],
    clock,
  );

  it.each([
    ['week 6 ki slides bana li', 1],
    ['quiz marks are up on the portal', 2],
    ['مسز رشید کا جوڑا سل گیا', 3],
    ['the printer toner came in this morning', 4],
  ])('%s completes task %i', async (line, id) => {
    const { changes } = await news(line);
    expect(summary(changes)).toEqual([['complete_task', id]]);
  });

  it.each([
    // A need, a moment to come, or "for" (ke liye) is no news of a thing done.
    'gotta get the car service done this weekend',
    'checked the car service bill and the due date on it is actually the 22nd',
    'naye driver ke liye uniform lena hai',
    // A word of change or failure says the task is not done.
    'car service got postponed',
  ])('%s completes nothing', async (line) => {
    const { changes } = await news(line);
    expect(changes.map((c) => c.name)).not.toContain('complete_task');
  });
});

describe('a reminder counted back from a task the line names', () => {
  const tasks = assistantOver(
    [
      { id: 1, title: 'رات کی ڈیوٹی', due_at: '2025-06-11T16:00:00.000Z' },
      { id: 2, title: 'امی کی ڈاکٹر سے ملاقات', due_at: '2025-06-12T07:00:00.000Z' },
    ],
    clock,
  );

  it.each([
    ['رات کی ڈیوٹی سے پندرہ منٹ پہلے یاد دہانی لگا دیں', 1, 15],
    ['امی کی ڈاکٹر والی ملاقات سے ایک گھنٹہ پہلے یاد دلا دینا', 2, 60],
  ])('%s goes on task %i, %i minutes before, and adds nothing', async (line, id, minutes) => {
    const { changes } = await tasks(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.reminders])).toEqual([
      ['set_task_details', id, [{ minutes_before: minutes }]],
    ]);
  });
});

describe('two requests in one line that no reader cut apart', () => {
  const two = assistantOver(
    [
      { id: 1, title: 'Khala ko phone karna' },
      { id: 2, title: 'Numan ki shadi ke kapray', due_date: '2025-06-20' },
      { id: 3, title: 'Collect commission from Raja sahab' },
      { id: 4, title: 'Car service', due_date: '2025-06-14' },
    ],
    clock,
  );

  it('news of one task done and a new day for another: both carried out', async () => {
    const { changes } = await two(
      'raja sahab se commission mil gaya, aur car service hafte ki bajaye itwar ko karwani hai',
    );
    expect(summary(changes)).toEqual([
      ['complete_task', 3],
      ['set_task_details', 4],
    ]);
    expect(changes[1]!.arguments.due_date).toBe('2025-06-15');
  });

  it('never when a half would delete, or points back with "it"', async () => {
    // A stand-in reading: "close X" completes, "drop X" deletes, anything else changes nothing; the
    // task is the one the last word names.
    const reading: ClauseReading = {
      async read(input) {
        const name = /^close/u.test(input.message)
          ? 'complete_task'
          : /^drop/u.test(input.message)
            ? 'delete_task'
            : null;
        if (!name) return { response: '', tool_calls: [] };
        const task_id = ['gate', 'door', 'list', 'too'].indexOf(input.message.split(' ').at(-1)!) + 1;
        await input.callTool(name, { task_id });
        return {
          response: 'ok',
          tool_calls: [{ name, arguments: { task_id }, result: {} }],
        };
      },
      unread: () => undefined,
      mutating: new Set(['complete_task', 'delete_task']),
      adding: new Set(),
      saysTodo: () => false,
      asks: () => true,
    };
    const changed: string[] = [];
    const input = {
      userId: 'u',
      history: [],
      ...clock,
      callTool: async (name: string) => {
        changed.push(name);
        return { result: {}, isError: false };
      },
    };
    expect(
      await halvesActing({ ...input, message: 'close the gate and drop the old list' }, reading),
    ).toBeNull();
    expect(await halvesActing({ ...input, message: 'close the gate and close it too' }, reading)).toBeNull();
    expect(changed).toEqual([]);
    const both = await halvesActing({ ...input, message: 'close the gate and close the shed door' }, reading);
    expect(both?.tool_calls.map((c) => c.name)).toEqual(['complete_task', 'complete_task']);
  });
});

describe('remarks after a request', () => {
  it('a part telling of a day gone by is left out, not added as a task due in the past', async () => {
    const { changes, reply } = await say('need to get a new drill, mine fell off the roof yesterday');
    expect(changes.map((c) => [c.name, c.arguments.title])).toEqual([['add_task', 'Get a new drill']]);
    expect(reply).toMatch(/mine fell off the roof yesterday/u);
  });

  it('a new list is named up to the remark after it', async () => {
    const { changes } = await say('start a new list called Warranty, the fan returns keep piling up');
    expect(summary(changes)).toEqual([['create_list', 'Warranty']]);
  });
});

describe('a list named loosely', () => {
  const moving = assistantOver(
    [
      { id: 1, title: 'Plumber ko bulana' },
      { id: 2, title: 'بچوں کی فیس جمع کرانا' },
      { id: 3, title: 'Book the team dinner' },
      { id: 4, title: 'Groceries', list: 'Family' },
      { id: 5, title: 'Renew the domain', list: 'Office' },
    ],
    clock,
  );

  it.each([
    // "too" before the list's name is no part of it.
    ['plumber wala kaam bhi Family wali list mein rakh do', 1],
    // A list's name said in the other script.
    ['بچوں کی فیس والا کام فیملی والی لسٹ میں ڈال دو', 2],
    // The list's name, then words about it.
    ['the team dinner booking is an office chore really, file it under Office with the other stuff', 3],
  ])('%s moves task %i', async (line, id) => {
    const { changes } = await moving(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['move_task', id]]);
  });
});

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

describe('a question asking whether a person can take a task on', () => {
  const ask = async (message: string) => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Pay the gas bill', list: 'Family' },
      { id: 2, title: 'Buy formula and diapers', list: 'Family' },
    ];
    const { run } = await toolsOver({ userId: 'eval-user', tasks, ...clock });
    const out = await offlineAgent.run({
      userId: 'eval-user',
      message,
      history: [],
      ...clock,
      callTool: run,
    });
    return out.tool_calls.filter((c) => !/^(?:list|search|get)_/u.test(c.name));
  };

  it('hands it over to that person', async () => {
    const changes = await ask("can Sara take the gas bill? she's at the bank anyway");
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['assign_task', 1]]);
  });

  it('"it\'s hers" after a task named hands it over', async () => {
    const changes = await ask("Sara will pay the gas bill on tuesday, I have a deadline. it's hers");
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['assign_task', 1]]);
  });

  it('a question about something else hands nothing over', async () => {
    expect(await ask('can sara come for dinner on friday?')).toEqual([]);
  });
});

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

describe('set 22 classes (round 23, after its blind runs)', () => {
  const tasks = assistantOver(
    [
      { id: 1, title: 'Driving license renew karwana', due_date: '2025-06-25' },
      { id: 2, title: 'Phone ki screen theek karwana', completed: true },
    ],
    clock,
  );

  it('an edit before a clause telling what someone else did is the edit alone', async () => {
    const { changes } = await tasks('license renewal urgent kar do, warden ne warning di hai');
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.priority])).toEqual([
      ['set_task_details', 1, 'high'],
    ]);
  });

  it('a finished task broken again is reopened', async () => {
    const { changes } = await tasks('phone ki screen phir toot gayi yaar');
    expect(summary(changes)).toEqual([['reopen_task', 2]]);
  });

  it('a day told in the past with "today" adds nothing', async () => {
    const { changes } = await tasks('آج بہت تھکا دینے والی شفٹ تھی، بس دعا کیجیے گا');
    expect(changes).toEqual([]);
  });
});

describe('set 22 classes, lists and reminders said around a new task', () => {
  const tasks = [
    { id: 1, title: 'Cake boxes', list: 'Orders' },
    { id: 2, title: 'کریش کارٹ', list: 'وارڈ' },
    { id: 3, title: 'Seminar slides', list: 'Research' },
    { id: 4, title: 'Renew the domain' },
    { id: 5, title: 'Groceries', list: 'Home' },
  ];
  const listed = assistantOver(tasks, clock);

  it.each([
    ['kal subah 10 baje Rana sahab cake lene aayenge, Orders mein daal do', 'Orders'],
    ['وارڈ والی فہرست میں 20 تاریخ کو دوائیوں کا معائنہ ڈال دو', 'وارڈ'],
  ])('%s: added to the list named (once checked)', async (line, list) => {
    const { changes } = await confirmingOver(tasks, clock)(line);
    expect(changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', list]]);
    expect(String(changes[0]!.arguments.title)).not.toMatch(/Orders|فہرست/u);
  });

  it('"put it in Home" after a clause naming a task moves that task', async () => {
    const { changes } = await listed('domain renewal belongs with the house stuff, put it in Home');
    expect(summary(changes)).toEqual([['move_task', 4]]);
  });

  it('"and remind me a day before" after a new task gives it that reminder (once checked)', async () => {
    const { changes } = await confirmingOver(
      tasks,
      clock,
    )(
      "I'm presenting at the staff seminar on the 25th at 3pm. put it in Research and remind me a day before",
    );
    expect(changes.map((c) => [c.name, c.arguments.list, c.arguments.reminders])).toEqual([
      ['add_task_details', 'Research', [{ minutes_before: 1440 }]],
    ]);
  });
});

it.each([
  ['opening a 2nd branch soon inshallah, need a separate list for it called Branch 2', 'Branch 2'],
  ["ek nayi list bana do 'Eid Orders' naam ki", 'Eid Orders'],
  ['mandi ke kaamon ki alag list bana do, naam Mandi rakhna', 'Mandi'],
])('%s: a new list named %s', async (line, name) => {
  const { changes } = await say(line);
  expect(summary(changes)).toEqual([['create_list', name]]);
});

it('a number said names a number in a code ("the 305 midterms" for "Grade ECON-305 midterm papers")', async () => {
  const grading = assistantOver(
    [
      { id: 1, title: 'Grade ECON-201 midterm papers' },
      { id: 2, title: 'Grade ECON-305 midterm papers' },
    ],
    clock,
  );
  const { changes } = await grading('finally done grading the 305 midterms!!');
  expect(summary(changes)).toEqual([['complete_task', 2]]);
});

describe('initials in capitals', () => {
  const school = assistantOver(
    [
      { id: 1, title: "Zainab's parent-teacher meeting", due_at: '2025-06-12T07:00:00.000Z' },
      { id: 2, title: 'Pay the school van fee' },
    ],
    clock,
  );

  it('"PTM" names the parent-teacher meeting', async () => {
    const { changes } = await school("can you remind me an hour before Zainab's PTM");
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.reminders])).toEqual([
      ['set_task_details', 1, [{ minutes_before: 60 }]],
    ]);
  });

  it('a meeting the school cancelled is asked about, never completed', async () => {
    const { changes, reply } = await school(
      "Zainab's school cancelled the PTM so you can get rid of that one",
    );
    expect(changes.map((c) => c.name)).not.toContain('complete_task');
    expect(reply).toMatch(/\?/u);
  });
});
