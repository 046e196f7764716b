// The built-in assistant reading a request: negation, several ids, search verbs, references by the
// words that say which, colons, refusals, idioms and off-topic questions. Turns over the real tools
// (support.ts) and the reading alone (understand()).
import { describe, expect, it } from 'vitest';
import { urduStem, verbLemma, wordsMeet } from '../engine/language.js';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { changesIn, chatsAt, type FixtureTask } from './support.js';

describe('over a meeting, its notes, milk and a call', () => {
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('negation, recurrence, search, several ids, no due date, Urdu forms', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };

    it('reads a denied completion as reopen and a refused command as no change, never the opposite', () => {
      for (const line of ["oops, task 4 isn't actually done", 'task 4 is not done', 'task 4 abhi nahi hua'])
        expect(understand(line, clock)).toEqual({ intent: 'reopen', target: { kind: 'id', id: 4 } });
      expect(understand("I didn't finish the report", clock)).toEqual({
        intent: 'reopen',
        target: { kind: 'title', words: ['report'] },
      });
      expect(understand('ٹاسک 4 ابھی مکمل نہیں ہوا', clock)).toMatchObject({
        intent: 'reopen',
        target: { id: 4 },
      });
      for (const line of [
        "don't delete the milk task",
        'please do not complete task 3',
        'never remove task 2',
        'no need to delete task 5',
        "don't mark task 3 as done",
        'milk wala task delete mat karo',
        'دودھ والا کام حذف نہ کریں',
        'task 3 mukammal nahi karna',
      ])
        expect(understand(line, clock).intent, line).toBe('declined');
      // Not a denial of the command: a double negative, a contrast, a status filter.
      expect(understand("don't forget to call mom", clock).intent).toBe('add');
      expect(understand('mark task 3 as not done', clock).intent).toBe('reopen');
      expect(understand('show tasks not done', clock)).toMatchObject({
        intent: 'list',
        filters: { status: 'pending' },
      });
    });

    it('changes nothing when told not to', async () => {
      const { say, store } = chat();
      const out = await say("don't delete the milk task");
      expect(changes(out)).toEqual([]);
      expect(out.response).toMatch(/won't change/u);
      expect((await store.tasks()).map((t) => t.id)).toContain(3);
    });

    it('reads a recurrence in an add as the new task’s rule', () => {
      expect(understand('remember to water the balcony plants every sunday', clock)).toMatchObject({
        intent: 'add',
        details: {
          title: 'Water the balcony plants',
          recurrence: 'FREQ=WEEKLY;BYDAY=SU',
          due_date: '2025-06-15',
        },
      });
      expect(understand('add clean the filter every 2 weeks', clock)).toMatchObject({
        details: { title: 'Clean the filter', recurrence: 'FREQ=WEEKLY;INTERVAL=2' },
      });
      expect(understand('ہر اتوار پودوں کو پانی دینا شامل کرو', clock)).toMatchObject({
        details: { title: 'پودوں کو پانی دینا', recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
      });
      expect(understand('har itwar paudon ko pani dena add karo', clock)).toMatchObject({
        details: { recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
      });
      expect(understand('روزانہ صبح 9 بجے ورزش کرنا شامل کرو', clock)).toMatchObject({
        details: { title: 'ورزش کرنا', recurrence: 'FREQ=DAILY', due_at: '2025-06-12T04:00:00.000Z' },
      });
    });

    it('reads search verbs in the three languages', () => {
      for (const [line, query] of [
        ['find anything about the dog', 'dog'],
        ['look for the dog', 'dog'],
        ['look up bills', 'bills'],
        ['بل ڈھونڈو', 'بل'],
        ['بل والے کام تلاش کرو', 'بل'],
        ['bill dhoondo', 'bill'],
      ])
        expect(understand(line!, clock), line).toMatchObject({ intent: 'list', filters: { query } });
      expect(understand("what's the weather", clock).intent).toBe('unknown');
    });

    it('reads several ids as several tasks, never as title words', () => {
      expect(understand('mark 9 and 10 as done', clock)).toEqual({
        intent: 'complete',
        target: { kind: 'ids', ids: [9, 10] },
      });
      expect(understand('complete 3, 4 and 5', clock)).toMatchObject({
        target: { kind: 'ids', ids: [3, 4, 5] },
      });
      expect(understand('delete tasks 2 & 7', clock)).toMatchObject({
        intent: 'delete',
        target: { kind: 'ids', ids: [2, 7] },
      });
      expect(understand('ٹاسک 3 اور 4 مکمل کرو', clock)).toMatchObject({
        target: { kind: 'ids', ids: [3, 4] },
      });
    });

    it('reads taking a due date away', () => {
      const cleared = { intent: 'update', change: { due_date: null, due_at: null } };
      for (const line of [
        'remove the due date from the groceries task',
        'no deadline for the groceries task',
        "clear the groceries task's due date",
        'groceries ki date hata do',
      ])
        expect(understand(line, clock), line).toMatchObject({
          ...cleared,
          target: { kind: 'title', words: ['groceries'] },
        });
      expect(understand('ٹاسک 3 سے تاریخ ہٹا دو', clock)).toMatchObject({ ...cleared, target: { id: 3 } });
      // A task whose name has "date" in it is still deleted when asked.
      expect(understand('remove the date night task', clock).intent).toBe('delete');
    });

    it('reads an Urdu add whose priority or day comes after a comma', () => {
      expect(understand('نیا کام شامل کرو: بینک جانا، ترجیح زیادہ', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'بینک جانا', priority: 'high' },
      });
      expect(understand('naya task add karo: bank jana, priority high', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'Bank jana', priority: 'high' },
      });
      expect(understand('بل جمع کرانا شامل کرو، تاریخ کل', clock)).toMatchObject({
        details: { title: 'بل جمع کرانا', due_date: '2025-06-12' },
      });
    });

    it('reads Urdu and Roman Urdu overdue and today questions as lists', () => {
      for (const line of [
        'جن کاموں کی تاریخ گزر چکی ہے وہ دکھاؤ',
        'وقت گزر گیا والے کام دکھاؤ',
        'jin ki date guzar gayi',
        'overdue wale kaam',
      ])
        expect(understand(line, clock), line).toMatchObject({ intent: 'list', filters: { due: 'overdue' } });
      for (const line of ['aaj kya due hai?', 'aaj kya karna hai', 'آج کیا کرنا ہے'])
        expect(understand(line, clock), line).toMatchObject({ intent: 'list', filters: { due: 'today' } });
    });

    it('finds a task by an inflected Urdu form of its title words', async () => {
      expect(urduStem('کپڑوں')).toBe(urduStem('کپڑے'));
      expect(urduStem('کتابیں')).toBe('کتاب');
      const { say } = chat([
        { id: 10, title: 'عید کے کپڑے سلوانا' },
        { id: 11, title: 'عید کی مٹھائی' },
      ]);
      const out = await say('عید کے کپڑوں والے کام کی تاریخ جمعہ کر دو');
      expect(changes(out)).toMatchObject([
        { name: 'set_task_details', arguments: { task_id: 10, due_date: '2025-06-13' } },
      ]);
    });

    it('keeps reminders on the task and accepts a reminder-only change', async () => {
      const { say, store } = chat();
      const out = await say('remind me about task 3 an hour before');
      expect(changes(out)).toMatchObject([
        { name: 'set_task_details', arguments: { task_id: 3, reminders: [{ minutes_before: 60 }] } },
      ]);
      expect((await store.tasks()).find((t) => t.id === 3)?.reminders).toEqual([{ minutes_before: 60 }]);
      const more = await say('task 3 ka reminder aadha ghanta pehle laga do');
      expect(changes(more)[0]?.arguments.reminders).toEqual([{ minutes_before: 60 }, { minutes_before: 30 }]);
    });
  });

  describe('references, colons, refusals, idioms, undo, off-topic, Urdu forms', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
    const read = (text: string) => understand(text, clock);

    it('names the task by the words that say which, not by reasons, rambling or filler nouns', () => {
      expect(read("oops, the tax report isn't actually done, put it back")).toEqual({
        intent: 'reopen',
        target: { kind: 'title', words: ['tax', 'report'] },
      });
      expect(
        read(
          'hey so about the boiler thing, the plumber rang and said he is free friday, can you move it to friday',
        ),
      ).toMatchObject({ intent: 'update', target: { kind: 'title', words: ['boiler'] } });
      expect(read('make the invoice job high priority')).toMatchObject({
        target: { kind: 'title', words: ['invoice'] },
        change: { priority: 'high' },
      });
      expect(read('رپورٹ والا کام دوبارہ کھول دیں، اس میں غلطی نکل آئی ہے')).toEqual({
        intent: 'reopen',
        target: { kind: 'title', words: ['رپورٹ'] },
      });
      expect(read('delete the milk task, we have plenty')).toMatchObject({
        target: { kind: 'title', words: ['milk'] },
      });
      // A list of ids after a comma is no reason.
      expect(read('complete 1, 4 and 5')).toMatchObject({ target: { kind: 'ids', ids: [1, 4, 5] } });
    });

    it('asks which when a long reference fits several tasks about as well, and acts on a clear winner', async () => {
      const tasks: FixtureTask[] = [
        { id: 1, title: 'Fix the kitchen tap' },
        { id: 2, title: 'Fix the kitchen light' },
        { id: 3, title: 'Paint the garden gate' },
      ];
      const tied = await chat(tasks).say(
        'the kitchen thing I have to fix before the guests arrive, delete it',
      );
      expect(changes(tied)).toEqual([]);
      expect(tied.response).toMatch(/\?/u);
      const clear = await chat(tasks).confirmed(
        'you know the kitchen tap that keeps dripping all day, delete it',
      );
      expect(changes(clear)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
    });

    it('strips a command with typos or details before a colon, in the three languages', () => {
      const title = (text: string) => {
        const u = read(text);
        return u.intent === 'add' ? u.details : null;
      };
      expect(title('ad a taks: ring the plumber')).toMatchObject({ title: 'Ring the plumber' });
      expect(title('naya kaam add karo: sugar mangwana')).toMatchObject({ title: 'Sugar mangwana' });
      expect(title('اعلیٰ ترجیح کے ساتھ یہ کام شامل کرو: تھالیاں سجانا')).toMatchObject({
        title: 'تھالیاں سجانا',
        priority: 'high',
      });
      expect(title('kal ke liye naya kaam add karo: bank jana')).toMatchObject({
        title: 'Bank jana',
        due_date: '2025-06-12',
      });
      // A colon inside a title with no command before it stays.
      expect(title('add: meeting: discuss budget')).toMatchObject({ title: 'Meeting: discuss budget' });
    });

    it('drops a refused clause and reads the rest, taking "it" from the refusal', () => {
      expect(read("do NOT mark anything as done, just show me what's high priority")).toEqual({
        intent: 'list',
        filters: { priority: ['high'], status: 'pending' },
        count: false,
      });
      expect(read("don't delete the rent task, complete it instead")).toEqual({
        intent: 'complete',
        target: { kind: 'title', words: ['rent'] },
      });
      expect(read('milk wala task delete mat karo, bas usay mukammal kar do')).toMatchObject({
        intent: 'complete',
        target: { kind: 'title', words: ['milk'] },
      });
      expect(read("don't delete the rent task").intent).toBe('declined');
    });

    it('knows idioms and slang for listing, deleting and putting back', () => {
      expect(read("what's on my plate?")).toMatchObject({ intent: 'list', filters: { status: 'pending' } });
      expect(read('nuke the instagram thing lol')).toEqual({
        intent: 'delete',
        target: { kind: 'title', words: ['instagram'] },
      });
      expect(read('ditch the rota task')).toMatchObject({ intent: 'delete' });
      expect(read('take the rota off my list')).toMatchObject({ intent: 'delete' });
      expect(read("I'm not going to bother with the pastry call anymore, take it off my list")).toEqual({
        intent: 'delete',
        target: { kind: 'title', words: ['pastry', 'call'] },
      });
      expect(read('put the milk task back on my list')).toMatchObject({ intent: 'reopen' });
    });

    it('undoes the last change after "wait no", "take that back", "wapas kar do" and "واپس کر دیں"', async () => {
      for (const text of [
        'wait no, undo that',
        'oops, take that back',
        'nahi, wapas kar do',
        'اسے واپس کر دیں',
      ])
        expect(read(text).intent, text).toBe('undo');
      const { say, confirmed } = chat();
      await say('complete the milk task');
      const undone = await say('wait no, undo that');
      expect(changes(undone)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
      await confirmed('delete task 1');
      const gone = await say('undo that');
      expect(changes(gone)).toEqual([]);
      expect(gone.response).toMatch(/cannot/u);
    });

    it('answers questions that are not about tasks with help, though they hold a word like "today"', async () => {
      for (const text of ["what's the weather like in Karachi today?", 'what time is it in London today?'])
        expect(read(text).intent, text).toBe('unknown');
      expect(read("what's left today?")).toMatchObject({ intent: 'list' });
      expect(read('do I have anything about my passport?')).toMatchObject({ filters: { query: 'passport' } });
      const out = await chat().say("what's the weather like in Karachi today?");
      expect(out.tool_calls).toEqual([]);
    });

    it('lists by a tag named before "والے کام", and searches titles when there is no such tag', async () => {
      expect(read('بازار والے کام دکھاؤ')).toMatchObject({ intent: 'list', filters: { topic: 'بازار' } });
      const { say } = chat([
        { id: 1, title: 'جوتے خریدنا', tags: ['بازار'] },
        { id: 2, title: 'بل جمع کرنا' },
        { id: 3, title: 'دودھ لانا' },
      ]);
      const tagged = await say('بازار والے کام دکھاؤ');
      expect(tagged.tool_calls.find((c) => c.name === 'search_tasks')?.arguments).toMatchObject({
        tags: ['بازار'],
      });
      expect(tagged.response).toContain('جوتے خریدنا');
      expect(tagged.response).not.toContain('بل جمع');
      const searched = await say('دودھ والے کام دکھاؤ');
      expect(searched.tool_calls.find((c) => c.name === 'search_tasks')?.arguments).toMatchObject({
        query: 'دودھ',
      });
    });

    it('reads Urdu moves to a day, rules and skips said with "کر دیں", and perfective verb forms', () => {
      expect(read('مہمانوں کی فہرست والا کام پیر تک کر دیں')).toMatchObject({
        intent: 'update',
        target: { kind: 'title', words: ['مہمانوں', 'فہرست'] },
        change: { due_date: '2025-06-16' },
      });
      expect(read('rent wala kaam friday ko kar do')).toMatchObject({ change: { due_date: '2025-06-13' } });
      // An add with a day is still an add.
      expect(read('کل ڈاکٹر کے پاس جانا شامل کرو').intent).toBe('add');
      expect(read('گھر کی صفائی ہر روز ہونی چاہیے، اسے روزانہ کر دیں')).toEqual({
        intent: 'update',
        target: { kind: 'title', words: ['گھر', 'صفائی'] },
        change: { recurrence: 'FREQ=DAILY' },
      });
      expect(read('rota wale kaam ko har hafte kar do')).toMatchObject({
        change: { recurrence: 'FREQ=WEEKLY' },
      });
      expect(read('ہر روز واک کرو').intent).toBe('unknown');
      expect(read('اس ہفتے گھر کی صفائی نہیں ہوگی، یہ باری چھوڑ دیں')).toEqual({
        intent: 'skip',
        target: { kind: 'title', words: ['گھر', 'صفائی'] },
      });
      expect(verbLemma('دیا')).toBe('دے');
      expect(verbLemma('karna')).toBe('kar');
      expect(wordsMeet('دے', 'دینا')).toBe(true);
      expect(wordsMeet('کیا', 'کرنا')).toBe(true);
      expect(wordsMeet('دے', 'لینا')).toBe(false);
    });
  });
});
