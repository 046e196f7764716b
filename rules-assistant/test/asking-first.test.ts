// The built-in assistant asking before it acts: a reading the risk model doubts (the check first,
// stages/checkfirst.ts), words it could not read, a reference it cannot place, and the yes-or-no
// questions it asks. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { CHECK_CONFIRM, DELETE_CONFIRM, yesNoAnswers } from '#shared/answers.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import model from '../engine/lang/risk.json' with { type: 'json' };
import { say } from '../engine/replies.js';
import { repeatSaid, unreadableDate, unreadWords } from '../engine/stages/guard.js';
import { normalise } from '../engine/stages/normalise.js';
import { FEATURES } from '../engine/stages/risk.js';
import { FIXTURES } from './phrases.js';
import { assistantOver, conversationOver, type FixtureTask, realTools } from './support.js';

describe('over repeating chores, fees and bills', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('news of what will happen, a whole week, a month named', () => {
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
});

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a moment or a message that names no one task', () => {
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
});

describe('over a report, a wedding menu and a car service', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Send the quarterly sales report', due_date: '2025-06-20' },
    { id: 2, title: 'Shadi ka menu final karna' },
    { id: 3, title: 'گاڑی کی سروس کروانا' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('a step or note pointed back at the task just named', () => {
    it('Roman Urdu "usay uske neeche daal do" is asked about, not added', async () => {
      const { changes, reply } = await say(
        'menu se pehle caterer se rates lene hain, usay uske neeche daal do',
      );
      expect(changes).toHaveLength(0);
      expect(reply).toMatch(/\?/u);
    });

    it('Roman Urdu "yeh us mein note kar lo" is asked about, not added', async () => {
      const { changes, reply } = await say(
        'shadi ke menu mein biryani bhi rakhni hai, yeh us mein note kar lo',
      );
      expect(changes).toHaveLength(0);
      expect(reply).toMatch(/\?/u);
    });

    it('Urdu "یہ اس کے اندر ڈال دو" is asked about, not added', async () => {
      const { changes, reply } = await say('سروس سے پہلے ٹائر چیک کروانے ہیں، یہ اس کے اندر ڈال دو');
      expect(changes).toHaveLength(0);
      expect(reply).toMatch(/[?؟]/u);
    });

    it('a plain Roman Urdu to-do is still added', async () => {
      const { changes } = await say('kal bank jana hai');
      expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    });
  });
});

describe('the quick_add tool in a conversation at a clock', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  it('reads "tomorrow 5pm" at the conversation\'s clock, as the SQL reads now()', async () => {
    // The tool a proposed quick add and a model call: the day after 11 June 2025 in Karachi (UTC+5),
    // not after the machine's clock.
    const { call } = conversationOver([], clock);
    const made = await call('quick_add', { text: 'Water the ferns tomorrow 5pm' });
    const { task_id } = made.result as { task_id: number };
    expect((await call('get_task', { task_id })).result).toMatchObject({
      title: 'Water the ferns',
      due_at: '2025-06-12T12:00:00.000Z',
    });
  });
});

describe('a reading the risk model doubts', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const RISKY = 'the dog needs to be taken to the vet at some point';

  describe('a reading scored as likely wrong is asked about first', () => {
    it('says exactly what it would do and changes nothing', async () => {
      const { say, tasks } = conversationOver(FIXTURES.home, clock);
      const before = JSON.stringify(await tasks());
      const out = await say(RISKY);
      expect(out.changes).toEqual([]);
      expect(out.reply).toContain('I would add a new task "Dog needs to be taken to the vet at some point"');
      expect(out.reply).toContain(CHECK_CONFIRM.en);
      expect(JSON.stringify(await tasks())).toBe(before);
    });

    it('"yes" carries out the line as it was read', async () => {
      const { say } = conversationOver(FIXTURES.home, clock);
      await say(RISKY);
      const out = await say('yes');
      expect(out.changes.map((c) => [c.name, c.arguments.title])).toEqual([
        ['add_task', 'Dog needs to be taken to the vet at some point'],
      ]);
    });

    it('"no" leaves everything as it was', async () => {
      const { say } = conversationOver(FIXTURES.home, clock);
      await say(RISKY);
      const out = await say('no');
      expect(out.changes).toEqual([]);
    });

    it('anything else is a new request, read on its own', async () => {
      const { say } = conversationOver(FIXTURES.home, clock);
      await say(RISKY);
      const out = await say('mark buy milk as done');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
    });

    it('asks in Roman Urdu for a Roman Urdu line, and "haan" makes it', async () => {
      const { say } = conversationOver(FIXTURES.home, clock);
      const out = await say('har mahine ki 5 tareekh ko internet ka bill dena hota hai');
      expect(out.changes).toEqual([]);
      expect(out.reply).toContain(CHECK_CONFIRM.roman);
      const yes = await say('haan');
      expect(yes.changes.map((c) => c.name)).toEqual(['add_task_details']);
      expect(yes.changes[0]!.arguments.recurrence).toMatch(/FREQ=MONTHLY/u);
    });
  });

  describe('what is not asked about', () => {
    it.each([
      ['add buy bread tomorrow', 'add_task_details'],
      ['mark buy milk as done', 'complete_task'],
      ['move water the plants to friday', 'set_task_details'],
    ])('a plain request: %s', async (line, tool) => {
      const out = await assistantOver(FIXTURES.home, clock)(line);
      expect(out.reply).not.toContain(CHECK_CONFIRM.en);
      expect(out.changes.map((c) => c.name)).toEqual([tool]);
    });

    it('a deletion asks its own question, once', async () => {
      const out = await assistantOver(FIXTURES.home, clock)('delete the read a book task');
      expect(out.reply).toContain(DELETE_CONFIRM.en);
      expect(out.reply).not.toContain(CHECK_CONFIRM.en);
    });
  });

  it('the model has one weight per feature and a threshold between 0 and 1', () => {
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });
});

describe('over a lab journal, a passport and a gas bill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Submit the physics lab journal', due_date: '2025-06-12' },
    { id: 2, title: 'Passport renewal', due_date: '2025-06-20' },
    { id: 3, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-14' },
  ];

  describe('every yes-or-no question is known by its closing words (answers.ts), in its language', () => {
    it('a deletion asked about in English, Roman Urdu and Urdu', async () => {
      const ask = async (line: string) => yesNoAnswers((await assistantOver(TASKS, clock)(line)).reply);
      expect(await ask('delete the passport renewal task')).toEqual(['yes', 'no']);
      expect(await ask('passport renewal wala task delete kar do')).toEqual(['haan', 'nahi']);
      expect(await ask('گیس کا بل جمع کرانا والا کام حذف کر دو')).toEqual(['ہاں', 'نہیں']);
    });

    it('a plan said back, an undo of an add, and a plain answer', async () => {
      const checked = await assistantOver(
        TASKS,
        clock,
      )('physics lab journal ki deadline barha di gayi hai, ab jumma tak');
      expect(yesNoAnswers(checked.reply)).toEqual(['haan', 'nahi']);
      for (const lang of ['en', 'roman', 'ur'] as const)
        expect(yesNoAnswers(say.undoAddAsk('Milk', 2)[lang])).toEqual(
          { en: ['yes', 'no'], roman: ['haan', 'nahi'], ur: ['ہاں', 'نہیں'] }[lang],
        );
      expect(yesNoAnswers((await assistantOver(TASKS, clock)('anything on thursday?')).reply)).toBeNull();
    });
  });
});

describe('over no tasks, words left unread', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const toolsOver = realTools(clock);

  describe('words left unread are asked about, never added', () => {
    const run = async (message: string) => {
      const store = toolsOver([]);
      return offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: store.run });
    };
    const changes = (out: AgentOutput) =>
      out.tool_calls.filter(
        (c) => !['list_tasks', 'list_lists', 'get_task', 'search_tasks'].includes(c.name),
      );

    it('finds date words, commands and pointers left in a title, in each language', () => {
      expect(unreadWords('Tax form deadline new years evening', '', 'en')).toMatchObject({ kind: 'date' });
      expect(unreadWords('Agle saal ke pehle council ko call', '', 'roman')).toMatchObject({ kind: 'date' });
      expect(unreadWords('کی پہلی تاریخ کو کرایہ دینا', '', 'ur')).toMatchObject({ kind: 'date' });
      expect(unreadWords('Landlord wali call se pehle remind kar dena', '', 'roman')).toMatchObject({
        kind: 'command',
      });
      expect(unreadWords('عید کی خریداری کے نیچے ڈال دو', '', 'ur')).toMatchObject({ kind: 'command' });
      // Whole words in Urdu: "سالگرہ" (birthday) is no "سال" (year).
      expect(unreadWords('امی کی سالگرہ کا کیک', '', 'ur')).toBeNull();
      expect(unreadWords('Buy milk', 'add buy milk', 'en')).toBeNull();
      // A name is no date word: only "new years eve" and the like are.
      expect(unreadWords('Gift for Eve', 'add gift for Eve', 'en')).toBeNull();
      // A title put in quotes is taken as said.
      expect(unreadWords('Pay the doodh wala', "add 'pay the doodh wala'", 'roman')).toBeNull();
      expect(unreadableDate('bins out thursday week', 'en')).toBe('thursday week');
      expect(repeatSaid('landlord ki call ab har teen hafte baad', 'roman')).toBe('har teen hafte');
      expect(repeatSaid('مکان مالک کو فون ہر دو ہفتے بعد', 'ur')).toBe('ہر دو ہفتے');
    });

    it('reads days and times said by name, and keeps "eve" after "new years"', async () => {
      expect(normalise('fireworks on new years eve').text).toBe('fireworks on dec 31');
      expect(normalise('parents evening at half 6').text).toBe('parents evening at 6:30');
      expect(normalise('half 2 kg of rice').text).toBe('half 2 kg of rice');
      const out = await run("brunch with the cousins on new year's day");
      expect(changes(out)[0]?.arguments).toMatchObject({
        title: 'Brunch with the cousins',
        due_date: '2026-01-01',
      });
    });

    it('asks instead of adding a line it could not read whole', async () => {
      for (const message of [
        'bins out thursday week',
        'saal ke aakhri din statement nikalwana hai',
        'landlord wali call se aadha ghanta pehle remind kar dena',
      ]) {
        const out = await run(message);
        expect(changes(out), message).toEqual([]);
        expect(out.response, message).toMatch(/[?؟]/u);
      }
      // A subtask under a task named first is read (stages/addressed.ts): with no such
      // task, nothing is added and the reply says so.
      const out = await run('عید کی خریداری کے نیچے یہ بھی ڈال دو: جوتے لینا');
      expect(changes(out)).toEqual([]);
      expect(out.response).toMatch(/عید کی خریداری.*نہیں ملا/u);
    });
  });
});
