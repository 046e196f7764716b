// The built-in assistant on a line of several parts: remarks and reasons beside a request, clauses,
// requests taken back, lists of titles, and two requests no reader cut apart. Turns over the real
// tools (support.ts) and the reading alone.
import { describe, expect, it } from 'vitest';
import { halvesActing } from '../engine/stages/halves.js';
import { type ClauseReading, oneClauseActing } from '../engine/stages/leftover.js';
import { splitRequests } from '../engine/stages/split.js';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { assistantOver, changesIn, chatsAt, confirmingOver, type FixtureTask } from './support.js';

describe('over household errands and a repeating lesson', () => {
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

  describe('a note asked for, with a joiner in it', () => {
    it.each([
      'bijli ka bill jama karna mein likh do ke meter ki photo bhi leni hai aur receipt sambhal ke rakhni hai',
      'باورچی کی تنخواہ کے ساتھ یہ بھی لکھ دو کہ بونس دینا ہے اور چھٹی کا حساب کرنا ہے',
    ])("%s: adds no task (the joiner is the note's)", async (line) => {
      const { changes } = await say(line);
      expect(changes.filter((c) => c.name.startsWith('add_task'))).toEqual([]);
    });
  });

  describe('to-dos joined by and/aur/اور, led by the open task they are for', () => {
    const STEPS: FixtureTask[] = [
      { id: 1, title: 'PIDE submission', due_date: '2025-06-20' },
      { id: 2, title: 'بیٹی کا داخلہ' },
      { id: 3, title: 'Submit conference paper to PIDE' },
      { id: 4, title: 'Call mom' },
    ];
    const steps = (line: string) => confirmingOver(STEPS.slice(0, 2), clock)(line);

    it.each([
      ["for the PIDE submission I still have to format the references and get Dr Khattak's sign-off", 1],
      ['PIDE submission ke liye references format karne hain aur Dr Khattak ka sign-off lena hai', 1],
      ['بیٹی کے داخلے کے لیے فارم بھرنا ہے اور فیس جمع کرانی ہے', 2],
    ])('%s: asked first, then two steps of that task, no new task', async (line, id) => {
      const { changes, asked } = await steps(line);
      expect(asked).toBe(true);
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([
        ['add_subtask', id],
        ['add_subtask', id],
      ]);
    });

    it('a head only some of whose words a task has adds no task (the other readers ask)', async () => {
      const { changes } = await assistantOver(
        STEPS.slice(2),
        clock,
      )("for the PIDE submission I still have to format the references in APA and get Dr Khattak's sign-off");
      expect(changes).toEqual([]);
    });

    it('a head naming no open task leaves the parts new tasks', async () => {
      const { changes } = await assistantOver(
        STEPS.slice(3),
        clock,
      )('for the party I need to buy balloons and order a cake');
      expect(changes.map((c) => c.name)).toEqual(['add_task', 'add_task']);
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
});

describe('over errands in Roman Urdu, English and Urdu', () => {
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
      expect(
        await halvesActing({ ...input, message: 'close the gate and close it too' }, reading),
      ).toBeNull();
      expect(changed).toEqual([]);
      const both = await halvesActing(
        { ...input, message: 'close the gate and close the shed door' },
        reading,
      );
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

  describe('an edit beside another clause, a task broken again, a day gone by', () => {
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
});

describe('over a gym, milk, a car service and a plumber', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a line whose parts make one merged change', () => {
    it('says that change once, not once per part', async () => {
      const say = assistantOver(
        [
          { id: 1, title: 'Call Mrs Qureshi about her BP meds refill' },
          { id: 2, title: 'Buy milk' },
        ],
        clock,
      );
      // (Which task this line should change is an open class: news read as an edit.)
      const { changes, reply } = await say(
        'gotta call the Getz rep friday 10am about their new rates, ping me an hour before',
      );
      expect(changes.length).toBeLessThanOrEqual(1);
      expect(reply.match(/Updated/gu)?.length ?? 0).toBeLessThanOrEqual(1);
    });
  });
});

describe('over a meeting, its notes, milk and a call', () => {
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('lists of titles, afterthoughts, remarks and corrections', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
    const change = (message: string) => {
      const u = understand(message, clock);
      return u.intent === 'update' ? u.change : null;
    };

    it('makes one request per quoted title, each with the shared verb and date (three: one plan, on "yes")', async () => {
      const talk = chat();
      const asked = await talk.say('add "wash the car", "buy a kite" and "call Zara" on friday');
      expect(changes(asked)).toEqual([]);
      expect(asked.response).toMatch(/Wash the car[\s\S]*Buy a kite[\s\S]*Call Zara/u);
      const out = await talk.say('yes');
      expect(changes(out).map((c) => [c.arguments.title, c.arguments.due_date])).toEqual([
        ['Wash the car', '2025-06-13'],
        ['Buy a kite', '2025-06-13'],
        ['Call Zara', '2025-06-13'],
      ]);
      const gone = await chat().confirmed("remove 'Team meeting' and 'Buy milk'");
      expect(changes(gone).map((c) => [c.name, c.arguments.task_id])).toEqual([
        ['delete_task', 1],
        ['delete_task', 3],
      ]);
      const roman = await chat([]).say("'gas bill dena' aur 'pani ka bill dena' add karo");
      expect(changes(roman).map((c) => c.arguments.title)).toEqual(['Gas bill dena', 'Pani ka bill dena']);
      // A rename names two titles but is one request; unquoted "and" stays inside a title.
      expect(changes(await chat().say('change "Buy milk" to "Buy oat milk"'))).toHaveLength(1);
      expect(changes(await chat().say('add salt and pepper'))).toHaveLength(1);
      // Only requests that act on each title are split; a search or an unknown line stays whole.
      expect(splitRequests("show 'milk' and 'eggs'", clock)).toHaveLength(1);
      expect(splitRequests("I can't find 'milk' and 'eggs'", clock)).toHaveLength(1);
    });

    it('reads an afterthought about a new task as its priority or due moment', () => {
      const add = (message: string) => {
        const u = understand(message, clock);
        return u.intent === 'add'
          ? {
              title: u.details.title,
              priority: u.details.priority,
              due: u.details.due_date ?? u.details.due_at,
            }
          : null;
      };
      expect(add("I need to renew my visa before the 30th, it's really important")).toEqual({
        title: 'Renew my visa',
        priority: 'high',
        due: '2025-06-30',
      });
      expect(add('add fix the sink, it is urgent and due tomorrow at 5pm')).toEqual({
        title: 'Fix the sink',
        priority: 'high',
        due: '2025-06-12T12:00:00.000Z',
      });
      expect(add('remember to water the ferns - make it low priority')?.priority).toBe('low');
      // Not a priority or a date: the clause stays in the title.
      expect(add("add call grandpa, it's his birthday")?.title).toBe("Call grandpa, it's his birthday");
      expect(add('ٹائر بدلوانا شامل کرو، یہ بہت ضروری ہے')).toEqual({
        title: 'ٹائر بدلوانا',
        priority: 'high',
        due: null,
      });
      expect(add('tyre badalwana add kar do, parson tak')?.due).toBe('2025-06-13');
    });

    it('lists completed tasks for questions about finished work', () => {
      for (const message of [
        'what did I finish today',
        'what have we already done?',
        'which did I check off',
      ])
        expect(understand(message, clock), message).toMatchObject({
          intent: 'list',
          filters: { status: 'completed' },
        });
      expect(understand('what did I forget', clock).intent).toBe('unknown');
    });

    it('forgives typos in "finally" and "already", and drops remarks and reasons after a command', () => {
      expect(understand('i finaly renewed the car registration', clock)).toMatchObject({
        intent: 'complete',
        target: { kind: 'title', words: ['renewed', 'car', 'registration'] },
      });
      expect(understand('allready sent the invoice', clock)).toMatchObject({ intent: 'complete' });
      expect(understand('i finaly did it', clock)).toMatchObject({
        intent: 'complete',
        target: { kind: 'it' },
      });
      expect(understand("delete the gym task, I won't need it anymore", clock)).toMatchObject({
        intent: 'delete',
        target: { kind: 'title', words: ['gym'] },
      });
      expect(understand('remove task 4 since we cancelled the trip', clock)).toMatchObject({
        intent: 'delete',
        target: { kind: 'id', id: 4 },
      });
      // A second task named after the comma is not a remark.
      expect(understand('delete the gym task, the yoga one too', clock)).toMatchObject({
        target: { kind: 'title', words: ['gym', 'yoga', 'too'] },
      });
    });

    it('reads a named field before a quoted value, "task N: field value" and "X, not Y"', () => {
      expect(change('change the notes of the gym task to "bring a towel"')).toEqual({
        description: 'bring a towel',
      });
      expect(change('update task 7: due tomorrow at 9am, priority high')).toEqual({
        due_at: '2025-06-12T04:00:00.000Z',
        due_date: null,
        priority: 'high',
      });
      // "to" is a word: "deadline tomorrow" is not "deadline to morrow".
      expect(change('edit task 7 - deadline tomorrow')).toEqual({ due_date: '2025-06-12', due_at: null });
      expect(change('update task 7: Notes and pens')).toEqual({ title: 'Notes and pens' });
      expect(change('the gym task should be high priority, not medium')).toEqual({ priority: 'high' });
      expect(change('push the gym task to monday, not sunday')).toEqual({
        due_date: '2025-06-16',
        due_at: null,
      });
      expect(understand('show tasks that are not done', clock)).toMatchObject({
        filters: { status: 'pending' },
      });
    });

    it('reads Roman Urdu and Urdu renames with the new name after the verb', () => {
      expect(understand("gym wale task ka naam change karo 'Yoga class'", clock)).toMatchObject({
        intent: 'update',
        change: { title: 'Yoga class' },
      });
      expect(understand('ٹاسک 2 کا نام بدل دو: سالانہ رپورٹ', clock)).toMatchObject({
        target: { kind: 'id', id: 2 },
        change: { title: 'سالانہ رپورٹ' },
      });
      // No new name: ask, never rename to a verb.
      expect(understand('task 4 ka naam change kar do', clock)).toMatchObject({
        intent: 'update',
        change: null,
      });
    });

    it('counts "number N" in the list on screen, and reads it as an id without one', async () => {
      const { say } = chat();
      await say('show my tasks'); // newest first: Call mom, Buy milk, Meeting notes, Team meeting
      expect(changes(await say('number 3 is finished'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 2 } },
      ]);
      expect(changes(await chat().say('complete number 3'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 3 } },
      ]);
      const listed = chat();
      await listed.say('show my tasks');
      expect(changes(await listed.say('complete task number 1'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 1 } },
      ]);
    });
  });
});
