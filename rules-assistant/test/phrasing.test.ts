// The built-in assistant on how people really phrase things: courtesy, quotes, word forms,
// pronouns, colloquial verbs and two requests in a line. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { changesIn, chatsAt, type FixtureTask } from './support.js';

describe('over a meeting, its notes, milk and a call', () => {
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('how people really phrase things', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
    const ERRANDS: FixtureTask[] = [
      { id: 1, title: 'Renew car registration' },
      { id: 2, title: 'Book table for anniversary' },
      { id: 3, title: 'Send invoice to Acme' },
      { id: 4, title: 'Pay internet bill' },
    ];

    it('keeps courtesy out of titles and out of the words used to find a task', async () => {
      const asked = await chat().say('Hi! Would you please add a task to order new glasses?');
      expect(changes(asked)).toMatchObject([{ name: 'add_task', arguments: { title: 'Order new glasses' } }]);
      const gerund = await chat().say('do you mind adding defrost the freezer, thank you');
      expect(changes(gerund)).toMatchObject([{ arguments: { title: 'Defrost the freezer' } }]);
      const found = await chat(ERRANDS).confirmed(
        'could you please remove the anniversary table booking for me?',
      );
      expect(changes(found)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 2 } }]);
    });

    it('takes a quoted span as the title and a quoted note as the description', async () => {
      const out = await chat().say(
        `Add "Call the vet" to my to-do list with the note 'ask about the vaccine'`,
      );
      expect(changes(out)).toMatchObject([
        { name: 'add_task', arguments: { title: 'Call the vet', description: 'ask about the vaccine' } },
      ]);
      const urdu = await chat([]).say("میری لسٹ میں 'کپڑے دھونا' ڈال دیں");
      expect(changes(urdu)).toMatchObject([{ name: 'add_task', arguments: { title: 'کپڑے دھونا' } }]);
      const colon = await chat(ERRANDS).say('set the description of task 3 to: net 30 days');
      expect(changes(colon)).toMatchObject([
        { name: 'update_task', arguments: { task_id: 3, description: 'net 30 days' } },
      ]);
    });

    it('reads "<clause about a task>, <command> it" as the command on that task', async () => {
      const done = await chat(ERRANDS).say('sent the Acme invoice this morning, mark it done');
      expect(changes(done)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
      const gone = await chat(ERRANDS).confirmed("we won't need the anniversary table anymore, cancel it");
      expect(changes(gone)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 2 } }]);
      const added = await chat([]).say('I should back up my laptop this weekend, can you add that');
      expect(changes(added)[0]?.arguments.title).toMatch(/^Back up my laptop/);
      const urdu = await chat([{ id: 9, title: 'انٹرنیٹ کا بل' }]).say(
        'انٹرنیٹ کا بل دے دیا، اسے مکمل کر دو',
      );
      expect(changes(urdu)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 9 } }]);
    });

    it('matches other word forms and restated verbs in titles', async () => {
      expect(changes(await chat(ERRANDS).say('I renewed the car registration'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 1 } },
      ]);
      expect(changes(await chat(ERRANDS).say('I paid the internet bill'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 4 } },
      ]);
      expect(changes(await chat(ERRANDS).say('tick off the booking for the anniversary'))).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 2 } },
      ]);
      // Nothing close: no guess.
      expect(changes(await chat(ERRANDS).say('I walked the dog'))).toEqual([]);
    });

    it('asks which task for a bare pronoun, unless the previous turn was about exactly one', async () => {
      for (const message of [
        'cancel it',
        'complete this',
        'اسے مٹا دو',
        'usko delete kardo',
        'isko khatam karo',
      ]) {
        const out = await chat().say(message);
        expect(changes(out), message).toEqual([]);
        expect(out.response, message).toMatch(/[?؟]/u);
      }
      const { say, confirmed } = chat();
      await say('add water the cactus');
      expect(changes(await confirmed('actually remove it'))).toMatchObject([
        { name: 'delete_task', arguments: { task_id: 5 } },
      ]);
      const older = chat();
      await older.say('add water the cactus');
      await older.say('show my tasks');
      expect(changes(await older.say('remove it'))).toEqual([]);
    });

    it('knows colloquial verbs in all three languages', () => {
      const cases: [string, string][] = [
        ['cross the milk off the list', 'complete'],
        ['check off team meeting', 'complete'],
        ['strike off the meeting notes', 'complete'],
        ['I sent the meeting notes', 'complete'],
        ['jot down renew passport', 'add'],
        ['note down buy batteries', 'add'],
        ['put descale the kettle on my list', 'add'],
        ['schedule car service for monday', 'add'],
        ['forget the meeting notes', 'delete'],
        ['chai patti lana list mein daal do', 'add'],
        ['meeting wala kaam khatam kar do', 'complete'],
        ['meeting wala task hata do', 'delete'],
        ['meeting wale task ka naam badal do', 'update'],
        ['چائے کی پتی لانا فہرست میں ڈال دو', 'add'],
        ['دودھ والے کام کی ترجیح زیادہ کر دو', 'update'],
      ];
      for (const [message, intent] of cases) expect(understand(message, clock).intent, message).toBe(intent);
      expect(understand('meeting notes ki priority kam kar do', clock)).toMatchObject({
        intent: 'update',
        change: { priority: 'low' },
      });
      expect(understand('دودھ والے کام کی ترجیح کم کر دو', clock)).toMatchObject({
        change: { priority: 'low' },
      });
    });

    it('reads a new due date or priority said without "change" or "set"', () => {
      const change = (message: string) => {
        const u = understand(message, clock);
        return u.intent === 'update' ? u.change : null;
      };
      expect(change('push the dentist appointment to June 30')).toEqual({
        due_date: '2025-06-30',
        due_at: null,
      });
      expect(change('defer the report until next monday')).toEqual({ due_date: '2025-06-16', due_at: null });
      expect(change('the gym fee is due friday')).toEqual({ due_date: '2025-06-13', due_at: null });
      expect(understand("and it's due tomorrow", clock)).toMatchObject({
        intent: 'update',
        target: { kind: 'it' },
        change: { due_date: '2025-06-12' },
      });
      expect(change('bump the gym fee up')).toEqual({ priority: 'high' });
      expect(change('the gym fee should be low priority')).toEqual({ priority: 'low' });
      expect(change('گاڑی دھونے والے کام کو کم ترجیح دو')).toEqual({ priority: 'low' });
      expect(change('gaari wale kaam ko high priority kar do')).toEqual({ priority: 'high' });
      expect(change('گاڑی دھونے کی تاریخ کل کر دو')).toEqual({ due_date: '2025-06-12', due_at: null });
      expect(change('gym fee ki date parson kar do')).toEqual({ due_date: '2025-06-13', due_at: null });
      expect(understand('what is due friday', clock).intent).toBe('list');
      expect(understand('push the code to github', clock).intent).not.toBe('update');
    });

    it('carries out two requests in one line, but keeps "and" inside a title', async () => {
      const { confirmed } = chat();
      const both = await confirmed('add mow the lawn and delete the meeting notes task');
      expect(changes(both).map((c) => [c.name, c.arguments.title ?? c.arguments.task_id])).toEqual([
        ['add_task', 'Mow the lawn'],
        ['delete_task', 2],
      ]);
      const done = await chat().say('I bought the milk and called mom');
      expect(changes(done).map((c) => c.name)).toEqual(['complete_task']);
      expect(done.response).toMatch(/Buy milk/);
      expect(done.response).toMatch(/Call mom/);
      const one = await chat().say('add fish and chips');
      expect(changes(one).map((c) => c.arguments.title)).toEqual(['Fish and chips']);
    });

    it('reads "tag it ...", a priority before "task", a misspelt list and "I need to remember to"', () => {
      const add = (message: string) => {
        const u = understand(message, clock);
        return u.intent === 'add'
          ? { title: u.details.title, tags: u.details.tags, priority: u.details.priority }
          : null;
      };
      expect(add('add water the ferns and tag it garden')).toEqual({
        title: 'Water the ferns',
        tags: ['garden'],
        priority: null,
      });
      expect(add('add a medium priority task to call the vet, tag it pets')).toEqual({
        title: 'Call the vet',
        tags: ['pets'],
        priority: 'medium',
      });
      expect(add('add a high priority task to fix the tap, tag it home')).toEqual({
        title: 'Fix the tap',
        tags: ['home'],
        priority: 'high',
      });
      expect(understand('and tag it errands', clock)).toMatchObject({
        intent: 'update',
        target: { kind: 'it' },
        change: { addTags: ['errands'] },
      });
      expect(add('plz add clean the oven to my lsit')?.title).toBe('Clean the oven');
      expect(add('add sell the bike to my lift')?.title).toBe('Sell the bike to my lift');
      const rent = understand('I need to remember to renew the lease on the 20th', clock);
      expect(rent).toMatchObject({ details: { title: 'Renew the lease', due_date: '2025-06-20' } });
    });

    it('completes "that one" only when the last turn was about exactly one task', async () => {
      const { say } = chat();
      await say('add buy a birthday card');
      const done = await say("ok that one's finished");
      expect(changes(done)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 5 } }]);
      const fresh = await chat().say('that one is done');
      expect(changes(fresh)).toEqual([]);
    });

    it('takes a quoted new title whole, and reads Urdu renames', () => {
      expect(understand('update the gym task so it says "Pay gym fee to Shapes"', clock)).toMatchObject({
        change: { title: 'Pay gym fee to Shapes' },
      });
      expect(understand('change task 2 to "Go to the bank"', clock)).toMatchObject({
        target: { kind: 'id', id: 2 },
        change: { title: 'Go to the bank' },
      });
      expect(understand('گاڑی دھونا کا نام گاڑی صاف کرنا رکھ دو', clock)).toMatchObject({
        intent: 'update',
        change: { title: 'گاڑی صاف کرنا' },
      });
      expect(understand('"گاڑی دھونا" کو "گاڑی کی سروس" کر دو', clock)).toMatchObject({
        change: { title: 'گاڑی کی سروس' },
      });
    });

    it('reads Urdu quoted adds, finished-work questions and first-person past', () => {
      expect(understand('"بل ادا کرنا" پرسوں زیادہ ترجیح کے ساتھ شامل کرو', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'بل ادا کرنا', priority: 'high', due_date: '2025-06-13' },
      });
      expect(understand('کون سے کام مکمل ہو چکے ہیں', clock)).toMatchObject({
        intent: 'list',
        filters: { status: 'completed' },
      });
      expect(understand('kaun se kaam baqi hain', clock)).toMatchObject({
        intent: 'list',
        filters: { status: 'pending' },
      });
      expect(understand('سبزی لے لی', clock)).toMatchObject({ intent: 'complete' });
      expect(understand('gas ka bill bhar diya', clock)).toMatchObject({ intent: 'complete' });
    });

    it('reads Urdu and Roman Urdu clock times written in words', () => {
      const at = (message: string) => {
        const u = understand(message, clock);
        return u.intent === 'add' ? u.details.due_at : null;
      };
      expect(at('کل صبح آٹھ بجے دوڑ لگانا یاد دلانا')).toBe('2025-06-12T03:00:00.000Z');
      expect(at('آج شام چھ بجے کپڑے استری کرنا شامل کرو')).toBe('2025-06-11T13:00:00.000Z');
      expect(at('kal dopahar teen baje dentist jana shamil karo')).toBe('2025-06-12T10:00:00.000Z');
      expect(at('aaj raat gyarah baje movie dekhna yaad dilana')).toBe('2025-06-11T18:00:00.000Z');
      expect(at('kal subah saarhe saat baje walk karna shamil karo')).toBe('2025-06-12T02:30:00.000Z');
    });
  });
});
