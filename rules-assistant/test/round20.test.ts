// Round 20 of the built-in assistant (issue 18): readings by the shape of a line, not its phrasing.
// "This one time is off" (stages/occurrence.ts):
// a word of not, the one time meant, and a repeating task named by a word or two of it, with the
// reason in the same line. Its next time is skipped; nothing else changes. Lines that only look like
// it (a reminder not to forget, news of it done, a question, a stop for good, another week, a task
// that does not repeat) skip nothing. "What am I behind on" (stages/question.ts readBehindQuestion):
// a question asking what is overdue without the word lists the overdue tasks, and changes nothing.
import { describe, expect, it } from 'vitest';
import type { FixtureTask } from './support.js';
import { assistantOver, confirmingOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Swimming lesson for Hamza', due_date: '2025-06-14', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
  { id: 2, title: 'Water the garden', due_date: '2025-06-11', recurrence: 'FREQ=DAILY' },
  { id: 3, title: 'Pay the cook', due_date: '2025-06-30', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=30' },
  { id: 4, title: 'Quran class ki fees', due_date: '2025-06-13', recurrence: 'FREQ=WEEKLY;BYDAY=FR' },
  { id: 5, title: 'باورچی کی تنخواہ', due_date: '2025-06-30', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=30' },
  { id: 6, title: 'Buy swimming goggles', due_date: '2025-06-12' },
  { id: 7, title: 'Team standup', due_date: '2025-06-16', recurrence: 'FREQ=WEEKLY;BYDAY=MO' },
  { id: 8, title: 'Return library books', due_date: '2025-06-02' },
  { id: 9, title: 'لائٹ کا بل', due_date: '2025-06-05' },
];

const say = assistantOver(TASKS, clock);

describe('this one time of a repeating task is off', () => {
  it.each([
    ["no swimming for hamza this saturday, he's got a fever", 1],
    ["it's raining all day so the garden doesn't need water today", 2],
    ['the cook is away this month, we are not paying him', 3],
    ['is jumma quran class ki fees nahi deni, teacher chutti pe hain', 4],
    ['اس مہینے باورچی کو تنخواہ نہیں دینی، وہ گاؤں گیا ہوا ہے', 5],
  ])('%s: skips task %i', async (line, id) => {
    const { changes } = await say(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['skip_occurrence', id]]);
  });
});

describe('lines that only look like a skip', () => {
  it.each([
    "don't forget hamza's swimming this saturday",
    'watered the garden today, no problem',
    'is there no swimming lesson this saturday?',
    'no more swimming lessons for hamza, he hates it',
    // Its next time is on Monday the 16th, not in this week's days left.
    'no standup this friday, the boss is away',
    // A task that does not repeat is never skipped.
    'not buying the swimming goggles today',
  ])('%s: skips nothing', async (line) => {
    const { changes } = await say(line);
    expect(changes.filter((c) => c.name === 'skip_occurrence')).toEqual([]);
  });
});

describe('questions asking what is overdue without the word', () => {
  it.each([
    'have I let anything slip? feels like I missed stuff',
    'what am I running late on',
    'koi kaam waqt pe nahi hua kya?',
    'کیا کسی کام کی تاریخ گزر گئی ہے؟',
  ])('%s: lists the overdue tasks', async (line) => {
    const { changes, reply } = await say(line);
    expect(changes).toEqual([]);
    expect(reply).toMatch(/library books|لائٹ کا بل/u);
    expect(reply).not.toMatch(/Hamza|swimming/iu);
  });

  it('counts them when asked how many', async () => {
    const { reply } = await say('how many things have I fallen behind on?');
    expect(reply).toMatch(/\b2\b/u);
  });
});

describe('a task handed to a person, said as news', () => {
  const shared: FixtureTask[] = [
    { id: 1, title: 'Book the caterer for Eid', list: 'Family' },
    { id: 2, title: 'Fix the garage door', list: 'Family' },
    { id: 3, title: 'Quarterly tax filing', list: 'Office' },
    { id: 4, title: 'Renew car insurance' },
  ];
  const tell = assistantOver(shared, clock);

  it.each([
    ["Sara's going to take care of the caterer this year, put her on it", 1, 'Sara'],
    ['Bilal will handle the tax filing, hand it over to him', 3, 'Bilal'],
    ['garage door Sara dekh legi, uske zimme laga do', 2, 'Sara'],
  ])('%s: assigns task %i to %s', async (line, id, person) => {
    const { changes } = await tell(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.assignee])).toEqual([
      ['assign_task', id, person],
    ]);
  });

  it('finds the person said in Urdu letters', async () => {
    const { changes } = await tell('گیراج کا دروازہ علی کے ذمے لگا دو');
    // Garage door in Urdu names no task title here: nothing is assigned on a guess.
    expect(changes.filter((c) => c.name === 'assign_task' && c.arguments.task_id !== 2)).toEqual([]);
  });

  it.each([
    'call Sara about the caterer',
    'can Sara handle the caterer?',
    // Two people: which one is meant is not guessed.
    'Sara or Bilal will handle the tax filing',
  ])('%s: assigns nothing', async (line) => {
    const { changes } = await tell(line);
    expect(changes.filter((c) => c.name === 'assign_task')).toEqual([]);
  });
});

describe('news of a task done, read more widely', () => {
  const tasks: FixtureTask[] = [
    { id: 1, title: 'Mark 9A maths quizzes', due_date: '2025-06-12' },
    { id: 2, title: 'Mark 9B maths quizzes', due_date: '2025-06-12' },
    { id: 3, title: 'Collect passport from agent', due_date: '2025-06-13' },
    { id: 4, title: 'Deposit rent cheque', due_date: '2025-06-11' },
  ];
  const tell = assistantOver(tasks, clock);
  const completed = async (line: string) =>
    (await tell(line)).changes.map((c) => [c.name, c.arguments.task_id]);

  it("completes the task whose first word is said in the past ('collected', 'deposted')", async () => {
    expect(await completed('collected the passport from the agent this morning')).toEqual([
      ['complete_task', 3],
    ]);
    expect(await completed('depositted the rent cheque at lunch')).toEqual([['complete_task', 4]]);
  });

  it('leaves the verb itself, and its past said of what will be, alone', async () => {
    expect(await completed('collect the passport on friday instead')).not.toContainEqual([
      'complete_task',
      3,
    ]);
    expect(await completed("haven't collected the passport yet")).toEqual([]);
  });

  it("tells two tasks apart by the one word only one has ('9B's quizzes')", async () => {
    expect(await completed("finally done marking 9B's quizzes, my eyes hurt")).toEqual([
      ['complete_task', 2],
    ]);
  });

  it('drops the remark that another task is still open', async () => {
    expect(await completed('9A quizzes marked, the 9B ones are still pending')).toEqual([
      ['complete_task', 1],
    ]);
    expect(await completed('9B wale quizzes ho gaye, 9A wale abhi baqi hain')).toEqual([
      ['complete_task', 2],
    ]);
  });
});

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

describe('safety fixes from held-out 19 (read after its one run)', () => {
  const tasks: FixtureTask[] = [
    { id: 1, title: 'Electrician visit', due_date: '2025-06-12' },
    { id: 2, title: 'پانی کی ٹنکی صاف کروانا', due_date: '2025-06-11' },
    { id: 3, title: 'Band practice', due_date: '2025-06-12', recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH' },
    { id: 4, title: 'Tuition fee for Ahmed', due_date: '2025-06-20' },
  ];
  const tell = assistantOver(tasks, clock);

  it("never completes a task on news of what will happen ('he'll come friday instead')", async () => {
    const { changes } = await tell(
      "the electrician called, he can't come tomorrow, he'll come friday instead",
    );
    expect(changes.filter((c) => c.name === 'complete_task')).toEqual([]);
  });

  it("reads 'پورا ہفتہ' as a whole week, never as Saturday", async () => {
    const { changes } = await tell('پانی کی ٹنکی صاف کروا لی ہے، اب پورا ہفتہ آرام ہے');
    expect(changes.filter((c) => c.name === 'set_task_details')).toEqual([]);
  });

  it("never takes a month's name for a misspelt command ('December' is not 'remember')", async () => {
    const { changes } = await tell('har 2 mahine baad AC ki servicing, pehli 1 December ko');
    expect(JSON.stringify(changes)).not.toMatch(/remember/iu);
  });

  it.each([
    ["there won't be band practice this coming thursday, the drummer is sick", 3],
    ['is jumeraat band practice nahi hogi, hall booked hai', 3],
  ])('%s: skips task %i', async (line, id) => {
    const { changes } = await tell(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['skip_occurrence', id]]);
  });

  it.each([
    ['for the tuition fee, jot down that the academy wants cash only', 4],
    ['tuition fee mein note kar lo, account number 1234 hai', 4],
  ])('%s: a note on task %i, nothing added', async (line, id) => {
    const { changes } = await tell(line);
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['update_task', id]]);
  });
});

describe('comments and hand-overs said in other words (from held-out 19, NOT blind)', () => {
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
    expect(await made('add a note to the picnic task: bring the cricket kit')).toEqual([['update_task', 1]]);
  });

  it('hands a task to the person said to be doing it in Urdu', async () => {
    expect(await made('بجلی کا بل اس دفعہ سارہ جمع کرا دے گی')).toEqual([['assign_task', 2]]);
  });

  it('skips the repeating task when a task that does not repeat shares its word as well', async () => {
    expect(await made('no grocery run this saturday, the fridge is full')).toEqual([['skip_occurrence', 3]]);
  });
});

describe('two pieces of news in one line', () => {
  const tasks: FixtureTask[] = [
    { id: 1, title: 'Pay the gym fee', due_date: '2025-06-12' },
    { id: 2, title: 'Buy printer ink', due_date: '2025-06-13' },
    { id: 3, title: 'Passport renewal appointment', due_date: '2025-06-16' },
  ];
  const tell = assistantOver(tasks, clock);

  it('completes both tasks told done', async () => {
    const { changes } = await tell('paid the gym fee and bought the printer ink too');
    expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([
      ['complete_task', 1],
      ['complete_task', 2],
    ]);
  });

  it('never completes the task of the request that follows news of another done (once checked)', async () => {
    const { changes } = await confirmingOver(
      tasks,
      clock,
    )('gym fee paid. also the passport renewal appointment can move to the 20th');
    expect(changes.filter((c) => c.name === 'complete_task' && c.arguments.task_id === 3)).toEqual([]);
    expect(changes[0]).toMatchObject({ name: 'complete_task', arguments: { task_id: 1 } });
  });
});
